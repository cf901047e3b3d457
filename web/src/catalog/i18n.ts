import type { Translations } from '../app/module-ui';
import { editorEn, editorNl } from './i18n-editor';
import { searchEn, searchNl } from './i18n-search';

export const catalogI18n: Translations = {
  nl: {
    ...editorNl,
    ...searchNl,
    editorCard: 'Onderwijscatalogus beheren',
    editorCardBody: 'Onderwijseenheden, aanbiedingen en opleidingen van je instelling maken, publiceren en terugtrekken.',
  },
  en: {
    ...editorEn,
    ...searchEn,
    editorCard: 'Manage the education catalogue',
    editorCardBody: 'Create, publish and retire your institution’s units, offerings and programmes.',
  },
};
