import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { computeScenario } from '../../../src/logistics/domain/engine';
import type { ScenarioInputs } from '../../../src/logistics/domain/inputs';
import { DemoBadge, Page, ProblemMessage, QueryView, RequireSession } from '../app/components';
import { CellEditor } from './CellEditor';
import { Charts } from './Charts';
import {
  isPlanner,
  usePlannerInstitution,
  useScenario,
  useScenarioMutations,
  useScenarios,
  type ScenarioDetail,
  type ScenarioSummary,
} from './data';
import { ConceptKnobs, ParameterKnobs } from './Knobs';
import { ImportPanel, SimulationPanel } from './Panels';
import { CellsTable, CompliancePanel, ExplainPanel, KeyFigures } from './Results';
import { validateInputs } from './validation';
import './logistics.css';

/** The mengpaneel: knobs on one side, figures, charts and compliance recomputed in the browser on every change. */
export function MengpaneelPage() {
  return (
    <RequireSession allowed={isPlanner}>
      <Mengpaneel />
    </RequireSession>
  );
}

function Mengpaneel() {
  const { t } = useTranslation('logistics');
  const [params, setParams] = useSearchParams();
  const institution = usePlannerInstitution(params.get('instelling'));
  const scenarios = useScenarios(institution?.id);
  const selectedId = params.get('scenario') ?? scenarios.data?.[0]?.id;
  const scenario = useScenario(selectedId);
  const [message, setMessage] = useState<string | null>(null);
  const select = (id: string) => {
    setParams((p) => {
      p.set('scenario', id);
      return p;
    });
  };
  if (!institution) return <Page title={t('title')}>{t('noInstitution')}</Page>;
  return (
    <Page title={t('title')} lead={t('lead')} wide>
      <QueryView query={scenarios}>
        {(list) =>
          list.length === 0 || !selectedId ? (
            <EmptyInstitution institutionId={institution.id} onCreated={select} />
          ) : (
            <>
              <ScenarioBar
                list={list}
                selectedId={selectedId}
                onSelect={(id) => {
                  setMessage(null);
                  select(id);
                }}
                institutionName={institution.name}
              />
              {message ? (
                <p className="alert alert-success" role="status">
                  {message}
                </p>
              ) : null}
              <QueryView query={scenario}>
                {(detail) => (
                  <Editor
                    key={`${detail.id}:${detail.version}`}
                    scenario={detail}
                    institutionId={institution.id}
                    others={list.filter((s) => s.id !== detail.id)}
                    onMessage={setMessage}
                    onSelect={select}
                    onRefresh={() => void scenario.refetch()}
                  />
                )}
              </QueryView>
            </>
          )
        }
      </QueryView>
    </Page>
  );
}

function EmptyInstitution(props: { institutionId: string; onCreated: (id: string) => void }) {
  const { t } = useTranslation('logistics');
  const { create } = useScenarioMutations();
  return (
    <div>
      <p>{t('noScenarios')}</p>
      <button
        type="button"
        className="button"
        onClick={() =>
          create.mutate(
            { institutionId: props.institutionId, name: t('newScenario'), kind: 'baseline' },
            { onSuccess: (r) => props.onCreated(r.id) },
          )
        }
      >
        {t('newScenario')}
      </button>
    </div>
  );
}

function ScenarioBar(props: { list: ScenarioSummary[]; selectedId: string; onSelect: (id: string) => void; institutionName: string }) {
  const { t } = useTranslation('logistics');
  const current = props.list.find((s) => s.id === props.selectedId);
  return (
    <div className="scenario-bar">
      <div className="field grow">
        <label htmlFor="scenario-select">
          {t('scenario')} · {props.institutionName}
        </label>
        <select id="scenario-select" value={props.selectedId} onChange={(e) => props.onSelect(e.target.value)}>
          {props.list.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({t(s.kind)}, {s.shared ? t('shared') : t('private')}
              {s.ownerName && !s.mine ? `, ${t('ownedBy', { name: s.ownerName })}` : ''})
            </option>
          ))}
        </select>
      </div>
      {current?.isDemo ? <DemoBadge /> : null}
      <nav className="scenario-links" aria-label={t('scenario')}>
        <Link to={`/logistiek/vergelijk?a=${props.selectedId}`}>{t('compare')}</Link>
        <Link to={`/logistiek/prognose?scenario=${props.selectedId}`}>{t('forecast')}</Link>
        <a href={`/api/logistics/scenarios/${props.selectedId}/report.pdf`} download>
          {t('exportPdf')}
        </a>
        <a href={`/api/logistics/scenarios/${props.selectedId}/report.csv`} download>
          {t('exportCsv')}
        </a>
      </nav>
    </div>
  );
}

