/*
 * The learner search's facet index, held in the server's memory: for every facet value (and the
 * internal keys `_all`, every search row, and `_adult`) a bitset over the search rows' positions,
 * and per facet a column with each position's values as small codes. A search ORs the bitsets of a
 * filter's values and ANDs the filters; then it counts each facet over the rows that remain the
 * cheaper way: ANDing the facet's few value bitsets with those rows, or reading the facet's column
 * at those rows (a facet with many values). Pure: the store loads it from the posting bitmaps and
 * keeps it current (see search.ts).
 */

/** Positions per chunk of the posting bitmaps in the database (see the postings migration). */
export const CHUNK_BITS = 31_744;

/** One posting bitmap as the database sends it (`varbit_send`: a 4-byte bit length, then the bits, first bit highest). */
export interface Posting {
  readonly facet: string;
  readonly value: string;
  readonly chunk: number;
  readonly bits: Uint8Array;
}

/** One key of a changed position; `facet` null when the position holds no row any more. */
export interface ChangedKey {
  readonly pos: number;
  readonly facet: string | null;
  readonly value: string | null;
}

/** The values selected for one filter (values OR); filters AND. `_adult` is a filter, not a facet. */
export interface Selection {
  readonly facet: string;
  readonly values: readonly string[];
}

/** Counts of one search: the total, and per facet its values with a count above zero. */
export interface FacetCounts {
  readonly total: number;
  readonly facets: Map<string, Array<{ value: string; count: number }>>;
}

const LIVE = '_all\u0000';
/** Values per position a column keeps inline at most; a position with more keeps them in the facet's overflow. */
const MAX_WIDTH = 4;
/** Relative cost of reading one column cell against ANDing and counting one bitset word. */
const CELL_COST = 3;

/** The number of bits set in every 16-bit value: two lookups count a word, cheaper than arithmetic in JavaScript. */
const BITS16 = new Uint8Array(1 << 16);
for (let i = 1; i < BITS16.length; i += 1) BITS16[i] = (i & 1) + (BITS16[i >>> 1] as number);

function popcount(set: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < set.length; w += 1) {
    const x = set[w] as number;
    n += (BITS16[x & 0xffff] as number) + (BITS16[x >>> 16] as number);
  }
  return n;
}

function andCount(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < a.length; w += 1) {
    const x = (a[w] as number) & (b[w] as number);
    n += (BITS16[x & 0xffff] as number) + (BITS16[x >>> 16] as number);
  }
  return n;
}

/**
 * One facet: its values (code c is `keys[c - 1]`) and a column of `width` codes per position (0:
 * none). A position with more values than that has `overflowMark` in its first cell and its codes
 * in `overflow`.
 */
class FacetColumn {
  readonly keys: number[] = [];
  codes: Uint16Array | Uint32Array;
  readonly overflow = new Map<number, number[]>();

  constructor(
    readonly name: string,
    readonly width: number,
    positions: number,
  ) {
    this.codes = new Uint16Array(positions * width);
  }

  get internal(): boolean {
    return this.name.startsWith('_');
  }

  get overflowMark(): number {
    return this.codes instanceof Uint16Array ? 0xffff : 0xffffffff;
  }

  /** Adds a value; its code is one more than the last. Codes widen to 32 bits when 16 no longer suffice. */
  addValue(key: number): number {
    this.keys.push(key);
    const code = this.keys.length;
    if (code === 0xffff && this.codes instanceof Uint16Array) {
      const wide = new Uint32Array(this.codes.length);
      for (let i = 0; i < this.codes.length; i += 1) wide[i] = this.codes[i] === 0xffff ? 0xffffffff : (this.codes[i] as number);
      this.codes = wide;
    }
    return code;
  }

  grow(positions: number): void {
    const codes = this.codes instanceof Uint16Array ? new Uint16Array(positions * this.width) : new Uint32Array(positions * this.width);
    codes.set(this.codes);
    this.codes = codes;
  }

  /** Replaces the codes at `pos`. */
  set(pos: number, codes: readonly number[]): void {
    this.overflow.delete(pos);
    const start = pos * this.width;
    this.codes.fill(0, start, start + this.width);
    if (codes.length > this.width) {
      this.overflow.set(pos, [...codes]);
      this.codes[start] = this.overflowMark;
      return;
    }
    for (let i = 0; i < codes.length; i += 1) this.codes[start + i] = codes[i] as number;
  }

