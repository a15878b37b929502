import { describe, expect, it } from 'vitest';
import { localizedUrl, sitePathOf, switchLocaleUrl, withBase } from '../../src/i18n/urls.ts';

describe('site addresses', () => {
  it('put Kazakh at the root and Russian under /ru/', () => {
    expect(localizedUrl('/regions/turkistan/', 'kk')).toBe('/regions/turkistan/');
    expect(localizedUrl('/regions/turkistan/', 'ru')).toBe('/ru/regions/turkistan/');
    expect(localizedUrl('/', 'ru')).toBe('/ru/');
  });

  it('work under a sub-path (a fork on GitHub Pages)', () => {
    expect(localizedUrl('/events/', 'ru', '/myn-jasa/')).toBe('/myn-jasa/ru/events/');
    expect(localizedUrl('/events.ics', 'kk', '/myn-jasa')).toBe('/myn-jasa/events.ics');
    expect(withBase('/cards/site-kk.png', '/myn-jasa/')).toBe('/myn-jasa/cards/site-kk.png');
  });

  it('switch language to the same page', () => {
    expect(switchLocaleUrl('/myn-jasa/ru/regions/abai/semey/', 'kk', '/myn-jasa/')).toBe('/myn-jasa/regions/abai/semey/');
    expect(switchLocaleUrl('/events/2027/reading-marathon/', 'ru')).toBe('/ru/events/2027/reading-marathon/');
    expect(sitePathOf('/ru/', '/')).toEqual({ path: '/', locale: 'ru' });
    // A page whose own path starts with "ru" is not Russian.
    expect(sitePathOf('/rules/', '/')).toEqual({ path: '/rules/', locale: 'kk' });
  });
});
