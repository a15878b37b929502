import { describe, expect, it } from 'vitest';
import { findIins, iinCheckDigit, isValidIin } from '../../src/privacy/iin.ts';

/** Builds an IIN from a birth date, the century/sex digit and a serial, with the check digit computed. */
function makeIin(yymmdd: string, century: number, serial: string): string | undefined {
  const first11 = `${yymmdd}${century}${serial}`;
  const check = iinCheckDigit(first11);
  return check === undefined ? undefined : `${first11}${check}`;
}

describe('iinCheckDigit', () => {
  it('matches a hand-computed first pass: 8·1+7·2+0·3+4·4+1·5+2·6+3·7+0·8+0·9+1·10+2·11 = 108 ≡ 9 (mod 11)', () => {
    expect(iinCheckDigit('87041230012')).toBe(9);
    expect(isValidIin('870412300129')).toBe(true);
  });

  it('uses the second weights when the first pass gives 10 (hand-computed: 76+0+0 ≡ 10, then 136 ≡ 4)', () => {
    // first pass: 8+14+0+16+5+12+21+0+0+0+55 = 131 ≡ 10; second: 24+28+0+24+7+16+27+0+0+0+10 = 136 ≡ 4
    expect(iinCheckDigit('87041230005')).toBe(4);
    expect(isValidIin('870412300054')).toBe(true);
  });

  it('gives no digit when both passes give 10, so no such IIN is valid', () => {
    expect(iinCheckDigit('87041230008')).toBeUndefined();
    for (let last = 0; last <= 9; last++) expect(isValidIin(`87041230008${last}`)).toBe(false);
  });
});

describe('isValidIin', () => {
  const computed = [
    makeIin('010101', 5, '0001'), // 1 January 2001, male
    makeIin('120229', 6, '4321'), // 29 February 2012 (leap year), female
    makeIin('991231', 3, '1234'), // 31 December 1999, male
    makeIin('750615', 4, '0777'), // 15 June 1975, female
    makeIin('000229', 5, '1111'), // 29 February 2000 (leap: divisible by 400)
  ];

  it('accepts computed IINs for real dates and century digits 1–6', () => {
    expect(computed.every(Boolean)).toBe(true);
    for (const iin of computed) expect(isValidIin(iin!)).toBe(true);
  });

  it('accepts an IIN whose check digit needed the second pass', () => {
    let secondPass: string | undefined;
    for (let serial = 0; !secondPass; serial++) {
      const first11 = `050312${5}${String(serial).padStart(4, '0')}`;
      const first = [...first11].reduce((sum, d, i) => sum + Number(d) * (i + 1), 0) % 11;
      if (first === 10 && iinCheckDigit(first11) !== undefined) secondPass = `${first11}${iinCheckDigit(first11)}`;
    }
    expect(isValidIin(secondPass)).toBe(true);
  });

  it('rejects look-alikes: a wrong check digit, month 13, day 32, 29 February of a common year, century digit 0/7/8/9', () => {
    const valid = computed[0]!;
    const wrongCheck = `${valid.slice(0, 11)}${(Number(valid[11]) + 1) % 10}`;
    expect(isValidIin(wrongCheck)).toBe(false);
    expect(isValidIin(makeIin('011301', 5, '0001')!)).toBe(false);
    expect(isValidIin(makeIin('010132', 5, '0001')!)).toBe(false);
    expect(isValidIin(makeIin('130229', 6, '0001')!)).toBe(false);
    expect(isValidIin(makeIin('000229', 3, '1111')!)).toBe(false); // 1900 was not a leap year
    for (const century of [0, 7, 8, 9]) expect(isValidIin(makeIin('010101', century, '0001')!)).toBe(false);
    expect(isValidIin('87041230012')).toBe(false);
    expect(isValidIin('8704123001290')).toBe(false);
  });
});

describe('findIins', () => {
  it('finds a 12-digit IIN in text, but not inside longer digit runs', () => {
    expect(findIins('ЖСН: 870412300129, сынып 8')).toEqual([{ index: 5, length: 12 }]);
    expect(findIins('№ 1870412300129 and 8704123001291')).toEqual([]);
  });
});
