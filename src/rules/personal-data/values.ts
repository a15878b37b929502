/**
 * Walks the string values of a parsed YAML document with their data paths, so a finding in a
 * value points at that value (file:line:column via the runner's locator).
 */
import type { DataPath } from '../../content/yaml.ts';

export type Visit = (text: string, path: DataPath) => void;

/** Calls `visit` for every string value in `value` (keys are the schema's business: unknown ones are errors). */
export function visitStrings(value: unknown, visit: Visit, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    visit(value, path);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      visitStrings(value[i], visit, path);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      path.push(key);
      visitStrings(item, visit, path);
      path.pop();
    }
  }
}
