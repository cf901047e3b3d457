import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../app/api';
import { DemoBadge, Page, Pagination, QueryView } from '../app/components';
import { NiveauSelect, WordsField } from './SearchFields';
import { useUrlFilters } from './search-params';

const PAGE_SIZE = 20;

/** Search and filter the kwalificaties. */
export function QualificationsPage() {
  const { t } = useTranslation('reference');
  const { values, page, update } = useUrlFilters(['q', 'niveau', 'domain'] as const);
  const [draft, setDraft] = useState(values.q);
  const domains = useQuery({ queryKey: ['domains'], queryFn: () => call(api.GET('/api/reference/domains')) });
  const results = useQuery({
    queryKey: ['qualifications', values, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      call(
        api.GET('/api/reference/qualifications', {
          params: {
            query: {
              page,
              pageSize: PAGE_SIZE,
              ...(values.q ? { q: values.q } : {}),
              ...(values.niveau ? { niveau: Number(values.niveau) } : {}),
              ...(values.domain ? { domain: values.domain } : {}),
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
    <Page title={t('qualificationsTitle')} lead={t('qualificationsLead')}>
      <form className="filters" role="search" onSubmit={submit}>
        <WordsField label={t('searchLabel')} value={draft} onChange={setDraft} />
        <NiveauSelect value={values.niveau} onChange={(niveau) => update({ niveau })} />
        <div className="field">
          <label htmlFor="domain">{t('domainLabel')}</label>
          <select id="domain" value={values.domain} onChange={(e) => update({ domain: e.target.value })}>
            <option value="">{t('allDomains')}</option>
            {(domains.data ?? []).map((d) => (
              <option key={d.domain} value={d.domain}>
                {d.domain} ({d.qualifications})
              </option>
            ))}
          </select>
        </div>
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
              <p>{t('noResults')}</p>
            ) : (
              <ul className="result-list">
                {data.items.map((q) => (
                  <li key={q.crebo} className="result">
                    <h2 className="result-title">
                      <Link to={`/kwalificaties/${q.crebo}`}>{q.title}</Link> {q.isDemo ? <DemoBadge /> : null}
                    </h2>
                    <p className="meta">
                      <span>
                        {t('crebo')} {q.crebo}
                      </span>
                      <span>{t('niveau', { ns: 'common', niveau: q.niveau })}</span>
                      <span>{q.domain}</span>
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => update({ page: String(p) })} />
          </>
        )}
      </QueryView>
      <p>
        <Link to="/keuzedelen">{t('toElectives')}</Link>
      </p>
    </Page>
  );
}
