import { describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { problemsOf } from './family-problems.ts';

const EVENT = 'events/2027/test-reading.mdx';
const FILE = `content/${EVENT}`;
const PLACE = 'place: { kk: "Жезқазған, кітапхана", ru: "Жезказган, библиотека" }\n';

/** The fixture event (12 June 2027, 15:00–16:30 +05:00) with one change. */
function event(from: string, to: string) {
  const tree = fixtureTree();
  tree.replace(EVENT, from, to);
  return tree;
}

describe('events: fields that must agree', () => {
  it('warns when an event is filed under another year than it starts in', () => {
    const tree = fixtureTree();
    tree.write('events/2026/test-reading.mdx', tree.read(EVENT));
    tree.remove(EVENT);
    tree.replace('awards/2027.yaml', 'event: 2027/test-reading', 'event: 2026/test-reading');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'event-year-mismatch', severity: 'warning', file: 'content/events/2026/test-reading.mdx', line: 4, column: 8, params: { start: 2027, folder: 2026 } }]);
  });

  it('counts the year in Kazakhstan time: 00:30 on 1 January +05:00 is already the new year', () => {
    const tree = fixtureTree();
    const text = tree.read(EVENT).replace('start: 2027-06-12T15:00:00+05:00', 'start: 2027-01-01T00:30:00+05:00').replace('end: 2027-06-12T16:30:00+05:00', 'end: 2027-01-01T01:30:00+05:00').replace('registration: { url: "https://forms.example.kz/reading", deadline: 2027-06-10 }\n', '');
    tree.write(EVENT, text);
    expect(problemsOf(tree).filter((p) => p.rule === 'event-year-mismatch')).toEqual([]);
  });

  it('reports an end that is not after the start', () => {
    const tree = event('end: 2027-06-12T16:30:00+05:00', 'end: 2027-06-12T15:00:00+05:00');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'event-end-before-start', severity: 'error', file: FILE, line: 5, column: 6 }]);
  });

  it('requires a link for an online event', () => {
    const tree = event('online: { platform: zoom, url: "https://zoom.example.kz/j/1" }\n', '');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'event-online-missing', file: FILE, line: 6, column: 9, params: { format: 'online' } }]);
  });

  it('requires a place for a hybrid event', () => {
    const tree = event('format: online', 'format: hybrid');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'event-place-missing', file: FILE, line: 6, params: { format: 'hybrid' } }]);
  });

  it('accepts a hybrid event with both a link and a place', () => {
    const tree = event('format: online\n', `format: hybrid\n${PLACE}`);
    expect(problemsOf(tree)).toEqual([]);
  });

  it('rejects a link on an offline event', () => {
    const tree = event('format: online\n', `format: offline\n${PLACE}`);
    expect(problemsOf(tree)).toMatchObject([{ rule: 'event-online-unexpected', file: FILE, line: 8, column: 1 }]);
  });

  it('rejects a place on an online event', () => {
    const tree = event('format: online\n', `format: online\n${PLACE}`);
    expect(problemsOf(tree)).toMatchObject([{ rule: 'event-place-unexpected', file: FILE, line: 7, column: 1 }]);
  });

  it('reports a registration deadline after the start day', () => {
    const tree = event('deadline: 2027-06-10', 'deadline: 2027-06-13');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'registration-after-start', file: FILE, line: 11, column: 68, params: { start: '2027-06-12' } }]);
  });

  it('accepts registration until the start day itself', () => {
    expect(problemsOf(event('deadline: 2027-06-10', 'deadline: 2027-06-12'))).toEqual([]);
  });

  it('compares the registration deadline with the start day in Kazakhstan, not in UTC', () => {
    // 01:00 on 13 June in Kazakhstan is still 12 June in UTC.
    const tree = event('start: 2027-06-12T15:00:00+05:00', 'start: 2027-06-13T01:00:00+05:00');
    tree.replace(EVENT, 'end: 2027-06-12T16:30:00+05:00', 'end: 2027-06-13T02:00:00+05:00');
    tree.replace(EVENT, 'deadline: 2027-06-10', 'deadline: 2027-06-13');
    expect(problemsOf(tree)).toEqual([]);
  });

  it('reports audience grades outside member_grades', () => {
    const tree = event('grades: [5, 11]', 'grades: [3, 11]');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'event-grades-out-of-range', file: FILE, line: 9, column: 21, params: { from: 5, to: 11 } }]);
  });
});

describe('events: status and results against now', () => {
  const HELD = 'status: held\nresults: { participants: 40, reported: 2027-06-14 }\n';

  it('reports a held event that has not ended yet', () => {
    const tree = event('status: planned\n', HELD);
    expect(problemsOf(tree, new Date('2027-06-12T16:00:00+05:00'))).toMatchObject([
      { rule: 'held-in-future', severity: 'error', file: FILE, line: 12, column: 9, params: { end: '2027-06-12 16:30' } },
    ]);
  });

  it('warns about a planned event that has ended', () => {
    const tree = fixtureTree();
    expect(problemsOf(tree, new Date('2027-06-12T16:31:00+05:00'))).toMatchObject([
      { rule: 'planned-in-past', severity: 'warning', file: FILE, line: 12, column: 9, params: { end: '2027-06-12 16:30' } },
    ]);
  });

  it('warns about missing results only once results_due_days have passed (end of that day in Kazakhstan)', () => {
    const tree = event('status: planned', 'status: held');
    // Due by the end of 19 June: 12 June + 7 days.
    expect(problemsOf(tree, new Date('2027-06-19T23:59:00+05:00'))).toEqual([]);
    expect(problemsOf(tree, new Date('2027-06-20T00:00:01+05:00'))).toMatchObject([
      { rule: 'results-missing', severity: 'warning', file: FILE, line: 12, column: 9, params: { due: '2027-06-19' } },
    ]);
  });

  it('accepts a held event with its results', () => {
    expect(problemsOf(event('status: planned\n', HELD), new Date('2027-07-01T12:00:00+05:00'))).toEqual([]);
  });

  it('rejects results on an event that did not take place', () => {
    const tree = event('status: planned\n', 'status: cancelled\nresults: { participants: 40, reported: 2027-06-14 }\n');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'results-not-held', file: FILE, line: 13, column: 1, params: { status: 'cancelled' } }]);
  });

  it('rejects results reported before the event ended', () => {
    const tree = event('status: planned\n', 'status: held\nresults: { participants: 40, reported: 2027-06-11 }\n');
    expect(problemsOf(tree, new Date('2027-07-01T12:00:00+05:00'))).toMatchObject([
      { rule: 'results-before-end', file: FILE, line: 13, column: 40, params: { end: '2027-06-12 16:30' } },
    ]);
  });
});
