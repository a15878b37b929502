/** What pagefind is given of a page: cells separated, initials left out, a Kazakh page's stems in hidden metadata. */
import { describe, expect, it } from 'vitest';
import { indexedText, prepareForIndex } from '../../src/search/index-html.ts';
import { placeWords } from '../../src/search/kazakh.ts';

const page = (lang: string, main: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>x</title><script>var a = "<dd>Ескі</dd>";</script></head><body><nav>Мәзір</nav><main data-pagefind-body>${main}</main></body></html>`;

describe('prepareForIndex', () => {
  it('separates definition-list and table cells so their words are not glued', () => {
    const prepared = prepareForIndex(page('ru', '<dl><dt>Формат</dt><dd>Google Meet</dd><dt>Организатор</dt><dd>Туркестанская область</dd></dl><table><tr><td>а</td><td>б</td></tr></table>'), new Set())!;
    expect(prepared.html).toContain('<dt>Формат</dt>: <dd>Google Meet</dd> · <dt>Организатор</dt>: ');
    expect(prepared.html).toContain('<td>а</td> · <td>б</td> · ');
    expect(prepared.html).toContain('var a = "<dd>Ескі</dd>";'); // scripts untouched
  });

  it('leaves a one-letter initial out of the index', () => {
    const prepared = prepareForIndex(page('kk', '<p>Басшысы: Айгерім Т., Ерлан Б.</p>'), new Set())!;
    expect(prepared.html).toContain('Айгерім <span data-pagefind-ignore>Т.</span>, Ерлан <span data-pagefind-ignore>Б.</span>');
  });

  it('adds a Kazakh page’s stems as hidden metadata outside the body, from its indexed text only', () => {
    const html = page('kk', '<h1>Түркістандағы жәрмеңке</h1><ul data-pagefind-ignore><li>Шымкентте</li></ul><p>Кітабыңызды әкеліңіз</p>');
    const prepared = prepareForIndex(html, placeWords(['Түркістан облысы']))!;
    const field = /<div hidden data-pagefind-meta="stems">([^<]*)<\/div><\/body>/.exec(prepared.html);
    expect(field).not.toBeNull();
    const stems = field![1]!.split(' ');
    expect(stems).toEqual(expect.arrayContaining(['туркистан', 'жарменке', 'китап']));
    expect(stems.some((word) => word.startsWith('шымкент'))).toBe(false); // ignored part
    expect(stems).not.toContain('мазир'); // outside the body
  });

  it('adds no stems to a Russian page, and skips a page without data-pagefind-body', () => {
    expect(prepareForIndex(page('ru', '<p>Туркестан</p>'), new Set())!.html).not.toContain('data-pagefind-meta');
    expect(prepareForIndex('<html lang="kk"><body><p>Түркістан</p></body></html>', new Set())).toBeUndefined();
  });

  it('indexedText decodes character references', () => {
    expect(indexedText(page('kk', '<p>«Мың&nbsp;жаса!» &amp; достар</p>'))!.text).toContain('«Мың\u00a0жаса!» & достар');
  });
});

describe('kazakhExcerpt', () => {
  it('shows the page’s own words, the ones a query stem matches marked, from a few words before the first', async () => {
    const { kazakhExcerpt } = await import('../../src/search/excerpt.ts');
    const filler = Array.from({ length: 40 }, (_, i) => `сөз${i}`).join(' ');
    const excerpt = kazakhExcerpt(`${filler} біз Түркістанда <жиналамыз> ${filler}`, ['туркистан'], new Set());
    expect(excerpt).toContain('<mark>Түркістанда</mark> &lt;жиналамыз&gt;');
    expect(excerpt.startsWith('сөз36 сөз37 сөз38 сөз39 біз <mark>')).toBe(true);
    expect(excerpt.split(' ')).toHaveLength(30);
  });
});
