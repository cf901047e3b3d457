import { type FormEvent, memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngineResult } from '../../../src/logistics/domain/engine';
import type { ScenarioInputs } from '../../../src/logistics/domain/inputs';
import type { paths } from '../api/schema';
import { api, call, toProblem, type Problem } from '../app/api';
import { ProblemMessage, ProgressBar, ScrollRegion, useRowErrorText } from '../app/components';
import { uploadWithProgress } from '../app/upload';
import type { SimulationSummary } from './data';
import { fmt } from './format';
import { Disclosure } from './Disclosure';

type ImportReport = paths['/api/logistics/scenarios/{id}/student-numbers']['post']['responses']['200']['content']['application/json'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Runs the Monte Carlo simulation on the server (both cores) and shows the bands next to the analytic figures. */
export const SimulationPanel = memo(function SimulationPanel(props: { inputs: ScenarioInputs | null; result: EngineResult }) {
  const { t } = useTranslation('logistics');
  const [runs, setRuns] = useState(2000);
  const [seed, setSeed] = useState(1);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SimulationSummary | { problem: Problem } | null>(null);
  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (!props.inputs) return;
    setBusy(true);
    try {
      setOutcome(await call(api.POST('/api/logistics/simulations', { body: { inputs: props.inputs, runs, seed, randomness: true } })));
    } catch (error) {
      setOutcome({ problem: toProblem(error) });
    } finally {
      setBusy(false);
    }
  };
  const totals = props.result.totals;
  return (
    <section aria-labelledby="simulatie" className="panel">
      <h2 id="simulatie">{t('simulation')}</h2>
      <p className="hint">{t('simulationHint')}</p>
      <form className="form-inline" onSubmit={(e) => void run(e)}>
        <div className="field">
          <label htmlFor="sim-runs">{t('runs')}</label>
          <select id="sim-runs" value={runs} onChange={(e) => setRuns(Number(e.target.value))}>
            {[500, 2000, 10000].map((n) => (
              <option key={n} value={n}>
                {fmt.number(n, 0)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sim-seed">{t('seed')}</label>
          <input
            id="sim-seed"
            type="number"
            min={0}
            value={seed}
            onChange={(e) => setSeed(Math.max(0, Math.trunc(Number(e.target.value))))}
          />
        </div>
        <div className="field actions">
          <button type="submit" className="button" disabled={busy || !props.inputs}>
            {busy ? t('simulating') : t('simulate')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {outcome && 'problem' in outcome ? <ProblemMessage error={outcome.problem} /> : null}
        {outcome && !('problem' in outcome) ? (
          <table className="data compact simulation-bands">
            <caption>
              {t('band')}: {fmt.number(outcome.runs, 0)} runs
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('figure')}</th>
                <th scope="col">P10</th>
                <th scope="col">P50</th>
                <th scope="col">P90</th>
                <th scope="col">{t('analytic')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('fields.fte')}</th>
                <td>{fmt.fixed(outcome.fte.p10)}</td>
                <td>{fmt.fixed(outcome.fte.p50)}</td>
                <td>{fmt.fixed(outcome.fte.p90)}</td>
                <td>{fmt.fixed(totals.fte)}</td>
              </tr>
              <tr>
                <th scope="row">{t('fields.fillRate')}</th>
                <td>{fmt.percent(outcome.fillRate.p10)}</td>
                <td>{fmt.percent(outcome.fillRate.p50)}</td>
                <td>{fmt.percent(outcome.fillRate.p90)}</td>
                <td>{fmt.percent(totals.fillRate)}</td>
              </tr>
              <tr>
                <th scope="row">{t('fields.waitMeanWeeks')}</th>
                <td>{fmt.fixed(outcome.waitMeanWeeks.p10)}</td>
                <td>{fmt.fixed(outcome.waitMeanWeeks.p50)}</td>
                <td>{fmt.fixed(outcome.waitMeanWeeks.p90)}</td>
                <td>{fmt.fixed(totals.waitMeanWeeks)}</td>
              </tr>
            </tbody>
          </table>
        ) : null}
      </div>
    </section>
  );
});

/** Student numbers from CSV or Excel into the saved scenario: check first, then import. */
export function ImportPanel(props: { scenarioId: string; dirty: boolean; canChange: boolean; onImported: () => void }) {
  const { t } = useTranslation('logistics');
  const reason = useRowErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<{ report: ImportReport } | { problem: Problem } | null>(null);
  const send = async (dryRun: boolean) => {
    if (!file) return;
    const xlsx = file.name.toLowerCase().endsWith('.xlsx');
    setProgress(0);
    setOutcome(null);
    try {
      const report = await uploadWithProgress<ImportReport>({
        url: `/api/logistics/scenarios/${props.scenarioId}/student-numbers?dryRun=${String(dryRun)}`,
        body: file,
        contentType: xlsx ? XLSX : 'text/csv',
        onProgress: setProgress,
      });
      setOutcome({ report });
      if (!dryRun) props.onImported();
    } catch (error) {
      setOutcome({ problem: toProblem(error) });
    } finally {
      setProgress(null);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void send(submitter?.value !== 'import');
  };
  if (!props.canChange) return null;
  const rows = outcome && 'problem' in outcome && outcome.problem.code === 'import-rejected' ? (outcome.problem.errors ?? []) : [];
  return (
    <Disclosure className="panel" summary={<h2>{t('importTitle')}</h2>}>
      {() => (
        <>
          <p className="hint">
            {t('importHint')} <a href="/api/logistics/student-numbers/template.csv">{t('template')}</a>
          </p>
          {props.dirty ? <p className="alert alert-warning">{t('importSaveFirst')}</p> : null}
          <form onSubmit={submit} className="upload-form">
            <div className="field">
              <label htmlFor="numbers-file">{t('file')}</label>
              <input
                id="numbers-file"
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </div>
            <div className="form-actions">
              <button type="submit" value="check" className="button secondary" disabled={!file || progress !== null || props.dirty}>
                {t('check')}
              </button>
              <button type="submit" value="import" className="button" disabled={!file || progress !== null || props.dirty}>
                {t('doImport')}
              </button>
            </div>
          </form>
          {progress !== null ? <ProgressBar value={progress} label={t('uploading')} /> : null}
          <div aria-live="polite">
            {outcome && 'report' in outcome ? (
              <p className="alert alert-success">
                {outcome.report.dryRun
                  ? t('importPreview', { changed: outcome.report.changed })
                  : t('importDone', { changed: outcome.report.changed })}
              </p>
            ) : null}
            {outcome && 'problem' in outcome ? <ProblemMessage error={outcome.problem} /> : null}
            {rows.length > 0 ? (
              <ScrollRegion label={t('importTitle')}>
                <table className="data compact">
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
                        <td>{e.field}</td>
                        <td>{reason(e)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            ) : null}
          </div>
        </>
      )}
    </Disclosure>
  );
}
