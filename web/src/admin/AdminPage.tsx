import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../app/api';
import { Page, QueryView, RequireSession } from '../app/components';
import { grantsOf, hasRole, useSession } from '../app/session';

/** True for people who administer an institution or the platform. */
export function isAdministrator(session: Parameters<typeof grantsOf>[0]): boolean {
  return grantsOf(session).some((g) => g.role === 'institution_admin' || g.role === 'platform_admin');
}

/** The entry to administration: the institutions you manage, and platform tasks. */
export function AdminPage() {
  return (
    <RequireSession allowed={isAdministrator}>
      <AdminContent />
    </RequireSession>
  );
}

function AdminContent() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const platformAdmin = hasRole(session.data, 'platform_admin');
  const own = grantsOf(session.data).filter((g) => g.role === 'institution_admin');
  const all = useQuery({
    queryKey: ['institutions', ''],
    queryFn: () => call(api.GET('/api/reference/institutions', { params: { query: {} } })),
    enabled: platformAdmin,
  });
  return (
    <Page title={t('title')} lead={t('lead')}>
      {own.length > 0 ? (
        <section aria-labelledby="eigen">
          <h2 id="eigen">{t('yourInstitutions')}</h2>
          <ul className="card-grid">
            {own.map((g) => (
              <li key={g.scopeId}>
                <Link className="action-card" to={`/beheer/instellingen/${g.scopeId}`}>
                  <span className="action-title">{g.scopeName}</span>
                  <span className="action-body">{t('manageCardBody')}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {platformAdmin ? (
        <>
          <section aria-labelledby="platform">
            <h2 id="platform">{t('platformTasks')}</h2>
            <ul className="card-grid">
              <li>
                <Link className="action-card" to="/beheer/referentiedata">
                  <span className="action-title">{t('importCard')}</span>
                  <span className="action-body">{t('importCardBody')}</span>
                </Link>
              </li>
            </ul>
          </section>
          <section aria-labelledby="alle">
            <h2 id="alle">{t('allInstitutions')}</h2>
            <QueryView query={all}>
              {(list) => (
                <ul className="plain columns">
                  {list.map((i) => (
                    <li key={i.id}>
                      <Link to={`/beheer/instellingen/${i.id}`}>{i.name}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </QueryView>
          </section>
        </>
      ) : null}
    </Page>
  );
}
