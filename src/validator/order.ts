/**
 * The order problems are reported in and the message language: apart from `locate.ts` (which
 * loads every rule family) so that a run answered wholly from the cache loads no rule module.
 */
import type { Locale } from '../content/schema.ts';
import type { LocatedProblem } from '../rules/types.ts';

/** The order problems are reported in: by file, line, column, then rule id. */
export function byPlace(a: LocatedProblem, b: LocatedProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/** The language messages are rendered in, from movement.yaml's `default_locale` alone: the one asked for, else it, else kk. */
export function localeOf(defaultLocale: Locale | undefined, asked?: Locale): Locale {
  return asked ?? defaultLocale ?? 'kk';
}
