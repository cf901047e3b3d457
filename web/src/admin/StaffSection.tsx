import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call } from '../app/api';
import { ProblemMessage, QueryView, ScrollRegion } from '../app/components';
import { GrantRoleForm } from '../app/GrantRoleForm';
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
  const revoke = useMutation({
    mutationFn: (assignmentId: string) =>
      call(api.DELETE('/api/institutions/{id}/staff/{assignmentId}', { params: { path: { id: institutionId, assignmentId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' });
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
      <GrantRoleForm
        idPrefix="grant"
        headingLevel={3}
        roles={institutionRoles}
        initialRole="teacher"
        texts={{
          title: t('grant'),
          intro: t('staffIntro'),
          email: t('email'),
          role: t('role'),
          submit: t('grant'),
          granted: (name) => t('granted', { name }),
        }}
        grant={(body) => call(api.POST('/api/institutions/{id}/staff', { params: { path: { id: institutionId } }, body }))}
        onGranted={() => queryClient.invalidateQueries({ queryKey: key })}
        renderError={(error) => (
          <>
            <ProblemMessage error={error} />
            <FieldErrors error={error} />
          </>
        )}
      />
    </section>
  );
}
