import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { computeScenario, type Totals } from '../../../src/logistics/domain/engine';
import type { ScenarioInputs } from '../../../src/logistics/domain/inputs';
import { hourNormRulesets } from '../../../src/logistics/domain/rulesets';
import { Page, QueryView, RequireSession, ScrollRegion } from '../app/components';
import { isPlanner, usePlannerInstitution, useScenario, useScenarios, type ScenarioDetail } from './data';
import { byProgramme } from './Charts';
import { fmt } from './format';
import './logistics.css';

/** Two scenarios side by side, with the differences highlighted. */
export function ComparePage() {
  return (
    <RequireSession allowed={isPlanner}>
      <Compare />
    </RequireSession>
  );
}

type Row = { id: string; label: string; a: number; b: number; format: (n: number) => string; better: 'higher' | 'lower' | null };

function rows(t: (k: string) => string, a: Totals, b: Totals): Row[] {
  const row = (id: string, label: string, pick: (x: Totals) => number, format: (n: number) => string, better: Row['better']): Row => ({
    id,
    label,
    a: pick(a),
    b: pick(b),
    format,
    better,
  });
  return [
    row(
      'students',
      t('fields.students'),
      (x) => x.students,
      (n) => fmt.number(n, 0),
      null,
    ),
    row(
      'groups',
      t('fields.groups'),
      (x) => x.groups,
      (n) => fmt.number(n, 0),
      'lower',
    ),
    row('fillRate', t('fields.fillRate'), (x) => x.fillRate, fmt.percent, 'higher'),
    row(
      'contactHours',
      t('fields.contactHours'),
      (x) => x.contactHours,
      (n) => fmt.number(n, 0),
      null,
    ),
    row(
      'fte',
      t('fields.fte'),
      (x) => x.fte,
      (n) => fmt.fixed(n, 1),
      'lower',
    ),
    row(
      'studentsPerFte',
      t('fields.studentsPerFte'),
      (x) => x.studentsPerFte,
      (n) => fmt.fixed(n, 1),
      'higher',
    ),
    row('cost', t('fields.costCents'), (x) => x.costCents, fmt.euros, 'lower'),
    row('costPerStudent', t('fields.costPerStudentCents'), (x) => x.costPerStudentCents, fmt.eurosExact, 'lower'),
    row('balance', t('balance'), (x) => x.balanceCents, fmt.euros, 'higher'),
    row(
      'waitMean',
      t('fields.waitMeanWeeks'),
      (x) => x.waitMeanWeeks,
      (n) => fmt.fixed(n, 1),
      'lower',
    ),
    row(
      'waitP90',
      t('fields.waitP90Weeks'),
      (x) => x.waitP90Weeks,
      (n) => fmt.fixed(n, 1),
      'lower',
    ),
    row(
      'hourNorms',
      t('fields.hourNorms'),
      (x) => x.cellsFailingHourNorms,
      (n) => fmt.number(n, 0),
      'lower',
    ),
    row(
      'studyLoad',
      t('fields.studyLoad'),
      (x) => x.cellsFailingStudyLoad,
      (n) => fmt.number(n, 0),
      'lower',
    ),
  ];
}

function knobDifferences(a: ScenarioInputs, b: ScenarioInputs): Array<{ key: string; a: string; b: string }> {
  const out: Array<{ key: string; a: string; b: string }> = [];
  for (const key of Object.keys(a.concept) as Array<keyof ScenarioInputs['concept']>) {
    if (a.concept[key] !== b.concept[key]) out.push({ key, a: String(a.concept[key]), b: String(b.concept[key]) });
  }
  for (const key of Object.keys(a.parameters) as Array<keyof ScenarioInputs['parameters']>) {
    if (a.parameters[key] !== b.parameters[key]) out.push({ key, a: String(a.parameters[key]), b: String(b.parameters[key]) });
  }
  if (a.rulesetId !== b.rulesetId)
    out.push({ key: 'ruleset', a: hourNormRulesets[a.rulesetId].name, b: hourNormRulesets[b.rulesetId].name });
  const studentsA = a.cells.reduce((s, c) => s + c.students, 0);
  const studentsB = b.cells.reduce((s, c) => s + c.students, 0);
  if (studentsA !== studentsB || a.cells.length !== b.cells.length)
    out.push({ key: 'students', a: String(studentsA), b: String(studentsB) });
  return out;
}