  /** The codes at `pos`. */
  get(pos: number): number[] {
    const start = pos * this.width;
    if (this.codes[start] === this.overflowMark) return this.overflow.get(pos) ?? [];
    const out: number[] = [];
    for (let i = 0; i < this.width; i += 1) {
      const code = this.codes[start + i] as number;
      if (code === 0) break;
      out.push(code);
    }
    return out;
  }

  /** Adds to `tally[code]` one for every value of every listed position. */
  tally(rows: Int32Array, n: number, tally: Int32Array): void {
    const { codes, width } = this;
    const mark = this.overflowMark;
    if (width === 1) {
      for (let i = 0; i < n; i += 1) {
        const pos = rows[i] as number;
        const code = codes[pos] as number;
        if (code === mark) this.tallyOverflow(pos, tally);
        else tally[code] = (tally[code] as number) + 1;
      }
      return;
    }
    for (let i = 0; i < n; i += 1) {
      const pos = rows[i] as number;
      const start = pos * width;
      if (codes[start] === mark) {
        this.tallyOverflow(pos, tally);
        continue;
      }
      for (let j = start, end = start + width; j < end; j += 1) {
        const code = codes[j] as number;
        if (code === 0) break;
        tally[code] = (tally[code] as number) + 1;
      }
    }
  }

  private tallyOverflow(pos: number, tally: Int32Array): void {
    for (const code of this.overflow.get(pos) ?? []) tally[code] = (tally[code] as number) + 1;
  }
}

export class FacetIndex {
  /** The change sequence number the index reflects (see the changes migration). */
  seq = 0;
  private words = 0;
  private readonly ids = new Map<string, number>();
  private readonly facetOf: FacetColumn[] = [];
  private readonly valueOf: string[] = [];
  /** Each key's code in its facet's column. */
  private readonly codeOf: number[] = [];
  private bits: Uint32Array[] = [];
  private totals: number[] = [];
  private readonly columns = new Map<string, FacetColumn>();
  /** Scratch space of {@link count}, kept between searches (counting is synchronous). */
  private rows = new Int32Array(0);
  private tallySpace = new Int32Array(0);
  private readonly bitsets: Uint32Array[] = [];

  /** Replaces the whole index with the posting bitmaps read at change number `seq`. */
  load(postings: readonly Posting[], seq: number): void {
    this.ids.clear();
    this.facetOf.length = 0;
    this.valueOf.length = 0;
    this.codeOf.length = 0;
    this.bits = [];
    this.totals = [];
    this.columns.clear();
    this.words = 0;
    // Room for the highest position set, not for whole chunks: every bitset operation reads all words.
    let highest = -1;
    for (const posting of postings) {
      let i = posting.bits.length - 1;
      while (i >= 4 && posting.bits[i] === 0) i -= 1;
      if (i >= 4) highest = Math.max(highest, posting.chunk * CHUNK_BITS + (i - 4) * 8 + 7);
    }
    const positions = highest + 1;
    const eachPosition = (posting: Posting, visit: (pos: number) => void) => {
      const base = posting.chunk * CHUNK_BITS;
      const bytes = posting.bits;
      for (let i = 4; i < bytes.length; i += 1) {
        const byte = bytes[i] as number;
        if (byte === 0) continue;
        for (let b = 0; b < 8; b += 1) if ((byte & (0x80 >>> b)) !== 0) visit(base + (i - 4) * 8 + b);
      }
    };
    // First the most values any position has per facet: a column's width.
    const perPosition = new Map<string, Uint8Array>();
    for (const posting of postings) {
      const counts = perPosition.get(posting.facet) ?? new Uint8Array(positions);
      perPosition.set(posting.facet, counts);
      eachPosition(posting, (pos) => (counts[pos] = Math.min(255, (counts[pos] as number) + 1)));
    }
    for (const [facet, counts] of perPosition) {
      let widest = 1;
      for (const n of counts) if (n > widest) widest = n;
      this.columns.set(facet, new FacetColumn(facet, Math.min(widest, MAX_WIDTH), 0));
    }
    this.ensure(positions);
    const codesAt = new Map<FacetColumn, Map<number, number[]>>();
    for (const posting of postings) {
      const key = this.keyOf(posting.facet, posting.value);
      const column = this.facetOf[key] as FacetColumn;
      const code = this.codeOf[key] as number;
      const set = this.bits[key] as Uint32Array;
      const counts = perPosition.get(posting.facet) as Uint8Array;
      const spilled = codesAt.get(column) ?? new Map<number, number[]>();
      codesAt.set(column, spilled);
      let n = 0;
      eachPosition(posting, (pos) => {
        set[pos >>> 5] = (set[pos >>> 5] as number) | (1 << (pos & 31));
        n += 1;
        if ((counts[pos] as number) > column.width) {
          const list = spilled.get(pos) ?? [];
          list.push(code);
          spilled.set(pos, list);
          return;
        }
        const start = pos * column.width;
        let j = start;
        while (column.codes[j] !== 0) j += 1;
        column.codes[j] = code;
      });
      this.totals[key] = (this.totals[key] ?? 0) + n;
    }
    for (const [column, spilled] of codesAt) for (const [pos, codes] of spilled) column.set(pos, codes);
    this.seq = seq;
  }

