import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page, QueryView, RequireSession, ScrollRegion } from '../app/components';
import { api, call } from '../app/api';
import type { AccessEntry, Share } from './api';
import { useShares, useShareSubject } from './queries';
import { DossierNav } from './DossierNav';
import { useDate } from './Problem';
import './dossier.css';

/** The kinds of access the log records (the filter offers these). */
export const accessKinds = ['share-open', 'share-download', 'share-file', 'share-open-failed', 'institution-read'] as const;

/** Who looked: the institution for an institution's read, else the recipient named on the share. */
export function visitorOf(entry: AccessEntry): string | null {
  return entry.kind === 'institution-read'
    ? (entry.institution?.name ?? entry.recipientName)
    : (entry.recipientName ?? entry.institution?.name ?? null);
}

/** "Wie heeft mijn gegevens bekeken": every read of the dossier by someone else, filterable. */
export function AccessLogPage() {
  return (
    <RequireSession>
      <AccessLog />
    </RequireSession>
  );
}

function AccessLog() {
  const { t } = useTranslation('dossier');
  const [params, setParams] = useSearchParams();
  const kind = params.get('soort') ?? '';
  const from = params.get('van') ?? '';
  const to = params.get('tot') ?? '';
  const share = params.get('deellink') ?? '';
  const shares = useShares();
  const subject = useShareSubject();
  const log = useQuery({
    queryKey: ['dossier', 'access-log', kind, from, to, share],
    queryFn: () =>
      call(
        api.GET('/api/dossier/access-log', {
          params: {
            query: {
              ...(kind ? { kind: kind as AccessEntry['kind'] } : {}),
              ...(from ? { from: new Date(`${from}T00:00:00`).toISOString() } : {}),
              ...(to ? { to: new Date(`${to}T23:59:59.999`).toISOString() } : {}),
              ...(share ? { share } : {}),
              limit: 500,
            },
          },
        }),
      ),
  });
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const shareLabel = (s: Share) => (s.recipientName ? `${s.recipientName} — ${subject(s)}` : subject(s));
  return (
    <Page title={t('accessTitle')} lead={t('accessLead')} wide>
      <DossierNav />
      <form className="filters" role="search" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="inzage-soort">{t('accessKind')}</label>
          <select id="inzage-soort" value={kind} onChange={(e) => set('soort', e.target.value)}>
            <option value="">{t('all')}</option>
            {accessKinds.map((k) => (
              <option key={k} value={k}>
                {t(`accessKinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="inzage-van">{t('from')}</label>
          <input id="inzage-van" type="date" value={from} onChange={(e) => set('van', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="inzage-tot">{t('to')}</label>
          <input id="inzage-tot" type="date" value={to} onChange={(e) => set('tot', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="inzage-deellink">{t('shareFilter')}</label>
          <select id="inzage-deellink" value={share} onChange={(e) => set('deellink', e.target.value)}>
            <option value="">{t('all')}</option>
            {(shares.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {shareLabel(s)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <QueryView query={log}>
        {(data) => {
          const entries = data.entries;
          return entries.length === 0 ? (
            <p role="status">{t('accessEmpty')}</p>
          ) : (
            <>
              <p className="result-count" role="status">
                {t('accessCount', { count: entries.length })}
              </p>
              <ViewsChart entries={entries} />
              <AccessTable entries={entries} />
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}

function AccessTable(props: { entries: readonly AccessEntry[] }) {
  const { t } = useTranslation('dossier');
  const date = useDate(true);
  return (
    <ScrollRegion label={t('accessTable')}>
      <table className="data access-table">
        <caption className="visually-hidden">{t('accessTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('who')}</th>
            <th scope="col">{t('what')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr key={e.id} className={e.kind === 'share-open-failed' ? 'is-refused' : undefined}>
              <td>{date(e.occurredAt)}</td>
              <td>{visitorOf(e) ?? <span className="muted">{t('unknownVisitor')}</span>}</td>
              <td>
                {t(`accessKinds.${e.kind}`, { defaultValue: e.kind })}
                {e.reason ? ` (${t(`accessReasons.${e.reason}`, { defaultValue: e.reason })})` : ''}
                {e.itemCount > 0 ? ` · ${t('itemCount', { count: e.itemCount })}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Views per day over the period shown: a small bar chart; the table below carries the same facts. */
function ViewsChart(props: { entries: readonly AccessEntry[] }) {
  const { t, i18n } = useTranslation('dossier');
  const day = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'short' });
  const counts = new Map<string, number>();
  for (const e of props.entries) {
    const key = e.occurredAt.slice(0, 10);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const days = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).slice(-30);
  if (days.length < 2) return null;
  const max = Math.max(...days.map(([, n]) => n));
  const width = 600;
  const height = 120;
  const bar = width / days.length;
  return (
    <figure className="views-chart">
      <figcaption>{t('viewsChart', { days: days.length })}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height + 20}`}
        role="img"
        aria-label={t('viewsChartLabel', { total: props.entries.length, days: days.length })}
      >
        {days.map(([key, n], i) => {
          const h = Math.max(2, (n / max) * height);
          return (
            <g key={key}>
              <rect x={i * bar + 2} y={height - h} width={Math.max(1, bar - 4)} height={h} className="bar">
                <title>
                  {day.format(new Date(key))}: {n}
                </title>
              </rect>
              {days.length <= 12 || i % Math.ceil(days.length / 12) === 0 ? (
                <text x={i * bar + bar / 2} y={height + 15} textAnchor="middle" className="axis">
                  {day.format(new Date(key))}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
