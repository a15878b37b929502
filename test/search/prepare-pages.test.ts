/** Pages read on worker threads are the pages prepareForIndex makes, each with the hash of its bytes; a known hash is not prepared again. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareForIndex } from '../../src/search/index-html.ts';
import { placeWords } from '../../src/search/kazakh.ts';
import { preparePages } from '../../src/search/prepare-pages.ts';
import { pageHash } from '../../src/search/search-cache.ts';

const root = mkdtempSync(join(tmpdir(), 'prepare-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PLACES = placeWords(['Түркістан облысы']);
const page = (lang: string, body: string) => `<!DOCTYPE html><html lang="${lang}"><head><title>т</title></head><body><main data-pagefind-body><h1>${body}</h1></main></body></html>`;

describe('preparePages', () => {
  const site = join(root, 'site');
  const paths: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    const path = `events/e${i}/index.html`;
    const html = i % 3 === 0 ? `<html lang="kk"><body><p>Тізім ${i}</p></body></html>` : page(i % 2 ? 'kk' : 'ru', `Түркістандағы кездесу ${i}`);
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), html);
    paths.push(path);
  }

  it('prepares each indexed page as prepareForIndex makes it, on worker threads or here alike, and skips the others', async () => {
    const expected = paths.flatMap((path) => {
      const bytes = readFileSync(join(site, path));
      const prepared = prepareForIndex(bytes.toString('utf8'), PLACES);
      return prepared ? [{ path, hash: pageHash(bytes), html: prepared.html }] : [];
    });
    expect(expected).toHaveLength(20);
    expect(await preparePages(site, paths, PLACES, new Set(), { threads: 2, workersFrom: 0 })).toEqual(expected);
    expect(await preparePages(site, paths, PLACES, new Set(), { threads: 1 })).toEqual(expected);
  });

  it('does not prepare a page whose hash is known, on worker threads or here alike', async () => {
    const known = new Set([pageHash(readFileSync(join(site, paths[1]!)))]);
    for (const threads of [1, 2]) {
      const records = await preparePages(site, paths, PLACES, known, { threads, workersFrom: 0 });
      expect(records.filter((record) => record.html === undefined).map((record) => record.path)).toEqual([paths[1]]);
      expect(records).toHaveLength(20);
    }
  });

  it('prepares a listing that is still going on, handing each batch on in path order', async () => {
    const many = join(root, 'many');
    const listedPaths: string[] = [];
    for (let i = 0; i < 600; i += 1) {
      const path = `e${String(i).padStart(3, '0')}/index.html`;
      mkdirSync(dirname(join(many, path)), { recursive: true });
      writeFileSync(join(many, path), i % 5 === 0 ? '<html lang="kk"><body><p>Тізім</p></body></html>' : page(i % 2 ? 'kk' : 'ru', `Кездесу ${i}`));
      listedPaths.push(path);
    }
    async function* listing() {
      for (let at = 0; at < listedPaths.length; at += 7) {
        yield listedPaths.slice(at, at + 7);
        await new Promise(setImmediate);
      }
    }
    const handedOn: string[][] = [];
    const records = await preparePages(many, listing(), PLACES, new Set(), { threads: 2, workersFrom: 0, onRecords: (batch) => handedOn.push(batch.map((record) => record.path)) });
    expect(records.map((record) => record.path)).toEqual(listedPaths.filter((_, i) => i % 5 !== 0));
    expect(handedOn.length).toBeGreaterThan(1);
    expect(handedOn.flat()).toEqual(records.map((record) => record.path));
    expect(records).toEqual(await preparePages(many, listedPaths, PLACES, new Set(), { threads: 1 }));
  });

  it('fails as a whole when a page cannot be read, on worker threads or here alike', async () => {
    const withMissing = [...paths.slice(0, 10), 'events/missing/index.html', ...paths.slice(10)];
    for (const threads of [1, 2]) {
      const handedOn: string[] = [];
      await expect(preparePages(site, withMissing, PLACES, new Set(), { threads, workersFrom: 0, onRecords: (batch) => handedOn.push(...batch.map((record) => record.path)) })).rejects.toThrow(
        /ENOENT.*missing/,
      );
      // The one batch failed, so none of it was handed on.
      expect(handedOn).toEqual([]);
    }
  });

  it('fails with the error of a listing that fails while the workers prepare', async () => {
    async function* failingListing() {
      // 300 pages: a batch of 250 is on a worker when the listing fails.
      for (let chunk = 0; chunk < 10; chunk += 1) yield paths;
      throw new Error('the listing failed');
    }
    await expect(preparePages(site, failingListing(), PLACES, new Set(), { threads: 2, workersFrom: 0 })).rejects.toThrow('the listing failed');
    await expect(preparePages(site, failingListing(), PLACES, new Set(), { threads: 1 })).rejects.toThrow('the listing failed');
  });
});
