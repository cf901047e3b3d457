import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../app/api';
import { DemoBadge, Page, Pagination, QueryView, ScrollRegion } from '../app/components';
import { NiveauSelect, WordsField } from './SearchFields';
import { useUrlFilters } from './search-params';

const PAGE_SIZE = 20;

/** Search the keuzedelen. */
export function ElectivesPage() {
  const { t } = useTranslation('reference');
  const { values, page, update } = useUrlFilters(['q', 'niveau'] as const);
  const [draft, setDraft] = useState(values.q);
  const results = useQuery({
    queryKey: ['electives', values, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      call(
        api.GET('/api/reference/electives', {
          params: {
            query: {
              page,
              pageSize: PAGE_SIZE,
              ...(values.q ? { q: values.q } : {}),
              ...(values.niveau ? { niveau: Number(values.niveau) } : {}),
            },
          },
        }),
      ),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: draft.trim() });
  };
  return (
    <Page title={t('electivesTitle')} lead={t('electivesLead')}>
      <form className="filters" role="search" onSubmit={submit}>
        <WordsField label={t('electiveSearchLabel')} value={draft} onChange={setDraft} />
        <NiveauSelect value={values.niveau} onChange={(niveau) => update({ niveau })} />
        <div className="field actions">
          <button type="submit" className="button">
            {t('search', { ns: 'common' })}
          </button>
        </div>
      </form>
      <QueryView query={results}>
        {(data) => (
          <>
            <p role="status" className="result-count">
              {t('results', { ns: 'common', count: data.total })}
            </p>
            {data.items.length === 0 ? (
              <p>{t('noElectiveResults')}</p>
            ) : (
              <ScrollRegion label={t('electivesTitle')}>
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">{t('code')}</th>
                      <th scope="col">{t('title')}</th>
                      <th scope="col">{t('size')}</th>
                      <th scope="col">{t('niveauLabel')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((e) => (
                      <tr key={e.code}>
                        <td className="code">{e.code}</td>
                        <td>
                          <Link to={`/keuzedelen/${e.code}`}>{e.title}</Link> {e.isDemo ? <DemoBadge /> : null}
                        </td>
                        <td>{t('sbu', { sbu: e.sbu })}</td>
                        <td>{e.niveau ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => update({ page: String(p) })} />
          </>
        )}
      </QueryView>
      <p>
        <Link to="/kwalificaties">{t('toQualifications')}</Link>
      </p>
    </Page>
  );
}

/** One keuzedeel and the kwalificaties it fits. */
export function ElectivePage() {
  const { t } = useTranslation('reference');
  const { code = '' } = useParams();
  const query = useQuery({
    queryKey: ['elective', code],
    queryFn: () => call(api.GET('/api/reference/electives/{code}', { params: { path: { code } } })),
  });
  return (
    <Page title={query.data?.title ?? code}>
      <QueryView query={query}>
        {(e) => (
          <>
            <dl className="facts">
              <div>
                <dt>{t('code')}</dt>
                <dd>
                  {e.code} {e.isDemo ? <DemoBadge /> : null}
                </dd>
              </div>
              <div>
                <dt>{t('size')}</dt>
                <dd>{t('sbuLong', { sbu: e.sbu })}</dd>
              </div>
              {e.niveau ? (
                <div>
                  <dt>{t('niveauLabel')}</dt>
                  <dd>{t('niveau', { ns: 'common', niveau: e.niveau })}</dd>
                </div>
              ) : null}
            </dl>
            <h2>{t('fitsQualifications')}</h2>
            {e.qualifications.length === 0 ? (
              <p>{t('fitsNone')}</p>
            ) : (
              <ul className="chips">
                {e.qualifications.map((q) => (
                  <li key={q.crebo}>
                    <Link to={`/kwalificaties/${q.crebo}`}>
                      {q.title} <span className="muted">({t('niveau', { ns: 'common', niveau: q.niveau })})</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
      <p>
        <Link to="/keuzedelen">{t('toElectives')}</Link>
      </p>
    </Page>
  );
}
