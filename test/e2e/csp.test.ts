/**
 * The Content-Security-Policy in a real browser: the site's own scripts (the events filter, the
 * search with its WebAssembly, the 404 note) run with no violation, and a script injected into a
 * page — an inline element or an event-handler attribute — is refused by the browser.
 */
import { describe, expect, it } from 'vitest';
import { demoPath, localized, SEARCH_WORDS } from './content.ts';
import { expectNoErrors, useSite, type OpenPage } from './session.ts';

const site = useSite();

/** Opens a page recording every CSP violation it reports (the recorder runs before the page's own scripts). */
async function openRecording(): Promise<OpenPage> {
  const session = await site.open();
  await session.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  });
  return session;
}

const violations = (session: OpenPage) => session.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('the Content-Security-Policy', () => {
  it('lets the home, an event page and the 404 page load with no violation', async () => {
    const session = await openRecording();
    const { eventPage } = demoPath();
    for (const path of ['/', eventPage, localized(eventPage, 'ru'), '/verify/2026-999999/']) {
      // The unknown check address answers 404 (logged by the browser): every error before it is the site's.
      if (path.startsWith('/verify/')) expectNoErrors(session, 'pages under the CSP');
      await session.page.goto(session.url(path));
      await session.page.waitForLoadState('load');
      expect(await session.page.locator('meta[http-equiv="Content-Security-Policy"]').count(), path).toBe(1);
      expect(await violations(session), path).toEqual([]);
    }
    // The 404 page's inline script ran (its hash is in the policy): the note for a check address shows.
    expect(await session.page.locator('[data-verify-note]').first().isVisible()).toBe(true);
  });

  it('lets the events filter enhancement run with no violation', async () => {
    const session = await openRecording();
    await session.page.goto(session.url('/events/'));
    await session.page.locator('#event-filters > summary').click();
    await expect.poll(() => session.page.locator('#event-filter-form').isVisible()).toBe(true);
    // The enhancement's script runs the select: choosing a value and pressing "Show" opens its page.
    const option = session.page.locator('#event-filter-choice option[data-filter-value="format=online"]');
    await session.page.locator('#event-filter-choice').selectOption(await option.getAttribute('value'));
    await session.page.locator('#event-filter-form button[type="submit"]').click();
    await session.page.waitForURL(session.url('/events/format/online/'));
    await expect.poll(() => session.page.locator('#event-filter-choice option:checked').getAttribute('data-filter-value')).toBe('format=online');
    expect(await violations(session)).toEqual([]);
    expectNoErrors(session, 'the events filter under the CSP');
  });

  it('lets the search (pagefind and its WebAssembly) find an event with no violation', async () => {
    const session = await openRecording();
    await session.page.goto(session.url(`/ru/search/?q=${encodeURIComponent(SEARCH_WORDS.ru)}`));
    const links = session.page.locator('#search .search-result-link');
    await links.first().waitFor({ timeout: 15_000 });
    const target = localized(demoPath().eventPage, 'ru');
    expect(await links.evaluateAll((nodes) => nodes.map((node) => new URL((node as HTMLAnchorElement).href).pathname))).toContain(target);
    expect(await violations(session)).toEqual([]);
    expectNoErrors(session, 'the search under the CSP');
  });

  it('refuses a script injected into a page: an inline <script> and an event-handler attribute', async () => {
    const session = await site.open();
    const refused: string[] = [];
    session.page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await session.page.goto(session.url(demoPath().eventPage));
    const result = await session.page.evaluate(async () => {
      const win = window as unknown as { injected?: boolean; handled?: boolean };
      const violation = (inject: () => void) =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true });
          inject();
          setTimeout(() => resolve('none'), 2000);
        });
      const script = await violation(() => {
        const element = document.createElement('script');
        element.textContent = 'window.injected = true';
        document.body.append(element);
      });
      const handler = await violation(() => {
        document.body.insertAdjacentHTML('beforeend', '<img src="data:," alt="" onerror="window.handled = true">');
      });
      return { script, handler, injected: win.injected ?? false, handled: win.handled ?? false };
    });
    expect(result).toEqual({ script: 'script-src-elem', handler: 'script-src-attr', injected: false, handled: false });
    expect(refused.length).toBeGreaterThan(0);
  });
});
