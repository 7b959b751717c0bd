import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../../src/lib/search/cbor.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytes = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\s+/gu, ''), 'hex'));

describe('CBOR', () => {
  it('encodes with the shortest head, as RFC 8949’s examples do', () => {
    const examples: [CborValue, string][] = [
      [0, '00'],
      [23, '17'],
      [24, '1818'],
      [1000, '1903e8'],
      [1000000, '1a000f4240'],
      [1000000000000, '1b000000e8d4a51000'],
      [-1, '20'],
      [-1000, '3903e7'],
      ['', '60'],
      ['IETF', '6449455446'],
      ['ü', '62c3bc'],
      [[1, [2, 3], [4, 5]], '8301820203820405'],
      [new Map<CborValue, CborValue>([[1, 2], [3, 4]]), 'a201020304'],
      [Uint8Array.of(1, 2, 3, 4), '4401020304'],
      [false, 'f4'],
      [true, 'f5'],
      [null, 'f6'],
    ];
    for (const [value, expected] of examples) {
      expect(hex(encodeCbor(value)), JSON.stringify(value)).toBe(expected);
      expect(decodeCbor(bytes(expected))).toEqual(value);
    }
  });

  it('reads Pagefind’s metadata layout back to the same bytes', () => {
    const meta: CborValue = ['1.6.0', [['en_8c7ed6e', 343, ''], ['en_b7eb6da', 70000, '']], [['000', '04', 'en_703521a']], [['type', 'en_a15d98e']], [['date', [1, 0]]], ['title']];
    const encoded = encodeCbor(meta);
    expect(decodeCbor(encoded)).toEqual(meta);
    expect(hex(encodeCbor(decodeCbor(encoded)))).toBe(hex(encoded));
  });

  it('refuses what Pagefind’s metadata never holds, rather than guessing', () => {
    expect(() => decodeCbor(bytes('f93c00'))).toThrow(/float/u); // half-precision 1.0
    expect(() => decodeCbor(bytes('c11a514b67b0'))).toThrow(/tag/u);
    expect(() => decodeCbor(bytes('9f0102ff'))).toThrow(/indefinite/u);
    expect(() => decodeCbor(bytes('8301'))).toThrow(/end of data/u);
    expect(() => decodeCbor(bytes('0102'))).toThrow(/after the end/u);
  });
});
