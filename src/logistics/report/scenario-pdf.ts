import type PDFDocument from 'pdfkit';
import type { EngineResult } from '../domain/engine.js';
import type { ScenarioInputs } from '../domain/inputs.js';
import { defaultFigures, hourNormRulesets } from '../domain/rulesets.js';
import { describeFailure, nl } from './dutch.js';

/** What the report is about. */
export interface ReportSubject {
  readonly scenarioName: string;
  readonly institutionName: string;
  readonly isDemo: boolean;
  readonly generatedAt: Date;
}

type Doc = InstanceType<typeof PDFDocument>;
const LEFT = 50;
const WIDTH = 495;
const BOTTOM = 780;

function heading(doc: Doc, text: string): void {
  if (doc.y > BOTTOM - 80) doc.addPage();
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor('#1a3a5c').text(text, LEFT, doc.y, { width: WIDTH });
  doc.moveDown(0.3).font('Helvetica').fontSize(9).fillColor('black');
}

/** A simple table: column widths in points, the first row bold; starts a new page when full. */
function table(
  doc: Doc,
  widths: readonly number[],
  rows: ReadonlyArray<ReadonlyArray<string>>,
  align: ReadonlyArray<'left' | 'right'> = [],
): void {
  rows.forEach((row, r) => {
    const height = Math.max(...row.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 60) - 4 }))) + 4;
    if (doc.y + height > BOTTOM) doc.addPage();
    const y = doc.y;
    let x = LEFT;
    doc.font(r === 0 ? 'Helvetica-Bold' : 'Helvetica');
    row.forEach((cell, i) => {
      const w = widths[i] ?? 60;
      doc.text(cell, x + 2, y + 2, { width: w - 4, align: align[i] ?? 'left' });
      x += w;
    });
    doc
      .moveTo(LEFT, y + height)
      .lineTo(LEFT + widths.reduce((a, b) => a + b, 0), y + height)
      .strokeColor('#c8d0d8')
      .lineWidth(0.5)
      .stroke();
    doc.y = y + height;
  });
  doc.x = LEFT;
}

