/**
 * `node scripts/identity-icons.ts` — writes public/favicon.svg and public/apple-touch-icon.png
 * from the mark's one definition (src/identity/mark.ts). Run it after changing the mark or the
 * palette; test/identity/icons.test.ts fails while the committed files differ.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAVICON_FILE, TOUCH_ICON_FILE, faviconSvg, touchIconPng } from '../src/identity/icons.ts';

const dir = 'public';
writeFileSync(join(dir, FAVICON_FILE), faviconSvg());
writeFileSync(join(dir, TOUCH_ICON_FILE), await touchIconPng());
process.stdout.write(`${join(dir, FAVICON_FILE)}, ${join(dir, TOUCH_ICON_FILE)}\n`);
