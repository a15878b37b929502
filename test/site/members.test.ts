import { describe, expect, it } from 'vitest';
import { publicName, publicRoster } from '../../src/site/members.ts';

const member = (name: string, form: 'full' | 'initial' | 'hidden', role: 'leader' | 'member' = 'member') => ({
  name,
  role,
  consent: { name: form, photo: false },
});

describe('public display of members', () => {
  it('shows full and initial forms and never a hidden member', () => {
    expect(publicName(member('Әлихан Демоұлы', 'full'))).toBe('Әлихан Демоұлы');
    expect(publicName(member('Назерке Ә.', 'initial'))).toBe('Назерке Ә.');
    expect(publicName(member('Айгерім С.', 'hidden'))).toBeUndefined();
  });

  it('cuts a surname written in full in an `initial` entry down to its initial', () => {
    expect(publicName(member('Әсел Оспанова', 'initial'))).toBe('Әсел О.');
  });

  it('counts hidden members and lists leaders first', () => {
    const roster = publicRoster([member('Дана Б.', 'initial'), member('Айгерім С.', 'hidden'), member('Ерлан К.', 'initial', 'leader')]);
    expect(roster.named.map((n) => n.name)).toEqual(['Ерлан К.', 'Дана Б.']);
    expect(roster.hiddenCount).toBe(1);
  });
});
