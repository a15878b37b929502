import { describe, expect, it } from 'vitest';
import { renderProblems, runCheckPr } from '../../src/pr/check.ts';
import { escape, formatSummary, SUMMARY_MARKER } from '../../src/pr/summary.ts';
import { testRepo } from './git-repo.ts';

const REGION = 'content/representations/ulytau/region.yaml';
const UNIT = 'content/representations/ulytau/zhezkazgan.yaml';

async function summaryOf(repo: ReturnType<typeof testRepo>, now: string, siteUrl?: string) {
  const result = await repo.inside(() => runCheckPr({ base: 'main', contentDir: 'content', now: new Date(now) }));
  return formatSummary(result, { render: (locale) => renderProblems(result.located, locale), ...(siteUrl && { siteUrl }) });
}

describe('the pull-request summary', () => {
  it('lists members per representation, events with their cards, and problems, in kk then ru', async () => {
    const repo = testRepo();
    repo.replace(UNIT, /  - \{ id: test-kamila-k.*\n/, '');
    repo.replace(UNIT, 'coordinates: [kengir, sarykengir]', 'coordinates: [kengir, sarykengir, talap]');
    repo.write(UNIT, repo.read(UNIT).replace('rural:\n', '  - { id: test-pavel-p, name: Павел П., grade: 7, role: member, consent: { name: hidden, photo: false } }\nrural:\n'));
    repo.write('content/events/2027/new-meeting.mdx', repo.read('content/events/2027/test-reading.mdx').replace('start: 2027-06-12T15:00:00+05:00', 'start: 2027-06-02T15:00:00+05:00').replace('end: 2027-06-12', 'end: 2027-06-02'));
    repo.commit('roster and a new event');
    const md = await summaryOf(repo, '2027-06-01T10:00:00+05:00', 'https://example.github.io/myn-jasa/');

    expect(md.startsWith(SUMMARY_MARKER)).toBe(true);
    const [kk, ru] = md.split('<details><summary>Русский</summary>');
    expect(kk).toContain('## Pull request тексеруі');
    expect(kk).toContain('Ұлытау облысы — Жезқазған қаласы (аудандық/қалалық): +1 қосылды: (аты жасырылған); −1 шығарылды: Камила К.; ~1 деректері өзгерді: Ілияс І.');
    expect(kk).toContain('жаңа: `2027/new-meeting` — Сынақ оқу кеші (2027-06-02 15:00) · [карточка kk](https://example.github.io/myn-jasa/cards/events/2027/new-meeting/og-kk.png)');
    expect(kk).toMatch(/❌ қате \| `content\/events\/2027\/new-meeting\.mdx:4:8` \| .*`pr-event-lead-time`/);
    expect(ru).toContain('область Ұлытау — город Жезказган (городское/районное): +1 добавлены: (имя скрыто)');
    expect(ru).toContain('[карточка ru](https://example.github.io/myn-jasa/cards/events/2027/new-meeting/og-ru.png)');
    expect(ru).toMatch(/❌ ошибка \| `content\/events\/2027\/new-meeting\.mdx:4:8` \| Новое мероприятие/);
    expect(md).not.toContain('Павел');
  });

  it('shows approvals and resubmissions, and says when content did not change', async () => {
    const repo = testRepo();
    repo.replace(REGION, 'date: 2027-05-20\n  order: "№ 45-ө"', 'date: 2027-06-02\n  order: "№ 60-ө"');
    repo.replace(REGION, 'curator:', 'resubmissions:\n  - { date: 2027-06-03, letter: "№ 07-12/345", reason: { kk: Жаңа бұйрық, ru: Новый приказ } }\ncurator:');
    repo.commit('approval');
    const md = await summaryOf(repo, '2027-06-03T10:00:00+05:00');
    expect(md).toContain('Құрамды бекіту — Ұлытау облысы: № 45-ө (2027-05-20) → № 60-ө (2027-06-02)');
    expect(md).toContain('Повторная отправка в Министерство — область Ұлытау: № 07-12/345 (2027-06-03): Новый приказ');

    const quiet = testRepo();
    quiet.commit('nothing');
    expect(await summaryOf(quiet, '2027-03-01T10:00:00+05:00')).toContain('content/ ішінде өзгеріс жоқ.');
  });

  it('makes content text inert: no links, HTML, table breaks or mentions', () => {
    expect(escape('[x](https://evil.example) <img src=x> a|b @team\nnext')).toBe('\\[x\\](https://evil.example) \\<img src=x\\> a\\|b @\u200bteam next');
    expect(escape('&#64;team &#x40;a ＠b %40c ![i](x) &amp;')).toBe('@\u200bteam @\u200ba @\u200bb @\u200bc \\!\\[i\\](x) \\&amp;');
  });
});
