/**
 * Walks the string values of a parsed YAML document with their data paths, so a finding in a
 * value points at that value (file:line:column via the runner's locator).
 */
import type { DataPath } from '../../content/yaml.ts';

/** `at: 'key'`: the text is the mapping key at the end of `path` (only with the `keys` option). */
export type Visit = (text: string, path: DataPath, at: 'key' | 'value') => void;

export interface VisitOptions {
  /**
   * Visit mapping keys too, each just before its value: content keys are fixed names, so a key
   * with text in it (a flow mapping's comma turns the rest of a value into a key) is a mistake
   * that still ends up in the public repository. Plain field names (`kk`, `members`, `heads`:
   * lower-case letters and `_`, no digit, no `@`) cannot hold personal data and are skipped.
   */
  keys?: boolean;
}

const FIELD_NAME = /^[a-z_]+$/;
/** Keys repeat in every entry (`id`, `name`, `grade`…): each is tested once. */
const plainKeys = new Map<string, boolean>();
function visitsKey(options: VisitOptions, key: string): boolean {
  if (options.keys !== true) return false;
  let plain = plainKeys.get(key);
  if (plain === undefined) {
    plain = FIELD_NAME.test(key);
    if (plainKeys.size < 10_000) plainKeys.set(key, plain);
  }
  return !plain;
}

/**
 * Calls `visit` for every string value in `value` (keys are the schema's business: unknown ones
 * are errors). Each object or array is visited once even if it is reachable twice: `parseYaml`
 * refuses aliases, and this keeps a shared value (an alias "bomb") linear all the same.
 */
export function visitStrings(value: unknown, visit: Visit, options: VisitOptions = {}, path: (string | number)[] = [], seen = new Set<object>()): void {
  if (typeof value === 'string') {
    visit(value, path, 'value');
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      visitStrings(value[i], visit, options, path, seen);
      path.pop();
    }
  } else {
    for (const [key, item] of Object.entries(value)) {
      path.push(key);
      if (visitsKey(options, key)) visit(key, path, 'key');
      visitStrings(item, visit, options, path, seen);
      path.pop();
    }
  }
}

/**
 * Every string value in `value`, in the order `visitStrings` visits them, without their paths:
 * the cheap first pass over every file (the paths are built only for a file with a finding).
 */
export function collectStrings(value: unknown, options: VisitOptions = {}, out: string[] = [], seen = new Set<object>()): string[] {
  if (typeof value === 'string') {
    out.push(value);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date) && !seen.has(value)) {
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) collectStrings(item, options, out, seen);
    } else {
      for (const key in value) {
        if (visitsKey(options, key)) out.push(key);
        collectStrings((value as Record<string, unknown>)[key], options, out, seen);
      }
    }
  }
  return out;
}
