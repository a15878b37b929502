/**
 * A 360 px phone: no page of the walk scrolls sideways, neither as it opens nor with every
 * collapsible part (filters, the map's list) opened. A failure names the elements that stick out.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { auditedPages } from './pages.ts';
import { PHONE, useSite } from './session.ts';

const site = useSite();
const WIDTH = PHONE.viewport.width;

/** The page's scroll width and the elements whose right edge passes the screen's. */
function overflow(page: Page): Promise<{ scrollWidth: number; wide: string[] }> {
  return page.evaluate((width) => {
    const name = (el: Element) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.classList.length ? `.${[...el.classList].join('.')}` : '');
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && el.checkVisibility())
      // Only the outermost offender of each branch, so the list says where to look.
      .filter((el, _, all) => !all.includes(el.parentElement!))
      .map((el) => `${name(el)} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  }, WIDTH);
}

describe(`no sideways scrolling at ${WIDTH} px`, () => {
  for (const audited of auditedPages()) {
    it(`${audited.locale}: ${audited.name} (${decodeURI(audited.path)})`, async () => {
      const { page, url } = await site.open(PHONE);
      await page.goto(url(audited.path));
      await audited.ready(page);
      const closed = await overflow(page);
      expect(closed.scrollWidth, `wider than the screen: ${closed.wide.join(', ')}`).toBeLessThanOrEqual(WIDTH);

      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const opened = await overflow(page);
      expect(opened.scrollWidth, `wider than the screen with every <details> open: ${opened.wide.join(', ')}`).toBeLessThanOrEqual(WIDTH);
    });
  }
});
