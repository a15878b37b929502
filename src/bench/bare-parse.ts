/**
 * The benchmark's yardstick for `validate`: read every content file and parse its YAML with
 * js-yaml, nothing else, as a fresh process (`node src/bench/bare-parse.ts <content root>`).
 * validate's figures are given as ratios to this one, measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { listContentFiles, splitFrontmatter } from '../content/load.ts';

export function bareParse(contentRoot: string): number {
  let files = 0;
  for (const path of listContentFiles(contentRoot)) {
    const text = readFileSync(join(contentRoot, path), 'utf8');
    const parts = path.endsWith('.yaml') ? undefined : splitFrontmatter(text);
    jsYaml.load(parts === undefined ? text : typeof parts === 'string' ? '' : parts.yaml.text);
    files++;
  }
  return files;
}

if (import.meta.main) {
  const root = process.argv[2];
  if (!root) throw new Error('usage: node src/bench/bare-parse.ts <content root>');
  process.stdout.write(`${bareParse(root)} files parsed\n`);
}
