import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { seasonReadiness } from '../../src/reports/readiness.ts';
import { formatStatusMarkdown } from '../../src/reports/status-markdown.ts';
import { validateTree } from '../../src/validator/validate.ts';
import { fixtureTree, type FixtureTree } from '../helpers/fixture-tree.ts';

const SCRIPT = join(import.meta.dirname, '../../scripts/status.ts');

function readiness(tree: FixtureTree, now: string) {
  const { content, problems } = validateTree(loadContent(tree.root), { now: new Date(now) });
  return seasonReadiness(content, problems, new Date(now));
}

describe('season readiness', () => {
  it('counts a unit as headed only with region_members_per_unit heads, as the hierarchy rule does', () => {
    const tree = fixtureTree();
    tree.replace('movement.yaml', 'region_members_per_unit: 1', 'region_members_per_unit: 2');
    expect(readiness(tree, '2027-05-20T10:00:00+05:00').regions[0]!.unitsHeaded).toEqual({ done: 0, total: 5 });
  });

  it('counts an approval from the autumn before as this season, as the deadline rules do', () => {
    const approvedIn = (date: string) => {
      const tree = fixtureTree();
      tree.replace('representations/ulytau/region.yaml', 'date: 2027-05-20', `date: ${date}`);
      return readiness(tree, '2027-05-28T10:00:00+05:00').regions[0]!.approved?.thisSeason;
    };
    expect(approvedIn('2026-10-01')).toBe(true);
    expect(approvedIn('2026-05-20')).toBe(false);
  });

  it('counts the fixture region against its geography and the deadlines', () => {
    const tree = fixtureTree();
    const r = readiness(tree, '2027-05-20T10:00:00+05:00');
    expect(r.deadlines).toEqual([
      { id: 'composition_approved', date: '2027-05-25', daysLeft: 5 },
      { id: 'ministry_list', date: '2027-05-30', daysLeft: 10 },
    ]);
    expect(r.regions).toEqual([
      {
        region: 'ulytau',
        name: { kk: 'Ұлытау облысы', ru: 'область Ұлытау', en: 'Ulytau Region' },
        approved: { date: '2027-05-20', order: '№ 45-ө', onTime: true, thisSeason: true },
        resubmissions: 0,
        regionalMembers: 5,
        unitsHeaded: { done: 5, total: 5 },
        unitsStaffed: { done: 1, total: 5 },
        ruralStaffed: { done: 3, total: 35 },
        events: { planned: 1, held: 0, cancelled: 0, missingResults: 0 },
        participants: 0,
        errors: 0,
        state: 'in-progress',
      },
    ]);
  });

  it('reports held events, participants, late approvals, errors and days past a deadline', () => {
    const tree = fixtureTree();
    tree.replace('events/2027/test-reading.mdx', 'status: planned', 'status: held\nresults: { participants: 31, reported: 2027-06-14 }');
    tree.replace('representations/ulytau/region.yaml', 'date: 2027-05-20', 'date: 2027-05-27');
    tree.replace('representations/ulytau/zhezkazgan.yaml', 'grade: 6', 'grade: 3');
    const r = readiness(tree, '2027-06-20T10:00:00+05:00');
    expect(r.deadlines.map((d) => d.daysLeft)).toEqual([-26, -21]);
    expect(r.regions[0]).toMatchObject({ approved: { onTime: false }, events: { planned: 0, held: 1 }, participants: 31, state: 'in-progress' });
    expect(r.regions[0]!.errors).toBeGreaterThan(0);
  });

  it('renders Markdown in the chosen language with a total row', () => {
    const tree = fixtureTree();
    const md = formatStatusMarkdown(readiness(tree, '2027-05-25T10:00:00+05:00'), 'ru');
    expect(md).toContain('- **Утверждение составов региональных представительств**: 2027-05-25 — сегодня');
    expect(md).toContain('| область Ұлытау | 🟡 в работе | № 45-ө, 2027-05-20 | 5/5 | 1/5 | 3/35 | 1 / 0 / 0 | 0 | 0 |');
    expect(md).toContain('| **Итого** | 0/1 | 1/1 | 5/5 | 1/5 | 3/35 | 1 / 0 / 0 | 0 | 0 |');
  });

  it('runs as `npm run status` with --format json', () => {
    const tree = fixtureTree();
    const out = execFileSync(process.execPath, [SCRIPT, '--content', 'content', '--now', '2027-05-26T10:00:00+05:00', '--format', 'json'], { cwd: dirname(tree.root), encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ season: 2027, today: '2027-05-26', deadlines: [{ daysLeft: -1 }, { daysLeft: 4 }], regions: [{ region: 'ulytau' }] });
  });

  it('lists regions by their name in the chosen language (Kazakh alphabet: Ә after А, Қ after К, Ұ after У)', () => {
    const names = (lang: string) =>
      execFileSync(process.execPath, [SCRIPT, '--content', 'content', '--now', '2027-05-20T10:00:00+05:00', '--lang', lang], { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.startsWith('| ') && !line.startsWith('| **'))
        .slice(1)
        .map((line) => line.split(' | ')[0]!.slice(2));
    // Written out by hand from the Kazakh alphabet (a code-point sort puts Қ, Ұ, Ә after Я).
    expect(names('kk')).toEqual([
      'Абай облысы', 'Ақмола облысы', 'Ақтөбе облысы', 'Алматы қаласы', 'Алматы облысы', 'Астана қаласы', 'Атырау облысы',
      'Батыс Қазақстан облысы', 'Жамбыл облысы', 'Жетісу облысы', 'Қарағанды облысы', 'Қостанай облысы', 'Қызылорда облысы',
      'Маңғыстау облысы', 'Павлодар облысы', 'Солтүстік Қазақстан облысы', 'Түркістан облысы', 'Ұлытау облысы',
      'Шығыс Қазақстан облысы', 'Шымкент қаласы',
    ]);
    const ru = names('ru');
    expect(ru.slice(0, 8)).toEqual([
      'Акмолинская область', 'Актюбинская область', 'Алматинская область', 'Атырауская область', 'Восточно-Казахстанская область',
      'город Алматы', 'город Астана', 'город Шымкент',
    ]);
    expect(ru).toHaveLength(20);
  });
});
