/*
 * The learner search's facet index, held in the server's memory: for every facet value (and the
 * internal keys `_all`, every search row, and `_adult`) a bitset over the search rows' positions,
 * and per position one small record with the codes of all its facet values. A search ORs the
 * bitsets of a filter's values and ANDs the filters; it then reads the records of the rows that
 * remain once, tallying every facet at the same time (a compiled loop, one record per row), and
 * counts a filtered facet over the rows of the other filters by ANDing its value bitsets. Pure: the
 * store loads it from the posting bitmaps and keeps it current (see search.ts).
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
/** Values per position a multi-valued facet with many values keeps in its record at most; more go to its overflow. */
const MAX_SLOTS = 4;
/** A multi-valued facet with at most this many values is a bit mask in the record. */
const MASK_VALUES = 16;
/** Searches after a change before values' own counts are read and kept (see `settled`). */
const SETTLED_AFTER = 32;
/** Values whose own counts are remembered at most (about 5 KB each at 100,000 units). */
const MAX_VALUE_COUNTS = 256;
/** Reading one row's record costs about as much as ANDing and counting this many bitset words. */
const ROW_COST = 12;

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

function and(target: Uint32Array, mask: Uint32Array): void {
  for (let w = 0; w < target.length; w += 1) target[w] = (target[w] as number) & (mask[w] as number);
}

function or(target: Uint32Array, mask: Uint32Array): void {
  for (let w = 0; w < target.length; w += 1) target[w] = (target[w] as number) | (mask[w] as number);
}

/** Writes the AND of `sources` (one at least) to `target` in one pass; returns how many bits it holds. */
function andInto(target: Uint32Array, sources: readonly Uint32Array[]): number {
  const [a, b, c, d] = sources as [Uint32Array, Uint32Array | undefined, Uint32Array | undefined, Uint32Array | undefined];
  let n = 0;
  if (sources.length > 4) {
    target.set(a);
    for (const source of sources.slice(1)) and(target, source);
    return popcount(target);
  }
  for (let w = 0; w < target.length; w += 1) {
    let x = a[w] as number;
    if (b) x &= b[w] as number;
    if (c) x &= c[w] as number;
    if (d) x &= d[w] as number;
    target[w] = x;
    n += (BITS16[x & 0xffff] as number) + (BITS16[x >>> 16] as number);
  }
  return n;
}

const has = (set: Uint32Array, pos: number): boolean =>
  pos >>> 5 < set.length ? ((set[pos >>> 5] as number) & (1 << (pos & 31))) !== 0 : false;

/**
 * Where a facet lives in the record: one code (0: none), a bit mask (bit c−1 for code c), or up to
 * MAX_SLOTS codes; codes take one byte, or two when the facet has more than 254 values. The largest
 * code of a one-code or slots field marks a position whose values are in the facet's overflow.
 */
interface Field {
  readonly kind: 'code' | 'mask' | 'slots';
  readonly offset: number;
  /** Bytes per code (code, slots) or of the whole mask. */
  readonly bytes: number;
  /** Codes in a slots field. */
  readonly width: number;
  /** The most values the field can tell apart. */
  readonly capacity: number;
}

/** One facet: its values (code c is `keys[c - 1]`), its field in the record and its overflow. */
interface FacetInfo {
  readonly name: string;
  readonly internal: boolean;
  readonly keys: number[];
  readonly field: Field | undefined;
  readonly overflow: Map<number, number[]>;
}

/** The layout of the records: one field per facet and the bytes per record. */
interface Layout {
  readonly stride: number;
  /** Tallies the records of `n` listed rows into one tally per field (by field order). */
  readonly tally: (rows: Int32Array, n: number, record: Uint8Array, tallies: Int32Array[]) => void;
  readonly fields: ReadonlyArray<{ facet: FacetInfo; field: Field }>;
}

/** Lays out a record for facets with `values` values and at most `most` per position. */
function fieldFor(values: number, most: number, offset: number): Field {
  const bytes = values < 0xff ? 1 : 2;
  if (most <= 1) return { kind: 'code', offset, bytes, width: 1, capacity: bytes === 1 ? 0xfe : 0xfffe };
  if (values <= MASK_VALUES) {
    const maskBytes = values <= 8 ? 1 : 2;
    return { kind: 'mask', offset, bytes: maskBytes, width: 1, capacity: maskBytes * 8 };
  }
  const width = Math.min(most, MAX_SLOTS);
  return { kind: 'slots', offset, bytes, width, capacity: bytes === 1 ? 0xfe : 0xfffe };
}

