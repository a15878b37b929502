/**
 * `npx node scripts/build-editor.ts --out DIR` — writes only the web editor's files (`DIR/admin/…`,
 * the same ones the site's /admin/ routes serve, from the same functions) plus the three files the
 * browser tests' static host needs (`index.html`, `404.html`, `robots.txt`), in seconds instead of
 * a full site build. For the editor's browser tests: `EDITOR_DIST=DIR npx vitest run --config
 * vitest.e2e.config.ts test/e2e/editor*.test.ts`. Not a deployable site.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { adminPage } from '../src/cms/admin-page.ts';
import { cdnModules, editorBundle, fontFile, FONTS, sveltiaBundle, uiLocale, uiLocaleCodes } from '../src/cms/bundle.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  process.stderr.write('usage: npx node scripts/build-editor.ts --out DIR\n');
  process.exit(2);
}
const out = resolve(values.out);
const contentDir = process.env['CONTENT_DIR'] || 'content';

const write = (path: string, data: string | Buffer) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), data);
};

rmSync(join(out, 'admin'), { recursive: true, force: true });
write('index.html', '<!doctype html><meta charset="utf-8"><title>editor only</title><a href="/admin/">/admin/</a>\n');
write('404.html', '<!doctype html><meta charset="utf-8"><title>404</title>\n');
write('robots.txt', 'User-agent: *\nDisallow: /admin/\n');
write('admin/index.html', adminPage());
for (const name of ['config.yml', 'editor.css']) copyFileSync(join('public/admin', name), join(out, 'admin', name));
write('admin/sveltia-cms.js', sveltiaBundle());
write('admin/editor.js', await editorBundle(contentDir));
write('admin/chunks/react-dom.js', readFileSync('node_modules/@sveltia/cms/dist/chunks/react-dom.js'));
for (const code of uiLocaleCodes()) write(`admin/locales/${code}.json`, uiLocale(code));
for (const [path, source] of Object.entries(FONTS)) write(`admin/fonts/${fontFile(path)}`, readFileSync(source));
for (const [path, source] of Object.entries(cdnModules())) write(`admin/modules/${path}`, readFileSync(source));
process.stdout.write(`editor written to ${out}/admin/\n`);