function Compare() {
  const { t } = useTranslation('logistics');
  const [params, setParams] = useSearchParams();
  const institution = usePlannerInstitution(params.get('instelling'));
  const scenarios = useScenarios(institution?.id);
  const list = scenarios.data ?? [];
  const aId = params.get('a') ?? list[0]?.id;
  const bId = params.get('b') ?? list.find((s) => s.id !== aId)?.id;
  const a = useScenario(aId);
  const b = useScenario(bId);
  const pick = (which: 'a' | 'b', id: string) =>
    setParams((p) => {
      p.set(which, id);
      return p;
    });
  return (
    <Page title={t('compareTitle')} lead={t('compareLead')} wide>
      <QueryView query={scenarios}>
        {(items) => (
          <div className="form-inline">
            {(['a', 'b'] as const).map((which) => (
              <div className="field grow" key={which}>
                <label htmlFor={`compare-${which}`}>{which === 'a' ? t('scenarioA') : t('scenarioB')}</label>
                <select id={`compare-${which}`} value={(which === 'a' ? aId : bId) ?? ''} onChange={(e) => pick(which, e.target.value)}>
                  {items.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        )}
      </QueryView>
      {a.data && b.data ? <Comparison a={a.data} b={b.data} /> : null}
    </Page>
  );
}

function Comparison(props: { a: ScenarioDetail; b: ScenarioDetail }) {
  const { t } = useTranslation('logistics');
  const resultA = useMemo(() => computeScenario(props.a.inputs), [props.a.inputs]);
  const resultB = useMemo(() => computeScenario(props.b.inputs), [props.b.inputs]);
  const totalsA = resultA.totals;
  const totalsB = resultB.totals;
  const programmesA = useMemo(() => byProgramme(props.a.inputs, resultA), [props.a.inputs, resultA]);
  const programmesB = useMemo(() => new Map(byProgramme(props.b.inputs, resultB).map((p) => [p.name, p])), [props.b.inputs, resultB]);
  const knobs = knobDifferences(props.a.inputs, props.b.inputs);
  return (
    <>
      <ScrollRegion label={t('compareTitle')}>
        <table className="data comparison">
          <caption>
            {props.a.name} ↔ {props.b.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('figure')}</th>
              <th scope="col">{props.a.name}</th>
              <th scope="col">{props.b.name}</th>
              <th scope="col">{t('difference')}</th>
            </tr>
          </thead>
          <tbody>
            {rows(t, totalsA, totalsB).map((r) => {
              const diff = r.b - r.a;
              const same = Math.abs(diff) < 1e-9;
              const good = r.better === null ? null : (r.better === 'higher') === diff > 0;
              const cls = same ? 'diff-same' : good === null ? 'diff-changed' : good ? 'diff-better' : 'diff-worse';
              return (
                <tr key={r.id} className={cls} data-row={r.id}>
                  <th scope="row">{r.label}</th>
                  <td>{r.format(r.a)}</td>
                  <td>{r.format(r.b)}</td>
                  <td>
                    {same ? t('same') : `${diff > 0 ? '+' : '−'}${r.format(Math.abs(diff))}`}
                    {!same ? <span className="visually-hidden"> ({diff > 0 ? t('higher') : t('lower')})</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <h2>{t('perProgramme')}</h2>
      <ScrollRegion label={t('perProgramme')}>
        <table className="data comparison per-programme">
          <thead>
            <tr>
              <th scope="col">{t('programme')}</th>
              <th scope="col">{t('fields.fte')} A</th>
              <th scope="col">{t('fields.fte')} B</th>
              <th scope="col">{t('fields.costPerStudentCents')} A</th>
              <th scope="col">{t('fields.costPerStudentCents')} B</th>
              <th scope="col">{t('difference')}</th>
            </tr>
          </thead>
          <tbody>
            {programmesA.map((p) => {
              const other = programmesB.get(p.name);
              const diff = other ? other.costPerStudent - p.costPerStudent : 0;
              const cls = !other || Math.abs(diff) < 0.005 ? 'diff-same' : diff < 0 ? 'diff-better' : 'diff-worse';
              return (
                <tr key={p.name} className={cls}>
                  <th scope="row">{p.name}</th>
                  <td>{fmt.fixed(p.fte, 2)}</td>
                  <td>{other ? fmt.fixed(other.fte, 2) : '–'}</td>
                  <td>{fmt.eurosExact(p.costPerStudent * 100)}</td>
                  <td>{other ? fmt.eurosExact(other.costPerStudent * 100) : '–'}</td>
                  <td>
                    {!other || Math.abs(diff) < 0.005 ? t('same') : `${diff > 0 ? '+' : '−'}${fmt.eurosExact(Math.abs(diff) * 100)}`}
                    {other && Math.abs(diff) >= 0.005 ? (
                      <span className="visually-hidden"> ({diff > 0 ? t('higher') : t('lower')})</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <h2>{t('knobDifferences')}</h2>
      {knobs.length === 0 ? (
        <p>{t('noKnobDifferences')}</p>
      ) : (
        <ul className="knob-differences">
          {knobs.map((k) => (
            <li key={k.key}>
              <strong>{t(`fields.${k.key}`, { defaultValue: k.key })}</strong>: {k.a} → <mark>{k.b}</mark>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
