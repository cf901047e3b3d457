import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The dossier's own sections, under the page heading. */
export function DossierNav() {
  const { t } = useTranslation('dossier');
  const links = [
    { to: '/dossier', label: t('tabs.timeline'), end: true },
    { to: '/dossier/delen', label: t('tabs.share'), end: false },
    { to: '/dossier/inzage', label: t('tabs.access'), end: false },
    { to: '/dossier/gegevens', label: t('tabs.data'), end: false },
  ];
  return (
    <nav className="dossier-tabs" aria-label={t('tabs.label')}>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
