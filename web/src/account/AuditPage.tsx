import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call } from '../app/api';
import { Loading, Page, ProblemMessage, RequireSession, ScrollRegion } from '../app/components';

const PAGE = 50;

/** The person's own audit trail: every event about their data. */
export function AuditPage() {
  return (
    <RequireSession>
      <AuditContent />
    </RequireSession>
  );
}

function AuditContent() {
  const { t, i18n } = useTranslation('account');
  const events = useInfiniteQuery({
    queryKey: ['my-audit-events'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(api.GET('/api/me/audit-events', { params: { query: { limit: PAGE, ...(pageParam ? { after: pageParam } : {}) } } })),
    getNextPageParam: (last) => (last.items.length === PAGE ? last.items[last.items.length - 1]?.id : undefined),
  });
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Page title={t('auditTitle')} lead={t('auditLead')}>
      {events.isPending ? <Loading /> : null}
      {events.isError ? <ProblemMessage error={events.error} onRetry={() => void events.refetch()} /> : null}
      {events.isSuccess && items.length === 0 ? <p>{t('auditEmpty')}</p> : null}
      {items.length > 0 ? (
        <ScrollRegion label={t('auditTitle')}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('what')}</th>
                <th scope="col">{t('who')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.occurredAt}>{format.format(new Date(e.occurredAt))}</time>
                  </td>
                  <td>{t(`actions.${e.action}`, { defaultValue: e.action })}</td>
                  <td>{t(`actor.${e.actorType}`, { defaultValue: e.actorType })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      {events.hasNextPage ? (
        <button type="button" className="button secondary" disabled={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
          {t('loadMore')}
        </button>
      ) : null}
    </Page>
  );
}
