import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { paths } from '../api/schema';
import { Page, ProgressBar, RequireSession, ScrollRegion, useRowErrorText } from '../app/components';
import { grantsOf, useSession } from '../app/session';
import { useCheckThenImport, type ImportOutcome } from '../app/check-then-import';
import { CatalogProblem } from './CatalogProblem';
import { isCatalogEditor } from './EditorHomePage';
import './catalog.css';

type Report = paths['/api/catalog/workspace/{institutionId}/imports']['post']['responses']['200']['content']['application/json'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Larger files are refused by the server; saying so before the upload saves the wait. */
const MAX_BYTES = 20 * 1024 * 1024;

/** `/catalogus/beheer/import`: upload CSV, Excel or OEAPI JSON; check first (preview with every row error), then import. */
export function CatalogImportPage() {
  return (
    <RequireSession allowed={isCatalogEditor}>
      <ImportForm />
    </RequireSession>
  );
}

function contentTypeOf(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'text/csv';
  if (name.endsWith('.xlsx') || file.type === XLSX) return XLSX;
  if (name.endsWith('.json') || file.type === 'application/json') return 'application/json';
  return null;
}

function ImportForm() {
  const { t } = useTranslation('catalog');
  const session = useSession();
  const own = grantsOf(session.data).filter((g) => g.role === 'catalog_editor');
  const [institutionId, setInstitutionId] = useState(own[0]?.scopeId ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [publish, setPublish] = useState(false);
  const { progress, outcome, setOutcome, onSubmit } = useCheckThenImport<Report>((dryRun) => {
    if (!file) return { message: t('import.chooseFile') };
    const contentType = contentTypeOf(file);
    if (!contentType) return { message: t('import.wrongType') };
    if (file.size > MAX_BYTES) return { message: t('import.tooLarge') };
    const query = new URLSearchParams({ dryRun: String(dryRun), publish: String(publish) });
    return { url: `/api/catalog/workspace/${institutionId}/imports?${query.toString()}`, body: file, contentType };
  });
  return (
    <Page title={t('import.title')} lead={t('import.lead')} wide>
      <form onSubmit={onSubmit} className="form-grid catalog-form">
        {own.length > 1 ? (
          <div className="field">
            <label htmlFor="import-institution">{t('facet.institution')}</label>
            <select id="import-institution" value={institutionId} onChange={(e) => setInstitutionId(e.target.value)}>
              {own.map((g) => (
                <option key={g.scopeId} value={g.scopeId ?? ''}>
                  {g.scopeName}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field wide">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
          <p id="import-file-hint" className="hint">
            {t('import.fileHint')}
          </p>
        </div>
        <div className="field checkbox wide">
          <label>
            <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} /> {t('import.publish')}
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" value="check" className="button secondary" disabled={progress !== null}>
            {t('import.check')}
          </button>
          <button type="submit" value="import" className="button" disabled={progress !== null}>
            {t('import.doImport')}
          </button>
        </div>
      </form>
      {progress !== null ? <ProgressBar value={progress} label={progress < 1 ? t('import.uploading') : t('import.processing')} /> : null}
      <div aria-live="polite">{outcome ? <Outcome outcome={outcome} /> : null}</div>
      <p>
        <a href="/api/catalog/imports/template.csv" download>
          {t('import.template')}
        </a>
      </p>
    </Page>
  );
}

function Outcome(props: { outcome: ImportOutcome<Report> }) {
  const { t, i18n } = useTranslation('catalog');
  const reason = useRowErrorText();
  const { outcome } = props;
  if ('message' in outcome) return <p className="alert alert-error">{outcome.message}</p>;
  if ('report' in outcome) {
    const { report } = outcome;
    return (
      <div className="alert alert-success" role="status">
        <p>{report.dryRun ? t('import.previewDone', { rows: report.rows }) : t('import.done', { rows: report.rows })}</p>
        <ul>
          {(['units', 'offerings'] as const).map((kind) => (
            <li key={kind}>
              {t(`kinds.${kind}`)}: {t('import.counts', report[kind])}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const { problem } = outcome;
  const rows = problem.code === 'import-rejected' ? (problem.errors ?? []) : [];
  const more = typeof problem['errorCount'] === 'number' ? problem['errorCount'] - rows.length : 0;
  const text = (e: (typeof rows)[number]) => {
    const own = typeof e.params?.['reason'] === 'string' ? `errors.${e.params['reason']}` : null;
    return own && i18n.exists(own, { ns: 'catalog' }) ? t(own, { ...e.params }) : reason(e);
  };
  return (
    <>
      {problem.code === 'import-malformed' && problem.detail ? (
        <div className="alert alert-error" role="alert">
          <p>{t('import.malformed')}</p>
          <p className="hint">{problem.detail}</p>
        </div>
      ) : (
        <CatalogProblem error={problem} />
      )}
      {rows.length > 0 ? (
        <ScrollRegion label={t('import.errorsTitle')}>
          <table>
            <caption>{t('import.errorsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={`${e.row ?? 0}:${e.field ?? ''}:${e.code ?? ''}`}>
                  <td>{e.row}</td>
                  <td className="code">{e.field}</td>
                  <td>{text(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      {more > 0 ? <p>{t('import.more', { count: more })}</p> : null}
    </>
  );
}
