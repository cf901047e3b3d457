/*
 * The learner search's facet index, held in the server's memory: for every facet value (and the
 * internal keys `_all`, every search row, and `_adult`) a bitset over the search rows' positions,
 * and for every position the list of its values. A search ORs the bitsets of a filter's values,
 * ANDs the filters, and counts the facet values of the rows that remain by walking those rows:
 * a few thousand rows for a search with two filters, instead of ANDing and counting every value's
 * bitmap. Pure: the store loads it from the posting bitmaps and keeps it current (see search.ts).
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
/** Key slots per position kept inline; a search row has about 15 keys. */
const STRIDE = 20;
/** The length that marks a position whose keys are in the overflow map. */
const OVERFLOW = 255;

function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function popcount(set: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < set.length; w += 1) if (set[w] !== 0) n += popcount32(set[w] as number);
  return n;
}

export class FacetIndex {
  /** The change sequence number the index reflects (see the changes migration). */
  seq = 0;
  private words = 0;
  private readonly ids = new Map<string, number>();
  private readonly facetOf: string[] = [];
  private readonly valueOf: string[] = [];
  private bits: Uint32Array[] = [];
  private totals: number[] = [];
  /** The keys of each position: up to STRIDE in `slots` (their number in `lengths`), more in `overflow`. */
  private slots: Uint16Array | Uint32Array = new Uint16Array(0);
  private lengths = new Uint8Array(0);
  private readonly overflow = new Map<number, Uint32Array>();

  /** Replaces the whole index with the posting bitmaps read at change number `seq`. */
  load(postings: readonly Posting[], seq: number): void {
    this.ids.clear();
    this.facetOf.length = 0;
    this.valueOf.length = 0;
    this.bits = [];
    this.totals = [];
    this.slots = new Uint16Array(0);
    this.lengths = new Uint8Array(0);
    this.overflow.clear();
    this.words = 0;
    const keysAt: number[][] = [];
    // Room for the highest position set, not for whole chunks: every bitset operation reads all words.
    let highest = -1;
    for (const posting of postings) {
      let i = posting.bits.length - 1;
      while (i >= 4 && posting.bits[i] === 0) i -= 1;
      if (i >= 4) highest = Math.max(highest, posting.chunk * CHUNK_BITS + (i - 4) * 8 + 7);
    }
    this.ensure(highest + 1);
    for (const posting of postings) {
      const key = this.keyOf(posting.facet, posting.value);
      const base = posting.chunk * CHUNK_BITS;
      const bytes = posting.bits;
      const set = this.bits[key] as Uint32Array;
      let n = 0;
      for (let i = 4; i < bytes.length; i += 1) {
        const byte = bytes[i] as number;
        if (byte === 0) continue;
        for (let b = 0; b < 8; b += 1) {
          if ((byte & (0x80 >>> b)) === 0) continue;
          const pos = base + (i - 4) * 8 + b;
          set[pos >>> 5] = (set[pos >>> 5] as number) | (1 << (pos & 31));
          (keysAt[pos] ??= []).push(key);
          n += 1;
        }
      }
      this.totals[key] = (this.totals[key] ?? 0) + n;
    }
    keysAt.forEach((keys, pos) => this.setKeys(pos, keys));
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
      for (const key of this.keysOf(pos)) {
        const set = this.bits[key] as Uint32Array;
        set[word] = (set[word] as number) & ~bit;
        this.totals[key] = (this.totals[key] as number) - 1;
      }
      const unique = [...new Set(keys)];
      for (const key of unique) {
        const set = this.bits[key] as Uint32Array;
        set[word] = (set[word] as number) | bit;
        this.totals[key] = (this.totals[key] as number) + 1;
      }
      this.setKeys(pos, unique);
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
    const base = this.copy(this.ids.get(LIVE));
    if (rows !== undefined) {
      const chosen = new Uint32Array(this.words);
      for (const pos of rows) if (pos >>> 5 < this.words) chosen[pos >>> 5] = (chosen[pos >>> 5] as number) | (1 << (pos & 31));
      and(base, chosen);
    }
    const filters = new Map<string, Uint32Array>();
    for (const { facet, values } of selected) {
      const mask = filters.get(facet) ?? new Uint32Array(this.words);
      for (const value of values) {
        const key = this.ids.get(`${facet}\u0000${value}`);
        if (key !== undefined) or(mask, this.bits[key] as Uint32Array);
      }
      filters.set(facet, mask);
    }
    // `_adult` and other internal keys restrict every count; they are no facets.
    for (const [facet, mask] of filters) if (facet.startsWith('_')) and(base, mask);
    const facetFilters = [...filters].filter(([facet]) => !facet.startsWith('_'));

    const result = base.slice();
    for (const [, mask] of facetFilters) and(result, mask);
    const counts = new Int32Array(this.facetOf.length);
    this.countInto(result, (facet) => !facet.startsWith('_') && !filters.has(facet), counts);
    for (const [facet] of facetFilters) {
      const others = base.slice();
      for (const [other, mask] of facetFilters) if (other !== facet) and(others, mask);
      this.countInto(others, (f) => f === facet, counts);
    }

    const facets = new Map<string, Array<{ value: string; count: number }>>();
    counts.forEach((count, key) => {
      if (count <= 0) return;
      const facet = this.facetOf[key] as string;
      const values = facets.get(facet) ?? [];
      values.push({ value: this.valueOf[key] as string, count });
      facets.set(facet, values);
    });
    return { total: popcount(result), facets };
  }

