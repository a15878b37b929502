import { describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { RULES } from '../../src/rules/index.ts';
import { problemsOf } from './family-problems.ts';

const REGION = 'representations/ulytau/region.yaml';
const UNIT = 'representations/ulytau/zhezkazgan.yaml';
const EVENT = 'events/2027/test-reading.mdx';
const AWARDS = 'awards/2027.yaml';

/** Moves a file within the tree. */
function move(tree: ReturnType<typeof fixtureTree>, from: string, to: string) {
  tree.write(to, tree.read(from));
  tree.remove(from);
}

describe('references: movement and geography', () => {
  it('reports a missing movement.yaml where it should be', () => {
    const tree = fixtureTree();
    tree.remove('movement.yaml');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'movement-missing', severity: 'error', file: 'content/movement.yaml', line: 1, column: 1 }]);
  });

  it('requires a geography file to carry its own name as id', () => {
    const tree = fixtureTree();
    tree.replace('geography/ulytau.yaml', 'id: ulytau', 'id: ulytay');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'geography-region-mismatch', file: 'content/geography/ulytau.yaml', line: 4, column: 5, params: { expected: 'ulytau' } },
    ]);
  });
});

describe('references: representations and geography', () => {
  it('reports a representation folder that is not a region, in each of its files', () => {
    const tree = fixtureTree();
    move(tree, REGION, 'representations/ulytu/region.yaml');
    move(tree, UNIT, 'representations/ulytu/zhezkazgan.yaml');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'region-unknown', file: 'content/representations/ulytu/region.yaml', line: 1, column: 9, params: { folder: 'ulytu' } },
      { rule: 'region-unknown', file: 'content/representations/ulytu/zhezkazgan.yaml', line: 1, column: 9 },
    ]);
  });

  it('requires region: to equal the folder and unit: to equal the file name', () => {
    const tree = fixtureTree();
    tree.replace(UNIT, 'region: ulytau', 'region: karaganda');
    tree.replace(UNIT, 'unit: zhezkazgan', 'unit: satbayev');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'region-mismatch', file: `content/${UNIT}`, line: 1, column: 9, params: { field: 'region', expected: 'ulytau' } },
      { rule: 'region-mismatch', file: `content/${UNIT}`, line: 2, column: 7, params: { field: 'unit', expected: 'zhezkazgan' } },
    ]);
  });

  it('reports a unit file whose name is not a city or district of the region', () => {
    const tree = fixtureTree();
    move(tree, UNIT, 'representations/ulytau/zhezqazgan.yaml');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'unit-unknown', file: 'content/representations/ulytau/zhezqazgan.yaml', line: 2, column: 7, params: { unit: 'zhezqazgan', name_kk: 'Ұлытау облысы' } },
    ]);
  });

  it('reports a rural id that is neither in geography nor named', () => {
    const tree = fixtureTree();
    tree.replace(UNIT, 'coordinates: [kengir, sarykengir]', 'coordinates: [kengir, sarykengyr]');
    tree.replace(UNIT, 'id: sarykengir', 'id: sarykengyr');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'rural-unknown', file: `content/${UNIT}`, line: 11, column: 9, params: { path: 'rural[1].id', name_ru: 'город Жезказган' } },
    ]);
  });

  it('accepts a new rural place that carries its name', () => {
    const tree = fixtureTree();
    tree.replace(UNIT, 'coordinates: [kengir, sarykengir]', 'coordinates: [zhana-kengir, sarykengir]');
    tree.replace(UNIT, 'id: kengir', 'id: zhana-kengir');
    expect(problemsOf(tree)).toEqual([]);
  });

  it('reports the same rural representation listed twice in a unit file', () => {
    const tree = fixtureTree();
    tree.replace(UNIT, 'coordinates: [talap]', 'coordinates: [kengir]');
    tree.replace(UNIT, 'id: talap', 'id: kengir');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'duplicate-rural-id', file: `content/${UNIT}`, line: 14, column: 9 }]);
  });
});

describe('references: events', () => {
  it('reports an organizer unit that is not in geography', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'organizer: ulytau/zhezkazgan', 'organizer: ulytau/zhezqazgan');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'organizer-unknown', file: `content/${EVENT}`, line: 8, column: 12 }]);
  });

  it('reports an organizer region that is not in geography', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'organizer: ulytau/zhezkazgan', 'organizer: karaganda');
    expect(problemsOf(tree)).toMatchObject([{ rule: 'organizer-unknown', line: 8 }]);
  });

  it.each(['national', 'ulytau', 'ulytau/satbayev'])('accepts the organizer %s', (organizer) => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'organizer: ulytau/zhezkazgan', `organizer: ${organizer}`);
    expect(problemsOf(tree)).toEqual([]);
  });

  it('reports a topic that movement.yaml does not define, listing the known ones', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'topics: [reading]', 'topics: [reading, sports]');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'topic-unknown', file: `content/${EVENT}`, line: 10, column: 19, params: { path: 'topics[1]', topic: 'sports', known: 'ecology, reading' } },
    ]);
  });

  it('reports two files of one event (.md and .mdx) at the second', () => {
    const tree = fixtureTree();
    tree.write('events/2027/test-reading.md', tree.read(EVENT));
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'duplicate-event-id', file: `content/${EVENT}`, line: 1, column: 1, params: { first: 'content/events/2027/test-reading.md', event: '2027/test-reading' } },
    ]);
  });
});

