import { useTranslation } from 'react-i18next';
import { toProblem } from '../app/api';
import { ProblemMessage } from '../app/components';

/** A problem in the reader's language: this module's own codes first, then the shared ones. */
export function CredentialsProblem(props: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation('credentials');
  const problem = toProblem(props.error);
  if (i18n.exists(`errors.${problem.code}`, { ns: 'credentials' })) {
    return (
      <div className="alert alert-error" role="alert">
        <p>{t(`errors.${problem.code}`)}</p>
      </div>
    );
  }
  return <ProblemMessage error={props.error} {...(props.onRetry ? { onRetry: props.onRetry } : {})} />;
}

/** A date in the reader's language. */
export function useDate(): (value: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' });
  return (value) => (value ? format.format(new Date(value)) : '—');
}
