/** What pagefind is given of a page: its indexed part only, cells separated, initials left out, names not cut, a Kazakh page's stems in hidden metadata. */
import { describe, expect, it } from 'vitest';
import { indexedText, prepareForIndex } from '../../src/search/index-html.ts';
import { placeWords } from '../../src/search/kazakh.ts';

const page = (lang: string, main: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>x</title><script>var a = "<dd>Ескі</dd>";</script></head><body><nav>Мәзір</nav><main data-pagefind-body>${main}</main><footer>Төменгі</footer></body></html>`;

/** The stems field of a Kazakh page with `main`. */
function kazakhStemsOf(main: string): string[] {
  return /data-pagefind-meta="stems">([^<]*)</.exec(prepareForIndex(page('kk', main), new Set())!.html)![1]!.split(' ');
}

describe('prepareForIndex', () => {
  it('separates definition-list and table cells so their words are not glued', () => {
    const prepared = prepareForIndex(page('ru', '<dl><dt>Формат</dt><dd>Google Meet</dd><dt>Организатор</dt><dd>Туркестанская область</dd></dl><table><tr><td>а</td><td>б</td></tr></table>'), new Set())!;
    expect(prepared.html).toContain('<dt>Формат</dt>: <dd>Google Meet</dd> · <dt>Организатор</dt>: ');
    expect(prepared.html).toContain('<td>а</td> · <td>б</td> · ');
  });

  it('gives pagefind the language, the title and the body element only, without its ignored parts, scripts and styles', () => {
    const prepared = prepareForIndex(page('ru', '<h1>Акция</h1><!-- note --><section data-pagefind-ignore><a href="https://t.me/share">Telegram</a></section><script>x = "<p>скрипт</p>"</script><img src="a.png" alt="фото"><p>Текст</p>'), new Set())!;
    expect(prepared.html).toBe('<!DOCTYPE html><html lang="ru"><head><title>x</title></head><body><main data-pagefind-body><h1>Акция</h1><img src="a.png" alt="фото"><p>Текст</p></main></body></html>');
  });

  it('leaves a one-letter initial out of the index', () => {
    const prepared = prepareForIndex(page('kk', '<p>Басшысы: Айгерім Т., Ерлан Б.</p>'), new Set())!;
    expect(prepared.html).toContain('<p>Басшысы: Айгерім , Ерлан </p>');
    // Dots that end no initial stay: a date, an abbreviation before a name, a capital starting a word.
    const kept = '<p>01.03.2027 Т.Ж. Жүргенов атындағы. Мектеп Т.Қ-ға. Ерлан Бек.</p>';
    expect(prepareForIndex(page('kk', kept), new Set())!.html).toContain(kept);
  });

  it('finds the body element after the attribute’s name appears in the head’s text or an attribute value', () => {
    const html = `<!DOCTYPE html><html lang="ru"><head><title>о data-pagefind-body</title><meta name="d" content="x data-pagefind-body"></head><body><nav>Меню</nav><main data-pagefind-body><p>Текст</p></main></body></html>`;
    expect(prepareForIndex(html, new Set())!.html).toBe('<!DOCTYPE html><html lang="ru"><head><title>о data-pagefind-body</title></head><body><main data-pagefind-body><p>Текст</p></main></body></html>');
  });

  it('folds a person’s name (marked translate="no") but never cuts it, and drops its initial', () => {
    const html = page('kk', '<table><tr><td translate="no">Сағи Т.</td><td>оқушы</td></tr></table><p>Үйлестіреді: <span translate="no">Төлеби Қ.</span></p>');
    const prepared = prepareForIndex(html, new Set())!;
    const stems = /data-pagefind-meta="stems">([^<]*)</.exec(prepared.html)![1]!.split(' ');
    expect(stems).toEqual(expect.arrayContaining(['саги', 'толеби']));
    expect(stems).not.toContain('сак');
    expect(stems).not.toContain('толеп');
    expect(stems).not.toContain('т');
    expect(prepared.html).not.toMatch(/Т\.|Қ\./);
    // The same words outside a name are words of the text, cut like any other.
    expect(kazakhStemsOf('<p>Сағи Төлеби</p>')).toEqual(expect.arrayContaining(['сак', 'толеп']));
  });

  it('adds a Kazakh page’s stems, and its heading’s, as hidden metadata outside the body, from its indexed text only', () => {
    const html = page('kk', '<h1>Түркістандағы жәрмеңке</h1><ul data-pagefind-ignore><li>Шымкентте</li></ul><p>Кітабыңызды әкеліңіз</p>');
    const prepared = prepareForIndex(html, placeWords(['Түркістан облысы']))!;
    const field = /<div hidden data-pagefind-meta="stems">([^<]*)<\/div><div hidden data-pagefind-meta="title_stems">([^<]*)<\/div><\/body><\/html>$/.exec(prepared.html);
    expect(field).not.toBeNull();
    const stems = field![1]!.split(' ');
    expect(stems).toEqual(expect.arrayContaining(['туркистандагы', 'жарменке', 'китабынызды', 'китап']));
    expect(stems).not.toContain('туркистан'); // a prefix of туркистандагы: pagefind finds it there
    expect(stems.some((word) => word.startsWith('шымкент'))).toBe(false); // ignored part
    expect(stems).not.toContain('мазир'); // outside the body
    // The heading's forms, weighted as a title, in a field of their own.
    expect(field![2]!.split(' ')).toEqual(['туркистандагы', 'жарменке']);
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
