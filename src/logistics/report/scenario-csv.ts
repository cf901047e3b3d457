import type { EngineResult } from '../domain/engine.js';
import { cellKey, type ScenarioInputs } from '../domain/inputs.js';
import { describeFailure } from './dutch.js';

const header = [
  'cel',
  'crebo',
  'opleiding',
  'niveau',
  'leerweg',
  'leerjaar',
  'studenten',
  'groepen theorie',
  'groepen praktijk',
  'bezettingsgraad',
  'contacturen',
  'docenturen',
  'fte',
  'studenten per fte',
  'kosten (eurocent)',
  'kosten per student (eurocent)',
  'bekostiging per student (eurocent)',
  'urennorm',
  'studeerbaar',
  'gemiddelde wachttijd (weken)',
  'p90 wachttijd (weken)',
  'toelichting',
];

function field(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value;
  return /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A scenario's cells and totals as CSV (semicolon separated, decimal point, money in cents, for spreadsheets). */
export function scenarioCsv(inputs: ScenarioInputs, result: EngineResult): string {
  const lines = [header.join(';')];
  inputs.cells.forEach((c, i) => {
    const r = result.cells[i];
    if (!r) return;
    const failures = [...r.hourNorms.failures, ...r.studyLoad.failures].map(describeFailure).join(' ');
    lines.push(
      [
        cellKey(c),
        c.crebo,
        c.title,
        c.niveau,
        c.leerweg,
        c.year,
        r.students,
        r.groupsTheory,
        r.groupsPractice,
        r.fillRate.toFixed(4),
        r.contactHours.toFixed(1),
        r.teacherHours.toFixed(2),
        r.fte.toFixed(3),
        r.studentsPerFte.toFixed(2),
        r.costCents,
        r.costPerStudentCents,
        r.fundingPerStudentCents,
        r.hourNorms.pass ? 'voldoet' : 'voldoet niet',
        r.studyLoad.pass ? 'ja' : 'nee',
        r.waitMeanWeeks.toFixed(2),
        r.waitP90Weeks.toFixed(2),
        failures,
      ]
        .map(field)
        .join(';'),
    );
  });
  const t = result.totals;
  lines.push(
    [
      'totaal',
      '',
      '',
      '',
      '',
      '',
      t.students,
      '',
      '',
      t.fillRate.toFixed(4),
      t.contactHours.toFixed(1),
      t.teacherHours.toFixed(2),
      t.fte.toFixed(3),
      t.studentsPerFte.toFixed(2),
      t.costCents,
      t.costPerStudentCents,
      t.fundingPerStudentCents,
      `${t.cellsFailingHourNorms} cellen voldoen niet`,
      `${t.cellsFailingStudyLoad} cellen niet studeerbaar`,
      t.waitMeanWeeks.toFixed(2),
      t.waitP90Weeks.toFixed(2),
      '',
    ]
      .map(field)
      .join(';'),
  );
  return `\uFEFF${lines.join('\n')}\n`;
}
