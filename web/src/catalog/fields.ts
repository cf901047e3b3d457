import type { Kind } from './workspace-api';

/** How a form field edits one content value. */
export type FieldType = 'text' | 'textarea' | 'number' | 'euros' | 'date' | 'checkbox' | 'select' | 'lines' | 'codes' | 'multi';

/** One field of an item form; `label` and option labels are translation keys in the catalog namespace. */
export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  readonly required?: boolean;
  readonly options?: readonly string[];
  /** Translation-key prefix of the options (`${optionPrefix}.${value}`). */
  readonly optionPrefix?: string;
  /** Set only when creating (references that decide what the item is). */
  readonly createOnly?: boolean;
  readonly nullable?: boolean;
}

export const fieldSpecs: Readonly<Record<Kind, readonly FieldSpec[]>> = {
  units: [
    { name: 'code', type: 'text', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'kind', type: 'select', options: ['course', 'learning_component'], optionPrefix: 'unitKind', createOnly: true },
    { name: 'parentUnitId', type: 'text', nullable: true },
    { name: 'description', type: 'textarea', nullable: true },
    { name: 'sbu', type: 'number', required: true },
    { name: 'durationWeeks', type: 'number', nullable: true },
    { name: 'crebo', type: 'text', nullable: true },
    { name: 'electiveCode', type: 'text', nullable: true },
    { name: 'covers', type: 'codes' },
    { name: 'learningOutcomes', type: 'lines' },
    { name: 'leerwegen', type: 'multi', options: ['BOL', 'BBL'] },
    { name: 'standalone', type: 'checkbox' },
    { name: 'leadsTo', type: 'select', options: ['', 'certificate', 'badge'], optionPrefix: 'leadsTo', nullable: true },
    { name: 'programmeId', type: 'text', nullable: true },
  ],
  offerings: [
    { name: 'code', type: 'text', required: true },
    { name: 'unitId', type: 'text', nullable: true },
    { name: 'programmeId', type: 'text', nullable: true },
    { name: 'intake', type: 'select', options: ['fixed', 'flexible'], optionPrefix: 'intake', required: true },
    { name: 'startDate', type: 'date', nullable: true },
    { name: 'endDate', type: 'date', nullable: true },
    { name: 'mode', type: 'select', options: ['on_site', 'online', 'hybrid'], optionPrefix: 'mode', required: true },
    { name: 'locationCode', type: 'text', nullable: true },
    { name: 'priceCents', type: 'euros', nullable: true },
    { name: 'capacity', type: 'number', nullable: true },
    { name: 'applicationStart', type: 'date', nullable: true },
    { name: 'applicationEnd', type: 'date', nullable: true },
    { name: 'sessionId', type: 'text', nullable: true },
  ],
  programmes: [
    { name: 'code', type: 'text', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'crebo', type: 'text', required: true },
    { name: 'leerweg', type: 'select', options: ['BOL', 'BBL'], required: true },
    { name: 'niveau', type: 'select', options: ['1', '2', '3', '4'], required: true },
    { name: 'description', type: 'textarea', nullable: true },
    { name: 'durationMonths', type: 'number', nullable: true },
  ],
  sessions: [
    { name: 'code', type: 'text', required: true },
    { name: 'name', type: 'text', required: true },
    {
      name: 'sessionType',
      type: 'select',
      options: ['academic_year', 'semester', 'trimester', 'quarter', 'testing_period', 'period'],
      optionPrefix: 'sessionType',
      required: true,
    },
    { name: 'startDate', type: 'date', required: true },
    { name: 'endDate', type: 'date', required: true },
    { name: 'parentId', type: 'text', nullable: true },
  ],
};

/** The text a form shows for a stored value. */
export function toFormValue(spec: FieldSpec, value: unknown): string | boolean | string[] {
  switch (spec.type) {
    case 'checkbox':
      return value === true;
    case 'multi':
      return Array.isArray(value) ? value.map(String) : [];
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'codes':
      return Array.isArray(value) ? value.join(', ') : '';
    case 'euros':
      return typeof value === 'number' ? (value / 100).toFixed(2).replace('.', ',') : '';
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
}

/** The value a form field stands for, as the API takes it (undefined when the text cannot be read). */
export function fromFormValue(spec: FieldSpec, value: string | boolean | string[]): unknown {
  if (spec.type === 'checkbox') return value === true;
  if (spec.type === 'multi') return Array.isArray(value) ? value : [];
  const text = typeof value === 'string' ? value.trim() : '';
  if (spec.type === 'lines')
    return text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  if (spec.type === 'codes')
    return text
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean);
  if (text === '') return spec.nullable ? null : undefined;
  if (spec.type === 'number') return /^\d+$/.test(text) ? Number(text) : text;
  if (spec.name === 'niveau') return Number(text);
  if (spec.type === 'euros') {
    const normal = text.replace(/\./g, '').replace(',', '.');
    return /^\d+(\.\d{1,2})?$/.test(normal) ? Math.round(Number(normal) * 100) : text;
  }
  return text;
}
