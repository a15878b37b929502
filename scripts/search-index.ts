/**
 * `npm run search-index` — builds the pagefind search index of the built site into
 * `<OUT_DIR>/pagefind/`: one index per language (pagefind reads each page's `<html lang>`), over
 * the parts of pages marked `data-pagefind-body`. Each page is read here and given to pagefind as
 * src/search/index-html.ts prepares it (cells separated, initials not indexed, a Kazakh page's
 * stems in a hidden metadata field); the files on disk are not changed. The stemmer's protected
 * place names are the ones the Kazakh search page publishes for its own script (one list for the
 * index and the query). Environment: OUT_DIR (default dist).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../src/search/index-html.ts';
import { readPlaceWords } from '../src/search/place-names.ts';

const outDir = process.env.OUT_DIR || 'dist';
/** Pages handed to pagefind at once: enough to keep its indexer busy while the next are read. */
const IN_FLIGHT = 32;

try {
  const started = performance.now();
  const placeWords = readPlaceWords(outDir);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('\n'));
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(outDir, path).startsWith('pagefind'));
  let pages = 0;
  const pending = new Set<Promise<void>>();
  for (const path of files) {
    const prepared = prepareForIndex(readFileSync(path, 'utf8'), placeWords);
    if (!prepared) continue;
    pages += 1;
    const task: Promise<void> = index.addHTMLFile({ sourcePath: relative(outDir, path), content: prepared.html }).then((added) => {
      pending.delete(task);
      if (added.errors.length > 0) throw new Error(`${relative(outDir, path)}: ${added.errors.join('\n')}`);
    });
    pending.add(task);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`search index: ${pages} pages → ${written.outputPath} (${seconds} s)\n`);
} catch (error) {
  process.stderr.write(`search index: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
