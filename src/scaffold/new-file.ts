/**
 * The common end of `new:event` and `new:member`: a file's new text is validated together with
 * the rest of the content before anything is written, so the commands only ever write files
 * that pass `validate`; otherwise the problems come back and the disk stays as it was.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BilingualError } from '../cli/bilingual.ts';
import { readSourceFile, type ContentTree } from '../content/load.ts';
import type { LocatedProblem } from '../rules/types.ts';
import { validateTree } from '../validator/validate.ts';

export interface NewFile {
  /** Relative to the content root. */
  relative: string;
  text: string;
}

/** An answer that cannot make a valid file (a date that is not a date, a name without a surname). */
export class AnswerError extends BilingualError {}

/** The errors the content `tree` (as loaded) would have in `file` once it is written (none: safe to write). */
export function problemsOfNewFile(tree: ContentTree, file: NewFile, now: Date): LocatedProblem[] {
  const next = readSourceFile(tree.root, file.relative, file.text);
  const files = [...tree.files.filter((f) => f.relative !== file.relative), next];
  return validateTree({ root: tree.root, files }, { now }).problems.filter((p) => p.file === next.path && p.severity === 'error');
}

/** Writes the file under the content root, creating its folder. */
export function writeNewFile(contentRoot: string, file: NewFile): string {
  const path = join(contentRoot, file.relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
  return path;
}
