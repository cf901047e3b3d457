import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DemoBadge, Page, Pagination, QueryView, RequireSession, ScrollRegion } from '../app/components';
import { grantsOf, useSession, type Session } from '../app/session';
import { useUrlFilters } from './search-params';
import { kinds, listItems, type Kind } from './workspace-api';
import './catalog.css';

/** True for catalogue editors (at any institution). */
export function isCatalogEditor(session: Session | undefined): boolean {
  return grantsOf(session).some((g) => g.role === 'catalog_editor');
}

/** The editor's start: the institutions whose catalogue they edit. With one, straight to its workspace. */
export function EditorHomePage() {
  return (
    <RequireSession allowed={isCatalogEditor}>
      <EditorHome />
    </RequireSession>
  );
}

function EditorHome() {
  const { t } = useTranslation('catalog');
  const session = useSession();
  const own = grantsOf(session.data).filter((g) => g.role === 'catalog_editor');
  if (own.length === 1 && own[0]?.scopeId) return <Workspace institutionId={own[0].scopeId} name={own[0].scopeName ?? ''} />;
  return (
    <Page title={t('editorTitle')} lead={t('editorLead')}>
      <ul className="card-grid">
        {own.map((g) => (
          <li key={g.scopeId}>
            <Link className="action-card" to={`/catalogus/beheer/${g.scopeId ?? ''}`}>
              <span className="action-title">{g.scopeName}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** The workspace of one institution (for editors of several). */
export function WorkspacePage() {
  const { institutionId = '' } = useParams();
  const session = useSession();
  const grant = grantsOf(session.data).find((g) => g.role === 'catalog_editor' && g.scopeId === institutionId);
  return (
    <RequireSession allowed={(s) => grantsOf(s).some((g) => g.role === 'catalog_editor' && g.scopeId === institutionId)}>
      <Workspace institutionId={institutionId} name={grant?.scopeName ?? ''} />
    </RequireSession>
  );
}

const PAGE_SIZE = 20;

function Workspace(props: { institutionId: string; name: string }) {
  const { t } = useTranslation('catalog');
  const { values, page, update } = useUrlFilters(['kind', 'q', 'status'] as const);
  const kind = (kinds as readonly string[]).includes(values.kind) ? (values.kind as Kind) : 'units';
  const [draft, setDraft] = useState(values.q);
  const status = values.status === 'draft' || values.status === 'published' || values.status === 'retired' ? values.status : undefined;
  const items = useQuery({
    queryKey: ['workspace', props.institutionId, kind, values.q, status, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      listItems(props.institutionId, kind, {
        page,
        pageSize: PAGE_SIZE,
        ...(values.q ? { q: values.q } : {}),
        ...(status ? { status } : {}),
      }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: draft.trim() });
  };
  const base = `/catalogus/beheer/${props.institutionId}`;
  return (
    <Page title={t('workspaceTitle', { name: props.name })} lead={t('workspaceLead')} wide>
      <nav aria-label={t('kindsNav')} className="catalog-tabs">
        {kinds.map((k) => (
          <Link
            key={k}
            to={`${base}?kind=${k}`}
            aria-current={k === kind ? 'page' : undefined}
            className={k === kind ? 'tab active' : 'tab'}
          >
            {t(`kinds.${k}`)}
          </Link>
        ))}
      </nav>
      <div className="catalog-toolbar">
        <Link className="button" to={`${base}/${kind}/nieuw`}>
          {t(`new.${kind}`)}
        </Link>
        <Link className="button secondary" to="/catalogus/beheer/import">
          {t('importLink')}
        </Link>
        <Link className="button secondary" to="/catalogus/standaard">
          {t('standardLink')}
        </Link>
      </div>
      <form className="filters" role="search" onSubmit={submit}>
        <div className="field grow">
          <label htmlFor="ws-q">{t('workspaceSearch')}</label>
          <input id="ws-q" type="search" value={draft} maxLength={100} onChange={(e) => setDraft(e.target.value)} />
        </div>
        {kind !== 'sessions' ? (
          <div className="field">
            <label htmlFor="ws-status">{t('statusLabel')}</label>
            <select id="ws-status" value={status ?? ''} onChange={(e) => update({ status: e.target.value })}>
              <option value="">{t('allStatuses')}</option>
              {(['draft', 'published', 'retired'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field actions">
          <button type="submit" className="button">
            {t('search', { ns: 'common' })}
          </button>
        </div>
      </form>
      <QueryView query={items}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('workspaceEmpty')}</p>
          ) : (
            <>
              <ScrollRegion label={t(`kinds.${kind}`)}>
                <table>
                  <caption className="visually-hidden">{t(`kinds.${kind}`)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('field.code')}</th>
                      <th scope="col">{t('nameColumn')}</th>
                      {kind !== 'sessions' ? <th scope="col">{t('statusLabel')}</th> : null}
                      <th scope="col">{t('updatedColumn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((item) => (
                      <tr key={item.id}>
                        <td className="code">{item.code}</td>
                        <td>
                          <Link to={`${base}/${kind}/${item.id}`}>{item.label}</Link> {item.isDemo ? <DemoBadge /> : null}
                        </td>
                        {kind !== 'sessions' ? (
                          <td>
                            <span className={`badge status-${item.status}`}>{t(`status.${item.status}`)}</span>
                            {item.hasPendingChanges ? <span className="badge status-pending">{t('pendingBadge')}</span> : null}
                          </td>
                        ) : null}
                        <td>{new Date(item.updatedAt).toLocaleDateString('nl-NL')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => update({ page: String(p) })} />
            </>
          )
        }
      </QueryView>
    </Page>
  );
}
