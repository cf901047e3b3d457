/*
 * The query parameters of the OEAPI read API: paging, consumer, expand, q and filter_query, parsed
 * from the raw query string. Every mistake names the parameter, so that the answer can be a 400
 * problem that tells the client what to fix.
 */

export const PAGE_SIZES = [10, 20, 50, 100, 250] as const;

/** A query parameter that is not valid. */
export class BadParameter extends Error {
  override readonly name = 'BadParameter';
  constructor(
    readonly parameter: string,
    readonly reason: string,
  ) {
    super(`${parameter}: ${reason}`);
  }
}

/** The types of value a filterable field holds, which decide the operators it accepts. */
export type FieldType = 'text' | 'enum' | 'int' | 'date' | 'array' | 'nullable-text';

export const OPERATORS_BY_TYPE: Readonly<Record<FieldType, readonly string[]>> = {
  text: ['in', 'not_in', 'like', 'not_like'],
  'nullable-text': ['in', 'not_in', 'like', 'not_like', 'is'],
  enum: ['in', 'not_in'],
  int: ['in', 'gt_int', 'lt_int'],
  date: ['gt_date', 'lt_date', 'is'],
  array: ['any_in_array', 'all_in_array'],
};

/** One condition of filter_query. */
export interface FilterCondition {
  readonly field: string;
  readonly op: string;
  readonly value: string;
  readonly values: readonly string[];
}

/** filter_query: conditions combined with AND, plus OR blocks (any of them must hold). */
export interface FilterQuery {
  readonly and: readonly FilterCondition[];
  readonly or: readonly FilterCondition[];
}

/** Everything a list endpoint takes. */
export interface ListQuery {
  readonly pageSize: number;
  readonly pageNumber: number;
  readonly consumer: boolean;
  readonly q: string | undefined;
  readonly filter: FilterQuery;
  readonly params: Readonly<Record<string, string>>;
}

type Raw = Readonly<Record<string, string | string[] | undefined>>;

function single(raw: Raw, name: string): string | undefined {
  const value = raw[name];
  if (Array.isArray(value)) {
    if (value.length > 1) throw new BadParameter(name, 'may appear only once');
    return value[0];
  }
  return value;
}

/** `consumer`: absent, or the one consumer this API serves. */
export function parseConsumer(raw: Raw, supported: string): boolean {
  const value = single(raw, 'consumer');
  if (value === undefined) return false;
  if (value !== supported) throw new BadParameter('consumer', `unknown consumer "${value}"; supported: ${supported}`);
  return true;
}

/** `expand`: a comma-separated subset of what this endpoint can expand. */
export function parseExpand(raw: Raw, allowed: readonly string[]): Set<string> {
  const value = raw['expand'];
  const parts = (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => v.split(',')).map((v) => v.trim());
  const out = new Set<string>();
  for (const part of parts) {
    if (part === '') continue;
    if (!allowed.includes(part)) {
      throw new BadParameter('expand', `"${part}" cannot be expanded here; allowed: ${allowed.length ? allowed.join(', ') : 'nothing'}`);
    }
    out.add(part);
  }
  return out;
}

const filterKey = /^filter_query(\[__or\]\[\])?\[([^[\]]+)\]\[([^[\]]+)\]$/;

/** Parses filter_query[field][op]=value and filter_query[__or][][field][op]=value against the fields a collection supports. */
export function parseFilterQuery(raw: Raw, fields: Readonly<Record<string, FieldType>>): FilterQuery {
  const and: FilterCondition[] = [];
  const or: FilterCondition[] = [];
  for (const [key, rawValue] of Object.entries(raw)) {
    if (!key.startsWith('filter_query')) continue;
    const match = filterKey.exec(key);
    if (!match) throw new BadParameter(key, 'use filter_query[field][operator]=value or filter_query[__or][][field][operator]=value');
    const [, orBlock, field = '', op = ''] = match;
    const type = fields[field];
    if (!type) throw new BadParameter(key, `field "${field}" cannot be filtered; see the service root for the supported fields`);
    if (!OPERATORS_BY_TYPE[type].includes(op)) {
      throw new BadParameter(key, `operator "${op}" is not supported for "${field}"; use ${OPERATORS_BY_TYPE[type].join(', ')}`);
    }
    for (const value of Array.isArray(rawValue) ? rawValue : [rawValue ?? '']) {
      const condition = checkValue(key, field, type, op, value);
      (orBlock ? or : and).push(condition);
    }
  }
  return { and, or };
}

function checkValue(key: string, field: string, type: FieldType, op: string, value: string): FilterCondition {
  const values = value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (op === 'is') {
    if (value !== 'empty' && value !== 'not_empty') throw new BadParameter(key, 'must be empty or not_empty');
  } else if (op === 'gt_int' || op === 'lt_int' || (type === 'int' && op === 'in')) {
    if (values.length === 0 || !values.every((v) => /^-?\d{1,9}$/.test(v))) throw new BadParameter(key, 'must be an integer');
  } else if (op === 'gt_date' || op === 'lt_date') {
    if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
      throw new BadParameter(key, 'must be an ISO 8601 date-time such as 2027-09-01T00:00:00Z');
    }
  } else if (values.length === 0) {
    throw new BadParameter(key, 'needs a value');
  } else if (value.length > 500) {
    throw new BadParameter(key, 'is too long');
  }
  return { field, op, value, values };
}

/** Paging, consumer, q and filter_query of a list endpoint; `named` are the endpoint's own filters with their allowed values. */
export function parseListQuery(
  raw: Raw,
  options: {
    readonly consumer: string;
    readonly filterFields: Readonly<Record<string, FieldType>>;
    readonly named?: Readonly<Record<string, RegExp | readonly string[]>>;
  },
): ListQuery {
  const pageSizeText = single(raw, 'pageSize');
  const pageSize = pageSizeText === undefined ? 10 : Number(pageSizeText);
  if (!(PAGE_SIZES as readonly number[]).includes(pageSize) || !/^\d+$/.test(pageSizeText ?? '10')) {
    throw new BadParameter('pageSize', `must be one of ${PAGE_SIZES.join(', ')}`);
  }
  const pageNumberText = single(raw, 'pageNumber');
  const pageNumber = pageNumberText === undefined ? 1 : Number(pageNumberText);
  if (!/^\d{1,7}$/.test(pageNumberText ?? '1') || pageNumber < 1) throw new BadParameter('pageNumber', 'must be a whole number from 1');
  const q = single(raw, 'q');
  if (q !== undefined && q.length > 200) throw new BadParameter('q', 'is longer than 200 characters');
  const params: Record<string, string> = {};
  for (const [name, allowed] of Object.entries(options.named ?? {})) {
    const value = single(raw, name);
    if (value === undefined) continue;
    const ok = allowed instanceof RegExp ? allowed.test(value) : allowed.includes(value);
    if (!ok) throw new BadParameter(name, allowed instanceof RegExp ? 'has the wrong form' : `must be one of ${allowed.join(', ')}`);
    params[name] = value;
  }
  return {
    pageSize,
    pageNumber,
    consumer: parseConsumer(raw, options.consumer),
    q: q === undefined || q.trim() === '' ? undefined : q.trim(),
    filter: parseFilterQuery(raw, options.filterFields),
    params,
  };
}

/** `like` with `*` wildcards as a SQL LIKE pattern (other LIKE characters escaped). */
export function likePattern(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\*/g, '%');
}
