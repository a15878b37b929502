import { describe, expect, it } from 'vitest';
import { findLeaks } from './leaks.ts';

describe('the leak scanner of the built site', () => {
  it('finds a hidden name, also written with a no-break space', () => {
    expect(findLeaks('<td>Айгерім С.</td>', ['Айгерім С.']).map((l) => l.kind)).toEqual(['hidden-name']);
    expect(findLeaks('{"name":"Айгерім\u00a0С."}', ['Айгерім С.'])).toHaveLength(1);
    expect(findLeaks('<td>Айгерім Т.</td>', ['Айгерім С.'])).toEqual([]);
  });

  it('finds a valid IIN (clearly fake, checksum-valid) but not other 12-digit numbers', () => {
    // 900101300007: 1990-01-01, century digit 3, valid check digit — an invented test value.
    expect(findLeaks('ИИН 900101300007', []).map((l) => l.kind)).toEqual(['iin']);
    expect(findLeaks('order 123456789012 and 9001013000071', [])).toEqual([]);
  });
});
