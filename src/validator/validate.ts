/**
 * Runs every rule over a content tree and locates each finding in its file. The clean path
 * parses each file once with js-yaml; source positions (eemeli's `yaml`, slower) are computed
 * only for the files that have something to report.
 */
import { listContent, type ContentTree } from '../content/load.ts';
import type { Content } from '../content/model.ts';
import { assembleContent, type ParsedFile } from '../rules/schema.ts';
import type { Finding, LocatedProblem } from '../rules/types.ts';
import { checkFile, checkSourceFile } from './check-files.ts';
import { byPlace, locateEach, wholeContentFindings } from './locate.ts';

export { byPlace, locateEach, locateFindings, localeOf, messageLocale, renderProblem, wholeContentFindings } from './locate.ts';

export interface ValidateOptions {
  /** "Today" for the deadline rules. */
  now: Date;
}

export interface ValidationResult {
  tree: ContentTree;
  content: Content;
  problems: LocatedProblem[];
  /** Each file's parse and per-file findings, in tree order (check:pr reuses them for the base's unchanged files). */
  checked: ParsedFile[];
  /** Every finding before it was located, per-file ones first (check:pr compares them with the base's). */
  findings: Finding[];
  /** `located[i]` is `findings[i]` located (check:pr reuses them instead of locating twice). */
  located: LocatedProblem[];
}

/** Validates a tree already in memory (tests, pull-request trees). */
export function validateTree(tree: ContentTree, options: ValidateOptions): ValidationResult {
  return finish(tree, tree.files.map((file) => checkSourceFile(file, options)), options);
}

/**
 * Reads and validates a content folder. One thread on purpose: on the national dataset, handing
 * the parsed content back from worker threads cost more than the parsing they saved (measured:
 * 1.7–1.9 s with two threads against 1.3–1.5 s with one; with only the light event files in a
 * worker, 1.55–2.0 s against 1.34–1.95 s). On two cores V8's own GC and compiler threads
 * already use the second core.
 */
export async function validateDirectory(root: string, options: ValidateOptions): Promise<ValidationResult> {
  const checked = listContent(root).map((entry) => checkFile(root, entry, options));
  return finish({ root, files: checked.map((c) => c.file) }, checked, options);
}

/** The whole-content half: cross-file families, then every finding located and sorted. */
function finish(tree: ContentTree, checked: ParsedFile[], options: ValidateOptions): ValidationResult {
  const content = assembleContent(tree, checked);
  const findings = checked.flatMap((c) => c.findings);
  findings.push(...wholeContentFindings(content, options.now));
  const located = locateEach(findings);
  return { tree, content, problems: [...located].sort(byPlace), checked, findings, located };
}

