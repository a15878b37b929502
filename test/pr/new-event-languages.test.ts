/**
 * check:pr and the two languages of an event (issue 10): a title or summary missing in one
 * language fails an event the pull request adds, and stays a warning for an event the base
 * already had; a Russian body added beside an event is checked as part of it. Real git
 * repositories (the valid fixture as `main`), the real command's library.
 */
import { describe, expect, it } from 'vitest';
import { runCheckPr } from '../../src/pr/check.ts';
import { testRepo, type TestRepo } from './git-repo.ts';

const EVENT = 'content/events/2027/test-reading.mdx';
const NEW = 'content/events/2027/new-meeting.mdx';
const NOW = '2027-06-01T15:00:00+05:00';

const NEW_EVENT = `---
title: { kk: "Жаңа кездесу" }
summary: { kk: "Онлайн кездесу.", ru: "Онлайн-встреча." }
start: 2027-06-10T15:00:00+05:00
end: 2027-06-10T16:00:00+05:00
format: online
online: { platform: zoom, url: "https://zoom.example.kz/j/2" }
organizer: ulytau
audience: { grades: [5, 11] }
topics: [ecology]
status: planned
lang: kk
---
Кездесу.
`;

async function check(repo: TestRepo) {
  const result = await repo.inside(() => runCheckPr({ base: 'main', contentDir: 'content', now: new Date(NOW) }));
  return { introduced: result.located, present: result.alreadyPresent };
}

describe('check:pr: a new event comes in both languages', () => {
  it('fails a new event whose title has no Russian, at the title', async () => {
    const repo = testRepo();
    repo.write(NEW, NEW_EVENT);
    repo.commit('new event, Kazakh title only');
    const { introduced } = await check(repo);
    expect(introduced).toEqual([{ rule: 'event-translation-missing', severity: 'error', file: NEW, line: 2, column: 1, params: { path: 'title', locale: 'ru' } }]);
  });

  it('passes the same event with both titles', async () => {
    const repo = testRepo();
    repo.write(NEW, NEW_EVENT.replace('title: { kk: "Жаңа кездесу" }', 'title: { kk: "Жаңа кездесу", ru: "Новая встреча" }'));
    repo.commit('new event in both languages');
    expect((await check(repo)).introduced).toEqual([]);
  });

  it('keeps it a warning for an event the base already had, and lists it as already present', async () => {
    const repo = testRepo();
    repo.replace(EVENT, 'summary: { kk: "Онлайн кітап оқу кеші.", ru: "Онлайн-вечер чтения." }', 'summary: { kk: "Онлайн кітап оқу кеші." }');
    repo.commit('an existing event without its Russian summary');
    repo.git('branch', '-f', 'main', 'HEAD');
    repo.replace(EVENT, 'Біз бірге', 'Біз бүгін бірге');
    repo.commit('edit its body');
    const { introduced, present } = await check(repo);
    expect(introduced).toEqual([]);
    expect(present).toMatchObject([{ rule: 'event-translation-missing', severity: 'warning', file: EVENT, line: 3, params: { path: 'summary', locale: 'ru' } }]);
  });

  it('a warning the change introduces in an existing event stays a warning', async () => {
    const repo = testRepo();
    repo.replace(EVENT, 'title: { kk: "Сынақ оқу кеші", ru: "Тестовый вечер чтения" }', 'title: { ru: "Тестовый вечер чтения" }');
    repo.commit('drop the Kazakh title of an existing event');
    expect((await check(repo)).introduced).toMatchObject([{ rule: 'event-translation-missing', severity: 'warning', file: EVENT, params: { locale: 'kk' } }]);
  });

  it('checks a Russian body added to an existing event as part of it', async () => {
    const repo = testRepo();
    repo.write('content/events/2027/test-reading.ru.mdx', 'Мы вместе читаем.\n\n<script>alert(1)</script>\n');
    repo.commit('Russian body with a script');
    expect((await check(repo)).introduced).toMatchObject([{ rule: 'html-tag', severity: 'error', file: 'content/events/2027/test-reading.ru.mdx', line: 3, column: 1 }]);
  });
});
