import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BadParameter, likePattern, parseExpand, parseListQuery } from '../../src/catalog/domain/oeapi-query.js';

const fields = {
  name: 'text',
  level: 'enum',
  'studyLoad.value': 'int',
  lastModified: 'date',
  modesOfDelivery: 'array',
  crebo: 'nullable-text',
} as const;
const parse = (raw: Record<string, string | string[]>) => parseListQuery(raw, { consumer: 'x-mbo-catalogus', filterFields: fields });
const parameterOf = (raw: Record<string, string | string[]>) => {
  try {
    parse(raw);
    return null;
  } catch (error) {
    return error instanceof BadParameter ? error.parameter : 'other';
  }
};

describe('the OEAPI query parameters', () => {
  it('accepts exactly the page sizes of the specification', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 500 }), (size) => {
        const ok = [10, 20, 50, 100, 250].includes(size);
        expect(parameterOf({ pageSize: String(size) })).toBe(ok ? null : 'pageSize');
      }),
    );
    expect(parse({})).toMatchObject({ pageSize: 10, pageNumber: 1, consumer: false });
  });

  it('parses filter_query conditions and OR blocks, and names the exact parameter that is wrong', () => {
    const query = parse({
      'filter_query[name][like]': '*zorg*',
      'filter_query[studyLoad.value][gt_int]': '100',
      'filter_query[__or][][crebo][in]': '27141,25604',
      'filter_query[__or][][crebo][is]': 'empty',
    });
    expect(query.filter.and.map((c) => `${c.field} ${c.op}`)).toEqual(['name like', 'studyLoad.value gt_int']);
    expect(query.filter.or.map((c) => [c.field, c.op, c.values])).toEqual([
      ['crebo', 'in', ['27141', '25604']],
      ['crebo', 'is', ['empty']],
    ]);
    expect(parameterOf({ 'filter_query[title][in]': 'x' })).toBe('filter_query[title][in]');
    expect(parameterOf({ 'filter_query[name][gt_int]': '1' })).toBe('filter_query[name][gt_int]');
    expect(parameterOf({ 'filter_query[lastModified][gt_date]': 'gisteren' })).toBe('filter_query[lastModified][gt_date]');
    expect(parameterOf({ 'filter_query[name]': 'x' })).toBe('filter_query[name]');
    expect(parameterOf({ consumer: 'x-other' })).toBe('consumer');
  });

  it('never throws anything but a named parameter error for arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 })), (raw) => {
        const result = parameterOf(raw);
        expect(result === null || (typeof result === 'string' && result !== 'other')).toBe(true);
      }),
    );
  });

  it('allows only the expansions the endpoint supports', () => {
    expect([...parseExpand({ expand: 'organisation,programmes' }, ['programmes', 'organisation'])]).toEqual(['organisation', 'programmes']);
    expect(() => parseExpand({ expand: 'rooms' }, ['organisation'])).toThrow(BadParameter);
  });

  it('turns * wildcards into LIKE patterns and escapes the rest', () => {
    expect(likePattern('*Amster_dam%*')).toBe('%Amster\\_dam\\%%');
  });
});
