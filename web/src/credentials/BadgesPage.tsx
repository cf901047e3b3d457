import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { paths } from '../api/schema';
import { api, call } from '../app/api';
import { Page, QueryView, RequireSession } from '../app/components';
import { CredentialsProblem, useDate } from './Problem';
import './credentials.css';

type Award = paths['/api/credentials/me/awards']['get']['responses']['200']['content']['application/json'][number];

/** The learner's badges: newly received (accept or decline), accepted (download, verify), requests and what can be asked for. */
export function BadgesPage() {
  return (
    <RequireSession>
      <Badges />
    </RequireSession>
  );
}

function Badges() {
  const { t } = useTranslation('credentials');
  const awards = useQuery({ queryKey: ['my-awards'], queryFn: () => call(api.GET('/api/credentials/me/awards')) });
  return (
    <Page title={t('badgesTitle')} lead={t('badgesLead')} wide>
      <QueryView query={awards}>
        {(list) => {
          const received = list.filter((a) => !a.acceptedAt && !a.declinedAt && !a.revokedAt);
          const accepted = list.filter((a) => a.acceptedAt);
          return (
            <>
              <section aria-labelledby="ontvangen">
                <h2 id="ontvangen">{t('received')}</h2>
                {received.length === 0 ? <p>{t('receivedEmpty')}</p> : <AwardList awards={received} />}
              </section>
              <section aria-labelledby="geaccepteerd">
                <h2 id="geaccepteerd">{t('accepted')}</h2>
                {accepted.length === 0 ? <p>{t('acceptedEmpty')}</p> : <AwardList awards={accepted} />}
              </section>
            </>
          );
        }}
      </QueryView>
      <Requests />
      <Catalogue />
    </Page>
  );
}

function statusOf(award: Award): 'revoked' | 'suspended' | 'valid' {
  return award.revokedAt ? 'revoked' : award.suspendedAt ? 'suspended' : 'valid';
}

function AwardList(props: { awards: readonly Award[] }) {
  return (
    <ul className="badge-list">
      {props.awards.map((award) => (
        <li key={award.id} className="card">
          <AwardCard award={award} />
        </li>
      ))}
    </ul>
  );
}

