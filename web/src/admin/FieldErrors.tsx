import { useTranslation } from 'react-i18next';
import { toProblem } from '../app/api';
import { useRowErrorText } from '../app/components';

/** The field-level errors of a validation problem, in the reader's language, next to the form. */
export function FieldErrors(props: { error: unknown }) {
  const { t } = useTranslation('admin');
  const reason = useRowErrorText();
  const problem = toProblem(props.error);
  if (!problem.errors || problem.errors.length === 0 || problem.code !== 'validation-failed') return null;
  return (
    <ul className="field-errors">
      {problem.errors.map((e) => {
        const field = e.path.replace(/^(body|querystring|params)\/?/, '');
        return (
          <li key={`${e.path}:${e.message}`}>
            <strong>{t(field, { defaultValue: field })}</strong> {reason(e)}
          </li>
        );
      })}
    </ul>
  );
}
