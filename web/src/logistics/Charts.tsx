import { memo, type ReactNode, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { computeScenario, type EngineResult } from '../../../src/logistics/domain/engine';
import type { ScenarioInputs } from '../../../src/logistics/domain/inputs';
import { fmt } from './format';

/** Per programme (kwalificatie): students, FTE, cost and funding, fill rate weighted by students. */
export function byProgramme(inputs: ScenarioInputs, result: EngineResult) {
  const map = new Map<string, { name: string; students: number; fte: number; cost: number; funding: number; fillWeighted: number }>();
  inputs.cells.forEach((c, i) => {
    const r = result.cells[i];
    if (!r) return;
    const entry = map.get(c.crebo) ?? { name: c.title, students: 0, fte: 0, cost: 0, funding: 0, fillWeighted: 0 };
    entry.students += r.students;
    entry.fte += r.fte;
    entry.cost += r.costCents;
    entry.funding += r.fundingCents;
    entry.fillWeighted += r.fillRate * r.students;
    map.set(c.crebo, entry);
  });
  return [...map.values()].map((e) => ({
    name: e.name,
    fte: Math.round(e.fte * 100) / 100,
    costPerStudent: e.students > 0 ? Math.round(e.cost / e.students) / 100 : 0,
    fundingPerStudent: e.students > 0 ? Math.round(e.funding / e.students) / 100 : 0,
    fillRate: e.students > 0 ? Math.round((e.fillWeighted / e.students) * 1000) / 10 : 0,
  }));
}

/** A chart with its caption and, as its text alternative, a table with the same numbers. */
function ChartFigure(props: {
  id: string;
  title: string;
  chart: ReactNode;
  head: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string>>;
}) {
  const { t } = useTranslation('logistics');
  return (
    <figure className="chart" aria-labelledby={`${props.id}-caption`} data-chart={props.id}>
      <figcaption id={`${props.id}-caption`}>{props.title}</figcaption>
      <div className="chart-area" aria-hidden="true">
        {props.chart}
      </div>
      <details>
        <summary>{t('tableOfChart')}</summary>
        <table className="data compact">
          <thead>
            <tr>
              {props.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={j}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

const axis = { fontSize: 12 };

/** The mengpaneel's charts: FTE, cost per student, fill rate, waiting time, room use. */
export const Charts = memo(function Charts(props: { inputs: ScenarioInputs; result: EngineResult }) {
  const { t } = useTranslation('logistics');
  const programmes = useMemo(() => byProgramme(props.inputs, props.result), [props.inputs, props.result]);
  // Twelve recomputes for the intake curve: deferred, so that the main figures update first.
  const deferredInputs = useDeferredValue(props.inputs);
  const intakeCurve = useMemo(
    () =>
      Array.from({ length: 12 }, (_, i) => {
        const k = i + 1;
        const totals = computeScenario({
          ...deferredInputs,
          concept: { ...deferredInputs.concept, intakeMoments: k },
          cells: deferredInputs.cells.map((c) => ({ ...c, intakeMoments: undefined })),
        }).totals;
        return { k: String(k), wait: Math.round(totals.waitMeanWeeks * 10) / 10, fte: Math.round(totals.fte * 10) / 10 };
      }),
    [deferredInputs],
  );
  const rooms = props.result.totals.rooms.map((r) => ({
    name: r.name,
    needed: r.peakRooms,
    available: r.available,
    utilisation: Math.round(r.utilisation * 100),
  }));
  const height = Math.max(220, programmes.length * 26);
  return (
    <section aria-labelledby="grafieken" className="charts">
      <h2 id="grafieken">{t('charts')}</h2>
      <div className="chart-grid">
        <ChartFigure
          id="fte"
          title={t('chartFte')}
          chart={
            <ResponsiveContainer width="100%" height={height}>
              <BarChart accessibilityLayer={false} data={programmes} layout="vertical" margin={{ left: 8, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" tick={axis} />
                <YAxis type="category" dataKey="name" width={150} tick={axis} />
                <Tooltip />
                <Bar dataKey="fte" name={t('fields.fte')} fill="#0b5394" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          }
          head={[t('programme'), t('fields.fte')]}
          rows={programmes.map((p) => [p.name, fmt.fixed(p.fte, 2)])}
        />
        <ChartFigure
          id="cost"
          title={t('chartCost')}
          chart={
            <ResponsiveContainer width="100%" height={height}>
              <BarChart accessibilityLayer={false} data={programmes} layout="vertical" margin={{ left: 8, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" tick={axis} />
                <YAxis type="category" dataKey="name" width={150} tick={axis} />
                <Tooltip />
                <Legend />
                <Bar dataKey="costPerStudent" name={t('fields.costPerStudentCents')} fill="#8a4b00" isAnimationActive={false} />
                <Bar dataKey="fundingPerStudent" name={t('fields.fundingPerStudentCents')} fill="#146c2e" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          }
          head={[t('programme'), t('fields.costPerStudentCents'), t('fields.fundingPerStudentCents')]}
          rows={programmes.map((p) => [p.name, fmt.euros(p.costPerStudent * 100), fmt.euros(p.fundingPerStudent * 100)])}
        />
        <ChartFigure
          id="fill"
          title={t('chartFill')}
          chart={
            <ResponsiveContainer width="100%" height={height}>
              <BarChart accessibilityLayer={false} data={programmes} layout="vertical" margin={{ left: 8, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" domain={[0, 100]} unit="%" tick={axis} />
                <YAxis type="category" dataKey="name" width={150} tick={axis} />
                <Tooltip />
                <Bar dataKey="fillRate" name={t('fields.fillRate')} fill="#0b3a66" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          }
          head={[t('programme'), t('fields.fillRate')]}
          rows={programmes.map((p) => [p.name, `${fmt.number(p.fillRate)}%`])}
        />
        <ChartFigure
          id="wait"
          title={t('chartWait')}
          chart={
            <ResponsiveContainer width="100%" height={260}>
              <LineChart accessibilityLayer={false} data={intakeCurve} margin={{ left: 8, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="k" tick={axis} />
                <YAxis yAxisId="wait" tick={axis} />
                <YAxis yAxisId="fte" orientation="right" tick={axis} />
                <Tooltip />
                <Legend />
                <Line yAxisId="wait" dataKey="wait" name={t('fields.waitMeanWeeks')} stroke="#a4161a" isAnimationActive={false} />
                <Line yAxisId="fte" dataKey="fte" name={t('fields.fte')} stroke="#0b5394" isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          }
          head={[t('fields.intakeMoments'), t('fields.waitMeanWeeks'), t('fields.fte')]}
          rows={intakeCurve.map((p) => [p.k, fmt.number(p.wait), fmt.number(p.fte)])}
        />
        <ChartFigure
          id="rooms"
          title={t('chartRooms')}
          chart={
            <ResponsiveContainer width="100%" height={260}>
              <BarChart accessibilityLayer={false} data={rooms} margin={{ left: 8, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" tick={axis} />
                <YAxis tick={axis} />
                <Tooltip />
                <Legend />
                <Bar dataKey="needed" name={t('needed')} fill="#a4161a" isAnimationActive={false} />
                <Bar dataKey="available" name={t('available')} fill="#146c2e" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          }
          head={[t('roomName'), t('needed'), t('available'), t('utilisation')]}
          rows={rooms.map((r) => [r.name, String(r.needed), String(r.available), `${r.utilisation}%`])}
        />
      </div>
    </section>
  );
});