function Editor(props: {
  scenario: ScenarioDetail;
  institutionId: string;
  others: ScenarioSummary[];
  onMessage: (message: string | null) => void;
  onSelect: (id: string) => void;
  onRefresh: () => void;
}) {
  const { t } = useTranslation('logistics');
  const { scenario } = props;
  const [draft, setDraft] = useState<ScenarioInputs>(scenario.inputs);
  const [dirty, setDirty] = useState(false);
  const [newName, setNewName] = useState('');
  const { save, create, duplicate, remove } = useScenarioMutations();
  const { valid, issues } = useMemo(() => validateInputs(draft), [draft]);
  const lastValid = useRef<ScenarioInputs>(scenario.inputs);
  if (valid) lastValid.current = valid;
  const inputs = valid ?? lastValid.current;
  const result = useMemo(() => computeScenario(inputs), [inputs]);
  // The key figures update at once; charts, tables and panels follow as a deferred, interruptible render.
  const deferredInputs = useDeferredValue(inputs);
  const deferredResult = useDeferredValue(result);
  const deferredDraft = useDeferredValue(draft);
  const change = (next: ScenarioInputs) => {
    setDraft(next);
    setDirty(true);
    props.onMessage(null);
  };
  const error = save.error ?? create.error ?? duplicate.error ?? remove.error;
  const { onMessage } = props;
  const setCell = useCallback(
    (index: number, cell: ScenarioInputs['cells'][number]) => {
      setDraft((d) => ({ ...d, cells: d.cells.map((c, i) => (i === index ? cell : c)) }));
      setDirty(true);
      onMessage(null);
    },
    [onMessage],
  );
  const setStudents = useCallback(
    (index: number, students: number) => {
      setDraft((d) => ({ ...d, cells: d.cells.map((c, i) => (i === index ? { ...c, students } : c)) }));
      setDirty(true);
      onMessage(null);
    },
    [onMessage],
  );

  return (
    <div className="mengpaneel">
      <div className="scenario-actions">
        {dirty ? <span className="badge badge-warning">{t('unsaved')}</span> : null}
        <button
          type="button"
          className="button"
          disabled={!valid || !dirty || !scenario.canChange || save.isPending}
          onClick={() =>
            save.mutate(
              { id: scenario.id, version: scenario.version, inputs: valid ?? undefined },
              { onSuccess: (r) => props.onMessage(t('saved', { version: r.version })) },
            )
          }
        >
          {t('save')}
        </button>
        <form
          className="save-as"
          onSubmit={(e) => {
            e.preventDefault();
            if (!valid || newName.trim() === '') return;
            create.mutate(
              { institutionId: props.institutionId, name: newName.trim(), inputs: valid },
              {
                onSuccess: (r) => {
                  props.onMessage(t('savedNew', { name: newName.trim() }));
                  props.onSelect(r.id);
                },
              },
            );
          }}
        >
          <label htmlFor="new-name" className="visually-hidden">
            {t('newName')}
          </label>
          <input
            id="new-name"
            type="text"
            placeholder={t('newName')}
            value={newName}
            maxLength={120}
            onChange={(e) => setNewName(e.target.value)}
          />
          <button type="submit" className="button secondary" disabled={!valid || newName.trim() === '' || create.isPending}>
            {t('saveAsNew')}
          </button>
        </form>
        <button
          type="button"
          className="button secondary"
          disabled={dirty || duplicate.isPending}
          onClick={() =>
            duplicate.mutate(
              { id: scenario.id },
              {
                onSuccess: (r) => {
                  props.onMessage(t('duplicated', { name: scenario.name }));
                  props.onSelect(r.id);
                },
              },
            )
          }
        >
          {t('duplicate')}
        </button>
        {scenario.canChange ? (
          <label className="share">
            <input
              type="checkbox"
              checked={scenario.shared}
              disabled={dirty || save.isPending || (scenario.shared && !scenario.mine)}
              onChange={(e) => save.mutate({ id: scenario.id, version: scenario.version, shared: e.target.checked })}
            />{' '}
            {t('share')}
          </label>
        ) : null}
        {scenario.canChange && !scenario.isDemo ? (
          <button
            type="button"
            className="button danger small"
            onClick={() => {
              if (!window.confirm(t('confirmDelete', { name: scenario.name }))) return;
              remove.mutate(scenario.id, { onSuccess: () => props.onSelect(props.others[0]?.id ?? '') });
            }}
          >
            {t('deleteScenario')}
          </button>
        ) : null}
      </div>
      {!scenario.canChange ? <p className="alert alert-warning">{t('readOnly')}</p> : null}
      {error ? <ProblemMessage error={error} /> : null}
      {!valid ? (
        <p className="alert alert-error" role="alert">
          {t('invalidInputs')}
        </p>
      ) : null}
      <div className="mengpaneel-grid">
        <div className="mengpaneel-knobs">
          <ConceptKnobs inputs={draft} issues={issues} disabled={false} onChange={change} />
          <ParameterKnobs inputs={draft} issues={issues} disabled={false} onChange={change} />
          <CellEditor inputs={draft} issues={issues} onCell={setCell} />
        </div>
        <div className="mengpaneel-results">
          <KeyFigures result={result} inputs={inputs} />
          <CompliancePanel inputs={deferredInputs} result={deferredResult} />
          <Charts inputs={deferredInputs} result={deferredResult} />
          <ExplainPanel inputs={deferredInputs} result={deferredResult} />
          <SimulationPanel inputs={valid} result={deferredResult} />
          <ImportPanel scenarioId={scenario.id} dirty={dirty} canChange={scenario.canChange} onImported={props.onRefresh} />
        </div>
      </div>
      <CellsTable inputs={deferredDraft} result={deferredResult} issues={issues} disabled={false} onStudents={setStudents} />
    </div>
  );
}
