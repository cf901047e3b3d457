import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../app/api';
import { ProblemMessage, QueryView, ScrollRegion } from '../app/components';
import { FieldErrors } from './FieldErrors';

const institutionRoles = [
  'learner',
  'teacher',
  'mentor',
  'catalog_editor',
  'credential_issuer',
  'logistics_planner',
  'institution_admin',
] as const;
type InstitutionRole = (typeof institutionRoles)[number];

/** Who holds which role at the institution; grant and withdraw roles. */
export function StaffSection(props: { institutionId: string }) {
  const { t, i18n } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { institutionId } = props;
  const key = ['institution-staff', institutionId];
  const staff = useQuery({
    queryKey: key,
    queryFn: () => call(api.GET('/api/institutions/{id}/staff', { params: { path: { id: institutionId } } })),
  });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InstitutionRole>('teacher');
  const grant = useMutation({
    mutationFn: () => call(api.POST('/api/institutions/{id}/staff', { params: { path: { id: institutionId } }, body: { email, role } })),
    onSuccess: async () => {
      setEmail('');
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const revoke = useMutation({
    mutationFn: (assignmentId: string) =>
      call(api.DELETE('/api/institutions/{id}/staff/{assignmentId}', { params: { path: { id: institutionId, assignmentId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    grant.mutate();
  };
  return (
    <section aria-labelledby="medewerkers" className="admin-section">
      <h2 id="medewerkers">{t('staffTitle')}</h2>
      <QueryView query={staff}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t('staffEmpty')}</p>
          ) : (
            <ScrollRegion label={t('staffTitle')}>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('person')}</th>
                    <th scope="col">{t('email')}</th>
                    <th scope="col">{t('role')}</th>
                    <th scope="col">{t('since')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('remove', { ns: 'common' })}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => {
                    const roleName = t(`roles.${r.role}`, { ns: 'common' });
                    return (
                      <tr key={r.id}>
                        <td>{r.name}</td>
                        <td>{r.email ?? '–'}</td>
                        <td>{roleName}</td>
                        <td>{date.format(new Date(r.createdAt))}</td>
                        <td>
                          <button
                            type="button"
                            className="button danger small"
                            aria-label={t('revokeRole', { name: r.name })}
                            disabled={revoke.isPending}
                            onClick={() => {
                              if (window.confirm(t('confirmRevoke', { role: roleName, name: r.name }))) revoke.mutate(r.id);
                            }}
                          >
                            {t('remove', { ns: 'common' })}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollRegion>
          )
        }
      </QueryView>
      {revoke.isError ? <ProblemMessage error={revoke.error} /> : null}
      <h3>{t('grant')}</h3>
      <p className="muted">{t('staffIntro')}</p>
      <form onSubmit={submit} className="form-inline">
        <div className="field grow">
          <label htmlFor="grant-email">{t('email')}</label>
          <input id="grant-email" type="email" required value={email} autoComplete="off" onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="grant-role">{t('role')}</label>
          <select id="grant-role" value={role} onChange={(e) => setRole(e.target.value as InstitutionRole)}>
            {institutionRoles.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`, { ns: 'common' })}
              </option>
            ))}
          </select>
        </div>
        <div className="field actions">
          <button type="submit" className="button" disabled={grant.isPending}>
            {t('grant')}
          </button>
        </div>
      </form>
      {grant.isError ? (
        <>
          <ProblemMessage error={grant.error} />
          <FieldErrors error={grant.error} />
        </>
      ) : null}
      {grant.isSuccess ? (
        <p role="status" className="alert alert-success">
          {t('granted', { name: grant.data.name })}
        </p>
      ) : null}
    </section>
  );
}
