import { useTranslation } from 'react-i18next';
import { toProblem } from '../app/api';
import { ProblemMessage, useRowErrorText } from '../app/components';

/** A problem in the reader's language: the dossier's own codes first, then the shared ones. */
export function DossierProblem(props: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation('dossier');
  const problem = toProblem(props.error);
  if (i18n.exists(`errors.${problem.code}`, { ns: 'dossier' })) {
    return (
      <div className="alert alert-error" role="alert">
        <p>{t(`errors.${problem.code}`)}</p>
      </div>
    );
  }
  return (
    <>
      <ProblemMessage error={props.error} {...(props.onRetry ? { onRetry: props.onRetry } : {})} />
      <FieldErrors error={props.error} />
    </>
  );
}

/** The field-level errors of a validation problem, named by the form's labels. */
export function FieldErrors(props: { error: unknown }) {
  const { t } = useTranslation('dossier');
  const reason = useRowErrorText();
  const problem = toProblem(props.error);
  if (!problem.errors || problem.errors.length === 0 || problem.code !== 'validation-failed') return null;
  return (
    <ul className="field-errors">
      {problem.errors.map((e) => {
        const field = e.path.replace(/^(body|querystring|params)\/?/, '').replace(/^details\//, '');
        return (
          <li key={`${e.path}:${e.message}`}>
            <strong>{t(`details.${field}`, { defaultValue: field })}</strong> {reason(e)}
          </li>
        );
      })}
    </ul>
  );
}

/** A date (and optionally time) in the reader's language. */
export function useDate(withTime = false): (value: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(
    i18n.language === 'en' ? 'en-GB' : 'nl-NL',
    withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
  );
  return (value) => (value ? format.format(new Date(value)) : '—');
}

/** A file size in kB or MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
