import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../app/api';
import { ProblemMessage, QueryView, ScrollRegion } from '../app/components';
import { FieldErrors } from './FieldErrors';

const scopes = ['read', 'catalog:write', 'credentials:issue', 'dossier:write', 'logistics:write'] as const;
type Scope = (typeof scopes)[number];

/** Systems of the institution that call the API with client credentials. */
export function ClientsSection(props: { institutionId: string }) {
  const { t, i18n } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { institutionId } = props;
  const key = ['institution-clients', institutionId];
  const clients = useQuery({
    queryKey: key,
    queryFn: () => call(api.GET('/api/institutions/{id}/api-clients', { params: { path: { id: institutionId } } })),
  });
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<Scope>>(new Set(['read']));
  const register = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/institutions/{id}/api-clients', { params: { path: { id: institutionId } }, body: { name, scopes: [...chosen] } }),
      ),
    onSuccess: async () => {
      setName('');
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const revoke = useMutation({
    mutationFn: (clientRecordId: string) =>
      call(api.DELETE('/api/institutions/{id}/api-clients/{clientRecordId}', { params: { path: { id: institutionId, clientRecordId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' });
  const toggle = (scope: Scope) => {
    const next = new Set(chosen);
    if (next.has(scope)) next.delete(scope);
    else next.add(scope);
    setChosen(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate();
  };
  return (
    <section aria-labelledby="systemen" className="admin-section">
      <h2 id="systemen">{t('clientsTitle')}</h2>
      <p className="muted">{t('clientsIntro')}</p>
      <QueryView query={clients}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t('clientsEmpty')}</p>
          ) : (
            <ScrollRegion label={t('clientsTitle')}>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('clientName')}</th>
                    <th scope="col">{t('clientId')}</th>
                    <th scope="col">{t('scopes')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('remove', { ns: 'common' })}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => (
                    <tr key={c.id}>
                      <td>{c.name}</td>
                      <td className="code">{c.clientId}</td>
                      <td>{c.scopes.map((s) => t(`scope.${s}`, { defaultValue: s })).join(', ')}</td>
                      <td>{c.revokedAt ? t('revoked', { date: date.format(new Date(c.revokedAt)) }) : t('active')}</td>
                      <td>
                        {c.revokedAt ? null : (
                          <button
                            type="button"
                            className="button danger small"
                            aria-label={t('revokeClient', { name: c.name })}
                            disabled={revoke.isPending}
                            onClick={() => {
                              if (window.confirm(t('confirmRevokeClient', { name: c.name }))) revoke.mutate(c.id);
                            }}
                          >
                            {t('remove', { ns: 'common' })}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )
        }
      </QueryView>
      {revoke.isError ? <ProblemMessage error={revoke.error} /> : null}
      {register.isSuccess ? (
        <div className="alert alert-warning" role="alert">
          <h3>{t('secretTitle')}</h3>
          <p>{t('secretBody')}</p>
          <dl className="facts">
            <div>
              <dt>{t('clientId')}</dt>
              <dd className="code">{register.data.clientId}</dd>
            </div>
            <div>
              <dt>client_secret</dt>
              <dd className="code secret">{register.data.clientSecret}</dd>
            </div>
          </dl>
          <button type="button" className="button secondary" onClick={() => register.reset()}>
            {t('secretDone')}
          </button>
        </div>
      ) : null}
      <h3>{t('register')}</h3>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="client-name">{t('clientName')}</label>
          <input id="client-name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <fieldset className="checkboxes">
          <legend>{t('scopes')}</legend>
          {scopes.map((s) => (
            <label key={s}>
              <input type="checkbox" checked={chosen.has(s)} onChange={() => toggle(s)} /> {t(`scope.${s}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={register.isPending || chosen.size === 0}>
          {t('register')}
        </button>
      </form>
      {register.isError ? (
        <>
          <ProblemMessage error={register.error} />
          <FieldErrors error={register.error} />
        </>
      ) : null}
    </section>
  );
}
