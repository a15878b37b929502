/**
 * The facts the validate cache keeps: what a check read is learned (recording), only that is
 * kept, and a read of anything else on cached facts throws instead of answering undefined.
 */
import { describe, expect, it } from 'vitest';
import { decodeFacts, decodeLazy, encodeFacts, ProjectionMiss, recording, tupleKeys, type ReadMask } from '../../src/validator/projection.ts';

const unit = () => ({
  region: 'abai',
  unit: 'abai',
  approved: { date: new Date('2026-09-01'), order: '12' },
  members: [
    { id: 'a-1', role: 'leader', grade: 7, heads: ['x'], consent: { name: 'initial', photo: true } },
    { id: 'b-2', role: 'member', grade: 8, consent: { name: 'hidden', photo: false } },
  ],
});

/** A check that reads some fields, as a rule family would. */
function check(data: ReturnType<typeof unit>) {
  return data.members.map((m) => `${m.id}:${m.role}:${m.heads?.length ?? 0}:${m.consent.name}`).join(',') + data.approved.date.toISOString();
}

function learn(): { mask: ReadMask; expected: string } {
  const mask: ReadMask = {};
  const expected = check(recording(unit(), mask) as ReturnType<typeof unit>);
  return { mask, expected };
}

describe('validate facts', () => {
  it('learns the fields a check reads, and nothing else', () => {
    const { mask, expected } = learn();
    expect(expected).toBe(check(unit()));
    const member = mask.k!['members']!.e!;
    expect(Object.keys(member.k!).sort()).toEqual(['consent', 'heads', 'id', 'role']);
    expect(Object.keys(member.k!['consent']!.k!)).toEqual(['name']);
    expect(mask.k!['region']).toBeUndefined();
  });

  it('answers the same check from the stored facts, dates included', () => {
    const { mask, expected } = learn();
    const facts = decodeFacts(structuredClone(encodeFacts(unit(), mask)), mask) as ReturnType<typeof unit>;
    expect(check(facts)).toBe(expected);
    expect(facts.approved.date).toBeInstanceOf(Date);
    // A field the check read, absent from this member: undefined, as in the data.
    expect(facts.members[1]!.heads).toBeUndefined();
    expect(facts.members[0]).toBe(facts.members[0]);
  });

  it('refuses every read outside the facts instead of answering undefined', () => {
    const { mask } = learn();
    const facts = decodeFacts(encodeFacts(unit(), mask), mask) as ReturnType<typeof unit>;
    const member = facts.members[0]!;
    expect(() => member.grade).toThrow(ProjectionMiss);
    expect(() => 'grade' in member).toThrow(ProjectionMiss);
    expect(() => member.consent.photo).toThrow(ProjectionMiss);
    expect(() => facts.region).toThrow(ProjectionMiss);
    expect(() => {
      for (const key in member) void key;
    }).toThrow(ProjectionMiss);
    expect(() => JSON.stringify(member)).toThrow(ProjectionMiss);
    // Object's own methods still work.
    expect(Object.hasOwn(member, 'id')).toBe(true);
    expect(String(member)).toBe('[object Object]');
  });

  it('keeps a listed object whole: its keys are what the data has', () => {
    const mask: ReadMask = {};
    const seen = Object.keys((recording(unit(), mask) as ReturnType<typeof unit>).members[0]!.consent);
    const facts = decodeFacts(encodeFacts(unit(), mask), mask) as ReturnType<typeof unit>;
    expect(Object.keys(facts.members[0]!.consent)).toEqual(seen);
    expect(facts.members[1]!.consent).toEqual({ name: 'hidden', photo: false });
  });

  it('field by field (as the cache stores a tuple): the same answers, and only the fields asked for are read', () => {
    const mask: ReadMask = {};
    const data: ReturnType<typeof unit> & { note?: string } = unit();
    // Reads `note` (absent), the members and the approval, never `unit`.
    const read = (d: typeof data) => `${d.region}|${'note' in d}|${d.note}|${check(d)}`;
    const expected = read(recording(data, mask) as typeof data);
    const tuple = encodeFacts(data, mask) as unknown[];
    expect(tupleKeys(mask)).toEqual(Object.keys(mask.k!));
    const asked: number[] = [];
    const lazy = decodeLazy((i) => (asked.push(i), structuredClone(tuple[i])), mask) as typeof data;
    const eager = decodeFacts(tuple, mask) as typeof data;
    expect(asked).toEqual([]);
    expect(lazy.region).toBe('abai');
    expect(asked).toEqual([tupleKeys(mask)!.indexOf('region')]);
    expect(read(lazy)).toBe(expected);
    expect(read(eager)).toBe(expected);
    // Each field read once, whatever the number of reads.
    expect(new Set(asked).size).toBe(asked.length);
    expect(Object.keys(lazy)).toEqual(Object.keys(eager));
    expect(Object.hasOwn(lazy, 'note')).toBe(false);
    expect(() => lazy.unit).toThrow(ProjectionMiss);
    expect(() => 'unit' in lazy).toThrow(ProjectionMiss);
    expect(() => JSON.stringify(lazy)).toThrow(ProjectionMiss);
    expect(() => lazy.members[0]!.grade).toThrow(ProjectionMiss);
    expect(lazy.approved.date).toBeInstanceOf(Date);
  });
});
