import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { paths } from '../api/schema';
import { api, call } from '../app/api';
import { DemoBadge, Page, Pagination, QueryView, RequireSession, ScrollRegion } from '../app/components';
import { hasRole } from '../app/session';
import { CredentialsProblem, useDate } from './Problem';
import './credentials.css';

type Issuer = paths['/api/credentials/institutions/{institutionId}/issuer']['get']['responses']['200']['content']['application/json'];
type Award =
  paths['/api/credentials/institutions/{institutionId}/awards']['get']['responses']['200']['content']['application/json']['items'][number];

/** Who may open the issuer pages of an institution. */
export function canIssue(session: Parameters<typeof hasRole>[0], institutionId: string): boolean {
  return (
    hasRole(session, 'platform_admin') ||
    hasRole(session, 'credential_issuer', institutionId) ||
    hasRole(session, 'institution_admin', institutionId)
  );
}

/** Issuing badges for one institution: achievements, requests, awards, the issuer profile and its keys. */
export function IssuerPage() {
  const { institutionId = '' } = useParams();
  return (
    <RequireSession allowed={(s) => canIssue(s, institutionId)}>
      <IssuerDashboard institutionId={institutionId} />
    </RequireSession>
  );
}

function IssuerDashboard(props: { institutionId: string }) {
  const { t } = useTranslation('credentials');
  const issuer = useQuery({
    queryKey: ['issuer', props.institutionId],
    queryFn: () =>
      call(api.GET('/api/credentials/institutions/{institutionId}/issuer', { params: { path: { institutionId: props.institutionId } } })),
  });
  return (
    <Page title={t('issuerTitle', { name: issuer.data?.name ?? '…' })} wide>
      <QueryView query={issuer}>
        {(data) => (
          <>
            <AchievementsSection institutionId={props.institutionId} />
            <EnrolmentsSection institutionId={props.institutionId} />
            <AwardsSection institutionId={props.institutionId} />
            <ProfileSection issuer={data} />
            <KeysSection issuer={data} />
          </>
        )}
      </QueryView>
    </Page>
  );
}

function AchievementsSection(props: { institutionId: string }) {
  const { t } = useTranslation('credentials');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['issuer-achievements', props.institutionId, page],
    queryFn: () =>
      call(
        api.GET('/api/credentials/institutions/{institutionId}/achievements', {
          params: { path: { institutionId: props.institutionId }, query: { page, pageSize: 12 } },
        }),
      ),
  });
  return (
    <section aria-labelledby="badges-kop" className="admin-section">
      <h2 id="badges-kop">{t('achievementsTitle')}</h2>
      <p>
        <Link className="button" to={`/badges/uitgeven/${props.institutionId}/badges/nieuw`}>
          {t('newAchievement')}
        </Link>
      </p>
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('achievementsEmpty')}</p>
          ) : (
            <>
              <ul className="badge-list">
                {data.items.map((a) => (
                  <li key={a.id} className="card badge-card">
                    <img src={a.imageUrl} alt="" />
                    <div>
                      <h3>
                        <Link to={`/badges/uitgeven/${props.institutionId}/badges/${a.id}`}>{a.name}</Link>
                      </h3>
                      <p className="muted">
                        {t(`types.${a.achievementType}`, { defaultValue: a.achievementType })} · {a.sbu} SBU ·{' '}
                        {t('awardsCount', { count: a.awardCount })}
                      </p>
                      {a.archived ? <span className="status-pill">{t('archived')}</span> : null} {a.isDemo ? <DemoBadge /> : null}
                    </div>
                  </li>
                ))}
              </ul>
              <Pagination page={page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
            </>
          )
        }
      </QueryView>
    </section>
  );
}

