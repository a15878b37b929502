/** `npm run docs` — regenerates docs/content-reference.md; `--check` exits 1 when it is stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { contentReference } from '../src/docs/content-reference.ts';

const target = 'docs/content-reference.md';
const text = contentReference();
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error(`${target} is out of date: run \`npm run docs\` and commit the result.`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
