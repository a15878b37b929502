import { describe, expect, it } from 'vitest';
import { renderProblems, runCheckPr } from '../../src/pr/check.ts';
import { testRepo, type TestRepo } from './git-repo.ts';

const REGION = 'content/representations/ulytau/region.yaml';
const EVENT = 'content/events/2027/test-reading.mdx';

/** Runs the check on the committed change and returns its problems (validate's and the PR rules'). */
async function check(repo: TestRepo, now: string, base = 'main') {
  const result = await repo.inside(() => runCheckPr({ base, contentDir: 'content', now: new Date(now) }));
  return result.located;
}
const prOnly = (problems: Awaited<ReturnType<typeof check>>) => problems.filter((p) => p.rule.startsWith('pr-'));

const NEW_MEMBER = '  - { id: test-olzhas-o, name: Олжас О., grade: 6, role: member, consent: { name: initial, photo: false } }\n';

function addRegionalMember(repo: TestRepo): void {
  repo.write(REGION, repo.read(REGION) + NEW_MEMBER);
}

describe('check:pr on an unchanged tree', () => {
  it('reports nothing, before and after every deadline', async () => {
    const repo = testRepo();
    repo.commit('no change');
    expect(await check(repo, '2027-03-01T12:00:00+05:00')).toEqual([]);
    expect(prOnly(await check(repo, '2027-06-05T12:00:00+05:00'))).toEqual([]);
  });

  it('cannot run against a base git does not know', async () => {
    const repo = testRepo();
    await expect(check(repo, '2027-03-01T12:00:00+05:00', 'no-such-branch')).rejects.toThrow(/no-such-branch/);
  });
});

