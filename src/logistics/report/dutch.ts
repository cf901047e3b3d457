import type { NormFailure } from '../domain/compliance.js';

/** Dutch wording for reports (the web app has its own translations, in Dutch and English). */

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });

export const nl = {
  euros: (cents: number): string => euro.format(cents / 100),
  number: (n: number): string => decimal.format(n),
  fixed2: (n: number): string => twoDecimals.format(n),
  percent: (fraction: number): string => percent.format(fraction),
};

/** One failed rule explained in a Dutch sentence. */
export function describeFailure(f: NormFailure): string {
  const m = nl.number(f.measured);
  const r = nl.number(f.required);
  const over = f.extrapolated
    ? ` (geëxtrapoleerd: ${f.yearsPresent ?? 0} van de ${f.programmeYears ?? 0} leerjaren staan in het scenario)`
    : '';
  switch (f.rule) {
    case 'bol-first-year-bot':
      return `Eerste leerjaar bol: ${m} uur begeleide onderwijstijd, minimaal ${r} uur vereist (WEB art. 7.2.7).`;
    case 'bol-programme-bot':
      return `Hele opleiding: ${m} uur begeleide onderwijstijd, minimaal ${r} uur vereist${over}.`;
    case 'bol-programme-bpv':
      return `Hele opleiding: ${m} uur beroepspraktijkvorming, minimaal ${r} uur vereist${over}.`;
    case 'bol-programme-total':
      return `Hele opleiding: ${m} uur begeleide onderwijstijd en bpv samen, minimaal ${r} uur vereist${over}.`;
    case 'bbl-year-bot':
      return `Bbl-jaar: ${m} uur begeleide onderwijstijd, minimaal ${r} uur per jaar vereist.`;
    case 'bbl-year-bpv':
      return `Bbl-jaar: ${m} uur beroepspraktijkvorming, minimaal ${r} uur per jaar vereist.`;
    case 'bbl-year-total':
      return `Bbl-jaar: ${m} uur in totaal, minimaal ${r} uur per jaar vereist.`;
    case 'weekly-load':
      return `Studielast van ${m} uur per week is meer dan ${r} uur: niet studeerbaar.`;
    case 'contact-cap':
      return `${m} contacturen per schoolweek is meer dan het maximum van ${r}.`;
  }
}
