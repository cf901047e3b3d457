import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { paths } from '../api/schema';
import { api, call } from '../app/api';
import { useCheckThenImport } from '../app/check-then-import';
import { Page, ProgressBar, QueryView, RequireSession, ScrollRegion, useRowErrorText } from '../app/components';
import { AchievementForm } from './AchievementForm';
import { AwardsSection, canIssue } from './IssuerPage';
import { CredentialsProblem } from './Problem';
import './credentials.css';

type BulkReport =
  paths['/api/credentials/achievements/{achievementId}/bulk-awards']['post']['responses']['200']['content']['application/json'];

/** A new achievement, or an existing one with its awarding tools. */
export function AchievementPage() {
  const { institutionId = '', achievementId } = useParams();
  return (
    <RequireSession allowed={(s) => canIssue(s, institutionId)}>
      {achievementId && achievementId !== 'nieuw' ? (
        <ExistingAchievement institutionId={institutionId} achievementId={achievementId} />
      ) : (
        <NewAchievement institutionId={institutionId} />
      )}
    </RequireSession>
  );
}

function NewAchievement(props: { institutionId: string }) {
  const { t } = useTranslation('credentials');
  const navigate = useNavigate();
  return (
    <Page title={t('achievementNewTitle')} wide>
      <p>
        <Link to={`/badges/uitgeven/${props.institutionId}`}>{t('backToIssuer')}</Link>
      </p>
      <AchievementForm
        institutionId={props.institutionId}
        onSaved={(id) => void navigate(`/badges/uitgeven/${props.institutionId}/badges/${id}`)}
      />
    </Page>
  );
}

