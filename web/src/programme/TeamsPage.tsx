import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../app/api';
import { Page, ProblemMessage, QueryView, RequireSession, ScrollRegion } from '../app/components';
import { GrantRoleForm } from '../app/GrantRoleForm';
import { grantsOf, hasRole, type Session } from '../app/session';

const teamRoles = ['team_lead', 'liaison', 'team_member', 'team_secretary', 'executive_sponsor'] as const;

/** True for people of the programme: its office, steering group and team members. */
export function isProgrammePerson(session: Session | undefined): boolean {
  return grantsOf(session).some((g) => g.scope === 'team' || ['programme_manager', 'steering_group', 'platform_admin'].includes(g.role));
}

function canManage(session: Session | undefined): boolean {
  return hasRole(session, 'programme_manager') || hasRole(session, 'platform_admin');
}

/** The programme's theme teams. */
export function TeamsPage() {
  const { t, i18n } = useTranslation('programme');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => call(api.GET('/api/programme/teams')) });
  return (
    <RequireSession allowed={isProgrammePerson}>
      <Page title={t('teamsTitle')} lead={t('teamsLead')}>
        <QueryView query={teams}>
          {(list) => (
            <ul className="card-grid">
              {list.map((team) => (
                <li key={team.id}>
                  <Link className="action-card" to={`/programma/teams/${team.id}`}>
                    <span className="action-title">{team.name[lang]}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      </Page>
    </RequireSession>
  );
}

/** One team: its members, and (for the programme manager) adding and removing roles. */
export function TeamPage() {
  const { id = '' } = useParams();
  return (
    <RequireSession allowed={(s) => isProgrammePerson(s)}>
      <Team id={id} />
    </RequireSession>
  );
}

function Team(props: { id: string }) {
  const { t, i18n } = useTranslation('programme');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const queryClient = useQueryClient();
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => call(api.GET('/api/programme/teams')) });
  const session = queryClient.getQueryData<Session>(['session']);
  const key = ['team-members', props.id];
  const members = useQuery({
    queryKey: key,
    queryFn: () => call(api.GET('/api/programme/teams/{id}/members', { params: { path: { id: props.id } } })),
  });
  const remove = useMutation({
    mutationFn: (assignmentId: string) =>
      call(api.DELETE('/api/programme/teams/{id}/members/{assignmentId}', { params: { path: { id: props.id, assignmentId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const name = teams.data?.find((team) => team.id === props.id)?.name[lang] ?? t('teamsTitle');
  const manage = canManage(session);
  return (
    <Page title={name}>
      <h2>{t('members')}</h2>
      <QueryView query={members}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t('membersEmpty')}</p>
          ) : (
            <ScrollRegion label={t('members')}>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('person')}</th>
                    <th scope="col">{t('email')}</th>
                    <th scope="col">{t('role')}</th>
                    {manage ? (
                      <th scope="col">
                        <span className="visually-hidden">{t('remove', { ns: 'common' })}</span>
                      </th>
                    ) : null}
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
                        {manage ? (
                          <td>
                            <button
                              type="button"
                              className="button danger small"
                              aria-label={t('removeMember', { name: r.name })}
                              disabled={remove.isPending}
                              onClick={() => {
                                if (window.confirm(t('confirmRemove', { role: roleName, name: r.name }))) remove.mutate(r.id);
                              }}
                            >
                              {t('remove', { ns: 'common' })}
                            </button>
                          </td>
                        ) : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollRegion>
          )
        }
      </QueryView>
      {remove.isError ? <ProblemMessage error={remove.error} /> : null}
      {manage ? (
        <GrantRoleForm
          idPrefix="member"
          headingLevel={2}
          roles={teamRoles}
          initialRole="team_member"
          texts={{
            title: t('addMember'),
            intro: t('addIntro'),
            email: t('email'),
            role: t('role'),
            submit: t('addMember'),
            granted: (name) => t('added', { name }),
          }}
          grant={(body) => call(api.POST('/api/programme/teams/{id}/members', { params: { path: { id: props.id } }, body }))}
          onGranted={() => queryClient.invalidateQueries({ queryKey: key })}
        />
      ) : null}
      <p>
        <Link to="/programma/teams">{t('toTeams')}</Link>
      </p>
    </Page>
  );
}
