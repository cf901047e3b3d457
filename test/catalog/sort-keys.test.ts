import { describe, expect, it } from 'vitest';
import { random } from '../../src/catalog/seed/national-generator.js';
import { SortKeys, type SortRow } from '../../src/catalog/store/sort-keys.js';

/*
 * The page orders of searches without words, against a plain sort of the same rows: start date with
 * nulls last and flexible intake first on a date, or price with nulls last, then the unit id; many
 * ties, gaps between positions, rows that change or go, and pages deep into the result.
 */

const rng = random(11);
const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rng() * 16).toString(16)).join('');
const randomRow = (pos: number): SortRow => ({
  pos,
  unitId: `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`,
  nextStart: rng() < 0.15 ? null : `2027-0${1 + Math.floor(rng() * 3)}-1${Math.floor(rng() * 3)}`,
  flexible: rng() < 0.4,
  minPriceCents: rng() < 0.2 ? null : Math.floor(rng() * 5) * 25_000,
});

function expectedOrder(rows: SortRow[], order: 'start' | 'price'): string[] {
  const start = (r: SortRow) => r.nextStart ?? '9999-99-99';
  return [...rows]
    .sort((a, b) =>
      order === 'start'
        ? start(a).localeCompare(start(b)) || Number(b.flexible) - Number(a.flexible) || (a.unitId < b.unitId ? -1 : 1)
        : (a.minPriceCents ?? Infinity) - (b.minPriceCents ?? Infinity) || (a.unitId < b.unitId ? -1 : 1),
    )
    .map((r) => r.unitId);
}

describe('search page orders', () => {
  const rows = new Map<number, SortRow>();
  for (let pos = 0; pos < 3000; pos += 1) if (rng() < 0.7) rows.set(pos, randomRow(pos));
  const keys = new SortKeys();
  keys.load(rows.values());

  const check = () => {
    for (let round = 0; round < 20; round += 1) {
      const chosen = [...rows.values()].filter(() => rng() < 0.3);
      const set = new Uint32Array(Math.ceil(3100 / 32) + 2);
      for (const r of chosen) set[r.pos >>> 5] = (set[r.pos >>> 5] as number) | (1 << (r.pos & 31));
      for (const order of ['start', 'price'] as const)
        for (const [skip, take] of [
          [0, 20],
          [20, 20],
          [0, 1],
          [chosen.length - 5, 50],
          [chosen.length + 10, 20],
        ] as const) {
          const page = keys.top(set, order, skip, take).map((pos) => rows.get(pos)?.unitId);
          expect(page, `${order} ${skip}+${take}`).toEqual(expectedOrder(chosen, order).slice(skip, skip + take));
        }
    }
  };

  it('picks every page as a plain sort of the rows does', () => check());

  it('stays right as rows change and go', () => {
    for (let i = 0; i < 400; i += 1) {
      const pos = Math.floor(rng() * 3100);
      if (rng() < 0.3) {
        rows.delete(pos);
        keys.set(pos, undefined);
      } else {
        const row = randomRow(pos);
        rows.set(pos, row);
        keys.set(pos, row);
      }
    }
    check();
  });
});