/** The scenario report as a PDF: assumptions with sources, totals, rooms, every hour-norm failure explained, every cell. */
export async function scenarioPdf(subject: ReportSubject, inputs: ScenarioInputs, result: EngineResult): Promise<Buffer> {
  // Loaded on first use: the PDF library costs start-up time every process would pay for a rare request.
  const { default: PDFKit } = await import('pdfkit');
  const doc = new PDFKit({
    size: 'A4',
    margin: LEFT,
    info: { Title: `Scenariorapport ${subject.scenarioName}`, Author: 'Doorpakken mengpaneel', Subject: subject.institutionName },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const t = result.totals;
  const p = inputs.parameters;
  const c = inputs.concept;

  doc.font('Helvetica-Bold').fontSize(18).fillColor('#1a3a5c').text(`Scenariorapport: ${subject.scenarioName}`);
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('black')
    .text(`${subject.institutionName} · ${subject.generatedAt.toISOString().slice(0, 10)}`);
  if (subject.isDemo) doc.fillColor('#a04000').text('DEMO: dit scenario bevat fictieve demogegevens.').fillColor('black');
  doc.text(`Urennormen: ${hourNormRulesets[inputs.rulesetId].name}`);

  heading(doc, 'Resultaten');
  table(
    doc,
    [250, 245],
    [
      ['Grootheid', 'Waarde'],
      ['Studenten (gewogen)', `${t.students} (${nl.number(t.weightedStudents)})`],
      ['Groepen', String(t.groups)],
      ['Bezettingsgraad', nl.percent(t.fillRate)],
      ['Contacturen per jaar', nl.number(t.contactHours)],
      ['Docent-FTE', nl.fixed2(t.fte)],
      ['Studenten per FTE (benchmark)', `${nl.fixed2(t.studentsPerFte)} (${nl.number(t.benchmarkStudentsPerFte)})`],
      ['Kosten', nl.euros(t.costCents)],
      ['Kosten per student (bekostiging)', `${nl.euros(t.costPerStudentCents)} (${nl.euros(t.fundingPerStudentCents)})`],
      ['Saldo bekostiging min kosten', nl.euros(t.balanceCents)],
      ['Gemiddelde wachttijd / P90', `${nl.number(t.waitMeanWeeks)} / ${nl.number(t.waitP90Weeks)} weken`],
      ['Cellen die niet aan de urennorm voldoen', String(t.cellsFailingHourNorms)],
      ['Cellen die niet studeerbaar zijn', String(t.cellsFailingStudyLoad)],
    ],
    ['left', 'right'],
  );

  heading(doc, 'Lokalen');
  table(
    doc,
    [165, 70, 90, 85, 85],
    [
      ['Type', 'Beschikbaar', 'Nodig op piek', 'Uren/week', 'Benutting'],
      ...t.rooms.map((r) => [r.name, String(r.available), String(r.peakRooms), nl.number(r.neededHoursPerWeek), nl.percent(r.utilisation)]),
    ],
    ['left', 'right', 'right', 'right', 'right'],
  );

  heading(doc, 'Urennormen en studeerbaarheid');
  const failing = inputs.cells
    .map((cell, i) => ({ cell, r: result.cells[i] }))
    .filter(({ r }) => r && (!r.hourNorms.pass || !r.studyLoad.pass));
  if (failing.length === 0) doc.text('Alle cellen voldoen aan de urennormen en zijn studeerbaar.');
  for (const { cell, r } of failing) {
    if (!r) continue;
    if (doc.y > BOTTOM - 40) doc.addPage();
    doc.font('Helvetica-Bold').text(`${cell.title} (${cell.crebo}), ${cell.leerweg} leerjaar ${cell.year}`);
    doc.font('Helvetica');
    for (const f of [...r.hourNorms.failures, ...r.studyLoad.failures]) doc.text(`• ${describeFailure(f)}`, { indent: 10 });
  }

  heading(doc, 'Uitgangspunten');
  table(
    doc,
    [200, 295],
    [
      ['Knop', 'Waarde'],
      ['Groepsgrootte theorie / praktijk / minimum', `${c.groupSizeTheory} / ${c.groupSizePractice} / ${c.minGroupSize}`],
      [
        'Instroommomenten per jaar',
        `${c.intakeMoments} (kleine groepen: ${c.smallGroupPolicy === 'merge' ? 'samenvoegen' : 'uitstellen'})`,
      ],
      ['Theorie / online / besparing online', `${c.theoryPercent}% / ${c.onlinePercent}% / ${c.onlineSavingPercent}%`],
      ['Elders gevolgd', `${c.elsewherePercent}% van de begeleide onderwijstijd`],
      ['Uren per FTE', `${p.hoursPerFte} (${defaultFigures.hoursPerFte.source.title})`],
      ['Kosten per FTE', `${nl.euros(p.costPerFteCents)} (${defaultFigures.costPerFteCents.source.title})`],
      ['Opslagfactor', `${nl.fixed2(p.loadFactor)} (${defaultFigures.loadFactor.source.title})`],
      ['Bpv-begeleiding', `${nl.number(p.bpvSupervisionHours)} uur per student (${defaultFigures.bpvSupervisionHours.source.title})`],
      [
        'Bekostiging bol / bbl',
        `${nl.euros(p.fundingBolCents)} / ${nl.euros(p.fundingBblCents)} (${defaultFigures.fundingBolCents.source.title})`,
      ],
      [
        'Benchmark',
        `${nl.number(p.benchmarkStudentsPerFte)} gewogen studenten per FTE (${defaultFigures.benchmarkStudentsPerFte.source.title})`,
      ],
    ],
  );

  heading(doc, 'Cellen');
  table(
    doc,
    [150, 30, 25, 45, 45, 55, 50, 95],
    [
      ['Opleiding', 'Lw', 'Jr', 'Stud.', 'Groep.', 'Bezet.', 'FTE', 'Kosten/student'],
      ...inputs.cells.map((cell, i) => {
        const r = result.cells[i];
        return [
          `${cell.title} (${cell.crebo})`,
          cell.leerweg,
          String(cell.year),
          String(cell.students),
          String((r?.groupsTheory ?? 0) + (r?.groupsPractice ?? 0)),
          nl.percent(r?.fillRate ?? 0),
          nl.fixed2(r?.fte ?? 0),
          nl.euros(r?.costPerStudentCents ?? 0),
        ];
      }),
    ],
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  doc.end();
  return done;
}