describe('regional composition after composition_approved (2027-05-25)', () => {
  it('lets members change before the deadline day is over', async () => {
    const repo = testRepo();
    addRegionalMember(repo);
    repo.commit('add a member');
    expect(prOnly(await check(repo, '2027-05-25T23:59:00+05:00'))).toEqual([]);
  });

  it('asks for a new approval once the deadline has passed, at the added member', async () => {
    const repo = testRepo();
    addRegionalMember(repo);
    repo.commit('add a member');
    expect(prOnly(await check(repo, '2027-05-26T00:00:00+05:00'))).toEqual([
      { rule: 'pr-members-need-approval', severity: 'error', file: REGION, line: 17, column: 5, params: { deadline: '2027-05-25' } },
    ]);
  });

  it('points at the members list when a member is only removed', async () => {
    const repo = testRepo();
    repo.replace(REGION, /  - \{ id: test-gul-g.*\n/, '');
    repo.commit('remove a member');
    expect(prOnly(await check(repo, '2027-05-27T10:00:00+05:00'))).toMatchObject([{ rule: 'pr-members-need-approval', line: 11, column: 1 }]);
  });

  it('accepts the change with a later approval under a new order number', async () => {
    const repo = testRepo();
    addRegionalMember(repo);
    repo.replace(REGION, 'date: 2027-05-20\n  order: "№ 45-ө"', 'date: 2027-05-27\n  order: "№ 52-ө"');
    repo.commit('add a member with a new order');
    expect(prOnly(await check(repo, '2027-05-28T10:00:00+05:00'))).toEqual([]);
  });

  it('does not take an approval with the same order number as new', async () => {
    const repo = testRepo();
    addRegionalMember(repo);
    repo.replace(REGION, 'date: 2027-05-20', 'date: 2027-05-27');
    repo.commit('add a member, only the date moved');
    expect(prOnly(await check(repo, '2027-05-28T10:00:00+05:00')).map((p) => p.rule)).toEqual(['pr-members-need-approval']);
  });

  it('leaves curator and social changes alone', async () => {
    const repo = testRepo();
    repo.replace(REGION, 'Тестова Үлгі', 'Тестова Басқа');
    repo.commit('new curator');
    expect(prOnly(await check(repo, '2027-07-01T10:00:00+05:00'))).toEqual([]);
  });
});

describe('the regional level after ministry_list (2027-05-30)', () => {
  const newOrder = (repo: TestRepo) => repo.replace(REGION, 'date: 2027-05-20\n  order: "№ 45-ө"', 'date: 2027-06-02\n  order: "№ 60-ө"');

  it('is not frozen on the deadline day itself', async () => {
    const repo = testRepo();
    addRegionalMember(repo);
    newOrder(repo);
    repo.commit('change with approval');
    expect(prOnly(await check(repo, '2027-05-30T18:00:00+05:00'))).toEqual([]);
  });

  it('is frozen after it: a new approval alone is not enough', async () => {
    const repo = testRepo();
    addRegionalMember(repo);
    newOrder(repo);
    repo.commit('change with approval');
    expect(prOnly(await check(repo, '2027-06-03T10:00:00+05:00'))).toEqual([
      { rule: 'pr-region-frozen', severity: 'error', file: REGION, line: 17, column: 5, params: { deadline: '2027-05-30' } },
    ]);
  });

  it('opens for a change that records a resubmission', async () => {
    const repo = testRepo();
    repo.replace(REGION, 'name: Бек Б., grade: 8', 'name: Бек Б., grade: 9');
    newOrder(repo);
    repo.replace(REGION, 'curator:', 'resubmissions:\n  - { date: 2027-06-03, letter: "№ 07-12/345", reason: { kk: Жаңа мүше, ru: Новый участник } }\ncurator:');
    repo.commit('change with approval and resubmission');
    // The whole check, not only the PR rules: the new field is valid content.
    expect((await check(repo, '2027-06-03T10:00:00+05:00')).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('does not take a resubmission dated before the list was due', async () => {
    const repo = testRepo();
    addRegionalMember(repo);
    newOrder(repo);
    repo.replace(REGION, 'curator:', 'resubmissions:\n  - { date: 2027-05-29, letter: "№ 1", reason: { kk: Себеп, ru: Причина } }\ncurator:');
    repo.commit('resubmission too early');
    expect(prOnly(await check(repo, '2027-06-03T10:00:00+05:00')).map((p) => p.rule)).toEqual(['pr-region-frozen']);
  });

  it('freezes a change of the approval itself', async () => {
    const repo = testRepo();
    newOrder(repo);
    repo.commit('only the approval');
    expect(prOnly(await check(repo, '2027-06-03T10:00:00+05:00'))).toMatchObject([{ rule: 'pr-region-frozen', line: 3, column: 1 }]);
  });

  it('reports a deleted regional file on the deleted file', async () => {
    const repo = testRepo();
    repo.remove(REGION);
    repo.commit('delete the region');
    expect(prOnly(await check(repo, '2027-06-03T10:00:00+05:00')).map((p) => [p.rule, p.file])).toEqual([
      ['pr-members-need-approval', REGION],
      ['pr-region-frozen', REGION],
    ]);
  });
});

const newEvent = (start: string, status = 'planned', extra = '') => `---
title: { kk: "Жаңа кездесу", ru: "Новая встреча" }
summary: { kk: "Онлайн кездесу.", ru: "Онлайн-встреча." }
start: ${start}
end: ${start.replace('T15:00', 'T16:00')}
format: online
online: { platform: zoom, url: "https://zoom.example.kz/j/2" }
organizer: ulytau
audience: { grades: [5, 11] }
topics: [ecology]
status: ${status}
${extra}lang: kk
---
Кездесу.
`;

describe('events', () => {
  const NEW = 'content/events/2027/new-meeting.mdx';

  it('accepts a new event filed at least event_lead_days (3) ahead', async () => {
    const repo = testRepo();
    repo.write(NEW, newEvent('2027-06-04T15:00:00+05:00'));
    repo.commit('new event');
    expect(prOnly(await check(repo, '2027-06-01T15:00:00+05:00'))).toEqual([]);
  });

  it('rejects a new event starting sooner, at its start', async () => {
    const repo = testRepo();
    repo.write(NEW, newEvent('2027-06-04T15:00:00+05:00'));
    repo.commit('new event');
    expect(prOnly(await check(repo, '2027-06-01T15:01:00+05:00'))).toEqual([
      { rule: 'pr-event-lead-time', severity: 'error', file: NEW, line: 4, column: 8, params: { days: 3, earliest: '2027-06-04 15:01' } },
    ]);
  });

  it('rejects a new planned event whose start has passed', async () => {
    const repo = testRepo();
    repo.write(NEW, newEvent('2027-05-10T15:00:00+05:00'));
    repo.commit('past event as planned');
    expect(prOnly(await check(repo, '2027-06-01T15:00:00+05:00'))).toMatchObject([{ rule: 'pr-event-past-planned', file: NEW, line: 4 }]);
  });

  it('accepts a past event added to the archive as held, with its results', async () => {
    const repo = testRepo();
    repo.write(NEW, newEvent('2027-05-10T15:00:00+05:00', 'held', 'results: { participants: 40, reported: 2027-05-12 }\n'));
    repo.commit('archive a held event');
    expect(prOnly(await check(repo, '2027-06-01T15:00:00+05:00'))).toEqual([]);
  });

  it('rejects moving an event into the past', async () => {
    const repo = testRepo();
    repo.replace(EVENT, 'start: 2027-06-12T15:00:00+05:00\nend: 2027-06-12T16:30:00+05:00', 'start: 2027-05-30T15:00:00+05:00\nend: 2027-05-30T16:30:00+05:00');
    repo.commit('move into the past');
    expect(prOnly(await check(repo, '2027-06-01T10:00:00+05:00'))).toMatchObject([{ rule: 'pr-event-moved-to-past', file: EVENT, line: 4, column: 8 }]);
  });

  it('lets a future event move to another future date', async () => {
    const repo = testRepo();
    repo.replace(EVENT, 'start: 2027-06-12T15:00:00+05:00\nend: 2027-06-12T16:30:00+05:00', 'start: 2027-06-14T15:00:00+05:00\nend: 2027-06-14T16:30:00+05:00');
    repo.commit('move forward');
    expect(prOnly(await check(repo, '2027-06-01T10:00:00+05:00'))).toEqual([]);
  });

  it('lets a planned future event be deleted, but not a past one', async () => {
    const repo = testRepo();
    repo.remove(EVENT);
    repo.commit('delete the event');
    expect(prOnly(await check(repo, '2027-06-01T10:00:00+05:00'))).toEqual([]);
    expect(prOnly(await check(repo, '2027-06-20T10:00:00+05:00'))).toEqual([
      { rule: 'pr-event-deleted', severity: 'error', file: EVENT, line: 12, column: 9, params: {} },
    ]);
  });

  it('lets only the results and the status of a past event change', async () => {
    const repo = testRepo();
    repo.replace(EVENT, 'status: planned', 'status: held\nresults: { participants: 31, reported: 2027-06-14 }');
    repo.replace(EVENT, 'Біз бірге', 'Біз бірге 31 бала');
    repo.commit('report results');
    expect(prOnly(await check(repo, '2027-06-20T10:00:00+05:00'))).toEqual([]);
  });

  it('rejects other changes to a past event, at each changed field', async () => {
    const repo = testRepo();
    repo.replace(EVENT, '"Сынақ оқу кеші"', '"Басқа атау"');
    repo.replace(EVENT, 'topics: [reading]', 'topics: [reading, ecology]');
    repo.commit('rewrite history');
    expect(prOnly(await check(repo, '2027-06-20T10:00:00+05:00')).map((p) => [p.rule, p.line, p.params['field']])).toEqual([
      ['pr-event-past-changed', 2, 'title'],
      ['pr-event-past-changed', 10, 'topics'],
    ]);
  });

  it('does not take a held event back to planned', async () => {
    const repo = testRepo();
    repo.replace(EVENT, 'status: planned', 'status: held\nresults: { participants: 31, reported: 2027-06-14 }');
    repo.commit('held');
    repo.git('branch', '-f', 'main', 'HEAD');
    repo.replace(EVENT, 'status: held\nresults: { participants: 31, reported: 2027-06-14 }', 'status: planned');
    repo.commit('back to planned');
    // Removing results is allowed (only results may change); going back to planned is not.
    expect(prOnly(await check(repo, '2027-06-20T10:00:00+05:00')).map((p) => p.params['field'])).toEqual(['status']);
  });

  describe('results changed long after the event (OLD_RESULTS_DAYS = 60)', () => {
    /** The fixture event (ended 2027-06-12 16:30) held with results, as the base. */
    function heldWithResults(participants: number): TestRepo {
      const repo = testRepo();
      repo.replace(EVENT, 'status: planned', `status: held\nresults: { participants: ${participants}, reported: 2027-06-14 }`);
      repo.commit('held with results');
      repo.git('branch', '-f', 'main', 'HEAD');
      return repo;
    }

    it('warns the reviewer, at the changed figure, when the results of an event that ended over 60 days ago change', async () => {
      const repo = heldWithResults(140);
      repo.replace(EVENT, 'participants: 140', 'participants: 999');
      repo.commit('140 → 999');
      const problems = await check(repo, '2027-09-01T10:00:00+05:00');
      expect(problems).toEqual([
        { rule: 'pr-event-old-results-changed', severity: 'warning', file: EVENT, line: 13, column: 26, params: { field: 'results.participants', days: 60, ended: '2027-06-12' } },
      ]);
      // A warning: the check passes, and the message names the field and the end, never the figures.
      const [ru] = renderProblems(problems, 'ru');
      expect(ru!.message).toMatch(/^Это мероприятие закончилось более 60 дн\. назад \(2027-06-12\), а его итоги \(results\.participants\) изменены/);
      expect(ru!.message).not.toMatch(/999|140/);
    });

    it('stays silent within 60 days of the end, and for results reported for the first time', async () => {
      const recent = heldWithResults(140);
      recent.replace(EVENT, 'participants: 140', 'participants: 150');
      recent.commit('a correction soon after');
      expect(prOnly(await check(recent, '2027-08-11T16:00:00+05:00'))).toEqual([]);

      const late = testRepo();
      late.replace(EVENT, 'status: planned', 'status: held\nresults: { participants: 31, reported: 2027-10-01 }');
      late.commit('first report, months later');
      expect(prOnly(await check(late, '2027-10-01T10:00:00+05:00')).map((p) => p.rule)).not.toContain('pr-event-old-results-changed');
    });

    it('warns, at the frontmatter, when old results are removed', async () => {
      const repo = heldWithResults(140);
      repo.replace(EVENT, '\nresults: { participants: 140, reported: 2027-06-14 }', '');
      repo.commit('remove results');
      expect(prOnly(await check(repo, '2027-09-01T10:00:00+05:00')).filter((p) => p.rule === 'pr-event-old-results-changed')).toEqual([
        { rule: 'pr-event-old-results-changed', severity: 'warning', file: EVENT, line: 2, column: 1, params: { field: 'results', days: 60, ended: '2027-06-12' } },
      ]);
    });
  });

  it('leaves a broken event file to validate instead of calling it deleted', async () => {
    const repo = testRepo();
    repo.replace(EVENT, 'format: online', 'format: zoom');
    repo.commit('break the event');
    const problems = await check(repo, '2027-06-20T10:00:00+05:00');
    expect(problems.map((p) => p.rule)).toEqual(['schema-enum']);
  });
});

describe('the working tree as the head', () => {
  it('sees uncommitted edits and untracked files, as a coordinator running it locally would', async () => {
    const repo = testRepo();
    repo.write('content/events/2027/new-meeting.mdx', newEvent('2027-06-02T15:00:00+05:00'));
    addRegionalMember(repo);
    const result = await repo.inside(() => runCheckPr({ base: 'main', contentDir: 'content', now: new Date('2027-06-01T10:00:00+05:00') }));
    expect(result.changes.events.map((e) => [e.kind, e.id])).toEqual([['added', '2027/new-meeting']]);
    expect(result.changes.representations.map((r) => [r.key, r.added.map((m) => m.id)])).toEqual([['ulytau', ['test-olzhas-o']]]);
    expect(prOnly(result.located).map((p) => p.rule)).toEqual(['pr-event-lead-time', 'pr-members-need-approval', 'pr-region-frozen']);
  });
});

describe('files and regions', () => {
  it('warns when a change touches several regions', async () => {
    const repo = testRepo();
    addRegionalMember(repo);
    repo.write('content/representations/abai/region.yaml', 'region: abai\nmembers: []\n');
    repo.commit('two regions');
    const warning = prOnly(await check(repo, '2027-03-01T12:00:00+05:00')).filter((p) => p.rule === 'pr-several-regions');
    expect(warning).toMatchObject([{ severity: 'warning', params: { regions: 'abai, ulytau' } }]);
  });

  it('rejects committed private files and names files anywhere in the repository', async () => {
    const repo = testRepo();
    repo.write('private/2027-certificates.csv', 'test\n');
    repo.write('docs/names.csv', 'test\n');
    repo.write('docs/renames.md', 'not a names file\n');
    repo.commit('private data');
    expect(prOnly(await check(repo, '2027-03-01T12:00:00+05:00'))).toEqual([
      { rule: 'pr-names-file', severity: 'error', file: 'docs/names.csv', line: 1, column: 1, params: {} },
      { rule: 'pr-private-file', severity: 'error', file: 'private/2027-certificates.csv', line: 1, column: 1, params: {} },
    ]);
  });

  it('rejects names files, tables, documents, archives and backups anywhere in the pull request, and unknown file types', async () => {
    const repo = testRepo();
    repo.write('участники.csv', 'test\n');
    repo.write('қосымша.tsv', 'test\n');
    repo.write('docs/список.xlsx', 'test\n');
    repo.write('content/events/2027/участники.xls', 'test\n');
    repo.write('public/2027.zip', 'test\n');
    repo.write('scripts/roster.yaml.bak', 'test\n');
    repo.write('docs/приказ.pdf', 'test\n');
    repo.write('docs/письмо.docx', 'test\n');
    repo.write('tools/export.exe', 'test\n');
    repo.write('docs/guide.md', 'allowed\n');
    repo.commit('data files');
    const problems = prOnly(await check(repo, '2027-03-01T12:00:00+05:00'));
    expect(problems.map((p) => [p.rule, p.file, p.line, p.column, p.params['type']])).toEqual([
      ['pr-names-file', 'content/events/2027/участники.xls', 1, 1, undefined],
      ['pr-data-file', 'docs/письмо.docx', 1, 1, '.docx'],
      ['pr-data-file', 'docs/приказ.pdf', 1, 1, '.pdf'],
      ['pr-data-file', 'docs/список.xlsx', 1, 1, '.xlsx'],
      ['pr-data-file', 'public/2027.zip', 1, 1, '.zip'],
      ['pr-data-file', 'scripts/roster.yaml.bak', 1, 1, '.bak'],
      ['pr-file-type', 'tools/export.exe', 1, 1, '.exe'],
      ['pr-data-file', 'қосымша.tsv', 1, 1, '.tsv'],
      ['pr-names-file', 'участники.csv', 1, 1, undefined],
    ]);
    const result = await repo.inside(() => runCheckPr({ base: 'main', contentDir: 'content', now: new Date('2027-03-01T12:00:00+05:00') }));
    expect(renderProblems(result.located, 'kk').find((p) => p.file === 'docs/приказ.pdf')!.message).toMatch(/^Бұл — \.pdf файлы/);
    expect(renderProblems(result.located, 'ru').find((p) => p.file === 'участники.csv')!.message).toMatch(/^Похоже на файл с именами детей/);
    expect(renderProblems(result.located, 'ru').find((p) => p.file === 'tools/export.exe')!.message).toMatch(/^В репозитории не хранятся файлы типа \.exe/);
  });

  it('accepts a pull request that removes a data file', async () => {
    const repo = testRepo();
    repo.write('docs/список.xlsx', 'test\n');
    repo.commit('data file');
    repo.git('branch', '-f', 'main', 'HEAD');
    repo.remove('docs/список.xlsx');
    repo.commit('remove it');
    expect(prOnly(await check(repo, '2027-03-01T12:00:00+05:00'))).toEqual([]);
  });
});

describe('the base season judges the pull request', () => {
  const MOVEMENT = 'content/movement.yaml';
  const laterDeadlines = (repo: TestRepo) => repo.replace(MOVEMENT, 'composition_approved: 2027-05-25\n  ministry_list: 2027-05-30', 'composition_approved: 2027-07-25\n  ministry_list: 2027-07-30');
  const nextSeason = (repo: TestRepo) => {
    repo.replace(MOVEMENT, 'season: 2027', 'season: 2028');
    repo.replace(MOVEMENT, 'composition_approved: 2027-05-25\n  ministry_list: 2027-05-30', 'composition_approved: 2028-05-25\n  ministry_list: 2028-05-30');
    repo.replace(MOVEMENT, 'summer: { from: 2027-06-01, to: 2027-08-31 }', 'summer: { from: 2028-06-01, to: 2028-08-31 }');
  };

  it('keeps the pull-request deadline rules when the pull request moves the deadlines', async () => {
    const repo = testRepo();
    addRegionalMember(repo);
    laterDeadlines(repo);
    repo.commit('move the deadline and add a member');
    expect(prOnly(await check(repo, '2027-06-01T10:00:00+05:00')).map((p) => p.rule)).toEqual(['pr-season-change-alone', 'pr-members-need-approval', 'pr-region-frozen']);
  });

  it("keeps validate's deadline errors when the pull request moves the deadlines to silence them", async () => {
    const repo = testRepo();
    repo.replace(REGION, /approved:\n(  .*\n){3}/, '');
    repo.commit('a region without its approval');
    repo.git('branch', '-f', 'main', 'HEAD');
    const now = '2027-06-01T10:00:00+05:00';
    const present = async () => (await repo.inside(() => runCheckPr({ base: 'main', contentDir: 'content', now: new Date(now) }))).alreadyPresent;
    // The base already had the error: it is listed as already present, not failing.
    expect((await present()).map((p) => p.rule)).toEqual(['approval-missing']);
    laterDeadlines(repo);
    repo.commit('move the deadline instead of approving');
    // Judged by the base's deadlines it is still there (the moved deadline would hide it).
    expect(await present()).toEqual([
      { rule: 'approval-missing', severity: 'error', file: REGION, line: 7, column: 1, params: expect.objectContaining({ deadline: '2027-05-25' }) },
    ]);
    expect(await check(repo, now)).toEqual([]);
  });

  it('keeps the freeze when the season is bumped together with roster changes, and asks for the season change alone', async () => {
    const repo = testRepo();
    addRegionalMember(repo);
    nextSeason(repo);
    repo.commit('next season and a new member');
    expect(prOnly(await check(repo, '2027-06-05T10:00:00+05:00'))).toEqual([
      { rule: 'pr-season-change-alone', severity: 'error', file: MOVEMENT, line: 2, column: 1, params: { field: 'season, deadlines, summer', count: 1 } },
      expect.objectContaining({ rule: 'pr-members-need-approval', file: REGION, params: { deadline: '2027-05-25' } }),
      expect.objectContaining({ rule: 'pr-region-frozen', file: REGION, params: { deadline: '2027-05-30' } }),
    ]);
  });

  it('passes a season change that comes alone', async () => {
    const repo = testRepo();
    nextSeason(repo);
    repo.commit('next season');
    expect(prOnly(await check(repo, '2027-09-01T10:00:00+05:00'))).toEqual([]);
  });

  it('counts files outside content/ as other changes too', async () => {
    const repo = testRepo();
    laterDeadlines(repo);
    repo.write('docs/notes.md', 'note\n');
    repo.commit('deadlines and a doc');
    const [problem] = prOnly(await check(repo, '2027-03-01T10:00:00+05:00'));
    expect(problem).toMatchObject({ rule: 'pr-season-change-alone', line: 4, params: { field: 'deadlines', count: 1 } });
  });
});
