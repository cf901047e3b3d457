/*
 * The learner search's sort orders, held beside the facet index: per search position the keys the
 * result page is ordered by, so that a search without words picks its page from the rows the index
 * selected, in the same order the database would give (next start date first, nulls last, flexible
 * intake before fixed on the same date, then the unit id; or the lowest price, nulls last, then the
 * unit id). Pure: the store loads it with the index and keeps it current (see search.ts).
 */

/** The sort keys of one search row. */
export interface SortRow {
  readonly pos: number;
  readonly unitId: string;
  /** `YYYY-MM-DD`. */
  readonly nextStart: string | null;
  readonly flexible: boolean;
  readonly minPriceCents: number | null;
}

/** The orders a page can be picked in without the database. */
export type PageOrder = 'start' | 'price';

/** A date after every real one: rows without a start date come last. */
const NO_START_DAY = 1e8;

export class SortKeys {
  private unitIds: Array<string | undefined> = [];
  /** Start day × 2, plus 1 for fixed intake (flexible first on the same day). */
  private startKey = new Float64Array(0);
  private priceKey = new Float64Array(0);

  /** Replaces every key with those of `rows`. */
  load(rows: Iterable<SortRow>): void {
    this.unitIds = [];
    this.startKey = new Float64Array(0);
    this.priceKey = new Float64Array(0);
    for (const row of rows) this.set(row.pos, row);
  }

  /** Sets the keys of a position, or clears them (`row` undefined) when it holds no row any more. */
  set(pos: number, row: Omit<SortRow, 'pos'> | undefined): void {
    this.ensure(pos + 1);
    this.unitIds[pos] = row?.unitId;
    if (!row) return;
    const day = row.nextStart === null ? NO_START_DAY : Date.parse(`${row.nextStart}T00:00:00Z`) / 86_400_000;
    this.startKey[pos] = day * 2 + (row.flexible ? 0 : 1);
    this.priceKey[pos] = row.minPriceCents ?? Number.POSITIVE_INFINITY;
  }

  /**
   * The positions of page rows `skip` … `skip + take − 1` among the rows in `set` (a bitset over
   * positions), in `order`: a bounded heap over the set, then the kept rows sorted.
   */
  top(set: Uint32Array, order: PageOrder, skip: number, take: number): number[] {
    const keys = order === 'price' ? this.priceKey : this.startKey;
    const ids = this.unitIds;
    const before = (a: number, b: number): boolean => {
      const ka = keys[a] as number;
      const kb = keys[b] as number;
      return ka < kb || (ka === kb && (ids[a] ?? '') < (ids[b] ?? ''));
    };
    const want = skip + take;
    if (want <= 0) return [];
    // A max-heap of the `want` first rows seen so far: its root is the last of them.
    const heap: number[] = [];
    const siftDown = (i: number): void => {
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let last = i;
        if (left < heap.length && before(heap[last] as number, heap[left] as number)) last = left;
        if (right < heap.length && before(heap[last] as number, heap[right] as number)) last = right;
        if (last === i) return;
        [heap[i], heap[last]] = [heap[last] as number, heap[i] as number];
        i = last;
      }
    };
    const siftUp = (i: number): void => {
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!before(heap[parent] as number, heap[i] as number)) return;
        [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
        i = parent;
      }
    };
    const words = Math.min(set.length, Math.ceil(keys.length / 32));
    for (let w = 0; w < words; w += 1) {
      let x = set[w] as number;
      while (x !== 0) {
        const lowest = x & -x;
        x ^= lowest;
        const pos = (w << 5) | (31 - Math.clz32(lowest));
        if (heap.length < want) {
          heap.push(pos);
          siftUp(heap.length - 1);
        } else if (before(pos, heap[0] as number)) {
          heap[0] = pos;
          siftDown(0);
        }
      }
    }
    return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)).slice(skip);
  }

  private ensure(positions: number): void {
    if (positions <= this.startKey.length) return;
    const size = Math.max(positions, Math.ceil(this.startKey.length * 1.25));
    const start = new Float64Array(size);
    start.set(this.startKey);
    this.startKey = start;
    const price = new Float64Array(size);
    price.set(this.priceKey);
    this.priceKey = price;
  }
}
