import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from './components';

/** The texts of a grant-role form, already in the reader's language (they differ per page). */
export interface GrantRoleTexts {
  readonly title: string;
  readonly intro: string;
  readonly email: string;
  readonly role: string;
  readonly submit: string;
  /** The confirmation after a grant, naming the person. */
  readonly granted: (name: string) => string;
}

/**
 * Gives a person, found by the e-mail address they logged in with, one of `roles`: a heading, an
 * explanation, the form, and the outcome announced to assistive technology.
 */
export function GrantRoleForm<Role extends string>(props: {
  /** Prefix of the fields' ids; unique on the page. */
  idPrefix: string;
  headingLevel: 2 | 3;
  roles: readonly Role[];
  initialRole: Role;
  texts: GrantRoleTexts;
  grant: (input: { email: string; role: Role }) => Promise<{ name: string }>;
  /** Runs after a grant, e.g. to refresh the list of people. */
  onGranted?: () => Promise<unknown>;
  /** Shows a failed grant; the shared problem message unless the page says otherwise. */
  renderError?: (error: unknown) => ReactNode;
}) {
  const { t } = useTranslation();
  const { idPrefix, texts } = props;
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(props.initialRole);
  const grant = useMutation({
    mutationFn: () => props.grant({ email, role }),
    onSuccess: async () => {
      setEmail('');
      await props.onGranted?.();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    grant.mutate();
  };
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading>{texts.title}</Heading>
      <p id={`${idPrefix}-intro`} className="muted">
        {texts.intro}
      </p>
      <form className="form-inline" onSubmit={submit}>
        <div className="field grow">
          <label htmlFor={`${idPrefix}-email`}>{texts.email}</label>
          <input
            id={`${idPrefix}-email`}
            type="email"
            required
            value={email}
            autoComplete="off"
            aria-describedby={`${idPrefix}-intro`}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-role`}>{texts.role}</label>
          <select id={`${idPrefix}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {props.roles.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field actions">
          <button type="submit" className="button" disabled={grant.isPending}>
            {texts.submit}
          </button>
        </div>
      </form>
      {grant.isError ? (props.renderError ?? defaultError)(grant.error) : null}
      {/* Present before the outcome so that screen readers announce it when it appears. */}
      <div role="status">{grant.isSuccess ? <p className="alert alert-success">{texts.granted(grant.data.name)}</p> : null}</div>
    </>
  );
}

function defaultError(error: unknown): ReactNode {
  return <ProblemMessage error={error} />;
}
