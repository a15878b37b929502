/**
 * Walks the string values of a parsed YAML document with their data paths, so a finding in a
 * value points at that value (file:line:column via the runner's locator).
 */
import type { DataPath } from '../../content/yaml.ts';

export type Visit = (text: string, path: DataPath) => void;

/**
 * Calls `visit` for every string value in `value` (keys are the schema's business: unknown ones
 * are errors). Each object or array is visited once even if it is reachable twice: `parseYaml`
 * refuses aliases, and this keeps a shared value (an alias "bomb") linear all the same.
 */
export function visitStrings(value: unknown, visit: Visit, path: (string | number)[] = [], seen = new Set<object>()): void {
  if (typeof value === 'string') {
    visit(value, path);
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      visitStrings(value[i], visit, path, seen);
      path.pop();
    }
  } else {
    for (const [key, item] of Object.entries(value)) {
      path.push(key);
      visitStrings(item, visit, path, seen);
      path.pop();
    }
  }
}
