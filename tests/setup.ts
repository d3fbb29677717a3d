import '@testing-library/jest-dom/vitest';
import {cleanup} from '@testing-library/react';
import {afterEach} from 'vitest';
import {setTestLocale} from './stubs/locale';

afterEach(() => {
  cleanup();
  setTestLocale('en');
});
