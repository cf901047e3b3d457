import { cellKey, type CellInput, type Parameters } from './inputs.js';
import type { HourNormRuleset, ProgrammeNorm } from './rulesets.js';

/*
 * Hour-norm compliance (per programme: all its years together; the first year on its own) and
 * studeerbaarheid (weekly load within the norm, contact hours within the cap). Failures are
 * structured — a rule, the measured and the required hours — so that every language can explain them.
 */

/** The rules a cell can fail. */
export type NormRule =
  | 'bol-first-year-bot'
  | 'bol-programme-bot'
  | 'bol-programme-bpv'
  | 'bol-programme-total'
  | 'bbl-year-bot'
  | 'bbl-year-bpv'
  | 'bbl-year-total'
  | 'weekly-load'
  | 'contact-cap';

/** One failed rule. */
export interface NormFailure {
  readonly rule: NormRule;
  readonly measured: number;
  readonly required: number;
  /** For programme rules: the years of the programme present in the scenario, and its length. */
  readonly yearsPresent?: number;
  readonly programmeYears?: number;
  /** True when missing years were extrapolated from the years present. */
  readonly extrapolated?: boolean;
}

/** The norm for a BOL programme of this niveau and length. */
export function bolProgrammeNorm(ruleset: HourNormRuleset, niveau: number, programmeYears: number): ProgrammeNorm {
  if (niveau === 1) return ruleset.bol.entree;
  const years = Math.min(4, Math.max(1, programmeYears)) as 1 | 2 | 3 | 4;
  return ruleset.bol.byDuration[years];
}

/** Hour-norm failures by cell key. */
export function checkHourNorms(cells: readonly CellInput[], ruleset: HourNormRuleset): Map<string, NormFailure[]> {
  const out = new Map<string, NormFailure[]>();
  const tracks = new Map<string, CellInput[]>();
  for (const cell of cells) {
    const failures: NormFailure[] = [];
    if (cell.leerweg === 'BBL') {
      const norm = ruleset.bbl.perYear;
      if (cell.botHours < norm.bot) failures.push({ rule: 'bbl-year-bot', measured: cell.botHours, required: norm.bot });
      if (cell.bpvHours < norm.bpv) failures.push({ rule: 'bbl-year-bpv', measured: cell.bpvHours, required: norm.bpv });
      if (cell.botHours + cell.bpvHours < norm.total) {
        failures.push({ rule: 'bbl-year-total', measured: cell.botHours + cell.bpvHours, required: norm.total });
      }
    } else {
      if (cell.year === 1 && cell.niveau >= 2 && cell.botHours < ruleset.bol.firstYearBot) {
        failures.push({ rule: 'bol-first-year-bot', measured: cell.botHours, required: ruleset.bol.firstYearBot });
      }
      const track = `${cell.crebo}-${cell.leerweg}`;
      const list = tracks.get(track) ?? [];
      list.push(cell);
      tracks.set(track, list);
    }
    out.set(cellKey(cell), failures);
  }
  for (const list of tracks.values()) {
    const first = list[0];
    if (!first) continue;
    const programmeYears = Math.max(...list.map((c) => c.programmeYears));
    const years = new Set(list.map((c) => c.year)).size;
    const scale = programmeYears / years;
    const bot = list.reduce((s, c) => s + c.botHours, 0) * scale;
    const bpv = list.reduce((s, c) => s + c.bpvHours, 0) * scale;
    const norm = bolProgrammeNorm(ruleset, first.niveau, programmeYears);
    const context = { yearsPresent: years, programmeYears, extrapolated: years < programmeYears };
    const programmeFailures: NormFailure[] = [];
    if (bot < norm.bot) programmeFailures.push({ rule: 'bol-programme-bot', measured: bot, required: norm.bot, ...context });
    if (bpv < norm.bpv) programmeFailures.push({ rule: 'bol-programme-bpv', measured: bpv, required: norm.bpv, ...context });
    if (bot + bpv < norm.total)
      programmeFailures.push({ rule: 'bol-programme-total', measured: bot + bpv, required: norm.total, ...context });
    if (programmeFailures.length === 0) continue;
    for (const cell of list) out.get(cellKey(cell))?.push(...programmeFailures);
  }
  return out;
}

/** Studeerbaarheid of one cell: the weekly load over the weeks of the year, and contact hours per school week. */
export function checkStudyLoad(
  cell: Pick<CellInput, 'totalHours' | 'botHours' | 'bpvHours'>,
  ruleset: HourNormRuleset,
  parameters: Pick<Parameters, 'bpvHoursPerWeek' | 'contactCapPerWeek'>,
): { pass: boolean; weeklyLoad: number; weeklyContact: number; failures: NormFailure[] } {
  const weeklyLoad = cell.totalHours / ruleset.weeksPerYear;
  const schoolWeeks = Math.max(1, ruleset.weeksPerYear - cell.bpvHours / parameters.bpvHoursPerWeek);
  const weeklyContact = cell.botHours / schoolWeeks;
  const failures: NormFailure[] = [];
  if (weeklyLoad > ruleset.maxHoursPerWeek) failures.push({ rule: 'weekly-load', measured: weeklyLoad, required: ruleset.maxHoursPerWeek });
  if (weeklyContact > parameters.contactCapPerWeek) {
    failures.push({ rule: 'contact-cap', measured: weeklyContact, required: parameters.contactCapPerWeek });
  }
  return { pass: failures.length === 0, weeklyLoad, weeklyContact, failures };
}
