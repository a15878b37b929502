import { describe, expect, it } from 'vitest';
import { normalizeForScan, sourceSpan } from '../../src/privacy/normalize.ts';
import { findPersonalData } from '../../src/privacy/scan.ts';

describe('normalizeForScan', () => {
  it('leaves ordinary Kazakh, Russian and Latin text as it is, with no index map', () => {
    const text = 'Ұлытау облысы — «Мың жаса!», № 45-ө, 2027 ж. Hello…';
    expect(normalizeForScan(text)).toEqual({ text });
  });

  it('removes format characters, maps every decimal digit to ASCII and folds full-width forms', () => {
    expect(normalizeForScan('8\u200b7\u00ad0\u20604\ufeff').text).toBe('8704');
    expect(normalizeForScan('٨٧ ۰۴ ८७ 𝟖𝟕 ８７').text).toBe('87 04 87 87 87');
    expect(normalizeForScan('aru＠mail').text).toBe('aru@mail');
    expect(normalizeForScan('и\u0306').text).toBe('й');
  });

  it('maps every index back to the source, so findings keep their place', () => {
    const source = 'ЖСН: 8\u200b70412\u00ad300129!';
    const normalized = normalizeForScan(source);
    expect(normalized.text).toBe('ЖСН: 870412300129!');
    expect(sourceSpan(normalized, 5, 12)).toEqual({ index: 5, length: 14 });
    expect(findPersonalData(source, { kinds: ['iin'] })).toEqual([{ kind: 'iin', index: 5, length: 14 }]);
  });
});
