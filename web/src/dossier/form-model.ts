import type { OwnItem, SelfDeclaredKind, StoredFile } from './api';

/** One input of an item form; `detail` names the key in the item's details (else a top-level field). */
export interface FieldSpec {
  readonly name: FieldName;
  readonly type: 'text' | 'textarea' | 'date' | 'number' | 'select';
  readonly required: boolean;
  readonly detail?: boolean;
  readonly options?: readonly string[];
  readonly max?: number;
}

export type FieldName =
  | 'title'
  | 'description'
  | 'level'
  | 'employer'
  | 'role'
  | 'company'
  | 'supervisor'
  | 'issuerName'
  | 'qualification'
  | 'crebo'
  | 'awardedOn'
  | 'startedOn'
  | 'endedOn'
  | 'hours'
  | 'hoursPerWeek'
  | 'assessment'
  | 'reflection';

/** The values of a form, as typed (strings), plus its files. */
export type FormValues = Partial<Record<FieldName, string>> & { files?: StoredFile[] };

const title: FieldSpec = { name: 'title', type: 'text', required: true };
const description: FieldSpec = { name: 'description', type: 'textarea', required: false };

/** The inputs per kind: what a learner fills in for a skill, a job, a work placement, a portfolio piece or a diploma. */
export const formFields: Record<SelfDeclaredKind, readonly FieldSpec[]> = {
  skill: [
    title,
    { name: 'level', type: 'select', required: false, detail: true, options: ['basic', 'intermediate', 'advanced', 'expert'] },
    description,
  ],
  'work-experience': [
    title,
    { name: 'employer', type: 'text', required: true, detail: true },
    { name: 'startedOn', type: 'date', required: true, detail: true },
    { name: 'endedOn', type: 'date', required: false, detail: true },
    { name: 'hoursPerWeek', type: 'number', required: false, detail: true, max: 80 },
    description,
  ],
  'work-placement': [
    title,
    { name: 'company', type: 'text', required: true, detail: true },
    { name: 'startedOn', type: 'date', required: true, detail: true },
    { name: 'endedOn', type: 'date', required: true, detail: true },
    { name: 'hours', type: 'number', required: true, detail: true, max: 10_000 },
    { name: 'supervisor', type: 'text', required: false, detail: true },
    { name: 'assessment', type: 'textarea', required: false, detail: true },
  ],
  portfolio: [title, { name: 'reflection', type: 'textarea', required: true, detail: true }, description],
  diploma: [
    title,
    { name: 'issuerName', type: 'text', required: true, detail: true },
    { name: 'awardedOn', type: 'date', required: true, detail: true },
    { name: 'crebo', type: 'text', required: false, detail: true },
    description,
  ],
};

/** Kinds whose form takes files. */
export const kindsWithFiles: ReadonlySet<SelfDeclaredKind> = new Set(['portfolio', 'diploma', 'work-placement']);

/** Checks a form before sending: a translation key per field that is wrong. */
export function validate(
  kind: SelfDeclaredKind,
  values: FormValues,
  today = new Date().toISOString().slice(0, 10),
): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  for (const field of formFields[kind]) {
    const value = (values[field.name] ?? '').trim();
    if (field.required && value === '') errors[field.name] = 'validation.required';
    else if (value === '') continue;
    else if (field.type === 'text' && value.length > (field.name === 'title' ? 300 : 200)) errors[field.name] = 'validation.tooLong';
    else if (field.type === 'textarea' && value.length > 10_000) errors[field.name] = 'validation.tooLong';
    else if (field.type === 'number' && (!/^\d{1,5}$/.test(value) || Number(value) > (field.max ?? 10_000)))
      errors[field.name] = 'validation.wholeNumber';
    else if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) errors[field.name] = 'validation.date';
    else if (field.name === 'awardedOn' && value > today) errors[field.name] = 'validation.future';
    else if (field.name === 'crebo' && !/^\d{5}$/.test(value)) errors[field.name] = 'validation.crebo';
  }
  if (values.startedOn && values.endedOn && values.endedOn < values.startedOn) errors.endedOn = 'validation.endBeforeStart';
  return errors;
}

/** The request body for a new or changed item: kind-specific fields go into `details`. */
export function toBody(
  kind: SelfDeclaredKind,
  values: FormValues,
): { kind: SelfDeclaredKind; title: string; description: string | null; details: Record<string, unknown>; fileIds: string[] } {
  const details: Record<string, unknown> = {};
  for (const field of formFields[kind]) {
    if (!field.detail) continue;
    const value = (values[field.name] ?? '').trim();
    if (value === '') continue;
    details[field.name] = field.type === 'number' ? Number(value) : value;
  }
  return {
    kind,
    title: (values.title ?? '').trim(),
    description: (values.description ?? '').trim() || null,
    details,
    fileIds: (values.files ?? []).map((f) => f.id),
  };
}

/** The form values of an existing item. */
export function fromItem(item: OwnItem): FormValues {
  const values: FormValues = { title: item.title, description: item.description ?? '' };
  for (const [key, value] of Object.entries(item.details)) {
    if (typeof value === 'string' || typeof value === 'number') values[key as FieldName] = String(value);
  }
  values.files = item.files.map((file) => ({ id: file.id, name: file.name, mediaType: file.mediaType, size: file.size }));
  return values;
}
