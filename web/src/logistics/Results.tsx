import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NormFailure } from '../../../src/logistics/domain/compliance';
import type { EngineResult } from '../../../src/logistics/domain/engine';
import {
  explainCell,
  explainableOutputs,
  explainableTotals,
  explainTotal,
  type ExplainableOutput,
  type ExplainableTotal,
} from '../../../src/logistics/domain/explain';
import { cellKey, type ScenarioInputs } from '../../../src/logistics/domain/inputs';
import { hourNormRulesets } from '../../../src/logistics/domain/rulesets';
import { ScrollRegion } from '../app/components';
import { fmt } from './format';
import { useIssueText, type FieldIssues } from './validation';
import { Disclosure } from './Disclosure';

/** The key figures of the institution, each with its formula. */
export function KeyFigures(props: { result: EngineResult; inputs: ScenarioInputs }) {
  const { t } = useTranslation('logistics');
  const r = props.result.totals;
  const p = props.inputs.parameters;
  const figures: Array<{ id: string; label: string; value: string; note?: string; formula: string }> = [
    { id: 'students', label: t('fields.students'), value: fmt.number(r.students, 0), formula: `Σ ${t('fields.students')}` },
    {
      id: 'groups',
      label: t('fields.groups'),
      value: fmt.number(r.groups, 0),
      formula: `Σ ⌈${t('fields.startingCohort')} / ${t('fields.groupSizeTheory')}⌉ + …`,
    },
    {
      id: 'fte',
      label: t('fields.fte'),
      value: fmt.fixed(r.fte, 1),
      formula: `${t('fields.teacherHours')} ${fmt.number(r.teacherHours, 0)} / ${t('fields.hoursPerFte')} ${p.hoursPerFte}`,
    },
    {
      id: 'studentsPerFte',
      label: t('fields.studentsPerFte'),
      value: fmt.fixed(r.studentsPerFte, 1),
      note: t('versusBenchmark', { value: fmt.number(r.benchmarkStudentsPerFte) }),
      formula: `${t('fields.weightedStudents')} ${fmt.number(r.weightedStudents, 0)} / ${t('fields.fte')} ${fmt.fixed(r.fte, 1)}`,
    },
    {
      id: 'costPerStudent',
      label: t('fields.costPerStudentCents'),
      value: fmt.eurosExact(r.costPerStudentCents),
      note: t('versusFunding', { value: fmt.eurosExact(r.fundingPerStudentCents) }),
      formula: `${t('fields.costCents')} ${fmt.eurosExact(r.costCents)} / ${t('fields.students')} ${r.students}`,
    },
    {
      id: 'balance',
      label: t('balance'),
      value: fmt.euros(r.balanceCents),
      formula: `${fmt.euros(r.fundingCents)} − ${fmt.euros(r.costCents)}`,
    },
    { id: 'fillRate', label: t('fields.fillRate'), value: fmt.percent(r.fillRate), formula: t('fields.fillRate') },
    {
      id: 'wait',
      label: t('fields.waitMeanWeeks'),
      value: fmt.fixed(r.waitMeanWeeks, 1),
      note: `P90 ${fmt.fixed(r.waitP90Weeks, 1)}`,
      formula: `Σ ${t('fields.cohorts')} × (½ + ${t('fields.extraIntervals')}) × ${p.weeksPerYearForArrivals} / ${t('fields.intakeMoments')}`,
    },
  ];
  return (
    <section aria-labelledby="uitkomsten">
      <h2 id="uitkomsten">{t('results')}</h2>
      <dl className="key-figures" aria-live="polite">
        {figures.map((f) => (
          <div key={f.id} className="key-figure" data-figure={f.id}>
            <dt>{f.label}</dt>
            <dd>
              <span className="figure-value">{f.value}</span>
              {f.note ? <span className="figure-note"> ({f.note})</span> : null}
              <span className="figure-formula">{f.formula}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** One failure as a sentence in the reader's language. */
export function useFailureText(): (f: NormFailure) => string {
  const { t } = useTranslation('logistics');
  return (f) =>
    t(`rules.${f.rule}`, {
      measured: fmt.number(f.measured),
      required: fmt.number(f.required),
      over: f.extrapolated ? t('rules.extrapolated', { present: f.yearsPresent, years: f.programmeYears }) : '',
    });
}

/** Every hour-norm, studeerbaarheid and room failure, explained. */
export const CompliancePanel = memo(function CompliancePanel(props: { inputs: ScenarioInputs; result: EngineResult }) {
  const { t } = useTranslation('logistics');
  const failureText = useFailureText();
  const failing = props.inputs.cells
    .map((cell, i) => ({ cell, r: props.result.cells[i] }))
    .filter(({ r }) => r && (!r.hourNorms.pass || !r.studyLoad.pass));
  const roomIssues = props.result.totals.rooms.filter((r) => r.shortfall > 0 || r.oversizedGroups);
  return (
    <section aria-labelledby="normen" className="panel compliance">
      <h2 id="normen">{t('compliance')}</h2>
      {failing.length === 0 ? (
        <p className="alert alert-success">{t('allPass', { ruleset: hourNormRulesets[props.inputs.rulesetId].name })}</p>
      ) : (
        <>
          <p>{t('failures', { count: failing.length })}</p>
          <ul className="failures">
            {failing.map(({ cell, r }) => (
              <li key={cellKey(cell)}>
                <strong>
                  {cell.title} ({cell.crebo}), {cell.leerweg} {t('fields.year')} {cell.year}
                </strong>
                <ul>
                  {[...(r?.hourNorms.failures ?? []), ...(r?.studyLoad.failures ?? [])].map((f) => (
                    <li key={f.rule}>{failureText(f)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {roomIssues.length > 0 ? (
        <ul className="failures">
          {roomIssues.map((r) => (
            <li key={r.key}>
              {r.shortfall > 0 ? t('roomShortfall', { name: r.name, short: r.shortfall }) : null}{' '}
              {r.oversizedGroups ? t('roomOversized', { name: r.name }) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
});

/** Any output of any cell: its formula and the values it used. */
const WHOLE = 'totaal';

export const ExplainPanel = memo(function ExplainPanel(props: { inputs: ScenarioInputs; result: EngineResult }) {
  const { t } = useTranslation('logistics');
  const keys = props.result.cells.map((c) => c.key);
  const [cell, setCell] = useState<string>(WHOLE);
  const [output, setOutput] = useState<string>('fte');
  const [room, setRoom] = useState<string>('');
  const chosen = cell === WHOLE || keys.includes(cell) ? cell : WHOLE;
  const outputs: readonly string[] = chosen === WHOLE ? explainableTotals : explainableOutputs;
  const chosenOutput = outputs.includes(output) ? output : 'fte';
  const explanation =
    chosen === WHOLE
      ? explainTotal(props.inputs, props.result, chosenOutput as ExplainableTotal, room || undefined)
      : explainCell(props.inputs, props.result, chosen, chosenOutput as ExplainableOutput);
  const name = (term: string) => t(`fields.${term}`, { defaultValue: term });
  const title = (key: string) => {
    const c = props.inputs.cells.find((x) => cellKey(x) === key);
    return c ? `${c.title} · ${c.leerweg} · ${t('fields.year')} ${c.year}` : key;
  };
  return (
    <Disclosure className="panel explain" summary={<h2>{t('explain', { what: name(chosenOutput) })}</h2>}>
      {() => (
        <>
          <div className="form-inline">
            <div className="field grow">
              <label htmlFor="explain-cell">{t('programme')}</label>
              <select id="explain-cell" value={chosen} onChange={(e) => setCell(e.target.value)}>
                <option value={WHOLE}>{t('wholeInstitution')}</option>
                {keys.map((k) => (
                  <option key={k} value={k}>
                    {title(k)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="explain-output">{t('figure')}</label>
              <select id="explain-output" value={chosenOutput} onChange={(e) => setOutput(e.target.value)}>
                {outputs.map((o) => (
                  <option key={o} value={o}>
                    {name(o)}
                  </option>
                ))}
              </select>
            </div>
            {chosen === WHOLE && (chosenOutput === 'peakRooms' || chosenOutput === 'utilisation') ? (
              <div className="field">
                <label htmlFor="explain-room">{t('roomName')}</label>
                <select id="explain-room" value={room} onChange={(e) => setRoom(e.target.value)}>
                  {props.result.totals.rooms.map((r) => (
                    <option key={r.key} value={r.key}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </div>
          {explanation ? (
            <div className="explanation">
              <p>
                <strong>{t('formula')}:</strong>{' '}
                <code>
                  {explanation.formula.replace(/[A-Za-z][A-Za-z]+/g, (word) =>
                    /^(round|year|over|the|cells|of|or|and|by|each|once)$/.test(word) ? word : name(word),
                  )}
                </code>
              </p>
              <table className="data compact">
                <caption>{t('usedValues')}</caption>
                <tbody>
                  {explanation.terms.map((term) => (
                    <tr key={term.name}>
                      <th scope="row">{name(term.name)}</th>
                      <td>{typeof term.value === 'number' ? fmt.number(term.value, 3) : term.value}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">= {name(explanation.output)}</th>
                    <td>
                      <strong>
                        {typeof explanation.value === 'number'
                          ? fmt.number(explanation.value, 3)
                          : t(explanation.value, { defaultValue: explanation.value })}
                      </strong>
                    </td>
                  </tr>
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      )}
    </Disclosure>
  );
});

/** Every cell with its students (editable) and main outputs. */
export const CellsTable = memo(function CellsTable(props: {
  inputs: ScenarioInputs;
  result: EngineResult;
  issues: FieldIssues;
  disabled: boolean;
  onStudents: (index: number, students: number) => void;
}) {
  const { t } = useTranslation('logistics');
  const issueText = useIssueText();
  return (
    <section aria-labelledby="cellen">
      <h2 id="cellen">{t('cells')}</h2>
      <p className="hint">{t('cellsHint')}</p>
      <ScrollRegion label={t('cells')}>
        <table className="data cells-table">
          <thead>
            <tr>
              <th scope="col">{t('programme')}</th>
              <th scope="col">
                <abbr title={t('fields.leerweg')}>{t('leerwegShort')}</abbr>
              </th>
              <th scope="col">
                <abbr title={t('fields.year')}>{t('yearShort')}</abbr>
              </th>
              <th scope="col">{t('fields.students')}</th>
              <th scope="col">{t('fields.groups')}</th>
              <th scope="col">{t('fields.fillRate')}</th>
              <th scope="col">{t('fields.fte')}</th>
              <th scope="col">{t('fields.costPerStudentCents')}</th>
              <th scope="col">{t('norm')}</th>
            </tr>
          </thead>
          <tbody>
            {props.inputs.cells.map((cell, i) => {
              const r = props.result.cells[i];
              const key = cellKey(cell);
              const error = issueText(props.issues.get(`cells.${i}.students`));
              const ok = r ? r.hourNorms.pass && r.studyLoad.pass : true;
              return (
                <tr key={key} data-cell={key}>
                  <th scope="row">
                    {cell.title} <span className="muted">({cell.crebo})</span>
                  </th>
                  <td>{cell.leerweg}</td>
                  <td>{cell.year}</td>
                  <td>
                    <input
                      type="number"
                      className="cell-students"
                      aria-label={t('studentsOf', { cell: `${cell.title} ${cell.leerweg} ${cell.year}` })}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${key}-error` : undefined}
                      value={Number.isFinite(cell.students) ? cell.students : ''}
                      min={0}
                      step={1}
                      disabled={props.disabled}
                      onChange={(e) => props.onStudents(i, e.target.value === '' ? Number.NaN : Number(e.target.value))}
                    />
                    {error ? (
                      <span id={`${key}-error`} className="field-error" role="alert">
                        {error}
                      </span>
                    ) : null}
                  </td>
                  <td>{r ? r.groupsTheory + r.groupsPractice : ''}</td>
                  <td>{r ? fmt.percent(r.fillRate) : ''}</td>
                  <td>{r ? fmt.fixed(r.fte, 2) : ''}</td>
                  <td>{r ? fmt.euros(r.costPerStudentCents) : ''}</td>
                  <td className={ok ? 'ok' : 'not-ok'}>{ok ? t('pass') : t('fail')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
});