function AwardCard(props: { award: Award }) {
  const { t } = useTranslation('credentials');
  const date = useDate();
  const queryClient = useQueryClient();
  const { award } = props;
  const answer = useMutation({
    mutationFn: (accept: boolean) =>
      call(api.POST('/api/credentials/me/awards/{awardId}/answer', { params: { path: { awardId: award.id } }, body: { accept } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-awards'] }),
  });
  const status = statusOf(award);
  const base = `/api/credentials/me/awards/${award.id}/credential`;
  return (
    <div className="badge-card">
      {award.imageUrl ? <img src={award.imageUrl} alt="" /> : null}
      <div>
        <h3>{award.achievementName}</h3>
        <p className="muted">{t('issuedOn', { date: date(award.issuedAt), institution: award.institutionName })}</p>
        {status !== 'valid' ? <span className="status-pill is-bad">{t(`status.${status}`)}</span> : null}
        {award.acceptedAt ? (
          <>
            <p className="muted">{t('acceptedOn', { date: date(award.acceptedAt) })}</p>
            <details>
              <summary>{t('download')}</summary>
              <ul>
                <li>
                  <a href={`${base}?format=json`} download>
                    {t('downloadJson')}
                  </a>
                </li>
                <li>
                  <a href={`${base}?format=jwt`} download>
                    {t('downloadJwt')}
                  </a>
                </li>
                <li>
                  <a href={`/api/credentials/me/awards/${award.id}/baked?format=png`} download>
                    {t('downloadPng')}
                  </a>
                </li>
                <li>
                  <a href={`/api/credentials/me/awards/${award.id}/baked?format=svg`} download>
                    {t('downloadSvg')}
                  </a>
                </li>
              </ul>
            </details>
            <Link to={`/verifieren?badge=${award.id}`}>{t('verifyThis')}</Link>
            <ShareControl award={award} />
          </>
        ) : (
          <div className="actions">
            <button type="button" className="button" disabled={answer.isPending} onClick={() => answer.mutate(true)}>
              {t('accept')}
            </button>
            <button type="button" className="button secondary" disabled={answer.isPending} onClick={() => answer.mutate(false)}>
              {t('decline')}
            </button>
          </div>
        )}
        {answer.isError ? <CredentialsProblem error={answer.error} /> : null}
      </div>
    </div>
  );
}

function Requests() {
  const { t } = useTranslation('credentials');
  const date = useDate();
  const requests = useQuery({ queryKey: ['my-enrolments'], queryFn: () => call(api.GET('/api/credentials/me/enrolments')) });
  return (
    <section aria-labelledby="aanvragen">
      <h2 id="aanvragen">{t('requestsTitle')}</h2>
      <QueryView query={requests}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('requestsEmpty')}</p>
          ) : (
            <ul>
              {list.map((r) => (
                <li key={r.id}>
                  {r.achievementName} — {t(`enrolmentStatus.${r.status}`)} ({date(r.createdAt)})
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function Catalogue() {
  const { t } = useTranslation('credentials');
  const open = useQuery({
    queryKey: ['open-achievements'],
    queryFn: () => call(api.GET('/api/credentials/achievements', { params: { query: { enrolmentOpen: 'true', pageSize: 50 } } })),
  });
  return (
    <section aria-labelledby="aanvragen-mogelijk">
      <h2 id="aanvragen-mogelijk">{t('catalogueTitle')}</h2>
      <QueryView query={open}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('catalogueEmpty')}</p>
          ) : (
            <ul className="badge-list">
              {page.items.map((a) => (
                <li key={a.id} className="card">
                  <RequestCard achievement={a} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function RequestCard(props: { achievement: { id: string; name: string; institutionName: string; imageUrl: string; sbu: number } }) {
  const { t } = useTranslation('credentials');
  const queryClient = useQueryClient();
  const { achievement } = props;
  const [motivation, setMotivation] = useState('');
  const ask = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/credentials/achievements/{achievementId}/enrolments', {
          params: { path: { achievementId: achievement.id } },
          body: motivation.trim() ? { motivation: motivation.trim() } : {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-enrolments'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate();
  };
  const id = `motivatie-${achievement.id}`;
  return (
    <div className="badge-card">
      <img src={achievement.imageUrl} alt="" />
      <div>
        <h3>{achievement.name}</h3>
        <p className="muted">
          {achievement.institutionName} · {achievement.sbu} SBU
        </p>
        <form onSubmit={submit}>
          <div className="field">
            <label htmlFor={id}>{t('motivation')}</label>
            <input id={id} value={motivation} maxLength={1000} onChange={(e) => setMotivation(e.target.value)} />
          </div>
          <button type="submit" className="button secondary" disabled={ask.isPending || ask.isSuccess}>
            {t('request')}
          </button>
        </form>
        {ask.isSuccess ? <p role="status">{t('requested')}</p> : null}
        {ask.isError ? <CredentialsProblem error={ask.error} /> : null}
      </div>
    </div>
  );
}

function ShareControl(props: { award: Award }) {
  const { t } = useTranslation('credentials');
  const queryClient = useQueryClient();
  const { award } = props;
  const share = useMutation({
    mutationFn: (on: boolean) =>
      call(api.POST('/api/credentials/me/awards/{awardId}/share', { params: { path: { awardId: award.id } }, body: { share: on } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-awards'] }),
  });
  const id = `deellink-${award.id}`;
  return (
    <div className="share">
      {award.shareUrl ? (
        <>
          <label htmlFor={id}>{t('shareLink')}</label>
          <input id={id} readOnly value={award.shareUrl} onFocus={(e) => e.target.select()} />
          <p className="hint">{t('shareHint')}</p>
          <button type="button" className="link-button" onClick={() => share.mutate(false)}>
            {t('stopSharing')}
          </button>
        </>
      ) : (
        <button type="button" className="button secondary" disabled={share.isPending} onClick={() => share.mutate(true)}>
          {t('share')}
        </button>
      )}
      {share.isError ? <CredentialsProblem error={share.error} /> : null}
    </div>
  );
}