function ExistingAchievement(props: { institutionId: string; achievementId: string }) {
  const { t } = useTranslation('credentials');
  const queryClient = useQueryClient();
  const key = ['achievement', props.achievementId];
  const achievement = useQuery({
    queryKey: key,
    queryFn: () =>
      call(api.GET('/api/credentials/achievements/{achievementId}', { params: { path: { achievementId: props.achievementId } } })),
  });
  const archive = useMutation({
    mutationFn: () =>
      call(api.POST('/api/credentials/achievements/{achievementId}/archive', { params: { path: { achievementId: props.achievementId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return (
    <Page title={t('achievementEditTitle', { name: achievement.data?.name ?? '…' })} wide>
      <p>
        <Link to={`/badges/uitgeven/${props.institutionId}`}>{t('backToIssuer')}</Link>
      </p>
      <QueryView query={achievement}>
        {(a) => (
          <>
            {a.archived ? null : (
              <>
                <AwardForm achievementId={a.id} institutionId={props.institutionId} />
                <BulkForm achievementId={a.id} institutionId={props.institutionId} />
              </>
            )}
            <AwardsSection institutionId={props.institutionId} achievementId={a.id} />
            <section aria-labelledby="ontwerp-kop" className="admin-section">
              <h2 id="ontwerp-kop">{a.name}</h2>
              <img className="badge-preview" src={a.imageUrl} alt="" />
              {a.archived ? (
                <p className="status-pill">{t('archived')}</p>
              ) : (
                <>
                  <AchievementForm
                    key={a.updatedAt}
                    institutionId={props.institutionId}
                    achievement={a}
                    onSaved={() => void queryClient.invalidateQueries({ queryKey: key })}
                  />
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() => {
                      if (window.confirm(t('archiveConfirm'))) archive.mutate();
                    }}
                  >
                    {t('archive')}
                  </button>
                </>
              )}
              {archive.isError ? <CredentialsProblem error={archive.error} /> : null}
            </section>
          </>
        )}
      </QueryView>
    </Page>
  );
}

function AwardForm(props: { achievementId: string; institutionId: string }) {
  const { t } = useTranslation('credentials');
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const award = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/credentials/achievements/{achievementId}/awards', {
          params: { path: { achievementId: props.achievementId } },
          body: { email: email.trim(), ...(name.trim() ? { name: name.trim() } : {}) },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['issuer-awards', props.institutionId] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    award.mutate();
  };
  return (
    <section aria-labelledby="toekennen-kop" className="admin-section">
      <h2 id="toekennen-kop">{t('awardTitle')}</h2>
      <p className="muted">{t('awardIntro')}</p>
      <form onSubmit={submit} className="form-grid" noValidate>
        <div className="field">
          <label htmlFor="award-email">{t('recipientEmail')}</label>
          <input id="award-email" type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="award-name">{t('recipientName')}</label>
          <input id="award-name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={award.isPending}>
            {t('awardButton')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {award.isSuccess ? (
          <p role="status" className="alert alert-success">
            {award.data.recipientHasAccount ? t('awarded', { name: email }) : t('awardedNoAccount')}
          </p>
        ) : null}
        {award.isError ? <CredentialsProblem error={award.error} /> : null}
      </div>
    </section>
  );
}

function BulkForm(props: { achievementId: string; institutionId: string }) {
  const { t } = useTranslation('credentials');
  const reason = useRowErrorText();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const { progress, outcome, setOutcome, onSubmit } = useCheckThenImport<BulkReport>((dryRun) =>
    file
      ? {
          url: `/api/credentials/achievements/${props.achievementId}/bulk-awards?dryRun=${String(dryRun)}`,
          body: file,
          contentType: 'text/csv',
        }
      : { message: t('bulkChooseFile') },
  );
  const report = outcome && 'report' in outcome ? outcome.report : null;
  const problem = outcome && 'problem' in outcome ? outcome.problem : null;
  const runId = report?.run?.id;
  const run = useQuery({
    queryKey: ['bulk-award', runId],
    enabled: runId !== undefined,
    queryFn: () => call(api.GET('/api/credentials/bulk-awards/{bulkAwardId}', { params: { path: { bulkAwardId: runId ?? '' } } })),
    refetchInterval: (query) => (query.state.data && ['finished', 'failed'].includes(query.state.data.state) ? false : 1000),
  });
  const finished = run.data?.state === 'finished';
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['issuer-awards', props.institutionId] });
  }, [finished, queryClient, props.institutionId]);

  const template = `data:text/csv;charset=utf-8,${encodeURIComponent('email;naam\nsanne@student.example;Sanne de Vries\n')}`;
  const rows = problem?.code === 'import-rejected' ? (problem.errors ?? []) : [];
  return (
    <section aria-labelledby="groep-kop" className="admin-section">
      <h2 id="groep-kop">{t('bulkTitle')}</h2>
      <p className="muted">{t('bulkIntro')}</p>
      <form onSubmit={onSubmit} className="upload-form">
        <div className="field">
          <label htmlFor="bulk-file">{t('bulkFile')}</label>
          <input
            id="bulk-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
          <p className="hint">
            <a href={template} download="badges-groep.csv">
              {t('bulkTemplate')}
            </a>
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" value="check" className="button secondary" disabled={!file || progress !== null}>
            {t('bulkCheck')}
          </button>
          <button type="submit" value="import" className="button" disabled={!file || progress !== null || !report?.dryRun}>
            {t('bulkStart')}
          </button>
        </div>
      </form>
      {progress !== null ? <ProgressBar value={progress} label={t('uploading')} /> : null}
      <div aria-live="polite">
        {report ? <p className="alert alert-success">{t('bulkPreview', { rows: report.rows, withAccount: report.withAccount })}</p> : null}
        {run.data ? (
          run.data.state === 'failed' ? (
            <p className="alert alert-error">{t('bulkFailed', { error: run.data.error ?? '' })}</p>
          ) : run.data.state === 'finished' ? (
            <p role="status" className="alert alert-success">
              {t('bulkDone', { count: run.data.total })}
            </p>
          ) : (
            <ProgressBar value={run.data.total === 0 ? 0 : run.data.done / run.data.total} label={t('bulkProgress')} />
          )
        ) : null}
        {outcome && 'message' in outcome ? <p className="alert alert-error">{outcome.message}</p> : null}
        {problem ? <CredentialsProblem error={problem} /> : null}
      </div>
      {rows.length > 0 ? (
        <ScrollRegion label={t('errorsTitle')}>
          <table className="data errors-table">
            <caption>{t('errorsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('row')}</th>
                <th scope="col">{t('field')}</th>
                <th scope="col">{t('reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={`${e.row}:${e.field}:${e.code}`}>
                  <td>{e.row}</td>
                  <td className="code">{e.field}</td>
                  <td>{reason(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </section>
  );
}
