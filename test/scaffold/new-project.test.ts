import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixture-tree.ts';

const SCRIPT = join(import.meta.dirname, '../../scripts/new-project.ts');
const NOW = '2027-03-01T12:00:00+05:00';
const ANSWERS: Record<string, string> = {
  'title-kk': 'Кітап алмасу сөресі',
  'title-ru': 'Полка обмена книгами',
  'summary-kk': 'Мектеп кітапханасында кітап алмасатын сөре ашылды.',
  'summary-ru': 'В школьной библиотеке открыли полку обмена книгами.',
  representation: 'ulytau/zhezkazgan',
  topics: 'reading',
  seasons: '2027',
  stage: 'done',
  children: '14',
  helped: '230',
  'events-held': '1',
  events: '2027/test-reading',
  team: 'test-iliyas-i, test-kamila-k',
  steps: 'Кітапханашымен келісіңіз; Сөреге кітап жинаңыз;Алмасу күнін жариялаңыз',
};
const flags = (changes: Record<string, string | undefined> = {}) =>
  Object.entries({ ...ANSWERS, ...changes }).flatMap(([k, v]) => (v === undefined ? [] : [`--${k}`, v]));
const newProject = (cwd: string, args: string[]) => spawnSync(process.execPath, [SCRIPT, '--content', 'content', '--now', NOW, ...args], { cwd, encoding: 'utf8' });

describe('npm run new:project', () => {
  it('writes a valid project from flags in projects/<region>/<slug>.mdx, with its "how to repeat it" steps', () => {
    const tree = fixtureTree();
    const run = newProject(dirname(tree.root), flags());
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('content/projects/ulytau/kitap-almasu-soresi.mdx');
    const text = tree.read('projects/ulytau/kitap-almasu-soresi.mdx');
    expect(text).toMatch(/^---\ntitle: \{ kk: Кітап алмасу сөресі, ru: Полка обмена книгами \}\n/);
    expect(text).toContain('results: { children_involved: 14, people_helped: 230, events_held: 1, events: [2027/test-reading] }\n');
    expect(text).toContain('team: [test-iliyas-i, test-kamila-k]\n');
    expect(text).toContain('representation: ulytau/zhezkazgan\n');
    expect(text).toContain('\n## Қалай қайталауға болады\n\n1. Кітапханашымен келісіңіз\n2. Сөреге кітап жинаңыз\n3. Алмасу күнін жариялаңыз\n');
    expect(tree.validate(new Date(NOW))).toEqual([]);
  });

  it('writes the heading in the text language', () => {
    const tree = fixtureTree();
    const run = newProject(dirname(tree.root), flags({ lang: 'ru', steps: 'Договоритесь с библиотекарем' }));
    expect(run.status).toBe(0);
    expect(tree.read('projects/ulytau/polka-obmena-knigami.mdx')).toContain('\n## Как повторить\n\n1. Договоритесь с библиотекарем\n');
    expect(tree.validate(new Date(NOW))).toEqual([]);
  });

  it('refuses a team member who is not in the representation, names the line, and writes nothing', () => {
    const tree = fixtureTree();
    const run = newProject(dirname(tree.root), flags({ team: 'test-iliyas-i, nobody-here' }));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/projects\/ulytau\/kitap-almasu-soresi\.mdx:\d+:\d+ .*\[project-member-unknown\]/);
    expect(existsSync(join(tree.root, 'projects/ulytau/kitap-almasu-soresi.mdx'))).toBe(false);
  });

  it('lists the missing flags when it cannot ask', () => {
    const tree = fixtureTree();
    const run = newProject(dirname(tree.root), ['--title-kk', 'Жоба']);
    expect(run.status).toBe(2);
    for (const flag of ['--title-ru', '--summary-kk', '--representation', '--team', '--steps']) expect(run.stderr).toContain(flag);
  });
});