function EnrolmentsSection(props: { institutionId: string }) {
  const { t } = useTranslation('credentials');
  const date = useDate();
  const queryClient = useQueryClient();
  const key = ['issuer-enrolments', props.institutionId];
  const list = useQuery({
    queryKey: key,
    queryFn: () =>
      call(
        api.GET('/api/credentials/institutions/{institutionId}/enrolments', {
          params: { path: { institutionId: props.institutionId }, query: { status: 'pending' } },
        }),
      ),
  });
  const decide = useMutation({
    mutationFn: (input: { id: string; approve: boolean }) =>
      call(
        api.POST('/api/credentials/enrolments/{enrolmentId}/decision', {
          params: { path: { enrolmentId: input.id } },
          body: { approve: input.approve },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
      await queryClient.invalidateQueries({ queryKey: ['issuer-awards', props.institutionId] });
    },
  });
  return (
    <section aria-labelledby="aanvragen-kop" className="admin-section">
      <h2 id="aanvragen-kop">{t('enrolmentsTitle')}</h2>
      <QueryView query={list}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t('enrolmentsEmpty')}</p>
          ) : (
            <ScrollRegion label={t('enrolmentsTitle')}>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('recipient')}</th>
                    <th scope="col">{t('badge')}</th>
                    <th scope="col">{t('motivation')}</th>
                    <th scope="col">{t('actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id}>
                      <td>
                        {r.personName} <span className="muted">({date(r.createdAt)})</span>
                      </td>
                      <td>{r.achievementName}</td>
                      <td>{r.motivation ?? '—'}</td>
                      <td>
                        <button
                          type="button"
                          className="button"
                          disabled={decide.isPending}
                          onClick={() => decide.mutate({ id: r.id, approve: true })}
                        >
                          {t('approve')}
                        </button>{' '}
                        <button
                          type="button"
                          className="button secondary"
                          disabled={decide.isPending}
                          onClick={() => decide.mutate({ id: r.id, approve: false })}
                        >
                          {t('decline')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )
        }
      </QueryView>
      {decide.isError ? <CredentialsProblem error={decide.error} /> : null}
    </section>
  );
}

function awardState(a: Award): 'revoked' | 'suspended' | 'accepted' | 'declined' | 'offered' {
  if (a.revokedAt) return 'revoked';
  if (a.suspendedAt) return 'suspended';
  if (a.acceptedAt) return 'accepted';
  if (a.declinedAt) return 'declined';
  return 'offered';
}

/** The awards of the institution (optionally of one achievement), with revoke, suspend and reinstate. */
export function AwardsSection(props: { institutionId: string; achievementId?: string }) {
  const { t } = useTranslation('credentials');
  const date = useDate();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const key = ['issuer-awards', props.institutionId, props.achievementId ?? null, page];
  const list = useQuery({
    queryKey: key,
    queryFn: () =>
      call(
        api.GET('/api/credentials/institutions/{institutionId}/awards', {
          params: {
            path: { institutionId: props.institutionId },
            query: { page, pageSize: 20, ...(props.achievementId ? { achievementId: props.achievementId } : {}) },
          },
        }),
      ),
  });
  const change = useMutation({
    mutationFn: (input: { id: string; change: 'revoke' | 'suspend' | 'reinstate' }) =>
      call(
        api.POST('/api/credentials/awards/{awardId}/status', { params: { path: { awardId: input.id } }, body: { change: input.change } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['issuer-awards', props.institutionId] }),
  });
  const act = (id: string, what: 'revoke' | 'suspend' | 'reinstate') => {
    if (what === 'revoke' && !window.confirm(t('revokeConfirm'))) return;
    change.mutate({ id, change: what });
  };
  return (
    <section aria-labelledby="uitgegeven-kop" className="admin-section">
      <h2 id="uitgegeven-kop">{t('awardsTitle')}</h2>
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('awardsEmpty')}</p>
          ) : (
            <>
              <ScrollRegion label={t('awardsTitle')}>
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">{t('recipient')}</th>
                      {props.achievementId ? null : <th scope="col">{t('badge')}</th>}
                      <th scope="col">{t('issued')}</th>
                      <th scope="col">{t('state')}</th>
                      <th scope="col">{t('actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((a) => {
                      const state = awardState(a);
                      return (
                        <tr key={a.id}>
                          <td>{a.recipientName}</td>
                          {props.achievementId ? null : <td>{a.achievementName}</td>}
                          <td>{date(a.issuedAt)}</td>
                          <td>
                            <span
                              className={`status-pill ${state === 'revoked' || state === 'suspended' ? 'is-bad' : state === 'accepted' ? 'is-good' : ''}`}
                            >
                              {t(`awardState.${state}`)}
                            </span>
                          </td>
                          <td>
                            {state === 'revoked' ? null : (
                              <>
                                {state === 'suspended' ? (
                                  <button type="button" className="link-button" onClick={() => act(a.id, 'reinstate')}>
                                    {t('reinstate')}
                                  </button>
                                ) : (
                                  <button type="button" className="link-button" onClick={() => act(a.id, 'suspend')}>
                                    {t('suspend')}
                                  </button>
                                )}{' '}
                                <button
                                  type="button"
                                  className="link-button"
                                  aria-label={`${t('revoke')}: ${a.recipientName ?? ''}`}
                                  onClick={() => act(a.id, 'revoke')}
                                >
                                  {t('revoke')}
                                </button>
                              </>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollRegion>
              <Pagination page={page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
            </>
          )
        }
      </QueryView>
      {change.isError ? <CredentialsProblem error={change.error} /> : null}
    </section>
  );
}

function ProfileSection(props: { issuer: Issuer }) {
  const { t } = useTranslation('credentials');
  const queryClient = useQueryClient();
  const { issuer } = props;
  const [form, setForm] = useState({
    name: issuer.name,
    url: issuer.url ?? '',
    email: issuer.email ?? '',
    description: issuer.description ?? '',
  });
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/credentials/institutions/{institutionId}/issuer', {
          params: { path: { institutionId: issuer.institutionId } },
          body: { name: form.name, url: form.url || null, email: form.email || null, description: form.description || null },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['issuer', issuer.institutionId] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const field = (key: 'name' | 'url' | 'email', type: string) => (
    <div className="field">
      <label htmlFor={`issuer-${key}`}>{t(key)}</label>
      <input
        id={`issuer-${key}`}
        type={type}
        value={form[key]}
        required={key === 'name'}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <section aria-labelledby="profiel-kop" className="admin-section">
      <h2 id="profiel-kop">{t('issuerProfileTitle')}</h2>
      <p className="muted">{t('issuerProfileIntro')}</p>
      <form onSubmit={submit} className="form-grid" noValidate>
        {field('name', 'text')}
        {field('url', 'url')}
        {field('email', 'email')}
        <div className="field">
          <label htmlFor="issuer-description">{t('description')}</label>
          <textarea id="issuer-description" value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('save')}
          </button>
        </div>
      </form>
      {save.isError ? <CredentialsProblem error={save.error} /> : null}
      {save.isSuccess ? (
        <p role="status" className="alert alert-success">
          {t('saved')}
        </p>
      ) : null}
    </section>
  );
}

function KeysSection(props: { issuer: Issuer }) {
  const { t } = useTranslation('credentials');
  const date = useDate();
  const queryClient = useQueryClient();
  const { issuer } = props;
  const rotate = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/credentials/institutions/{institutionId}/issuer/rotate-keys', {
          params: { path: { institutionId: issuer.institutionId } },
        }),
      ),
    onSuccess: (data) => queryClient.setQueryData(['issuer', issuer.institutionId], data),
  });
  return (
    <section aria-labelledby="sleutels-kop" className="admin-section">
      <h2 id="sleutels-kop">{t('keysTitle')}</h2>
      <p className="muted">{t('keysIntro')}</p>
      <p>
        {t('currentDid')}: <span className="did">{issuer.did}</span>
      </p>
      <ScrollRegion label={t('keysTitle')}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('algorithm')}</th>
              <th scope="col">{t('created')}</th>
              <th scope="col">{t('state')}</th>
            </tr>
          </thead>
          <tbody>
            {issuer.keys.map((k) => (
              <tr key={k.id}>
                <td>
                  {k.algorithm} <span className="did muted">{k.verificationMethod.slice(0, 40)}…</span>
                </td>
                <td>{date(k.createdAt)}</td>
                <td>{k.retiredAt ? `${t('retired')} ${date(k.retiredAt)}` : t('active')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p>
        <a href={issuer.profileUrl}>{t('publicProfile')}</a>
      </p>
      <button
        type="button"
        className="button secondary"
        disabled={rotate.isPending}
        onClick={() => {
          if (window.confirm(t('rotateConfirm'))) rotate.mutate();
        }}
      >
        {t('rotate')}
      </button>
      {rotate.isError ? <CredentialsProblem error={rotate.error} /> : null}
    </section>
  );
}
