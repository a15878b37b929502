/**
 * What a pull request introduces, against what its base already had. The rules run on both trees;
 * a head finding whose identity (rule, severity, file and the entity it is about) the base also
 * has is "already present, not caused by this change": it is listed, and never fails the check.
 * The identity does not use line numbers, since lines move: a finding's data path is named by the
 * `id` of every list item on the way (`members[id=m-3].grade`), so inserting a member above
 * another does not make the other's old problem new. This is reviewdog's "added" filter mode,
 * computed on findings instead of diff lines, so an error a change causes in a file it did not
 * touch (an award naming a member it deleted) still counts as introduced.
 */
import type { SourceFile } from '../content/load.ts';
import type { DataPath } from '../content/yaml.ts';
import type { Finding, Rule, Severity } from '../rules/types.ts';

export interface SplitFindings {
  /** Findings the base does not have: they decide the check. */
  introduced: Finding[];
  /** Findings the base has as well: listed, never failing. */
  present: Finding[];
}

/**
 * Splits the head's findings by whether the base has the same one. Identities are counted, so a
 * second finding of the same kind on the same entity is introduced even though the first is not.
 */
export function splitByBase(head: Finding[], base: Finding[], rules: ReadonlyMap<string, Rule>): SplitFindings {
  const onBase = new Map<string, number>();
  for (const finding of base) {
    const key = findingIdentity(finding, rules);
    onBase.set(key, (onBase.get(key) ?? 0) + 1);
  }
  const introduced: Finding[] = [];
  const present: Finding[] = [];
  for (const finding of head) {
    const key = findingIdentity(finding, rules);
    const left = onBase.get(key) ?? 0;
    if (left > 0) {
      onBase.set(key, left - 1);
      present.push(finding);
    } else introduced.push(finding);
  }
  return { introduced, present };
}

/**
 * A finding's identity, independent of where its lines stand: rule, severity, file and the entity.
 * Findings located by data path name the entity by that path with list items named by their `id`
 * (or their value, for a list of ids); findings located by offset or a known position (Markdown
 * bodies, syntax errors) by their parameters; findings about the whole file by the file alone.
 * Used only as a map key: it is never shown (a value may be personal data).
 */
export function findingIdentity(finding: Finding, rules: ReadonlyMap<string, Rule>): string {
  const severity: Severity | undefined = finding.severity ?? rules.get(finding.rule)?.severity;
  const entity = finding.path
    ? `path:${entityPath(finding.file, finding.path)}${finding.at === 'key' ? ':key' : ''}`
    : finding.offset !== undefined || finding.position
      ? `params:${paramsKey(finding.params)}`
      : 'file';
  return [finding.rule, severity, finding.file.path, entity].join('\u0000');
}

/** `members[id=m-3].grade`: the path with each list index replaced by the item's `id` or scalar value. */
function entityPath(file: SourceFile, path: DataPath): string {
  let value: unknown = file.data;
  const parts: string[] = [];
  for (const segment of path) {
    const next: unknown = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === 'number') parts.push(`[${itemName(next) ?? segment}]`);
    else parts.push(`.${segment}`);
    value = next;
  }
  return parts.join('');
}

function itemName(item: unknown): string | undefined {
  if (typeof item === 'string' || typeof item === 'number') return `=${JSON.stringify(item)}`;
  if (item !== null && typeof item === 'object') {
    const id = (item as Record<string, unknown>)['id'];
    if (typeof id === 'string' || typeof id === 'number') return `id=${JSON.stringify(id)}`;
  }
  return undefined;
}

/** The parameters without `path` (the field's name with list indexes, which move), in key order. */
function paramsKey(params: Finding['params']): string {
  const entries = Object.entries(params ?? {}).filter(([key]) => key !== 'path');
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
