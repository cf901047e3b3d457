import { useTranslation } from 'react-i18next';
import { toProblem } from '../app/api';
import { ProblemMessage, useRowErrorText } from '../app/components';

/** A problem in the reader's language: the catalogue's own codes from its namespace, others as the shell shows them; field errors listed. */
export function CatalogProblem(props: { error: unknown; onRetry?: () => void }) {
  const { t, i18n } = useTranslation('catalog');
  const reason = useRowErrorText();
  const problem = toProblem(props.error);
  const own = i18n.exists(`errors.${problem.code}`, { ns: 'catalog' });
  const fieldErrors = problem.errors ?? [];
  return (
    <>
      {own ? (
        <div className="alert alert-error" role="alert">
          <p>{t(`errors.${problem.code}`)}</p>
        </div>
      ) : (
        <ProblemMessage error={props.error} {...(props.onRetry ? { onRetry: props.onRetry } : {})} />
      )}
      {fieldErrors.length > 0 && problem.code !== 'import-rejected' ? (
        <ul className="field-errors">
          {fieldErrors.slice(0, 20).map((e) => {
            const field = e.path.replace(/^(body|querystring|params)\/?/, '');
            const code = e.code ?? '';
            const text = i18n.exists(`errors.${code}`, { ns: 'catalog' }) ? t(`errors.${code}`, { ...e.params }) : reason(e);
            return (
              <li key={`${e.path}:${e.message}`}>
                <strong>{t(`field.${field}`, { defaultValue: field })}</strong>: {text}
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}