const fieldBytes = (field: Field): number => (field.kind === 'mask' ? field.bytes : field.bytes * field.width);

/**
 * Compiles the loop that tallies every field of the listed rows' records: straight-line code per
 * layout, which the JavaScript engine turns into a tight loop. A mask field is tallied per byte (256
 * bins) and spread over its values afterwards.
 */
function compileTally(fields: ReadonlyArray<{ field: Field }>, stride: number): Layout['tally'] {
  const lines: string[] = [];
  const read = (at: number, bytes: number) => (bytes === 1 ? `record[o + ${at}]` : `(record[o + ${at}] | (record[o + ${at + 1}] << 8))`);
  let t = 0;
  const tallyNames: string[] = [];
  for (const { field } of fields) {
    if (field.kind === 'code') {
      lines.push(`t${t}[${read(field.offset, field.bytes)}]++;`);
      tallyNames.push(`t${t}`);
      t += 1;
    } else if (field.kind === 'mask') {
      for (let b = 0; b < field.bytes; b += 1) {
        lines.push(`t${t + b}[record[o + ${field.offset + b}]]++;`);
        tallyNames.push(`t${t + b}`);
      }
      t += field.bytes;
    } else {
      const name = `t${t}`;
      tallyNames.push(name);
      t += 1;
      let nested = '';
      for (let s = field.width - 1; s >= 0; s -= 1) {
        const at = field.offset + s * field.bytes;
        nested = `{ const c = ${read(at, field.bytes)}; if (c !== 0) { ${name}[c]++; ${nested} } }`;
      }
      lines.push(nested);
    }
  }
  const body = `
    ${tallyNames.map((name, i) => `const ${name} = tallies[${i}];`).join('\n')}
    for (let i = 0; i < n; i++) {
      const o = rows[i] * ${stride};
      ${lines.join('\n      ')}
    }`;
  // Generated from the layout's numbers alone (offsets, sizes): no text from data or requests reaches it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('rows', 'n', 'record', 'tallies', body) as Layout['tally'];
}

export class FacetIndex {
  /** The change sequence number the index reflects (see the changes migration). */
  seq = 0;

  /** `settledAfter`: searches after a change before values' own counts are read and kept. */
  constructor(private readonly options: { readonly settledAfter: number } = { settledAfter: SETTLED_AFTER }) {}

  private words = 0;
  private readonly ids = new Map<string, number>();
  private readonly facetOf: FacetInfo[] = [];
  private readonly codeOf: number[] = [];
  private readonly valueOf: string[] = [];
  private bits: Uint32Array[] = [];
  private totals: number[] = [];
  private readonly facets = new Map<string, FacetInfo>();
  private layout: Layout = { stride: 0, tally: () => undefined, fields: [] };
  private record = new Uint8Array(0);
  private stale = false;
  /** Scratch space of {@link count}, kept between searches (counting is synchronous). */
  private rows = new Int32Array(0);
  private readonly bitsets: Uint32Array[] = [];
  private readonly tallies: Int32Array[] = [];
  /** Every facet's counts over the rows of one value (by key), while the index stays as it is. */
  private readonly valueCounts = new Map<number, number[][]>();
  /** Counts since the index last changed (see {@link settled}). */
  private countsSinceChange = 0;

  /**
   * True when a change brought a value or facet the records have no room for (a new facet, more
   * values than a field tells apart): the bitsets and totals are still right, but counts need the
   * index loaded again, which lays the records out anew.
   */
  get needsReload(): boolean {
    return this.stale;
  }

