import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { paths } from '../api/schema';
import { api, call } from '../app/api';
import { Page, Pagination, QueryView } from '../app/components';
import { euros, longDate, monthName } from './format';
import './catalog.css';

type SearchQuery = NonNullable<paths['/api/catalog/search']['get']['parameters']['query']>;
type SearchResult = paths['/api/catalog/search']['get']['responses']['200']['content']['application/json'];
type Hit = SearchResult['items'][number];
type FacetName = keyof SearchResult['facets'];

/** Facets shown as checkbox lists, in order. The start month facet is shown next to the date window. */
const facetOrder: readonly FacetName[] = [
  'niveau',
  'domain',
  'qualification',
  'elective',
  'leerweg',
  'province',
  'location',
  'intake',
  'mode',
  'price',
  'load',
  'institution',
];
const multi = [...facetOrder] as string[];
const single = ['q', 'sort', 'startFrom', 'startTo'] as const;
const PAGE_SIZE = 20;

/** Reads and changes the search in the address bar, so that every search can be shared. */
function useSearchState() {
  const [params, setParams] = useSearchParams();
  const query: Record<string, unknown> = {};
  for (const key of multi) {
    const values = params.getAll(key);
    if (values.length) query[key] = key === 'niveau' ? values.map(Number) : values;
  }
  for (const key of single) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const change = (mutate: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    mutate(next);
    if (!next.has('pageChange')) next.delete('page');
    next.delete('pageChange');
    setParams(next);
  };
  return {
    params,
    query: query as SearchQuery,
    page,
    toggle: (key: string, value: string) =>
      change((next) => {
        const values = next.getAll(key);
        next.delete(key);
        for (const v of values.includes(value) ? values.filter((x) => x !== value) : [...values, value]) next.append(key, v);
      }),
    set: (key: string, value: string) =>
      change((next) => {
        if (value) next.set(key, value);
        else next.delete(key);
      }),
    setPage: (p: number) =>
      change((next) => {
        next.set('page', String(p));
        next.set('pageChange', '1');
      }),
    /** Limits the start to one month (YYYY-MM). */
    setWindow: (month: string) =>
      change((next) => {
        const [year = 0, m = 1] = month.split('-').map(Number);
        next.set('startFrom', `${month}-01`);
        next.set('startTo', new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10));
      }),
    clear: () => change((next) => [...next.keys()].forEach((k) => next.delete(k))),
  };
}

