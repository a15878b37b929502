/**
 * `npm run search-index` — builds the pagefind search index of the built site into
 * `<OUT_DIR>/pagefind/`: one index per language (pagefind reads each page's `<html lang>`), over
 * the parts of pages marked `data-pagefind-body`. Environment: OUT_DIR (default dist).
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const outDir = process.env.OUT_DIR || 'dist';
try {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  process.stdout.write(`search index: ${added.page_count} pages → ${written.outputPath}\n`);
} catch (error) {
  process.stderr.write(`search index: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
