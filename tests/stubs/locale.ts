import frenchCodeJson from '../../i18n/fr/code.json';

type Messages = Record<string, {message: string}>;

const frenchMessages: Messages = frenchCodeJson;

let currentLocale: 'en' | 'fr' = 'en';

/** Renders components as the French build would, with the real i18n/fr/code.json. */
export function setTestLocale(locale: 'en' | 'fr'): void {
  currentLocale = locale;
}

export function getTestLocale(): 'en' | 'fr' {
  return currentLocale;
}

export function lookUpMessage(id: string | undefined, fallback: string): string {
  if (currentLocale === 'fr' && id !== undefined) {
    const translated = frenchMessages[id]?.message;
    if (translated === undefined) {
      throw new Error(`Missing French translation for "${id}" in i18n/fr/code.json`);
    }
    return translated;
  }
  return fallback;
}
