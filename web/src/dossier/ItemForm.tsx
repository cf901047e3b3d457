import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledField } from '../app/components';
import type { SelfDeclaredKind, StoredFile } from './api';
import { FileUpload } from './FileUpload';
import { formFields, kindsWithFiles, validate, type FieldName, type FieldSpec, type FormValues } from './form-model';
import { DossierProblem } from './Problem';

/** The form of one self-declared item: checks in the browser first, then shows the server's answer. */
export function ItemForm(props: {
  kind: SelfDeclaredKind;
  initial: FormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: FormValues) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('dossier');
  const [values, setValues] = useState<FormValues>(props.initial);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const summary = useRef<HTMLDivElement>(null);
  const prefix = `item-${props.kind}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(props.kind, values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // The summary takes focus so that a screen-reader user hears what to fix.
      setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    props.onSubmit(values);
  };

  const fieldLabel = (name: FieldName) =>
    i18n.exists(`details.${props.kind}.${name}`, { ns: 'dossier' }) ? t(`details.${props.kind}.${name}`) : t(`details.${name}`);
  const errorEntries = Object.entries(errors) as Array<[FieldName, string]>;
  return (
    <form className="dossier-form" onSubmit={submit} noValidate>
      {errorEntries.length > 0 ? (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={summary}>
          <p>{t('validation.summary')}</p>
          <ul>
            {errorEntries.map(([name, key]) => (
              <li key={name}>
                <a href={`#${prefix}-${name}`}>
                  {fieldLabel(name)}: {t(key)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="form-grid">
        {formFields[props.kind].map((field) => (
          <Field
            key={field.name}
            id={`${prefix}-${field.name}`}
            spec={field}
            kind={props.kind}
            value={values[field.name] ?? ''}
            error={errors[field.name]}
            onChange={(value) => setValues((v) => ({ ...v, [field.name]: value }))}
          />
        ))}
      </div>
      {kindsWithFiles.has(props.kind) ? (
        <FileUpload
          id={`${prefix}-files`}
          files={values.files ?? []}
          onChange={(files: StoredFile[]) => setValues((v) => ({ ...v, files }))}
        />
      ) : null}
      {props.error ? <DossierProblem error={props.error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={props.pending}>
          {props.submitLabel}
        </button>
        <button type="button" className="button secondary" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function Field(props: {
  id: string;
  spec: FieldSpec;
  kind: SelfDeclaredKind;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t, i18n } = useTranslation('dossier');
  const { spec } = props;
  const hintKey = `hints.${props.kind}.${spec.name}`;
  const hint = i18n.exists(hintKey, { ns: 'dossier' }) ? t(hintKey) : null;
  const labelKey = i18n.exists(`details.${props.kind}.${spec.name}`, { ns: 'dossier' })
    ? `details.${props.kind}.${spec.name}`
    : `details.${spec.name}`;
  return (
    <LabelledField
      id={props.id}
      label={t(labelKey)}
      optional={spec.required ? undefined : t('optional')}
      hint={hint}
      error={props.error ? t(props.error) : undefined}
      wide={spec.type === 'textarea'}
    >
      {(control) => {
        const common = { ...control, name: spec.name, value: props.value, required: spec.required };
        return spec.type === 'textarea' ? (
          <textarea {...common} rows={5} onChange={(e) => props.onChange(e.target.value)} />
        ) : spec.type === 'select' ? (
          <select {...common} onChange={(e) => props.onChange(e.target.value)}>
            <option value="">{t('noChoice')}</option>
            {(spec.options ?? []).map((o) => (
              <option key={o} value={o}>
                {t(`options.${spec.name}.${o}`)}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...common}
            type={spec.type}
            {...(spec.type === 'number' ? { min: 0, max: spec.max, step: 1, inputMode: 'numeric' as const } : {})}
            onChange={(e) => props.onChange(e.target.value)}
          />
        );
      }}
    </LabelledField>
  );
}
