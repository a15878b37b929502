/**
 * What the browser downloads for a search: opens a built site's search page in Chromium, types a
 * query into the search box as a person does, waits for the results, and sums the bytes of every
 * response the query caused (pagefind's script, WebAssembly, language metadata, index chunks and
 * the shown results' fragments), besides what the page itself loaded before typing.
 *
 * `node test/search/download.ts --dist DIR [--lang kk|ru] QUERY…`
 */
import { launchChromium, serveStatic, DIST } from '../e2e/harness.ts';

const args = process.argv.slice(2);
const take = (flag: string, fallback: string) => (args.includes(flag) ? args.splice(args.indexOf(flag), 2)[1]! : fallback);
const dist = take('--dist', DIST);
const lang = take('--lang', 'kk');
const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  for (const query of args) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let loads: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      loads.push({ url: new URL(response.url()).pathname, bytes: body.length });
    });
    await page.goto(`${server.url}${lang === 'kk' ? '' : '/ru'}/search/`);
    await page.waitForLoadState('networkidle');
    const pageBytes = loads.reduce((sum, load) => sum + load.bytes, 0);
    process.stdout.write(`the search page itself: ${(pageBytes / 1024).toFixed(1)} KB in ${loads.length} responses\n`);
    loads = [];
    const input = page.locator('#search input.search-input');
    await input.click();
    await input.pressSequentially(query, { delay: 30 });
    await page.locator('#search .search-excerpt').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const total = loads.reduce((sum, load) => sum + load.bytes, 0);
    const results = await page.locator('#search .search-message').innerText();
    process.stdout.write(`${query}: ${(total / 1024).toFixed(1)} KB in ${loads.length} responses (${results})\n`);
    const byKind = new Map<string, number>();
    for (const load of loads) {
      const kind = load.url.replace(/^.*\//, '').replace(/[._][0-9a-f]{6,}.*$|\..*$/, '') + (load.url.match(/\.[a-z_]+$/)?.[0] ?? '');
      byKind.set(kind, (byKind.get(kind) ?? 0) + load.bytes);
    }
    for (const [kind, bytes] of [...byKind].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${kind}: ${(bytes / 1024).toFixed(1)} KB\n`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
