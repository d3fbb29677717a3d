import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {i18n} from '../../docusaurus.config';
import {translationFile} from '../../src/plugins/integrations/siteFiles';

type Messages = Record<string, {message: string}>;

const siteDir = join(__dirname, '../..');
const messages = new Map<string, Messages>();

let currentLocale: string = i18n.defaultLocale;

/** Renders components as the build of `locale` would, with its real `code.json`. */
export function setTestLocale(locale: string): void {
  currentLocale = locale;
}

export function getTestLocale(): string {
  return currentLocale;
}

function messagesOf(locale: string): Messages {
  if (!messages.has(locale)) {
    const file = join(siteDir, translationFile(locale, 'code.json'));
    messages.set(locale, JSON.parse(readFileSync(file, 'utf8')) as Messages);
  }
  return messages.get(locale)!;
}

export function lookUpMessage(id: string | undefined, fallback: string): string {
  if (currentLocale === i18n.defaultLocale || id === undefined) return fallback;
  const translated = messagesOf(currentLocale)[id]?.message;
  if (translated === undefined) {
    throw new Error(
      `Missing ${currentLocale} translation for "${id}" in ${translationFile(currentLocale, 'code.json')}`,
    );
  }
  return translated;
}
