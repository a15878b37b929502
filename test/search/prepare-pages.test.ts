/** Pages prepared for pagefind on worker threads are the pages prepareForIndex makes, written under their own paths. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareForIndex } from '../../src/search/index-html.ts';
import { placeWords } from '../../src/search/kazakh.ts';
import { preparePages } from '../../src/search/prepare-pages.ts';

const root = mkdtempSync(join(tmpdir(), 'prepare-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PLACES = placeWords(['Түркістан облысы']);
const page = (lang: string, body: string) => `<!DOCTYPE html><html lang="${lang}"><head><title>т</title></head><body><main data-pagefind-body><h1>${body}</h1></main></body></html>`;

describe('preparePages', () => {
  it('writes each indexed page as prepareForIndex makes it, on worker threads or here alike, and skips the others', async () => {
    const site = join(root, 'site');
    const paths: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const path = `events/e${i}/index.html`;
      const html = i % 3 === 0 ? `<html lang="kk"><body><p>Тізім ${i}</p></body></html>` : page(i % 2 ? 'kk' : 'ru', `Түркістандағы кездесу ${i}`);
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), html);
      paths.push(path);
    }
    const onWorkers = join(root, 'workers');
    const here = join(root, 'here');
    expect(await preparePages(site, onWorkers, paths, PLACES, { threads: 2, workersFrom: 0 })).toBe(20);
    expect(await preparePages(site, here, paths, PLACES, { threads: 1 })).toBe(20);
    for (const path of paths) {
      const expected = prepareForIndex(readFileSync(join(site, path), 'utf8'), PLACES);
      if (!expected) {
        expect(existsSync(join(onWorkers, path))).toBe(false);
        continue;
      }
      expect(readFileSync(join(onWorkers, path), 'utf8')).toBe(expected.html);
      expect(readFileSync(join(here, path), 'utf8')).toBe(expected.html);
    }
  });
});