  /** Replaces the whole index with the posting bitmaps read at change number `seq`. */
  load(postings: readonly Posting[], seq: number): void {
    this.ids.clear();
    this.facetOf.length = 0;
    this.codeOf.length = 0;
    this.valueOf.length = 0;
    this.bits = [];
    this.totals = [];
    this.facets.clear();
    this.valueCounts.clear();
    this.countsSinceChange = 0;
    this.words = 0;
    this.stale = false;
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
    // The layout needs every facet's number of values and the most values one position has.
    const perPosition = new Map<string, Uint8Array>();
    const values = new Map<string, Set<string>>();
    for (const posting of postings) {
      const counts = perPosition.get(posting.facet) ?? new Uint8Array(positions);
      perPosition.set(posting.facet, counts);
      eachPosition(posting, (pos) => (counts[pos] = Math.min(255, (counts[pos] as number) + 1)));
      const seen = values.get(posting.facet) ?? new Set<string>();
      values.set(posting.facet, seen);
      seen.add(posting.value);
    }
    let offset = 0;
    for (const [name, seen] of values) {
      const internal = name.startsWith('_');
      let most = 0;
      for (const n of perPosition.get(name) ?? []) if (n > most) most = n;
      const field = internal ? undefined : fieldFor(seen.size, most, offset);
      if (field) offset += fieldBytes(field);
      this.facets.set(name, { name, internal, keys: [], field, overflow: new Map() });
    }
    this.setLayout(offset);
    this.ensure(positions);
    const spilled = new Map<FacetInfo, Map<number, number[]>>();
    for (const posting of postings) {
      const key = this.keyOf(posting.facet, posting.value);
      const facet = this.facetOf[key] as FacetInfo;
      const set = this.bits[key] as Uint32Array;
      const counts = perPosition.get(posting.facet) as Uint8Array;
      const code = this.codeOf[key] as number;
      const field = facet.field;
      let n = 0;
      eachPosition(posting, (pos) => {
        set[pos >>> 5] = (set[pos >>> 5] as number) | (1 << (pos & 31));
        n += 1;
        if (!field) return;
        if (field.kind !== 'mask' && (counts[pos] as number) > field.width) {
          const byFacet = spilled.get(facet) ?? new Map<number, number[]>();
          spilled.set(facet, byFacet);
          byFacet.set(pos, [...(byFacet.get(pos) ?? []), code]);
          return;
        }
        this.addCode(pos, field, code);
      });
      this.totals[key] = (this.totals[key] ?? 0) + n;
    }
    for (const [facet, byFacet] of spilled) for (const [pos, codes] of byFacet) this.writeCodes(pos, facet, codes);
    this.seq = seq;
  }

