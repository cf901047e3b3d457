import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { paths } from '../api/schema';
import { api, call } from '../app/api';
import { Page, QueryView, ScrollRegion } from '../app/components';
import { useSession } from '../app/session';

type Overview = paths['/api/programme/overview']['get']['responses']['200']['content']['application/json'];
type Product = Overview['themes'][number]['products'][number];

/** The landing page: the programme's overview per theme and target group, and the demo accounts. */
export function HomePage() {
  const { t } = useTranslation('home');
  const session = useSession();
  const overview = useQuery({ queryKey: ['programme-overview'], queryFn: () => call(api.GET('/api/programme/overview')) });
  return (
    <Page title={t('title')} lead={t('lead')} wide>
      <section aria-labelledby="overzicht-titel">
        <h2 id="overzicht-titel">{t('overviewTitle')}</h2>
        <p>{t('overviewIntro')}</p>
        <QueryView query={overview}>{(data) => <OverviewPlate overview={data} />}</QueryView>
      </section>
      {session.data?.demoIdentityProvider && !session.data.authenticated ? <DemoAccounts /> : null}
    </Page>
  );
}

function ProductLink(props: { product: Product }) {
  const { t, i18n } = useTranslation('home');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const { product } = props;
  if (product.available && product.path) {
    return (
      <Link to={product.path} className="product available">
        <span className="product-name">{product.name[lang]}</span>
        <span className="visually-hidden"> ({t('available')})</span>
      </Link>
    );
  }
  return (
    <span className="product upcoming">
      <span className="product-name">{product.name[lang]}</span>
      <span className="product-status">{t('comingSoon')}</span>
    </span>
  );
}

/** The "overzichtsplaat": themes as rows, target groups as columns, products in the cells. */
function OverviewPlate(props: { overview: Overview }) {
  const { t, i18n } = useTranslation('home');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const { overview } = props;
  return (
    <>
      <ScrollRegion label={t('overviewCaption')}>
        <table className="plate">
          <caption className="visually-hidden">{t('overviewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('theme')}</th>
              {overview.targetGroups.map((g) => (
                <th scope="col" key={g.code} className={`group group-${g.code}`}>
                  {g.name[lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.themes.map((theme) => (
              <tr key={theme.code}>
                <th scope="row">
                  <span className="theme-name">{theme.name[lang]}</span>
                  <span className="theme-description">{theme.description[lang]}</span>
                </th>
                {overview.targetGroups.map((g) => {
                  const products = theme.products.filter((p) => p.targetGroups.includes(g.code));
                  return (
                    <td key={g.code} data-group={g.name[lang]}>
                      {products.length === 0 ? (
                        <span className="visually-hidden">{t('noProducts')}</span>
                      ) : (
                        <ul>
                          {products.map((p) => (
                            <li key={p.code}>
                              <ProductLink product={p} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="legend">
        <span className="product available">{t('available')}</span> <span className="product upcoming">{t('comingSoon')}</span>
      </p>
    </>
  );
}

function DemoAccounts() {
  const { t } = useTranslation('home');
  const accounts = useQuery({ queryKey: ['demo-accounts'], queryFn: () => call(api.GET('/api/demo/accounts')) });
  return (
    <section aria-labelledby="demo-titel" className="demo-accounts">
      <h2 id="demo-titel">{t('demoTitle')}</h2>
      <p>{t('demoIntro')}</p>
      <QueryView query={accounts}>
        {(list) => (
          <ul className="account-grid">
            {list.map((account) => (
              <li key={account.subject}>
                <a
                  className="account-card"
                  href={`/auth/login?login_hint=${encodeURIComponent(account.subject)}&returnTo=${encodeURIComponent('/mijn')}`}
                  aria-label={t('loginAs', { name: account.name })}
                >
                  <span className="account-name">{account.name}</span>
                  <span className="account-roles">
                    {account.roles.length === 0
                      ? t('noRoles')
                      : account.roles
                          .map((r) =>
                            r.scopeName
                              ? `${t(`roles.${r.role}`, { ns: 'common' })} · ${r.scopeName}`
                              : t(`roles.${r.role}`, { ns: 'common' }),
                          )
                          .join(', ')}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}
