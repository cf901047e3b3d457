import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api, call } from './api';
import { switchLanguage } from './i18n';
import type { NavItem } from './module-ui';
import { useSession } from './session';

/** The frame of every page: skip link, header with navigation, language switch and account, footer. */
export function Layout(props: { nav: ReadonlyArray<NavItem & { namespace: string }> }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const data = session.data;
  const visible = props.nav.filter((item) => item.visible(data)).sort((a, b) => a.order - b.order);
  const returnTo = encodeURIComponent(location.pathname === '/' ? '/mijn' : location.pathname + location.search);

  const logout = async () => {
    await call(api.POST('/auth/logout'));
    await queryClient.invalidateQueries();
    await navigate('/');
  };

  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t('skipToContent')}
      </a>
      {data?.demoIdentityProvider ? (
        <div className="demo-banner" role="note">
          {t('demoBanner')}
        </div>
      ) : null}
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span>
              <span className="brand-name">{t('appName')}</span>
              <span className="brand-tagline">{t('tagline')}</span>
            </span>
          </Link>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="hoofdmenu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {menuOpen ? t('closeMenu') : t('menu')}
          </button>
          <div id="hoofdmenu" className={menuOpen ? 'header-menu open' : 'header-menu'}>
            <nav aria-label={t('mainNav')}>
              <ul className="main-nav">
                {visible.map((item) => {
                  const to = typeof item.to === 'function' ? item.to(data) : item.to;
                  return (
                    <li key={`${item.namespace}:${item.label}`}>
                      <NavLink to={to} end={to === '/'}>
                        {t(item.label, { ns: item.namespace })}
                      </NavLink>
                    </li>
                  );
                })}
              </ul>
            </nav>
            <div className="header-actions">
              <button
                type="button"
                className="link-button"
                lang={i18n.language === 'nl' ? 'en' : 'nl'}
                aria-label={t('switchToLabel')}
                onClick={() => void switchLanguage(i18n.language === 'nl' ? 'en' : 'nl')}
              >
                {t('switchTo')}
              </button>
              {data?.authenticated ? (
                <>
                  <span className="who">{t('loggedInAs', { name: data.person.name })}</span>
                  <button type="button" className="button secondary small" onClick={() => void logout()}>
                    {t('logout')}
                  </button>
                </>
              ) : data ? (
                <a className="button small" href={`/auth/login?returnTo=${returnTo}`}>
                  {t('login')}
                </a>
              ) : null}
            </div>
          </div>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="footer-inner">
          <p>{t('footerText')}</p>
          <ul>
            <li>
              <a href="/api/docs">{t('footerApi')}</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