  /** Applies the current keys of changed positions (every key of a position, or one null row for a gone one) as of `seq`. */
  apply(changes: Iterable<ChangedKey>, seq: number): void {
    const next = new Map<number, number[]>();
    for (const change of changes) {
      const keys = next.get(change.pos) ?? [];
      if (change.facet !== null) keys.push(this.keyOf(change.facet, change.value ?? ''));
      next.set(change.pos, keys);
    }
    for (const [pos, keys] of next) {
      this.ensure(pos + 1);
      const word = pos >>> 5;
      const bit = 1 << (pos & 31);
      for (const key of this.keysAt(pos)) {
        const set = this.bits[key] as Uint32Array;
        set[word] = (set[word] as number) & ~bit;
        this.totals[key] = (this.totals[key] as number) - 1;
      }
      const unique = [...new Set(keys)];
      const codes = new Map<FacetColumn, number[]>([...this.columns.values()].map((column) => [column, []]));
      for (const key of unique) {
        const set = this.bits[key] as Uint32Array;
        set[word] = (set[word] as number) | bit;
        this.totals[key] = (this.totals[key] as number) + 1;
        const column = this.facetOf[key] as FacetColumn;
        codes.get(column)?.push(this.codeOf[key] as number);
      }
      for (const [column, list] of codes) column.set(pos, list);
    }
    this.seq = Math.max(this.seq, seq);
  }

  /** How many rows the index holds. */
  get size(): number {
    const live = this.ids.get(LIVE);
    return live === undefined ? 0 : (this.totals[live] as number);
  }

  /**
   * The total and every facet value's count for a search: `selected` the filters, `rows` the
   * positions that words or a start window selected (undefined: no such condition). A facet whose
   * filter is active is counted over the rows of every other filter.
   */
  count(selected: readonly Selection[], rows?: Iterable<number>): FacetCounts {
    const base = this.scratch(0);
    const live = this.ids.get(LIVE);
    if (live === undefined) base.fill(0);
    else base.set(this.bits[live] as Uint32Array);
    if (rows !== undefined) {
      const chosen = this.scratch(1).fill(0);
      for (const pos of rows) if (pos >>> 5 < this.words) chosen[pos >>> 5] = (chosen[pos >>> 5] as number) | (1 << (pos & 31));
      and(base, chosen);
    }
    // One mask per filtered facet: the OR of its selected values.
    const masks = new Map<string, Uint32Array>();
    for (const { facet, values } of selected) {
      let mask = masks.get(facet);
      if (!mask) {
        mask = this.scratch(2 + masks.size).fill(0);
        masks.set(facet, mask);
      }
      for (const value of values) {
        const key = this.ids.get(`${facet}\u0000${value}`);
        if (key !== undefined) or(mask, this.bits[key] as Uint32Array);
      }
    }
    // `_adult` and other internal keys restrict every count; they are no facets.
    for (const [facet, mask] of masks) if (facet.startsWith('_')) and(base, mask);
    const filtered = [...masks].filter(([facet]) => !facet.startsWith('_'));

    const result = this.scratch(1).fill(0);
    result.set(base);
    for (const [, mask] of filtered) and(result, mask);
    const total = popcount(result);
    const facets = new Map<string, Array<{ value: string; count: number }>>();
    const unfiltered = [...this.columns.values()].filter((column) => !column.internal && !masks.has(column.name));
    this.countInto(result, total, unfiltered, facets);
    for (const [facet] of filtered) {
      const column = this.columns.get(facet);
      if (!column) continue;
      // The rows of every other filter; with one filter, all rows the search may show.
      const others = filtered.length === 1 ? base : result;
      if (filtered.length > 1) {
        others.set(base);
        for (const [other, mask] of filtered) if (other !== facet) and(others, mask);
      }
      this.countInto(others, popcount(others), [column], facets);
    }
    return { total, facets };
  }

