import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { scenarioInputsSchema, type ScenarioInputs } from '../../../src/logistics/domain/inputs';

/** Field errors of the inputs by path (`concept.groupSizeTheory`, `cells.3.students`), or none when valid. */
export type FieldIssues = ReadonlyMap<string, z.core.$ZodIssue>;

export function validateInputs(inputs: ScenarioInputs): { valid: ScenarioInputs | null; issues: FieldIssues } {
  const parsed = scenarioInputsSchema.safeParse(inputs);
  if (parsed.success) return { valid: parsed.data, issues: new Map() };
  const issues = new Map<string, z.core.$ZodIssue>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    if (!issues.has(path)) issues.set(path, issue);
  }
  return { valid: null, issues };
}

/** The message of one field issue in the reader's language. */
export function useIssueText(): (issue: z.core.$ZodIssue | undefined) => string | undefined {
  const { t } = useTranslation('logistics');
  return (issue) => {
    if (!issue) return undefined;
    switch (issue.code) {
      case 'invalid_type':
        return 'input' in issue && (issue.input === undefined || Number.isNaN(issue.input))
          ? t('fieldErrors.required')
          : t('fieldErrors.whole');
      case 'too_small':
        return t('fieldErrors.min', { min: Number(issue.minimum) });
      case 'too_big':
        return t('fieldErrors.max', { max: Number(issue.maximum) });
      case 'custom': {
        const params = issue.params as { code?: string; reason?: string } | undefined;
        const key = `fieldErrors.${params?.reason ?? params?.code ?? 'invalid'}`;
        return t(key, { defaultValue: t('fieldErrors.invalid') });
      }
      default:
        return t('fieldErrors.invalid');
    }
  };
}