  /** Applies the current keys of changed positions (every key of a position, or one null row for a gone one) as of `seq`. */
  apply(changes: Iterable<ChangedKey>, seq: number): void {
    this.valueCounts.clear();
    this.countsSinceChange = 0;
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
      const byFacet = new Map<FacetInfo, number[]>();
      for (const key of new Set(keys)) {
        const set = this.bits[key] as Uint32Array;
        set[word] = (set[word] as number) | bit;
        this.totals[key] = (this.totals[key] as number) + 1;
        const facet = this.facetOf[key] as FacetInfo;
        byFacet.set(facet, [...(byFacet.get(facet) ?? []), this.codeOf[key] as number]);
      }
      for (const facet of this.facets.values()) this.writeCodes(pos, facet, byFacet.get(facet) ?? []);
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
   * filter is active is counted over the rows of every other filter. `withRows` is handed the bitset
   * of the rows the search finds, valid only during the call (it is scratch space of the index).
   */
  count(selected: readonly Selection[], rows?: Iterable<number>, withRows?: (found: Uint32Array) => void): FacetCounts {
    if (this.stale) throw new Error('The facet index must be loaded again before it counts');
    this.countsSinceChange += 1;
    const live = this.ids.get(LIVE);
    const out = new Map<string, Array<{ value: string; count: number }>>();
    if (live === undefined) {
      withRows?.(new Uint32Array(0));
      return { total: 0, facets: out };
    }
    // The rows every count starts from: the live rows, those that words or a start window chose, and
    // those of internal filters (`_adult`), which restrict every count and are no facets.
    const restrictions: Uint32Array[] = [this.bits[live] as Uint32Array];
    if (rows !== undefined) {
      const chosen = this.scratch(0).fill(0);
      for (const pos of rows) if (pos >>> 5 < this.words) chosen[pos >>> 5] = (chosen[pos >>> 5] as number) | (1 << (pos & 31));
      restrictions.push(chosen);
    }
    // One mask per filtered facet: its one selected value's bitset, or the OR of several.
    const masks = new Map<string, Uint32Array>();
    let next = 1;
    for (const { facet, values } of selected) {
      const keys = values.flatMap((value) => this.ids.get(`${facet}\u0000${value}`) ?? []);
      const before = masks.get(facet);
      if (!before && keys.length === 1) {
        masks.set(facet, this.bits[keys[0] as number] as Uint32Array);
        continue;
      }
      const mask = this.scratch(next++).fill(0);
      if (before) or(mask, before);
      for (const key of keys) or(mask, this.bits[key] as Uint32Array);
      masks.set(facet, mask);
    }
    for (const [facet, mask] of masks) if (facet.startsWith('_')) restrictions.push(mask);
    const filtered = [...masks].filter(([facet]) => !facet.startsWith('_'));

    const result = this.scratch(next++);
    const total = andInto(result, [...restrictions, ...filtered.map(([, mask]) => mask)]);
    withRows?.(result);
    // The found rows lie within the rows of every filter that selects one value.
    const single = selected.flatMap(({ facet, values }) => {
      const keys = values.flatMap((value) => this.ids.get(`${facet}\u0000${value}`) ?? []);
      return keys.length === 1 && selected.filter((other) => other.facet === facet).length === 1 ? keys : [];
    });
    this.countAll(result, total, live, (facet) => !facet.internal && !masks.has(facet.name), out, single);
    for (const [name] of filtered) {
      const facet = this.facets.get(name);
      if (!facet) continue;
      const otherMasks = filtered.filter(([other]) => other !== name);
      // With no restriction but one other filter of one value, its rows are exactly that value's rows:
      // their counts, once read, serve every search that filters on that value.
      const onlyOther =
        restrictions.length === 1 && otherMasks.length === 1 ? single.find((key) => this.bits[key] === otherMasks[0]?.[1]) : undefined;
      if (onlyOther !== undefined) {
        const cached = this.valueCounts.get(onlyOther);
        if (cached || this.settled()) {
          const f = this.layout.fields.findIndex((field) => field.facet === facet);
          const counts = cached ?? this.rememberValueCounts(onlyOther, this.bits[onlyOther] as Uint32Array);
          if (f >= 0) {
            this.emit(facet, counts[f] as number[], out);
            continue;
          }
        }
      }
      // The rows of every other filter.
      const others = this.scratch(next);
      const inOthers = andInto(others, [...restrictions, ...otherMasks.map(([, mask]) => mask)]);
      const walked = Math.min(inOthers, this.size - inOthers);
      if (facet.keys.length * this.words <= walked * ROW_COST) {
        const counts = facet.keys.map((key) => andCount(others, this.bits[key] as Uint32Array));
        this.emit(facet, counts, out);
      } else {
        this.countAll(others, inOthers, live, (f) => f === facet, out);
      }
    }
    return { total, facets: out };
  }

  /**
   * Counts the values of the facets `wanted` picks over the rows in `set` (`inSet` of them) into
   * `out`: one pass over the records of the cheapest rows to read. That is the set itself; or, for a
   * set of more than half of all rows, the rows outside it, taken from the values' totals; or, when
   * the set lies within the rows of one filter value (`within`), that value's rows outside the set,
   * taken from that value's own counts (kept until the index changes, read once when first needed).
   */
  private countAll(
    set: Uint32Array,
    inSet: number,
    live: number,
    wanted: (facet: FacetInfo) => boolean,
    out: Map<string, Array<{ value: string; count: number }>>,
    within: readonly number[] = [],
  ): void {
    const all = this.bits[live] as Uint32Array;
    let best: { cost: number; from: Uint32Array | undefined; base: number[][] | (() => number[][]) } = {
      cost: inSet,
      from: undefined,
      base: () => [],
    };
    if (this.size - inSet < best.cost) best = { cost: this.size - inSet, from: all, base: () => this.totalsByFacet() };
    for (const key of within) {
      const rows = this.totals[key] as number;
      const cached = this.valueCounts.get(key);
      // A value's counts are read once the index has been still for a while, when they halve this pass.
      const cost = rows - inSet;
      if ((cached && cost < best.cost) || (!cached && this.settled() && cost < best.cost / 2)) {
        const from = this.bits[key] as Uint32Array;
        best = { cost, from, base: cached ?? (() => this.rememberValueCounts(key, from)) };
      }
    }
    const base = typeof best.base === 'function' ? best.base() : best.base;
    const counts = this.countsOver(set, best.from);
    this.layout.fields.forEach(({ facet }, f) => {
      if (!wanted(facet)) return;
      const read = counts[f] as number[];
      const values = best.from ? read.map((n, i) => ((base[f] as number[])[i] ?? 0) - n) : read;
      this.emit(facet, values, out);
    });
  }

  /**
   * Whether the index has served enough searches since it last changed for a value's counts to be
   * worth reading: while changes keep coming (an import, a harvest) they would be read again and again.
   */
  private settled(): boolean {
    return this.countsSinceChange >= this.options.settledAfter;
  }

  /** Every facet's values counted over the rows of one value, remembered until the index changes. */
  private rememberValueCounts(key: number, rows: Uint32Array): number[][] {
    if (this.valueCounts.size >= MAX_VALUE_COUNTS) this.valueCounts.clear();
    const counts = this.countsOver(rows, undefined);
    this.valueCounts.set(key, counts);
    return counts;
  }

  /** Every facet's values' totals over all rows, by field. */
  private totalsByFacet(): number[][] {
    return this.layout.fields.map(({ facet }) => facet.keys.map((key) => this.totals[key] as number));
  }

  /**
   * The values of every field's facet counted over the rows in `set`, or, with `from`, over the rows
   * of `from` that are not in `set`: one pass over their records, plus the positions in overflow.
   */
  private countsOver(set: Uint32Array, from: Uint32Array | undefined): number[][] {
    const n = this.list(set, from);
    const tallies = this.talliesFor();
    this.layout.tally(this.rows, n, this.record, tallies);
    let t = 0;
    return this.layout.fields.map(({ facet, field }) => {
      const counts = new Array<number>(facet.keys.length).fill(0);
      if (field.kind === 'mask') {
        for (let b = 0; b < field.bytes; b += 1) {
          const histogram = tallies[t + b] as Int32Array;
          for (let byte = 1; byte < 256; byte += 1) {
            const rowsWith = histogram[byte] as number;
            if (rowsWith === 0) continue;
            for (let bit = 0; bit < 8; bit += 1)
              if (byte & (1 << bit) && b * 8 + bit < counts.length) counts[b * 8 + bit] = (counts[b * 8 + bit] as number) + rowsWith;
          }
        }
        t += field.bytes;
      } else {
        const tally = tallies[t] as Int32Array;
        for (let c = 1; c <= facet.keys.length; c += 1) counts[c - 1] = tally[c] as number;
        t += 1;
      }
      // Positions whose values did not fit their record, when they are among the rows read.
      for (const [pos, codes] of facet.overflow) {
        const read = from ? has(from, pos) && !has(set, pos) : has(set, pos);
        if (read) for (const code of codes) counts[code - 1] = (counts[code - 1] as number) + 1;
      }
      return counts;
    });
  }

  /**
   * Zeroed tallies, one per field (a mask field one per byte): 256 cells for one-byte codes and
   * mask bytes, one per value for two-byte codes (the overflow mark falls outside and is dropped).
   */
  private talliesFor(): Int32Array[] {
    let t = 0;
    for (const { facet, field } of this.layout.fields) {
      const parts = field.kind === 'mask' ? field.bytes : 1;
      const size = field.kind === 'mask' || field.bytes === 1 ? 256 : facet.keys.length + 1;
      for (let p = 0; p < parts; p += 1, t += 1) {
        const current = this.tallies[t];
        if (current?.length !== size) this.tallies[t] = new Int32Array(size);
        else current.fill(0);
      }
    }
    this.tallies.length = t;
    return this.tallies;
  }

  /** Adds a facet's counts above zero (by code order) to `out`. */
  private emit(facet: FacetInfo, counts: readonly number[], out: Map<string, Array<{ value: string; count: number }>>): void {
    const values: Array<{ value: string; count: number }> = [];
    counts.forEach((count, i) => {
      if (count > 0) values.push({ value: this.valueOf[facet.keys[i] as number] as string, count });
    });
    if (values.length > 0) out.set(facet.name, values);
  }

  /** Writes the positions of the rows in `set` (or, with `from`, of the rows of `from` not in it) to `this.rows`; returns how many. */
  private list(set: Uint32Array, from: Uint32Array | undefined): number {
    if (this.rows.length < this.words * 32) this.rows = new Int32Array(this.words * 32);
    const rows = this.rows;
    let n = 0;
    for (let w = 0; w < set.length; w += 1) {
      let x = from ? (from[w] as number) & ~(set[w] as number) : (set[w] as number);
      while (x !== 0) {
        const lowest = x & -x;
        x ^= lowest;
        rows[n] = (w << 5) | (31 - Math.clz32(lowest));
        n += 1;
      }
    }
    return n;
  }

  /** Adds one code to a position's field (load: the field is known to have room). */
  private addCode(pos: number, field: Field, code: number): void {
    const o = pos * this.layout.stride + field.offset;
    const record = this.record;
    if (field.kind === 'mask') {
      const byte = o + ((code - 1) >>> 3);
      record[byte] = (record[byte] as number) | (1 << ((code - 1) & 7));
      return;
    }
    for (let s = 0; s < field.width; s += 1) {
      const at = o + s * field.bytes;
      const current = field.bytes === 1 ? (record[at] as number) : (record[at] as number) | ((record[at + 1] as number) << 8);
      if (current !== 0) continue;
      record[at] = code & 0xff;
      if (field.bytes === 2) record[at + 1] = code >>> 8;
      return;
    }
  }

  /** Replaces a facet's codes at a position; marks the index stale when its field cannot hold them. */
  private writeCodes(pos: number, facet: FacetInfo, codes: readonly number[]): void {
    facet.overflow.delete(pos);
    const field = facet.field;
    if (!field) {
      if (!facet.internal && codes.length > 0) this.stale = true;
      return;
    }
    const o = pos * this.layout.stride + field.offset;
    this.record.fill(0, o, o + fieldBytes(field));
    if (codes.some((code) => code > field.capacity)) {
      this.stale = true;
      return;
    }
    if (field.kind !== 'mask' && codes.length > field.width) {
      facet.overflow.set(pos, [...codes]);
      // The largest code marks the position; a tally of it is never read.
      const mark = field.bytes === 1 ? 0xff : 0xffff;
      this.record[o] = mark & 0xff;
      if (field.bytes === 2) this.record[o + 1] = mark >>> 8;
      return;
    }
    for (const code of codes) this.addCode(pos, field, code);
  }

  /** Every key the position holds. */
  private keysAt(pos: number): number[] {
    const out: number[] = [];
    if (pos >= this.words * 32) return out;
    for (const facet of this.facets.values()) {
      if (!facet.field || this.stale) {
        // Read from the bitsets: internal keys, or any key once the records may be wrong.
        for (const key of facet.keys) if (has(this.bits[key] as Uint32Array, pos)) out.push(key);
        continue;
      }
      const spilled = facet.overflow.get(pos);
      if (spilled) {
        for (const code of spilled) out.push(facet.keys[code - 1] as number);
        continue;
      }
      const field = facet.field;
      const o = pos * this.layout.stride + field.offset;
      if (field.kind === 'mask') {
        for (let c = 1; c <= facet.keys.length && c <= field.capacity; c += 1)
          if (((this.record[o + ((c - 1) >>> 3)] as number) & (1 << ((c - 1) & 7))) !== 0) out.push(facet.keys[c - 1] as number);
        continue;
      }
      for (let s = 0; s < field.width; s += 1) {
        const at = o + s * field.bytes;
        const code = field.bytes === 1 ? (this.record[at] as number) : (this.record[at] as number) | ((this.record[at + 1] as number) << 8);
        if (code === 0) break;
        out.push(facet.keys[code - 1] as number);
      }
    }
    return out;
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

  private keyOf(facet: string, value: string): number {
    const name = `${facet}\u0000${value}`;
    let key = this.ids.get(name);
    if (key === undefined) {
      key = this.valueOf.length;
      this.ids.set(name, key);
      let info = this.facets.get(facet);
      if (!info) {
        // A facet first seen in a change: no field in the records until the index is loaded again.
        info = { name: facet, internal: facet.startsWith('_'), keys: [], field: undefined, overflow: new Map() };
        this.facets.set(facet, info);
      }
      info.keys.push(key);
      this.codeOf.push(info.keys.length);
      this.facetOf.push(info);
      this.valueOf.push(value);
      this.bits.push(new Uint32Array(this.words));
      this.totals.push(0);
    }
    return key;
  }

  private setLayout(stride: number): void {
    const fields = [...this.facets.values()].flatMap((facet) => (facet.field ? [{ facet, field: facet.field }] : []));
    this.layout = { stride, fields, tally: compileTally(fields, stride) };
    this.record = new Uint8Array(this.words * 32 * stride);
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
    const record = new Uint8Array(words * 32 * this.layout.stride);
    record.set(this.record);
    this.record = record;
    this.words = words;
  }
}