  /**
   * Counts the values of `columns` over the rows in `set` into `out`, each facet the cheaper way:
   * ANDing each of its value bitsets with the set, or reading its column at the set's rows. When the
   * set holds more than half of all rows, the column is read at the rows outside it instead and the
   * counts are the values' totals less those.
   */
  private countInto(
    set: Uint32Array,
    inSet: number,
    columns: readonly FacetColumn[],
    out: Map<string, Array<{ value: string; count: number }>>,
  ): void {
    const live = this.ids.get(LIVE);
    if (live === undefined || columns.length === 0) return;
    const all = this.totals[live] as number;
    const outside = inSet * 2 > all;
    const walked = outside ? all - inSet : inSet;
    let listed = -1;
    for (const column of columns) {
      const values: Array<{ value: string; count: number }> = [];
      const emit = (key: number, count: number) => {
        if (count > 0) values.push({ value: this.valueOf[key] as string, count });
      };
      if (column.keys.length * this.words <= walked * column.width * CELL_COST) {
        for (const key of column.keys) emit(key, andCount(set, this.bits[key] as Uint32Array));
      } else {
        if (listed < 0) listed = this.list(set, outside, live);
        const tally = this.tallyFor(column.keys.length + 1);
        column.tally(this.rows, listed, tally);
        column.keys.forEach((key, i) =>
          emit(key, outside ? (this.totals[key] as number) - (tally[i + 1] as number) : (tally[i + 1] as number)),
        );
      }
      if (values.length > 0) out.set(column.name, values);
    }
  }

  /** Writes the positions of the rows in `set` (or, with `outside`, of the live rows not in it) to `this.rows`; returns how many. */
  private list(set: Uint32Array, outside: boolean, live: number): number {
    const liveBits = this.bits[live] as Uint32Array;
    if (this.rows.length < this.words * 32) this.rows = new Int32Array(this.words * 32);
    const rows = this.rows;
    let n = 0;
    for (let w = 0; w < set.length; w += 1) {
      let x = outside ? (liveBits[w] as number) & ~(set[w] as number) : (set[w] as number);
      while (x !== 0) {
        const lowest = x & -x;
        x ^= lowest;
        rows[n] = (w << 5) | (31 - Math.clz32(lowest));
        n += 1;
      }
    }
    return n;
  }

  /** Scratch bitset number `n`, as long as the index's bitsets; its content is whatever its last use left. */
  private scratch(n: number): Uint32Array {
    let set = this.bitsets[n];
    if (set?.length !== this.words) {
      set = new Uint32Array(this.words);
      this.bitsets[n] = set;
    }
    return set;
  }

  /** A zeroed tally of at least `size` cells. */
  private tallyFor(size: number): Int32Array {
    if (this.tallySpace.length < size) this.tallySpace = new Int32Array(Math.max(size, this.tallySpace.length * 2));
    const tally = this.tallySpace.subarray(0, size);
    tally.fill(0);
    return tally;
  }

  /** Every key the position holds. */
  private keysAt(pos: number): number[] {
    const out: number[] = [];
    for (const column of this.columns.values()) for (const code of column.get(pos)) out.push(column.keys[code - 1] as number);
    return out;
  }

  private keyOf(facet: string, value: string): number {
    const name = `${facet}\u0000${value}`;
    let key = this.ids.get(name);
    if (key === undefined) {
      key = this.valueOf.length;
      this.ids.set(name, key);
      let column = this.columns.get(facet);
      if (!column) {
        // A facet first seen in a change: one value per position inline, more in its overflow.
        column = new FacetColumn(facet, 1, this.words * 32);
        this.columns.set(facet, column);
      }
      this.codeOf.push(column.addValue(key));
      this.facetOf.push(column);
      this.valueOf.push(value);
      this.bits.push(new Uint32Array(this.words));
      this.totals.push(0);
    }
    return key;
  }

  /** Makes room for positions below `positions`, a quarter more at a time so that growth stays rare. */
  private ensure(positions: number): void {
    const needed = Math.ceil(positions / 32);
    if (needed <= this.words) return;
    const words = Math.max(needed, Math.ceil(this.words * 1.25));
    this.bits = this.bits.map((set) => {
      const grown = new Uint32Array(words);
      grown.set(set);
      return grown;
    });
    for (const column of this.columns.values()) column.grow(words * 32);
    this.words = words;
  }
}

function and(target: Uint32Array, mask: Uint32Array): void {
  for (let w = 0; w < target.length; w += 1) target[w] = (target[w] as number) & (mask[w] as number);
}

function or(target: Uint32Array, mask: Uint32Array): void {
  for (let w = 0; w < target.length; w += 1) target[w] = (target[w] as number) | (mask[w] as number);
}
