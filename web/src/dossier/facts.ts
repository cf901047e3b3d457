import { useTranslation } from 'react-i18next';
import type { DossierItem, ItemKind } from './api';
import { useDate } from './Problem';

/** The details shown per kind, in this order (the reflection of a portfolio piece is shown as text). */
const shownDetails: Record<ItemKind, readonly string[]> = {
  diploma: ['issuerName', 'qualification', 'crebo', 'level', 'awardedOn'],
  credential: ['issuerName', 'achievementType', 'validFrom', 'validUntil'],
  result: ['unitName', 'unitCode', 'grade', 'passed', 'assessedOn', 'crebo'],
  skill: ['level'],
  'work-experience': ['employer', 'role', 'period', 'hoursPerWeek'],
  'work-placement': ['company', 'period', 'hours', 'supervisor', 'assessment'],
  portfolio: [],
};

const dateKeys = new Set(['awardedOn', 'validFrom', 'validUntil', 'assessedOn', 'startedOn', 'endedOn']);

/** The organisation an item belongs to (employer, company, issuer), for one-line summaries. */
export function organisationOf(item: Pick<DossierItem, 'details' | 'provenance'>): string | null {
  for (const key of ['employer', 'company', 'issuerName']) {
    const value = item.details[key];
    if (typeof value === 'string' && value) return value;
  }
  return item.provenance.institution?.name ?? null;
}

/** The facts of an item as label/value pairs in the reader's language. */
export function useItemFacts(): (item: Pick<DossierItem, 'kind' | 'details'>) => Array<[string, string]> {
  const { t } = useTranslation('dossier');
  const date = useDate();
  return (item) => {
    const d = item.details;
    const facts: Array<[string, string]> = [];
    for (const key of shownDetails[item.kind]) {
      if (key === 'period') {
        const from = d['startedOn'];
        if (typeof from === 'string') {
          const to = d['endedOn'];
          facts.push([t('fields.period'), t('period', { from: date(from), to: typeof to === 'string' ? date(to) : t('now') })]);
        }
        continue;
      }
      const value = d[key];
      if (value === undefined || value === null || value === '') continue;
      const label = t(`details.${item.kind}.${key}`, { defaultValue: t(`details.${key}`, { defaultValue: key }) });
      let shown: string;
      if (typeof value === 'boolean') shown = value ? t('yes') : t('no');
      else if (key === 'level' && item.kind === 'skill' && typeof value === 'string')
        shown = t(`options.level.${value}`, { defaultValue: value });
      else if (dateKeys.has(key) && typeof value === 'string') shown = date(value);
      else if (typeof value === 'string' || typeof value === 'number') shown = String(value);
      else continue;
      facts.push([label, shown]);
    }
    return facts;
  };
}