describe('references: members and awards', () => {
  it('reports a member id used twice in the country at the second, naming the first file', () => {
    const tree = fixtureTree();
    tree.replace(UNIT, 'id: test-nurai-n', 'id: test-bek-b');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'duplicate-member-id', file: `content/${UNIT}`, line: 16, column: 15, params: { path: 'rural[2].members[0].id', first: `content/${REGION}` } },
    ]);
  });

  it('reports an award for a member that does not exist, without echoing the id', () => {
    const tree = fixtureTree();
    tree.replace(AWARDS, 'member: test-aru-a', 'member: test-aru-x');
    const problems = problemsOf(tree);
    expect(problems).toMatchObject([{ rule: 'award-member-unknown', file: `content/${AWARDS}`, line: 2, column: 11 }]);
    expect(JSON.stringify(problems[0]!.params)).not.toContain('test-aru-x');
  });

  it('does not guess at members while a representation file fails its schema', () => {
    const tree = fixtureTree();
    tree.replace(AWARDS, 'member: test-aru-a', 'member: test-iliyas-i');
    tree.replace(UNIT, 'grade: 8, role: leader', 'grade: eight, role: leader');
    expect(problemsOf(tree).map((p) => p.rule)).toEqual(['schema-type']);
  });

  it('reports an award for an event that does not exist', () => {
    const tree = fixtureTree();
    tree.replace(AWARDS, 'event: 2027/test-reading', 'event: 2027/test-readings');
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'award-event-unknown', file: `content/${AWARDS}`, line: 5, column: 10, params: { event: '2027/test-readings' } },
    ]);
  });

  it('accepts an award that names an existing project, and reports one that names none at its file, line and column', () => {
    const tree = fixtureTree();
    // The project of test/rules/projects.test.ts, in the fixture's Ulytau folder.
    tree.write('projects/ulytau/clean-kengir.mdx', `---
title: { kk: "Таза Кеңгір", ru: "Чистый Кенгир" }
summary: { kk: "Балалар өзен жағасын тазалады.", ru: "Дети очистили берег реки." }
representation: ulytau/zhezkazgan
topics: [ecology]
seasons: [2027]
stage: done
results: { children_involved: 12, people_helped: 300, events_held: 1 }
team: [test-lala-l]
lang: kk
---
Біз өзен жағасын тазаладық.

## Қалай қайталауға болады

1. Әкімдіктен рұқсат алыңыз.
`);
    tree.replace(AWARDS, 'event: 2027/test-reading', 'event: 2027/test-reading\n  project: ulytau/clean-kengir');
    expect(problemsOf(tree)).toEqual([]);
    tree.replace(AWARDS, 'project: ulytau/clean-kengir', 'project: ulytau/clean-kengri');
    const problems = problemsOf(tree);
    expect(problems).toMatchObject([
      { rule: 'award-project-unknown', severity: 'error', file: `content/${AWARDS}`, line: 6, column: 12, params: { path: '[0].project', project: 'ulytau/clean-kengri' } },
    ]);
    const { rule, params } = problems[0]!;
    expect(RULES.get(rule)!.messages.kk(params!)).toContain('content/projects/ulytau/clean-kengri.mdx');
    expect(RULES.get(rule)!.messages.ru(params!)).toContain('удалите поле project');
  });

  it('reports an award number given twice at the second', () => {
    const tree = fixtureTree();
    const award = tree.read(AWARDS);
    tree.write(AWARDS, award + award.replace('member: test-aru-a', 'member: test-bek-b'));
    expect(problemsOf(tree)).toMatchObject([
      { rule: 'duplicate-award-id', file: `content/${AWARDS}`, line: 8, column: 7, params: { path: '[1].id', first: `content/${AWARDS}` } },
    ]);
  });
});

describe('references: a rescheduled event', () => {
  const OLD = 'events/2027/test-reading-old.mdx';
  /** The fixture event copied to an earlier date, cancelled and pointing at `target`. */
  function rescheduled(target: string, status = 'cancelled') {
    const tree = fixtureTree();
    tree.write(OLD, tree.read(EVENT)
      .replace('start: 2027-06-12T15:00:00+05:00', 'start: 2027-06-05T15:00:00+05:00')
      .replace('end: 2027-06-12T16:30:00+05:00', 'end: 2027-06-05T16:30:00+05:00')
      .replace('deadline: 2027-06-10', 'deadline: 2027-06-03')
      .replace('status: planned', `status: ${status}\nrescheduled_to: ${target}`));
    return tree;
  }

  it('accepts a cancelled event that points at another existing event', () => {
    expect(problemsOf(rescheduled('2027/test-reading'))).toEqual([]);
  });

  it('reports an event that does not exist at rescheduled_to, in kk, ru and en', () => {
    const problems = problemsOf(rescheduled('2027/test-readin'));
    expect(problems).toMatchObject([{ rule: 'event-rescheduled-unknown', severity: 'error', file: `content/${OLD}`, line: 13, column: 17, params: { event: '2027/test-readin' } }]);
    for (const locale of ['kk', 'ru', 'en'] as const) expect(RULES.get('event-rescheduled-unknown')!.messages[locale](problems[0]!.params!)).toContain('content/events/2027/test-readin.mdx');
  });

  it('reports an event rescheduled to itself', () => {
    expect(problemsOf(rescheduled('2027/test-reading-old'))).toMatchObject([
      { rule: 'event-rescheduled-self', file: `content/${OLD}`, line: 13, column: 17 },
    ]);
  });

  it('requires the old date to be cancelled, so calendars drop it', () => {
    expect(problemsOf(rescheduled('2027/test-reading', 'planned'))).toMatchObject([
      { rule: 'event-rescheduled-not-cancelled', file: `content/${OLD}`, line: 12, column: 9, params: { status: 'planned' } },
    ]);
  });
});
