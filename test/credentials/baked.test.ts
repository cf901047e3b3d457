import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bakePng, bakeSvg, defaultBadgePng, isPng, unbakePng, unbakeSvg } from '../../src/credentials/signing/baked.js';
import { defaultBadgeSvg } from '../../src/credentials/domain/badge-image.js';

describe('baked badges', () => {
  it('round-trips any credential text through a PNG iTXt chunk, replacing an earlier one', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 500 }), fc.string({ minLength: 1, maxLength: 50 }), (credential, other) => {
        const once = bakePng(defaultBadgePng(16), other);
        const twice = bakePng(once, credential);
        expect(isPng(twice)).toBe(true);
        expect(unbakePng(twice)).toBe(credential);
        expect(twice.toString('latin1').split('openbadgecredential').length - 1).toBe(1);
      }),
      { numRuns: 25 },
    );
  });

  it('puts the iTXt chunk before IEND with a valid CRC, so the PNG stays a PNG', () => {
    const baked = bakePng(defaultBadgePng(8), '{"a":1}');
    const iend = baked.lastIndexOf(Buffer.from('IEND', 'latin1'));
    const itxt = baked.indexOf(Buffer.from('iTXt', 'latin1'));
    expect(itxt).toBeGreaterThan(0);
    expect(itxt).toBeLessThan(iend);
  });

  it('round-trips JSON (in CDATA, even with "]]>") and JWTs through an SVG element', () => {
    const svg = defaultBadgeSvg({ name: 'Veilig werken', sbu: 28, institution: 'ROC Amstelkade' });
    const json = JSON.stringify({ name: 'a ]]> b', id: 'urn:uuid:1' });
    const baked = bakeSvg(svg, json);
    expect(baked).toContain('xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"');
    expect(unbakeSvg(baked)).toBe(json);
    expect(unbakeSvg(bakeSvg(baked, 'aaa.bbb.ccc'))).toBe('aaa.bbb.ccc');
  });

  it('finds nothing in images without a credential', () => {
    expect(unbakePng(defaultBadgePng(8))).toBeUndefined();
    expect(unbakePng(Buffer.from('not a png'))).toBeUndefined();
    expect(unbakeSvg('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toBeUndefined();
  });
});
