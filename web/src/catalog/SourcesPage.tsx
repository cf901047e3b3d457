import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../app/api';
import { Page, QueryView, RequireSession, ScrollRegion } from '../app/components';
import { hasRole } from '../app/session';
import { CatalogProblem } from './CatalogProblem';
import './catalog.css';

/** `/catalogus/bronnen`: the OEAPI endpoints of other institutions that the national catalogue harvests (platform administrators). */
export function SourcesPage() {
  return (
    <RequireSession allowed={(s) => hasRole(s, 'platform_admin')}>
      <Sources />
    </RequireSession>
  );
}

function Sources() {
  const { t } = useTranslation('catalog');
  const queryClient = useQueryClient();
  const sources = useQuery({ queryKey: ['catalog-sources'], queryFn: () => call(api.GET('/api/catalog/sources')), refetchInterval: 5_000 });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['catalog-sources'] });
  const [name, setName] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const add = useMutation({
    mutationFn: () => call(api.POST('/api/catalog/sources', { body: { name: name.trim(), baseUrl: baseUrl.trim(), enabled: true } })),
    onSuccess: () => {
      setName('');
      setBaseUrl('');
      void refresh();
    },
  });
  const harvest = useMutation({
    mutationFn: (id: string) => call(api.POST('/api/catalog/sources/{id}/harvest', { params: { path: { id }, query: { full: 'false' } } })),
    onSuccess: refresh,
  });
  const toggle = useMutation({
    mutationFn: (s: { id: string; enabled: boolean }) =>
      call(api.PATCH('/api/catalog/sources/{id}', { params: { path: { id: s.id } }, body: { enabled: s.enabled } })),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  const failed = [add, harvest, toggle].find((m) => m.isError);
  return (
    <Page title={t('sources.title')} lead={t('sources.lead')} wide>
      <QueryView query={sources}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('sources.none')}</p>
          ) : (
            <ScrollRegion label={t('sources.title')}>
              <table>
                <caption className="visually-hidden">{t('sources.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('sources.name')}</th>
                    <th scope="col">{t('sources.state')}</th>
                    <th scope="col">{t('sources.units')}</th>
                    <th scope="col">{t('sources.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr key={s.id}>
                      <td>
                        {s.name}
                        <br />
                        <span className="code">{s.baseUrl}</span>
                      </td>
                      <td>
                        <span className={`badge status-${s.status === 'ok' ? 'published' : s.status === 'failed' ? 'retired' : 'draft'}`}>
                          {t(`sources.status.${s.status}`)}
                        </span>
                        {s.lastSuccessAt ? (
                          <p className="hint">{t('sources.lastSuccess', { when: new Date(s.lastSuccessAt).toLocaleString('nl-NL') })}</p>
                        ) : null}
                        {s.status === 'failed' && s.lastErrorCode ? (
                          <p className="hint">
                            {t(`sources.error.${s.lastErrorCode}`, { defaultValue: s.lastErrorCode })}: {s.lastError}
                          </p>
                        ) : null}
                        {!s.enabled ? <p className="hint">{t('sources.disabled')}</p> : null}
                      </td>
                      <td>{s.itemCount}</td>
                      <td>
                        <div className="catalog-actions">
                          <button
                            type="button"
                            className="button secondary"
                            disabled={!s.enabled || harvest.isPending}
                            onClick={() => harvest.mutate(s.id)}
                          >
                            {t('sources.harvestNow')}
                          </button>
                          <button
                            type="button"
                            className="button secondary"
                            onClick={() => toggle.mutate({ id: s.id, enabled: !s.enabled })}
                          >
                            {s.enabled ? t('sources.disable') : t('sources.enable')}
                          </button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )
        }
      </QueryView>
      {harvest.isSuccess ? (
        <p role="status" className="alert alert-success">
          {t('sources.harvestStarted')}
        </p>
      ) : null}
      <section aria-labelledby="add-source">
        <h2 id="add-source">{t('sources.addTitle')}</h2>
        <form className="form-grid catalog-form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="source-name">{t('sources.name')}</label>
            <input id="source-name" value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="source-url">{t('sources.baseUrl')}</label>
            <input
              id="source-url"
              type="url"
              value={baseUrl}
              aria-describedby="source-url-hint"
              onChange={(e) => setBaseUrl(e.target.value)}
            />
            <p id="source-url-hint" className="hint">
              {t('sources.baseUrlHint')}
            </p>
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={add.isPending}>
              {t('sources.add')}
            </button>
          </div>
        </form>
      </section>
      {failed ? <CatalogProblem error={failed.error} /> : null}
    </Page>
  );
}
