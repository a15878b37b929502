/**
 * `npm run cards` — renders the social cards of every event, region and the site into
 * `<OUT_DIR>/cards/` through the cache in `.cache/cards/` (only changed cards are rendered).
 * Environment: CONTENT_DIR (default content), OUT_DIR (default dist), CARDS_CACHE_DIR,
 * SITE_URL and BASE_PATH (src/site/deployment.ts, as the site reads them). `--help`: kk/ru.
 */
import { buildCards } from '../src/cards/build-cards.ts';
import { DEFAULT_CACHE_DIR } from '../src/cards/card-cache.ts';
import { siteRoot } from '../src/site/deployment.ts';
import { failureText, parseCommandLine } from '../src/cli/command-line.ts';

try {
  parseCommandLine('cards', {});
} catch (error) {
  process.stderr.write(failureText('cards', error));
  process.exit(2);
}

const started = performance.now();
try {
  const counts = await buildCards({
    contentDir: process.env.CONTENT_DIR || 'content',
    outDir: process.env.OUT_DIR || 'dist',
    cacheDir: process.env.CARDS_CACHE_DIR || DEFAULT_CACHE_DIR,
    site: siteRoot(),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `карточкалар: ${counts.cards} (${counts.rendered} жаңадан салынды, ${counts.fromCache} кэштен, ${counts.pruned} өшірілді), ${seconds} с\n` +
      `карточки: ${counts.cards} (${counts.rendered} отрисовано, ${counts.fromCache} из кэша, ${counts.pruned} удалено), ${seconds} с\n`,
  );
} catch (error) {
  process.stderr.write(`карточкалар салынбады / карточки не отрисованы:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
