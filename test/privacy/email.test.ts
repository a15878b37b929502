import { describe, expect, it } from 'vitest';
import { findEmails } from '../../src/privacy/email.ts';

const spans = (text: string) => findEmails(text).map((m) => text.slice(m.index, m.index + m.length));

describe('findEmails', () => {
  it('finds e-mail addresses, including Cyrillic domains', () => {
    expect(spans('Жазыңыз: aru.test+1@mail.example.kz немесе ару@пошта.қаз.')).toEqual(['aru.test+1@mail.example.kz', 'ару@пошта.қаз']);
  });

  it('ignores GitHub handles, @-mentions and @ in URLs', () => {
    expect(spans('maintainers: ["@myn-jasa/ulytau"], https://www.tiktok.com/@myn.jasa.kz, @aru')).toEqual([]);
  });
});
