import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { paths } from '../api/schema';
import { Page, ProblemMessage, ProgressBar, RequireSession, ScrollRegion, useRowErrorText } from '../app/components';
import { hasRole } from '../app/session';
import { useCheckThenImport, type ImportOutcome } from '../app/check-then-import';

type Report = paths['/api/reference/imports']['post']['responses']['200']['content']['application/json'];
const kinds = [
  'institutions',
  'locations',
  'qualifications',
  'core-tasks',
  'work-processes',
  'electives',
  'qualification-electives',
] as const;

/** Platform administrators load reference data: check first (preview), then import. */
export function ImportPage() {
  return (
    <RequireSession allowed={(s) => hasRole(s, 'platform_admin')}>
      <ImportForm />
    </RequireSession>
  );
}

function ImportForm() {
  const { t } = useTranslation('admin');
  const [kind, setKind] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { progress, outcome, setOutcome, onSubmit } = useCheckThenImport<Report>((dryRun) => {
    if (!file) return { message: t('chooseFile') };
    const isJson = file.name.toLowerCase().endsWith('.json') || file.type === 'application/json';
    const isCsv = file.name.toLowerCase().endsWith('.csv') || file.type === 'text/csv';
    if (!isJson && !isCsv) return { message: t('wrongType') };
    const query = new URLSearchParams({ dryRun: String(dryRun), ...(kind ? { kind } : {}) });
    return { url: `/api/reference/imports?${query.toString()}`, body: file, contentType: isJson ? 'application/json' : 'text/csv' };
  });

  return (
    <Page title={t('importTitle')} lead={t('importLead')} wide>
      <form onSubmit={onSubmit} className="upload-form">
        <div className="field">
          <label htmlFor="kind">{t('kind')}</label>
          <select id="kind" value={kind} aria-describedby="kind-hint" onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('kindDocument')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
          <p id="kind-hint" className="hint">
            {t('kindHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="file">{t('file')}</label>
          <input
            id="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby="file-hint"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
          <p id="file-hint" className="hint">
            {t('fileHint')}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" value="check" className="button secondary" disabled={progress !== null}>
            {t('check')}
          </button>
          <button type="submit" value="import" className="button" disabled={progress !== null}>
            {t('doImport')}
          </button>
        </div>
      </form>
      {progress !== null ? <ProgressBar value={progress} label={t('uploading')} /> : null}
      <div aria-live="polite">{outcome ? <Outcome outcome={outcome} /> : null}</div>
      <section aria-labelledby="sjablonen">
        <h2 id="sjablonen">{t('templates')}</h2>
        <ul className="plain columns">
          {kinds.map((k) => (
            <li key={k}>
              <a href={`/api/reference/imports/templates/${k}`} download>
                {t('template', { kind: t(`kinds.${k}`) })}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

function Outcome(props: { outcome: ImportOutcome<Report> }) {
  const { t } = useTranslation('admin');
  const reason = useRowErrorText();
  const { outcome } = props;
  if ('message' in outcome) return <p className="alert alert-error">{outcome.message}</p>;
  if ('problem' in outcome) {
    const { problem } = outcome;
    const rows = problem.code === 'import-rejected' ? (problem.errors ?? []) : [];
    const more = typeof problem['errorCount'] === 'number' ? problem['errorCount'] - rows.length : 0;
    return (
      <>
        <ProblemMessage error={problem} />
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
            {more > 0 ? <p>{t('errorsMore', { count: more })}</p> : null}
          </ScrollRegion>
        ) : null}
      </>
    );
  }
  const { report } = outcome;
  return (
    <div className="alert alert-success" role="status">
      <h2>{report.dryRun ? t('previewTitle') : t('resultTitle')}</h2>
      <p>{t('rows', { count: report.rows })}</p>
      <ScrollRegion label={report.dryRun ? t('previewTitle') : t('resultTitle')}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('createdCount')}</th>
              <th scope="col">{t('updatedCount')}</th>
              <th scope="col">{t('unchangedCount')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds
              .filter((k) => report.counts[k].created + report.counts[k].updated + report.counts[k].unchanged > 0)
              .map((k) => (
                <tr key={k}>
                  <th scope="row">{t(`kinds.${k}`)}</th>
                  <td>{report.counts[k].created}</td>
                  <td>{report.counts[k].updated}</td>
                  <td>{report.counts[k].unchanged}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
