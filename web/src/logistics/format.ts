import i18next from 'i18next';

/** Number formats in the reader's language. */
function locale(): string {
  return i18next.language === 'en' ? 'en-GB' : 'nl-NL';
}

export const fmt = {
  euros: (cents: number): string =>
    new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100),
  eurosExact: (cents: number): string => new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(cents / 100),
  number: (n: number, digits = 1): string => new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(n),
  fixed: (n: number, digits = 1): string =>
    new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n),
  percent: (fraction: number): string => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(fraction),
};
