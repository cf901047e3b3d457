import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../app/api';
import { DemoBadge, Page, QueryView, ScrollRegion } from '../app/components';
import { useUrlFilters } from './search-params';

/** The institutions on the platform. */
export function InstitutionsPage() {
  const { t } = useTranslation('reference');
  const { values, update } = useUrlFilters(['q'] as const);
  const [draft, setDraft] = useState(values.q);
  const list = useQuery({
    queryKey: ['institutions', values.q],
    placeholderData: keepPreviousData,
    queryFn: () => call(api.GET('/api/reference/institutions', { params: { query: values.q ? { q: values.q } : {} } })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: draft.trim() });
  };
  return (
    <Page title={t('institutionsTitle')} lead={t('institutionsLead')}>
      <form className="filters" role="search" onSubmit={submit}>
        <div className="field grow">
          <label htmlFor="q">{t('institutionSearchLabel')}</label>
          <input id="q" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={100} />
        </div>
        <div className="field actions">
          <button type="submit" className="button">
            {t('search', { ns: 'common' })}
          </button>
        </div>
      </form>
      <QueryView query={list}>
        {(institutions) =>
          institutions.length === 0 ? (
            <p>{t('noInstitutions')}</p>
          ) : (
            <ul className="card-grid">
              {institutions.map((i) => (
                <li key={i.id}>
                  <Link className="action-card" to={`/instellingen/${i.id}`}>
                    <span className="action-title">
                      {i.name} {i.isDemo ? <DemoBadge /> : null}
                    </span>
                    <span className="action-body">
                      {i.city} · {t('rioCode')} {i.code} · {t('locationsCount', { count: i.locations.length })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </Page>
  );
}

/** One institution with its teaching locations. */
export function InstitutionPage() {
  const { t } = useTranslation('reference');
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['institution', id],
    queryFn: () => call(api.GET('/api/reference/institutions/{id}', { params: { path: { id } } })),
  });
  return (
    <Page title={query.data?.name ?? t('institutionsTitle')}>
      <QueryView query={query}>
        {(i) => (
          <>
            <dl className="facts">
              <div>
                <dt>{t('rioCode')}</dt>
                <dd>
                  {i.code} {i.isDemo ? <DemoBadge /> : null}
                </dd>
              </div>
              {i.website ? (
                <div>
                  <dt>{t('website')}</dt>
                  <dd>
                    <a href={i.website} rel="noopener noreferrer">
                      {i.website}
                    </a>
                  </dd>
                </div>
              ) : null}
            </dl>
            <h2>{t('locations')}</h2>
            <ScrollRegion label={t('locations')}>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('rioCode')}</th>
                    <th scope="col">{t('title')}</th>
                    <th scope="col">{t('address')}</th>
                    <th scope="col">{t('province')}</th>
                  </tr>
                </thead>
                <tbody>
                  {i.locations.map((l) => (
                    <tr key={l.code}>
                      <td className="code">{l.code}</td>
                      <td>{l.name}</td>
                      <td>{[l.street, [l.postcode, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</td>
                      <td>{l.province}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </>
        )}
      </QueryView>
      <p>
        <Link to="/instellingen">{t('institutionsTitle')}</Link>
      </p>
    </Page>
  );
}
