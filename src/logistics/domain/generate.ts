import { defaultConcept, defaultParameters, type CellInput, type Leerweg, type RoomType, type ScenarioInputs } from './inputs.js';
import { streamFor } from './random.js';
import { defaultRulesetId } from './rulesets.js';

/*
 * Demo data: realistic cells for a set of programmes (hours that meet the norms, student numbers
 * that thin out over the years), generated from a seed so that demo institutions and benchmarks
 * are reproducible. Everything it makes is demo data.
 */

/** A programme (kwalificatie) to generate cells for. */
export interface DemoProgramme {
  readonly crebo: string;
  readonly title: string;
  readonly niveau: number;
  /** Practice room type its groups use. */
  readonly practiceRoomType?: string;
}

/** Begeleide onderwijstijd and BPV per study year of a BOL programme of the given length (meets WEB art. 7.2.7). */
const bolHours: Readonly<Record<number, ReadonlyArray<readonly [number, number]>>> = {
  1: [[800, 250]],
  2: [
    [800, 250],
    [500, 500],
  ],
  3: [
    [850, 200],
    [700, 400],
    [450, 700],
  ],
  4: [
    [850, 200],
    [700, 400],
    [550, 600],
    [450, 700],
  ],
};
const entreeHours: readonly [number, number] = [650, 350];
const bblHours: readonly [number, number] = [240, 800];

/** Programme length by niveau (niveau 4 alternates three and four years). */
function programmeYears(niveau: number, index: number): number {
  if (niveau === 1) return 1;
  if (niveau === 4) return index % 3 === 0 ? 4 : 3;
  return niveau;
}

/** The cells of one programme: every BOL year, and BBL years when `bbl` is set. */
export function programmeCells(
  programme: DemoProgramme,
  options: { index: number; intake: number; bbl: boolean; bblIntake: number },
): CellInput[] {
  const years = programmeYears(programme.niveau, options.index);
  const practiceRoomType = programme.practiceRoomType ?? 'praktijklokaal';
  const cells: CellInput[] = [];
  const make = (leerweg: Leerweg, year: number, students: number, bot: number, bpv: number): CellInput => ({
    crebo: programme.crebo,
    title: programme.title,
    niveau: programme.niveau,
    leerweg,
    year,
    programmeYears: years,
    students,
    totalHours: 1600,
    botHours: bot,
    bpvHours: bpv,
    theoryRoomType: 'theorielokaal',
    practiceRoomType,
  });
  const hours = programme.niveau === 1 ? [entreeHours] : (bolHours[years] ?? []);
  let students = options.intake;
  hours.forEach(([bot, bpv], i) => {
    cells.push(make('BOL', i + 1, students, bot, bpv));
    students = Math.round(students * 0.82);
  });
  if (options.bbl) {
    let bblStudents = options.bblIntake;
    for (let year = 1; year <= years; year++) {
      cells.push(make('BBL', year, bblStudents, bblHours[0], bblHours[1]));
      bblStudents = Math.round(bblStudents * 0.85);
    }
  }
  return cells;
}

/** Demo rooms for an institution of about `students` students. */
export function demoRooms(students: number): RoomType[] {
  const scale = Math.max(1, Math.round(students / 1000));
  return [
    { key: 'theorielokaal', name: 'Theorielokaal', count: 28 * scale, capacity: 30, hoursPerWeek: 40 },
    { key: 'praktijklokaal', name: 'Praktijklokaal', count: 8 * scale, capacity: 20, hoursPerWeek: 40 },
    { key: 'zorgpraktijk', name: 'Zorgpraktijklokaal', count: 6 * scale, capacity: 18, hoursPerWeek: 40 },
    { key: 'werkplaats', name: 'Werkplaats techniek', count: 5 * scale, capacity: 16, hoursPerWeek: 40 },
    { key: 'ict-lab', name: 'ICT-lab', count: 3 * scale, capacity: 24, hoursPerWeek: 40 },
    { key: 'keuken', name: 'Praktijkkeuken', count: 2 * scale, capacity: 16, hoursPerWeek: 36 },
  ];
}

const practiceRoomByDomainWord: ReadonlyArray<readonly [RegExp, string]> = [
  [/zorg|verpleeg|verzorg|apotheek|pedagog/i, 'zorgpraktijk'],
  [/ict|software|it /i, 'ict-lab'],
  [/kok|keuken/i, 'keuken'],
  [/techn|monteur|timmer|auto|groen|logist/i, 'werkplaats'],
];

/** The practice room type that suits a programme title (demo heuristic). */
export function practiceRoomFor(title: string): string {
  return practiceRoomByDomainWord.find(([re]) => re.test(title))?.[1] ?? 'praktijklokaal';
}

/**
 * A demo institution: cells for the given programmes (with BBL for some), extended with numbered
 * synthetic programmes until it has at least `minCells` cells. Reproducible from `seed`.
 */
export function generateInstitution(options: { programmes: readonly DemoProgramme[]; minCells: number; seed: number }): ScenarioInputs {
  const random = streamFor(options.seed, 0);
  const cells: CellInput[] = [];
  const programmes = [...options.programmes];
  for (let i = 0; cells.length < options.minCells || i < programmes.length; i++) {
    const programme: DemoProgramme = programmes[i] ?? {
      crebo: `9${String(i).padStart(4, '0')}`,
      title: `Demo-opleiding ${i + 1}`,
      niveau: 1 + (i % 4),
    };
    const intake = 20 + Math.round(random() * 110);
    const bbl = random() < 0.45;
    cells.push(
      ...programmeCells(
        { ...programme, practiceRoomType: programme.practiceRoomType ?? practiceRoomFor(programme.title) },
        { index: i, intake, bbl, bblIntake: 8 + Math.round(random() * 30) },
      ),
    );
  }
  const students = cells.reduce((s, c) => s + c.students, 0);
  return { rulesetId: defaultRulesetId, concept: defaultConcept(), parameters: defaultParameters(), rooms: demoRooms(students), cells };
}
