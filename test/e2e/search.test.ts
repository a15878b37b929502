/**
 * Search in a real browser: a word of an event's title typed into pagefind's box finds the
 * event, in Kazakh with the Kazakh letters (ә, ң…) on /search/ and in Russian on /ru/search/,
 * each language searching its own index; the header's box sends `?q=`, which searches at once.
 */
import { describe, expect, it } from 'vitest';
import { demoPath, localized, SEARCH_WORDS, type Locale } from './content.ts';
import { expectNoErrors, useSite, type OpenPage } from './session.ts';

const site = useSite();
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

/** The words to search, each taken from the event's real title. */
function searchWord(locale: Locale): string {
  const { event } = demoPath();
  const word = SEARCH_WORDS[locale];
  expect(event.title[locale].toLowerCase().split(/[^\p{L}]+/u)).toContain(word);
  return word;
}

/**
 * Waits until pagefind has answered for the whole word (not a prefix typed on the way: its
 * message names the word and no longer says "searching…") and returns the results' paths.
 */
async function resultLinks(session: OpenPage, word: string): Promise<string[]> {
  const message = session.page.locator('#search .search-message');
  await expect.poll(() => message.innerText(), { timeout: 15_000 }).toMatch(new RegExp(`«${word}».*\\d|\\d.*«${word}»`));
  const links = session.page.locator('#search .search-result-link');
  await links.first().waitFor();
  return (await links.evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).href))).map((href) => new URL(href).pathname);
}

async function openResult(session: OpenPage, locale: Locale, word: string): Promise<void> {
  const { event, eventPage } = demoPath();
  const target = localized(eventPage, locale);
  expect(await resultLinks(session, word)).toContain(target);
  await session.page.locator(`#search .search-result-link[href$="${target}"]`).first().click();
  await session.page.waitForURL(session.url(target));
  expect(await session.page.locator('h1').innerText()).toBe(event.title[locale]);
}

describe('search', () => {
  it('kk: a word with Kazakh letters finds the event in the Kazakh index', async () => {
    const word = searchWord('kk');
    expect(word).toMatch(KAZAKH_LETTERS);
    const session = await site.open();
    const index = session.page.waitForRequest(/\/pagefind\/pagefind\.kk_[^/]+\.pf_meta$/);
    await session.page.goto(session.url('/search/'));
    const input = session.page.locator('#search input.search-input');
    await input.click();
    await input.pressSequentially(word, { delay: 20 });
    await index;
    await openResult(session, 'kk', word);
    expectNoErrors(session, 'the kk search');
  });

  it('ru: a Russian word finds the event in the Russian index', async () => {
    const word = searchWord('ru');
    const session = await site.open({ locale: 'ru-RU' });
    const index = session.page.waitForRequest(/\/pagefind\/pagefind\.ru_[^/]+\.pf_meta$/);
    await session.page.goto(session.url('/ru/search/'));
    await session.page.locator('#search input.search-input').fill(word);
    await index;
    await openResult(session, 'ru', word);
    expectNoErrors(session, 'the ru search');
  });

  it('the header search box on any page opens the results for its words', async () => {
    const word = searchWord('kk');
    const session = await site.open();
    await session.page.goto(session.url(demoPath().regionPage));
    await session.page.locator('#site-search-input').fill(word);
    await session.page.locator('#site-search-input').press('Enter');
    await session.page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === word);
    expect(await session.page.locator('#search input.search-input').inputValue()).toBe(word);
    await openResult(session, 'kk', word);
    expectNoErrors(session, 'the header search');
  });

  it('kk: an inflected form typed without Kazakh letters finds the place, the excerpt marks the page’s own word', async () => {
    const session = await site.open();
    await session.page.goto(session.url('/search/'));
    const input = session.page.locator('#search input.search-input');
    await input.click();
    await input.pressSequentially('туркистанда', { delay: 20 });
    const links = await resultLinks(session, 'туркистанда');
    expect(links).toContain('/regions/turkistan/');
    // The stems field is searched, never shown; excerpts come from the page's text (with its Kazakh letters).
    expect((await session.page.locator('#search .search-results').innerText()).toLowerCase()).not.toMatch(/туркистан/);
    const marked = await session.page.locator('#search .search-excerpt mark').allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toMatch(/^түркістан/);
    expectNoErrors(session, 'the kk stemmed search');
  });

  it('kk: a word with a Latin i (кiтап) finds the book swap, not unrelated pages', async () => {
    const session = await site.open();
    await session.page.goto(session.url('/search/?q=' + encodeURIComponent('кiтабы')));
    const links = await resultLinks(session, 'кiтабы');
    expect(links).toContain('/events/2026/astana-esil-book-swap/');
    expectNoErrors(session, 'the kk folded search');
  });

  it('the search page loads nothing of pagefind until the box is used, and never its UI bundle', async () => {
    const session = await site.open();
    const requested: string[] = [];
    session.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await session.page.goto(session.url('/search/'));
    await session.page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const loaded = session.page.waitForRequest(/\/pagefind\/pagefind\.js$/);
    await session.page.locator('#search input.search-input').focus();
    await loaded;
    await session.page.locator('#search input.search-input').fill('кітап');
    await resultLinks(session, 'кітап');
    expect(requested.filter((path) => /pagefind-ui|pagefind-component-ui|pagefind-modular-ui/.test(path))).toEqual([]);
    expectNoErrors(session, 'the lazy search');
  });

  it('a word in no page says so, in the page’s language', async () => {
    const session = await site.open({ locale: 'ru-RU' });
    await session.page.goto(session.url('/ru/search/?q=' + encodeURIComponent('ъъъзззщщщ')));
    const message = session.page.locator('#search .search-message');
    await expect.poll(() => message.innerText(), { timeout: 15_000 }).toBe('По запросу «ъъъзззщщщ» ничего не найдено');
    expect(await session.page.locator('#search .search-result').count()).toBe(0);
    expectNoErrors(session, 'an empty search');
  });
});