  /**
   * Adds the counts of the wanted keys over the rows in `set` to `counts`, the cheaper way: walking
   * the rows' keys, or ANDing each wanted key's bitset with the set (better for a facet with few
   * values over many rows). When the set holds more than half of all rows, the walk goes over the
   * rows outside it and subtracts them from each key's total.
   */
  private countInto(set: Uint32Array, want: (facet: string) => boolean, counts: Int32Array): void {
    const live = this.ids.get(LIVE);
    if (live === undefined) return;
    const wanted = Uint8Array.from(this.facetOf, (facet) => (want(facet) ? 1 : 0));
    let wantedKeys = 0;
    for (const w of wanted) wantedKeys += w;
    const rows = popcount(set);
    const all = this.totals[live] as number;
    const walked = Math.min(rows, all - rows);
    // A walk reads every key of each row (about 15); a bitset AND reads every word, per wanted key.
    if (wantedKeys * this.words < walked * 16) {
      wanted.forEach((w, key) => {
        if (w) counts[key] = (counts[key] as number) + andCount(set, this.bits[key] as Uint32Array);
      });
      return;
    }
    if (rows * 2 <= all) {
      this.walk(set, wanted, counts, 1);
      return;
    }
    const outside = this.copy(live);
    for (let w = 0; w < outside.length; w += 1) outside[w] = (outside[w] as number) & ~(set[w] as number);
    this.walk(outside, wanted, counts, -1);
    wanted.forEach((w, key) => {
      if (w) counts[key] = (counts[key] as number) + (this.totals[key] as number);
    });
  }

  /** Adds `sign` × the number of rows in `set` that have each wanted key to `counts`. */
  private walk(set: Uint32Array, wanted: Uint8Array, counts: Int32Array, sign: 1 | -1): void {
    // Every key of a row is tallied without a test (faster than testing each); only wanted keys are kept.
    const tally = new Int32Array(this.facetOf.length);
    const { slots, lengths } = this;
    for (let w = 0; w < set.length; w += 1) {
      let x = set[w] as number;
      while (x !== 0) {
        const lowest = x & -x;
        x ^= lowest;
        const pos = (w << 5) | (31 - Math.clz32(lowest));
        const length = lengths[pos] as number;
        if (length === OVERFLOW) {
          for (const key of this.overflow.get(pos) ?? []) tally[key] = (tally[key] as number) + 1;
          continue;
        }
        for (let i = pos * STRIDE, end = i + length; i < end; i += 1) {
          const key = slots[i] as number;
          tally[key] = (tally[key] as number) + 1;
        }
      }
    }
    wanted.forEach((want, key) => {
      if (want) counts[key] = (counts[key] as number) + sign * (tally[key] as number);
    });
  }

  private keysOf(pos: number): Uint16Array | Uint32Array {
    const length = this.lengths[pos] ?? 0;
    if (length === OVERFLOW) return this.overflow.get(pos) ?? new Uint32Array(0);
    return this.slots.subarray(pos * STRIDE, pos * STRIDE + length);
  }

  private setKeys(pos: number, keys: readonly number[]): void {
    this.overflow.delete(pos);
    if (keys.length > STRIDE) {
      this.overflow.set(pos, Uint32Array.from(keys));
      this.lengths[pos] = OVERFLOW;
      return;
    }
    this.slots.set(keys, pos * STRIDE);
    this.lengths[pos] = keys.length;
  }

  private copy(key: number | undefined): Uint32Array {
    return key === undefined ? new Uint32Array(this.words) : (this.bits[key] as Uint32Array).slice();
  }

  private keyOf(facet: string, value: string): number {
    const name = `${facet}\u0000${value}`;
    let key = this.ids.get(name);
    if (key === undefined) {
      key = this.facetOf.length;
      this.ids.set(name, key);
      this.facetOf.push(facet);
      this.valueOf.push(value);
      this.bits.push(new Uint32Array(this.words));
      this.totals.push(0);
      // Key numbers fit in 16 bits until there are 65,536 distinct values; then the slots widen.
      if (key === 0xffff && this.slots instanceof Uint16Array) this.slots = Uint32Array.from(this.slots);
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
    const slots = this.slots instanceof Uint16Array ? new Uint16Array(words * 32 * STRIDE) : new Uint32Array(words * 32 * STRIDE);
    slots.set(this.slots);
    this.slots = slots;
    const lengths = new Uint8Array(words * 32);
    lengths.set(this.lengths);
    this.lengths = lengths;
    this.words = words;
  }
}

function and(target: Uint32Array, mask: Uint32Array): void {
  for (let w = 0; w < target.length; w += 1) target[w] = (target[w] as number) & (mask[w] as number);
}

function andCount(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < a.length; w += 1) {
    const x = (a[w] as number) & (b[w] as number);
    if (x !== 0) n += popcount32(x);
  }
  return n;
}

function or(target: Uint32Array, mask: Uint32Array): void {
  for (let w = 0; w < target.length; w += 1) target[w] = (target[w] as number) | (mask[w] as number);
}
