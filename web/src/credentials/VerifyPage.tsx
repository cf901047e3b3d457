import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { paths } from '../api/schema';
import { api, call, requestHeaders, toProblem, ApiError } from '../app/api';
import { Loading, Page } from '../app/components';
import { CredentialsProblem, useDate } from './Problem';
import './credentials.css';

type Report = paths['/api/credentials/verifications']['post']['responses']['200']['content']['application/json'];

/** Sends an uploaded badge image (PNG or SVG) to be read and verified. */
async function verifyImage(file: File): Promise<Report> {
  const response = await fetch('/api/credentials/verifications/image', {
    method: 'POST',
    headers: { ...requestHeaders('POST'), 'content-type': file.type || (file.name.endsWith('.svg') ? 'image/svg+xml' : 'image/png') },
    body: file,
    credentials: 'same-origin',
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(toProblem(body, response.status));
  return body as Report;
}

/** Public verification of a badge: paste it, upload it (JSON, JWT, PNG, SVG) and read every check. */
export function VerifyPage() {
  const { t } = useTranslation('credentials');
  const [params] = useSearchParams();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const verify = useMutation({
    mutationFn: async (input: { text?: string; file?: File }): Promise<Report> => {
      if (input.file && /\.(png|svg)$/i.test(input.file.name)) return verifyImage(input.file);
      let raw = (input.file ? await input.file.text() : (input.text ?? '')).trim();
      // A link to a badge shared on this platform: fetch it here (links elsewhere are not followed).
      if (/^https?:\/\//.test(raw)) {
        const url = new URL(raw);
        if (url.origin !== window.location.origin || !url.pathname.startsWith('/credentials/shared/')) {
          throw new ApiError({
            type: '/problems/credentials.link-elsewhere',
            title: 'link',
            status: 400,
            code: 'credentials.link-elsewhere',
          });
        }
        const response = await fetch(url.pathname, { credentials: 'omit' });
        if (!response.ok) throw new ApiError(toProblem(await response.json().catch(() => undefined), response.status));
        raw = await response.text();
      }
      let credential: unknown = raw;
      if (raw.startsWith('{')) {
        try {
          credential = JSON.parse(raw);
        } catch {
          credential = raw;
        }
      }
      return call(api.POST('/api/credentials/verifications', { body: { credential: credential as string } }));
    },
  });
  // A shared link in the address (?link=…) is verified at once.
  const link = params.get('link');
  useEffect(() => {
    if (!link) return;
    setText(link);
    verify.mutate({ text: link });
  }, [link]);
  // The learner's own "verify this badge" link fills in their badge.
  const badge = params.get('badge');
  useEffect(() => {
    if (!badge || !/^[0-9a-f-]{36}$/.test(badge)) return;
    void fetch(`/api/credentials/me/awards/${badge}/credential?format=json`, { credentials: 'same-origin' }).then(async (r) => {
      if (!r.ok) return;
      const value = await r.text();
      setText(value);
      verify.mutate({ text: value });
    });
  }, [badge]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate(file ? { file } : { text });
  };
  return (
    <Page title={t('verifyTitle')} lead={t('verifyLead')}>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="verify-text">{t('verifyInput')}</label>
          <p className="hint" id="verify-text-hint">
            {t('verifyInputHint')}
          </p>
          <textarea
            id="verify-text"
            className="verify-input"
            aria-describedby="verify-text-hint"
            value={text}
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="verify-file">{t('verifyFile')}</label>
          <input
            id="verify-file"
            type="file"
            accept=".json,.jwt,.txt,.png,.svg,application/json,image/png,image/svg+xml"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={verify.isPending || (!text.trim() && !file)}>
            {t('verifyButton')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {verify.isPending ? <Loading /> : null}
        {verify.isError ? <CredentialsProblem error={verify.error} /> : null}
        {verify.data ? <ReportView report={verify.data} /> : null}
      </div>
    </Page>
  );
}

const tone = (verdict: Report['verdict']) =>
  verdict === 'valid' ? 'is-good' : verdict === 'expired' || verdict === 'suspended' || verdict === 'not-yet-valid' ? 'is-warn' : 'is-bad';
const outcomeTone = { passed: 'is-good', failed: 'is-bad', warning: 'is-warn', skipped: '' } as const;

function ReportView(props: { report: Report }) {
  const { t } = useTranslation('credentials');
  const date = useDate();
  const { report } = props;
  const c = report.credential;
  return (
    <section aria-labelledby="uitkomst">
      <h2 id="uitkomst">{t('verdictTitle')}</h2>
      <div className={`verdict ${tone(report.verdict)}`} role="status">
        <p>{t(`verdict.${report.verdict}`)}</p>
      </div>
      {c ? (
        <>
          <h3>{t('details')}</h3>
          <dl className="facts">
            <div>
              <dt>{t('achievement')}</dt>
              <dd>{c.achievement?.name ?? t('unknown')}</dd>
            </div>
            <div>
              <dt>{t('issuer')}</dt>
              <dd>{c.issuer.name ?? t('unknown')}</dd>
            </div>
            <div>
              <dt>{t('learner')}</dt>
              <dd>{c.learner.name ?? t('unknown')}</dd>
            </div>
            <div>
              <dt>{t('validFrom')}</dt>
              <dd>{date(c.validFrom)}</dd>
            </div>
            {c.validUntil ? (
              <div>
                <dt>{t('validUntil')}</dt>
                <dd>{date(c.validUntil)}</dd>
              </div>
            ) : null}
          </dl>
          {c.achievement?.description ? <p>{c.achievement.description}</p> : null}
          <p className="muted">
            {report.registeredIssuer
              ? t('registeredAs', { name: report.registeredIssuer.institutionName, code: report.registeredIssuer.institutionCode })
              : t('notRegistered')}
          </p>
        </>
      ) : null}
      <h3>{t('checksTitle')}</h3>
      <ul className="check-list">
        {report.checks.map((check) => (
          <li key={`${check.name}:${check.code}`}>
            <span className="check-name">{t(`checkName.${check.name}`)}</span>{' '}
            <span className={`status-pill ${outcomeTone[check.outcome]}`}>{t(`outcome.${check.outcome}`)}</span>
            <br />
            {t(`checkCode.${check.code}`, { defaultValue: check.detail ?? check.code })}
          </li>
        ))}
      </ul>
    </section>
  );
}
