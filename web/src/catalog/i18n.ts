import type { Translations } from '../app/module-ui';
import { editorEn, editorNl } from './i18n-editor';

export const catalogI18n: Translations = {
  nl: {
    ...editorNl,
    editorCard: 'Onderwijscatalogus beheren',
    editorCardBody: 'Onderwijseenheden, aanbiedingen en opleidingen van je instelling maken, publiceren en terugtrekken.',
  },
  en: {
    ...editorEn,
    editorCard: 'Manage the education catalogue',
    editorCardBody: 'Create, publish and retire your institution’s units, offerings and programmes.',
  },
};
