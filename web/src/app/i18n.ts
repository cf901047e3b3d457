import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from './api';
import { common } from './common-i18n';
import type { Translations } from './module-ui';

/** The languages of the interface; Dutch first. */
export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'doorpakken.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

function applyLanguage(lang: string): void {
  document.documentElement.lang = lang;
  setApiLanguage(lang);
}

/** Starts i18next with the common texts and every module's namespace. */
export async function initI18n(namespaces: ReadonlyArray<{ name: string; i18n: Translations }>): Promise<void> {
  const lang = storedLanguage();
  const resources: Record<Language, Record<string, Record<string, unknown>>> = { nl: { common: common.nl }, en: { common: common.en } };
  for (const ns of namespaces) {
    resources.nl[ns.name] = ns.i18n.nl;
    resources.en[ns.name] = ns.i18n.en;
  }
  await i18next.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'nl',
    defaultNS: 'common',
    ns: ['common', ...namespaces.map((n) => n.name)],
    // Keys such as 'scope.catalog:write' contain colons; namespaces are always passed as options.
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyLanguage(lang);
  i18next.on('languageChanged', applyLanguage);
}

/** Switches the interface language and remembers the choice. */
export async function switchLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this visit only
  }
  await i18next.changeLanguage(lang);
}
