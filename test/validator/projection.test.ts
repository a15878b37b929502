/**
 * The facts the validate cache keeps: what a check read is learned (recording), only that is
 * kept, and a read of anything else on cached facts throws instead of answering undefined.
 */
import { describe, expect, it } from 'vitest';
import { decodeFacts, encodeFacts, ProjectionMiss, recording, type ReadMask } from '../../src/validator/projection.ts';

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
});
