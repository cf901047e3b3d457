import i18next from 'i18next';

/** Number formats in the reader's language; formatters are built once per language and options (building one is slow). */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = i18next.language === 'en' ? 'en-GB' : 'nl-NL';
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const wholeEuros = { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } as const;
const exactEuros = { style: 'currency', currency: 'EUR' } as const;
const percent = { style: 'percent', maximumFractionDigits: 0 } as const;

export const fmt = {
  euros: (cents: number): string => formatter(wholeEuros).format(cents / 100),
  eurosExact: (cents: number): string => formatter(exactEuros).format(cents / 100),
  number: (n: number, digits = 1): string => formatter({ maximumFractionDigits: digits }).format(n),
  fixed: (n: number, digits = 1): string => formatter({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n),
  percent: (fraction: number): string => formatter(percent).format(fraction),
};
