import { meetsTarget, type Figure, type Target, type Unit } from './suite.js';

/** A table of text cells: a header row and body rows of equal length. */
export interface TextTable {
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A figure's value as people read it: `4,210 req/s`, `1.84 ms`, `1.27 s`, `1.42×`. */
export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return 'n/a';
  switch (unit) {
    case 's':
      return `${value.toFixed(2)} s`;
    case 'ms':
      return `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
    case 'req/s':
    case 'queries/s':
      return `${grouped.format(value)} ${unit}`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
  }
}

/** A target as people read it: `≥ 3,000 req/s`, `≤ 2×`. */
export function formatTarget(target: Target, unit: Unit): string {
  const sign = target.comparison === 'at-least' ? '≥' : '≤';
  return unit === 'ratio' ? `${sign} ${plain.format(target.value)}×` : `${sign} ${plain.format(target.value)} ${unit}`;
}

function targetCell(figures: readonly Figure[]): string {
  const withTarget = figures.filter((f) => f.target);
  const texts = [...new Set(withTarget.map((f) => (f.target ? formatTarget(f.target, f.unit) : '')))];
  if (texts.length === 0) return '–';
  // Name the groups only when the target does not apply to every one of them.
  if (texts.length === 1 && withTarget.length === figures.length) return texts[0] ?? '–';
  return texts
    .map((text) => {
      const groups = withTarget.filter((f) => f.target && formatTarget(f.target, f.unit) === text).map((f) => f.group);
      return `${text} (${groups.join(', ')})`;
    })
    .join('; ');
}

/**
 * Lays figures out as one row per key and one column per group, with the target in the last
 * column; a cell under a target ends in ✓ when met and ✗ when missed.
 */
export function figureTable(figures: readonly Figure[]): TextTable {
  const groups = [...new Set(figures.map((f) => f.group))];
  const keys = [...new Set(figures.map((f) => f.key))];
  const rows = keys.map((key) => {
    const row = figures.filter((f) => f.key === key);
    const cells = groups.map((group) => {
      const figure = row.find((f) => f.group === group);
      if (!figure) return '–';
      const met = meetsTarget(figure);
      return formatValue(figure.value, figure.unit) + (met === undefined ? '' : met ? ' ✓' : ' ✗');
    });
    return [row[0]?.label ?? key, ...cells, targetCell(row)];
  });
  return { header: ['Figure', ...groups, 'Target'], rows };
}

/** The table as aligned plain text for the console. */
export function renderText(table: TextTable): string {
  const all = [table.header, ...table.rows];
  const widths = table.header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(table.header), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)].join('\n');
}

/** The table as a Markdown (GitHub) table. */
export function renderMarkdown(table: TextTable): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  const line = (row: readonly string[]) => `| ${row.map(escape).join(' | ')} |`;
  // Numbers align right; the figure's name and the target are text.
  const last = table.header.length - 1;
  const separator = `| ${table.header.map((_, column) => (column === 0 || column === last ? '---' : '--:')).join(' | ')} |`;
  return [line(table.header), separator, ...table.rows.map(line)].join('\n');
}