/** The learners' catalogue search (`adult`: the view for adults with only separately followable, certified units). */
export function SearchView(props: { adult?: boolean }) {
  const { t, i18n } = useTranslation('catalog');
  const state = useSearchState();
  const [words, setWords] = useState(state.params.get('q') ?? '');
  // On a phone the filters start folded, so that the results come first.
  const [wide] = useState(() => typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 48rem)').matches);
  const results = useQuery({
    queryKey: ['catalog-search', props.adult ?? false, state.params.toString()],
    placeholderData: keepPreviousData,
    queryFn: () =>
      call(
        api.GET('/api/catalog/search', {
          params: { query: { ...state.query, page: state.page, pageSize: PAGE_SIZE, ...(props.adult ? { adult: 'true' } : {}) } },
        }),
      ),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    state.set('q', words.trim());
  };
  const label = useFacetLabel();
  const active = facetOrder.flatMap((facet) => state.params.getAll(facet).map((value) => ({ facet, value })));
  const dates = ['startFrom', 'startTo'].filter((k) => state.params.get(k));
  return (
    <Page title={props.adult ? t('adultTitle') : t('searchTitle')} lead={props.adult ? t('adultLead') : t('searchLead')} wide>
      <form className="search-bar" role="search" onSubmit={submit}>
        <div className="field">
          <label htmlFor="catalog-q">{t('searchWords')}</label>
          <input id="catalog-q" type="search" value={words} maxLength={200} onChange={(e) => setWords(e.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('search', { ns: 'common' })}
        </button>
        <div className="field">
          <label htmlFor="catalog-sort">{t('sortLabel')}</label>
          <select id="catalog-sort" value={state.params.get('sort') ?? ''} onChange={(e) => state.set('sort', e.target.value)}>
            <option value="">{t('sort.default')}</option>
            <option value="relevance">{t('sort.relevance')}</option>
            <option value="start">{t('sort.start')}</option>
            <option value="price">{t('sort.price')}</option>
          </select>
        </div>
      </form>
      {active.length + dates.length > 0 ? (
        <ul className="active-filters" aria-label={t('activeFilters')}>
          {active.map(({ facet, value }) => (
            <li key={`${facet}:${value}`}>
              <button
                type="button"
                onClick={() => state.toggle(facet, value)}
                aria-label={t('removeFilter', { filter: label(facet, value, null) })}
              >
                {label(facet, value, results.data?.facets[facet].find((f) => f.value === value)?.label ?? null)} ×
              </button>
            </li>
          ))}
          {dates.map((k) => (
            <li key={k}>
              <button type="button" onClick={() => state.set(k, '')}>
                {t(`window.${k}`, { date: longDate(state.params.get(k) ?? '', i18n.language) })} ×
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="link-button" onClick={state.clear}>
              {t('clearFilters')}
            </button>
          </li>
        </ul>
      ) : null}
      <div className="search-layout">
        <details className="facets" open={wide}>
          <summary>{t('filtersTitle')}</summary>
          <fieldset>
            <legend>{t('facet.start')}</legend>
            <div className="field">
              <label htmlFor="start-from">{t('window.from')}</label>
              <input
                id="start-from"
                type="date"
                value={state.params.get('startFrom') ?? ''}
                onChange={(e) => state.set('startFrom', e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="start-to">{t('window.to')}</label>
              <input
                id="start-to"
                type="date"
                value={state.params.get('startTo') ?? ''}
                onChange={(e) => state.set('startTo', e.target.value)}
              />
            </div>
            {(results.data?.facets.start.length ?? 0) > 0 ? (
              <ul aria-label={t('startMonths')}>
                {results.data?.facets.start.map((m) => (
                  <li key={m.value}>
                    <button type="button" className="link-button" onClick={() => state.setWindow(m.value)}>
                      {monthName(m.value, i18n.language)}
                    </button>{' '}
                    <span className="count">{m.count}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </fieldset>
          {facetOrder.map((facet) => {
            const values = results.data?.facets[facet] ?? [];
            const chosen = state.params.getAll(facet);
            if (values.length === 0 && chosen.length === 0) return null;
            return (
              <fieldset key={facet}>
                <legend>{t(`facet.${facet}`)}</legend>
                <ul>
                  {values.map((v) => (
                    <li key={v.value}>
                      <label>
                        <input type="checkbox" checked={chosen.includes(v.value)} onChange={() => state.toggle(facet, v.value)} />
                        <span>{label(facet, v.value, v.label)}</span>
                        <span className="count" aria-label={t('countLabel', { count: v.count })}>
                          {v.count}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            );
          })}
        </details>
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden">
            {t('resultsHeading')}
          </h2>
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
                    {data.items.map((hit) => (
                      <SearchHit key={hit.id} hit={hit} />
                    ))}
                  </ul>
                )}
                <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={state.setPage} />
              </>
            )}
          </QueryView>
        </section>
      </div>
      <p>
        {props.adult ? <Link to="/catalogus">{t('toFullCatalogue')}</Link> : <Link to="/catalogus/volwassenen">{t('toAdultView')}</Link>}
      </p>
    </Page>
  );
}

/** How a facet value reads. */
function useFacetLabel() {
  const { t, i18n } = useTranslation('catalog');
  return (facet: FacetName | 'start', value: string, label: string | null): string => {
    switch (facet) {
      case 'niveau':
        return t('niveau', { ns: 'common', niveau: value });
      case 'qualification':
      case 'elective':
        return label ? `${label} (${value})` : value;
      case 'intake':
        return t(`intake.${value}`);
      case 'mode':
        return t(`mode.${value}`);
      case 'price':
        return t(`priceBucket.${value}`);
      case 'load':
        return t(`loadBucket.${value}`);
      case 'start':
        return monthName(value, i18n.language);
      default:
        return label ?? value;
    }
  };
}

function SearchHit(props: { hit: Hit }) {
  const { t, i18n } = useTranslation('catalog');
  const { hit } = props;
  return (
    <li className="result">
      <h3 className="result-title">
        <Link to={`/catalogus/eenheden/${hit.id}`}>{hit.title}</Link>
      </h3>
      <p className="meta">
        <span>{hit.institutionName}</span>
        {hit.niveau ? <span>{t('niveau', { ns: 'common', niveau: hit.niveau })}</span> : null}
        <span>{t('sbuShort', { sbu: hit.sbu })}</span>
        {hit.qualificationTitle ? <span>{hit.qualificationTitle}</span> : null}
        {hit.electiveTitle ? <span>{t('electiveShort', { title: hit.electiveTitle })}</span> : null}
      </p>
      {hit.summary ? <p>{hit.summary}</p> : null}
      <p className="meta">
        <span>
          {hit.nextStart ? t('nextStart', { date: longDate(hit.nextStart, i18n.language) }) : null}
          {hit.nextStart && hit.flexible ? ` · ` : null}
          {hit.flexible ? t('intake.flexible') : null}
          {!hit.nextStart && !hit.flexible ? t('noStartKnown') : null}
        </span>
        <span>{hit.modes.map((m) => t(`mode.${m}`)).join(', ')}</span>
        {hit.minPriceCents !== null ? (
          <span>{hit.minPriceCents === 0 ? t('free') : t('fromPrice', { price: euros(hit.minPriceCents, i18n.language) })}</span>
        ) : null}
        {hit.leadsTo ? <span className="badge">{t(`leadsTo.${hit.leadsTo}`)}</span> : null}
        {hit.harvested ? <span className="badge">{t('harvestedBadge')}</span> : null}
      </p>
    </li>
  );
}

/** `/catalogus`: the whole national catalogue. */
export function SearchPage() {
  return <SearchView />;
}

/** `/catalogus/volwassenen`: units adults can follow on their own that lead to a certificate or badge. */
export function AdultSearchPage() {
  return <SearchView adult />;
}
