import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  applyForecast,
  changeKinds,
  forecastSettingsSchema,
  forecastStudents,
  type ForecastChange,
  type ForecastSettings,
} from '../../../src/logistics/domain/forecast';
import { progressionRates } from '../../../src/logistics/domain/rulesets';
import { Page, ProblemMessage, QueryView, RequireSession, ScrollRegion } from '../app/components';
import { isPlanner, usePlannerInstitution, useScenario, useScenarioMutations, useScenarios, type ScenarioDetail } from './data';
import { fmt } from './format';
import { NumberKnob } from './Knobs';
import './logistics.css';

/** The cohort-flow forecast of student numbers, feeding new scenario variants. */
export function ForecastPage() {
  return (
    <RequireSession allowed={isPlanner}>
      <Forecast />
    </RequireSession>
  );
}

function Forecast() {
  const { t } = useTranslation('logistics');
  const [params, setParams] = useSearchParams();
  const institution = usePlannerInstitution(params.get('instelling'));
  const scenarios = useScenarios(institution?.id);
  const selectedId = params.get('scenario') ?? scenarios.data?.[0]?.id;
  const scenario = useScenario(selectedId);
  return (
    <Page title={t('forecastTitle')} lead={t('forecastLead')} wide>
      <QueryView query={scenarios}>
        {(list) => (
          <div className="field">
            <label htmlFor="forecast-scenario">{t('scenario')}</label>
            <select
              id="forecast-scenario"
              value={selectedId ?? ''}
              onChange={(e) =>
                setParams((p) => {
                  p.set('scenario', e.target.value);
                  return p;
                })
              }
            >
              {list.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </QueryView>
      {scenario.data && institution ? (
        <ForecastEditor key={scenario.data.id} scenario={scenario.data} institutionId={institution.id} />
      ) : null}
    </Page>
  );
}

function ForecastEditor(props: { scenario: ScenarioDetail; institutionId: string }) {
  const { t } = useTranslation('logistics');
  const navigate = useNavigate();
  const { create } = useScenarioMutations();
  const [settings, setSettings] = useState<ForecastSettings>({ horizon: 5, inflowTrendPercent: 0, changes: [] });
  const parsed = forecastSettingsSchema.safeParse(settings);
  const valid = parsed.success ? parsed.data : null;
  const forecast = useMemo(() => (valid ? forecastStudents(props.scenario.inputs, valid) : null), [props.scenario.inputs, valid]);
  const programmes = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of props.scenario.inputs.cells) seen.set(c.crebo, c.title);
    return [...seen.entries()];
  }, [props.scenario.inputs]);
  const setChange = (i: number, patch: Partial<ForecastChange>) =>
    setSettings({ ...settings, changes: settings.changes.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const chart =
    forecast?.years.map((y) => ({ year: y.year === 0 ? t('now') : t('yearN', { n: y.year }), total: Math.round(y.total) })) ?? [];
  const byProgramme = (year: (typeof forecast extends null ? never : NonNullable<typeof forecast>)['years'][number]) => {
    const sums = new Map<string, number>();
    for (const c of props.scenario.inputs.cells) {
      sums.set(c.crebo, (sums.get(c.crebo) ?? 0) + (year.byCell[`${c.crebo}-${c.leerweg}-${c.year}`] ?? 0));
    }
    return sums;
  };
  return (
    <>
      <div className="knob-grid">
        <NumberKnob
          name="horizon"
          label={t('horizon')}
          value={settings.horizon}
          min={1}
          max={5}
          slider
          onChange={(horizon) => setSettings({ ...settings, horizon })}
        />
        <NumberKnob
          name="trend"
          label={t('trend')}
          value={settings.inflowTrendPercent}
          min={-10}
          max={10}
          step={0.5}
          slider
          onChange={(inflowTrendPercent) => setSettings({ ...settings, inflowTrendPercent })}
        />
      </div>
      <section aria-labelledby="wijzigingen" className="panel">
        <h2 id="wijzigingen">{t('changes')}</h2>
        {settings.changes.map((c, i) => (
          <fieldset key={i} className="change-row">
            <legend>
              {t('kind')} {i + 1}
            </legend>
            <div className="field">
              <label htmlFor={`change-kind-${i}`}>{t('kind')}</label>
              <select
                id={`change-kind-${i}`}
                value={c.kind}
                onChange={(e) => setChange(i, { kind: e.target.value as ForecastChange['kind'] })}
              >
                {changeKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`change-crebo-${i}`}>{t('programme')}</label>
              <select id={`change-crebo-${i}`} value={c.crebo ?? ''} onChange={(e) => setChange(i, { crebo: e.target.value || null })}>
                <option value="">{t('allProgrammes')}</option>
                {programmes.map(([crebo, title]) => (
                  <option key={crebo} value={crebo}>
                    {title}
                  </option>
                ))}
              </select>
            </div>
            <NumberKnob
              name={`change-percent-${i}`}
              label={t('percent')}
              value={c.percent}
              min={-100}
              max={500}
              onChange={(percent) => setChange(i, { percent })}
            />
            <NumberKnob
              name={`change-from-${i}`}
              label={t('fromYear')}
              value={c.fromYear}
              min={1}
              max={5}
              onChange={(fromYear) => setChange(i, { fromYear })}
            />
            {c.kind === 'temporary' ? (
              <NumberKnob
                name={`change-years-${i}`}
                label={t('years')}
                value={c.years}
                min={1}
                max={5}
                onChange={(years) => setChange(i, { years })}
              />
            ) : null}
            <button
              type="button"
              className="button secondary small"
              onClick={() => setSettings({ ...settings, changes: settings.changes.filter((_, j) => j !== i) })}
            >
              {t('removeChange', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            setSettings({ ...settings, changes: [...settings.changes, { kind: 'structural', percent: 10, fromYear: 1, years: 1 }] })
          }
        >
          {t('addChange')}
        </button>
      </section>
      {!valid ? <p className="alert alert-error">{t('invalidInputs')}</p> : null}
      {forecast ? (
        <>
          <figure className="chart" aria-labelledby="forecast-caption">
            <figcaption id="forecast-caption">{t('forecastChart')}</figcaption>
            <div className="chart-area" aria-hidden="true">
              <ResponsiveContainer width="100%" height={260}>
                <LineChart accessibilityLayer={false} data={chart} margin={{ left: 8, right: 16 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="year" />
                  <YAxis />
                  <Tooltip />
                  <Line dataKey="total" name={t('total')} stroke="#0b5394" isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </div>
          </figure>
          <ScrollRegion label={t('forecastChart')}>
            <table className="data forecast-table">
              <caption>{t('forecastChart')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('programme')}</th>
                  {forecast.years.map((y) => (
                    <th scope="col" key={y.year}>
                      {y.year === 0 ? t('now') : t('yearN', { n: y.year })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {programmes.map(([crebo, title]) => (
                  <tr key={crebo}>
                    <th scope="row">{title}</th>
                    {forecast.years.map((y) => (
                      <td key={y.year}>{fmt.number(byProgramme(y).get(crebo) ?? 0, 0)}</td>
                    ))}
                  </tr>
                ))}
                <tr className="total-row">
                  <th scope="row">{t('total')}</th>
                  {forecast.years.map((y) => (
                    <td key={y.year}>{fmt.number(y.total, 0)}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </ScrollRegion>
          <p className="hint">{t('ratesSource', { source: progressionRates.source.title })}</p>
          <div className="form-actions">
            {forecast.years
              .filter((y) => y.year > 0)
              .map((y) => (
                <button
                  key={y.year}
                  type="button"
                  className="button secondary"
                  disabled={create.isPending}
                  onClick={() =>
                    create.mutate(
                      {
                        institutionId: props.institutionId,
                        name: t('forecastScenarioName', { name: props.scenario.name, n: y.year }).slice(0, 120),
                        inputs: applyForecast(props.scenario.inputs, forecast, y.year),
                      },
                      { onSuccess: (r) => void navigate(`/logistiek?scenario=${r.id}`) },
                    )
                  }
                >
                  {t('useYear', { n: y.year })}
                </button>
              ))}
          </div>
          {create.error ? <ProblemMessage error={create.error} /> : null}
        </>
      ) : null}
    </>
  );
}
