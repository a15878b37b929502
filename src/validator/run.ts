/** The validator as a library: load a content root, validate it, render in one language. */
import { existsSync, statSync } from 'node:fs';
import { loadContent } from '../content/load.ts';
import { LOCALES, type Locale } from '../content/schema.ts';
import type { Problem } from '../rules/types.ts';
import { renderProblem, validateTree, type ValidationResult } from './validate.ts';

export interface RunOptions {
  contentDir: string;
  now: Date;
  /** Message language; default: movement.yaml's `default_locale`, else kk. */
  locale?: Locale;
}

export interface RunResult extends ValidationResult {
  locale: Locale;
  rendered: Problem[];
  sources: Map<string, string>;
  filesChecked: number;
}

export class CannotRunError extends Error {}

export function runValidation(options: RunOptions): RunResult {
  if (!existsSync(options.contentDir) || !statSync(options.contentDir).isDirectory()) {
    throw new CannotRunError(`content folder not found: ${options.contentDir}`);
  }
  const tree = loadContent(options.contentDir);
  const result = validateTree(tree, { now: options.now });
  const fromMovement = result.content.movement?.data.default_locale;
  const locale = options.locale ?? (fromMovement && LOCALES.includes(fromMovement) ? fromMovement : 'kk');
  const withProblems = new Set(result.problems.map((p) => p.file));
  const sources = new Map(tree.files.filter((f) => withProblems.has(f.path)).map((f) => [f.path, f.text]));
  return { ...result, locale, rendered: result.problems.map((p) => renderProblem(p, locale)), sources, filesChecked: tree.files.length };
}
