import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Page, QueryView, RequireSession } from '../app/components';
import { api, call } from '../app/api';
import { isKind, itemKinds, type DossierItem, type Overview } from './api';
import { useOverview } from './queries';
import { visitorOf } from './AccessLogPage';
import { DossierNav } from './DossierNav';
import { organisationOf } from './facts';
import { DossierProblem, useDate } from './Problem';
import { ProvenanceLabel } from './Provenance';
import './dossier.css';

/** The learner's dossier: a timeline of items, filtered by kind and collection. */
export function DossierPage() {
  return (
    <RequireSession>
      <Dossier />
    </RequireSession>
  );
}

function Dossier() {
  const { t } = useTranslation('dossier');
  const [params, setParams] = useSearchParams();
  const kind = params.get('soort') ?? '';
  const collection = params.get('collectie') ?? '';
  const overview = useOverview();
  const items = useInfiniteQuery({
    queryKey: ['dossier', 'items', kind, collection],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/dossier/items', {
          params: {
            query: {
              ...(isKind(kind) ? { kind } : {}),
              ...(collection ? { collection } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
              limit: 50,
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const list = items.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Page title={t('title')} lead={t('lead')} wide>
      <DossierNav />
      <div className="dossier-actions">
        <Link className="button" to="/dossier/toevoegen">
          {t('add')}
        </Link>
        <Link className="button secondary" to="/dossier/importeren">
          {t('importBadge')}
        </Link>
      </div>
      <QueryView query={overview}>{(o) => <Summary overview={o} />}</QueryView>
      <section aria-labelledby="tijdlijn">
        <h2 id="tijdlijn">{t('timeline')}</h2>
        <form className="filters" role="search" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="filter-soort">{t('filterKind')}</label>
            <select id="filter-soort" value={kind} onChange={(e) => setFilter('soort', e.target.value)}>
              <option value="">{t('allKinds')}</option>
              {itemKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-collectie">{t('filterCollection')}</label>
            <select id="filter-collectie" value={collection} onChange={(e) => setFilter('collectie', e.target.value)}>
              <option value="">{t('allCollections')}</option>
              {(overview.data?.collections ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </form>
        {items.isPending ? (
          <p role="status">{t('loadingItems')}</p>
        ) : items.isError ? (
          <DossierProblem error={items.error} onRetry={() => void items.refetch()} />
        ) : list.length === 0 ? (
          <p>{kind || collection ? t('emptyFiltered') : t('empty')}</p>
        ) : (
          <>
            <p className="result-count" role="status">
              {t('itemCount', { count: list.length })}
            </p>
            <Timeline items={list} />
            {items.hasNextPage ? (
              <button
                type="button"
                className="button secondary"
                disabled={items.isFetchingNextPage}
                onClick={() => void items.fetchNextPage()}
              >
                {t('more')}
              </button>
            ) : null}
          </>
        )}
      </section>
    </Page>
  );
}

function Summary(props: { overview: Overview }) {
  const { t } = useTranslation('dossier');
  const dateTime = useDate(true);
  const o = props.overview;
  const kinds = itemKinds.filter((k) => (o.counts[k] ?? 0) > 0);
  return (
    <section aria-labelledby="overzicht" className="dossier-summary">
      <h2 id="overzicht" className="visually-hidden">
        {t('summary')}
      </h2>
      <ul className="summary-list">
        {kinds.map((k) => (
          <li key={k}>
            <strong>{o.counts[k]}</strong> {t(`kindsPlural.${k}`, { count: o.counts[k] ?? 0 })}
          </li>
        ))}
        <li>
          <Link to="/dossier/delen">{t('activeSharesCount', { count: o.activeShares })}</Link>
        </li>
      </ul>
      {o.recentAccess.length > 0 ? (
        <div className="recent-access">
          <h3>{t('recentAccess')}</h3>
          <ul>
            {o.recentAccess.map((e) => (
              <li key={e.id}>
                {dateTime(e.occurredAt)}: {visitorOf(e) ?? t('unknownVisitor')} — {t(`accessKinds.${e.kind}`, { defaultValue: e.kind })}
              </li>
            ))}
          </ul>
          <Link to="/dossier/inzage">{t('allAccess')}</Link>
        </div>
      ) : null}
    </section>
  );
}

/** Items grouped by month, newest first. */
export function Timeline(props: { items: readonly DossierItem[] }) {
  const { i18n } = useTranslation();
  const month = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric' });
  const sorted = [...props.items].sort((a, b) => b.datedAt.localeCompare(a.datedAt));
  const groups: Array<{ label: string; items: DossierItem[] }> = [];
  for (const item of sorted) {
    const label = month.format(new Date(item.datedAt));
    const last = groups.at(-1);
    if (last && last.label === label) last.items.push(item);
    else groups.push({ label, items: [item] });
  }
  return (
    <ol className="timeline">
      {groups.map((g) => (
        <li key={g.label} className="timeline-group">
          <h3 className="timeline-date">{g.label}</h3>
          <ul className="timeline-items">
            {g.items.map((item) => (
              <li key={item.id} className="card timeline-item">
                <ItemSummary item={item} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function ItemSummary(props: { item: DossierItem }) {
  const { t } = useTranslation('dossier');
  const date = useDate();
  const { item } = props;
  const organisation = organisationOf(item);
  return (
    <>
      <p className="item-kind">{t(`kinds.${item.kind}`)}</p>
      <h4 className="item-title">
        <Link to={`/dossier/items/${item.id}`}>{item.title}</Link>
      </h4>
      <p className="muted">
        {typeof item.details['startedOn'] === 'string'
          ? t('period', {
              from: date(item.details['startedOn']),
              to: typeof item.details['endedOn'] === 'string' ? date(item.details['endedOn']) : t('now'),
            })
          : date(item.datedAt)}
        {organisation ? ` · ${organisation}` : ''}
      </p>
      <ProvenanceLabel provenance={item.provenance} />
    </>
  );
}
