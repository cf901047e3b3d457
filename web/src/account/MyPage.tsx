import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page, RequireSession } from '../app/components';
import { useRoleCards } from '../app/role-cards';
import { useSession, type Grant } from '../app/session';

/** The person's own page: per role held, what that role can do here. */
export function MyPage() {
  return (
    <RequireSession>
      <MyPageContent />
    </RequireSession>
  );
}

function MyPageContent() {
  const { t } = useTranslation('account');
  const session = useSession();
  const data = session.data;
  if (!data?.authenticated) return null;
  return (
    <Page title={t('title')} lead={t('welcome', { name: data.person.name })}>
      {data.grants.length === 0 ? (
        <section className="card">
          <h2>{t('noRolesTitle')}</h2>
          <p>{t('noRoles')}</p>
        </section>
      ) : (
        data.grants.map((grant) => <RoleSection key={`${grant.role}:${grant.scopeId ?? ''}`} grant={grant} />)
      )}
      <section aria-labelledby="mijn-gegevens">
        <h2 id="mijn-gegevens">{t('myDataTitle')}</h2>
        <ul className="card-grid">
          <li>
            <Link className="action-card" to="/mijn/logboek">
              <span className="action-title">{t('myDataCard')}</span>
              <span className="action-body">{t('myDataCardBody')}</span>
            </Link>
          </li>
        </ul>
      </section>
    </Page>
  );
}

function RoleSection(props: { grant: Grant }) {
  const { t } = useTranslation('account');
  const { grant } = props;
  const cards = useRoleCards(grant.role);
  const role = t(`roles.${grant.role}`, { ns: 'common' });
  const id = `rol-${grant.role}-${grant.scopeId ?? 'platform'}`;
  return (
    <section aria-labelledby={id} className="role-section">
      <h2 id={id}>{grant.scopeName ? t('roleAt', { role, scope: grant.scopeName }) : role}</h2>
      {cards.length === 0 ? (
        <p className="muted">{t('roleNoCards')}</p>
      ) : (
        <ul className="card-grid">
          {cards.map((card) => (
            <li key={`${card.namespace}:${card.title}`}>
              <Link className="action-card" to={card.to(grant.scopeId)}>
                <span className="action-title">{t(card.title, { ns: card.namespace })}</span>
                <span className="action-body">{t(card.body, { ns: card.namespace })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
