/**
 * `npm run search-index` — builds the pagefind search index of the built site into
 * `<OUT_DIR>/pagefind/`: one index per language (pagefind reads each page's `<html lang>`), over
 * the parts of pages marked `data-pagefind-body`. Each page is read here and given to pagefind as
 * src/search/index-html.ts prepares it (cells separated, initials not indexed, a Kazakh page's
 * stems in a hidden metadata field); the files on disk are not changed. The stemmer's protected
 * place names are the ones the Kazakh search page publishes for its own script (one list for the
 * index and the query). Environment: OUT_DIR (default dist).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../src/search/index-html.ts';
import { readPlaceWords } from '../src/search/place-names.ts';

const outDir = process.env.OUT_DIR || 'dist';

try {
  const started = performance.now();
  const placeWords = readPlaceWords(outDir);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('\n'));
  // The prepared pages are written to a scratch folder that pagefind's own indexer reads, rather
  // than sent one by one through the Node API: piping 100 MB of pages to pagefind's process cost
  // more than twice the whole index step at national scale (33 s against ≈ 12 s for a folder).
  const scratch = mkdtempSync(join(tmpdir(), 'myn-jasa-search-'));
  let pages = 0;
  try {
    for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const path = join(entry.parentPath, entry.name);
      const relativePath = relative(outDir, path);
      if (relativePath.startsWith('pagefind')) continue;
      const prepared = prepareForIndex(readFileSync(path, 'utf8'), placeWords);
      if (!prepared) continue;
      pages += 1;
      mkdirSync(dirname(join(scratch, relativePath)), { recursive: true });
      writeFileSync(join(scratch, relativePath), prepared.html);
    }
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    if (added.page_count !== pages) throw new Error(`pagefind indexed ${added.page_count} of the ${pages} prepared pages`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
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
