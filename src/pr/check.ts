/**
 * `check:pr` as a library: the base tree from git, the head from the working tree, validate's
 * rules on both, the difference between them and the pull-request rules on it. Only the problems
 * the change introduces fail (`baseline.ts`); those the base already had come back apart.
 * Problems of both kinds come back located, rendered in one language and sorted together.
 */
import { join, relative, sep } from 'node:path';
import type { ContentTree, SourceFile } from '../content/load.ts';
import type { Content } from '../content/model.ts';
import type { Locale } from '../content/schema.ts';
import { FAMILIES, RULES } from '../rules/index.ts';
import { assembleContent, type ParsedFile } from '../rules/schema.ts';
import type { Finding, LocatedProblem, Problem } from '../rules/types.ts';
import { checkSourceFile } from '../validator/check-files.ts';
import { CannotRunError, requireContentDir } from '../validator/run.ts';
import { byPlace, locateEach, messageLocale, renderProblem, validateDirectory, wholeContentFindings } from '../validator/validate.ts';
import { splitByBase } from './baseline.ts';
import { diffContent, sameValue, type Changes } from './changes.ts';
import { changedPaths, GitError, loadBaseTree, trackedFiles } from './git-tree.ts';
import { checkPullRequest, PR_RULES } from './rules.ts';

export interface CheckPrOptions {
  /** The base commit: a branch, tag or SHA git can resolve. */
  base: string;
  contentDir: string;
  now: Date;
  /** Message language; default: movement.yaml's `default_locale`, else kk. */
  locale?: Locale;
}

export interface CheckPrResult {
  locale: Locale;
  base: Content;
  head: Content;
  changes: Changes;
  /** Located, language-neutral problems the change introduces (validate's and the PR rules'), sorted by file and line: they decide the check. */
  located: LocatedProblem[];
  /** Problems the base already had ("already present, not caused by this change"): listed, never failing. */
  alreadyPresent: LocatedProblem[];
  rendered: Problem[];
  /** Texts of the files that have problems, for the text format. */
  sources: Map<string, string>;
  filesChecked: number;
}

/** Runs the pull-request check; throws `CannotRunError` when the content or the base is missing. */
export async function runCheckPr(options: CheckPrOptions): Promise<CheckPrResult> {
  requireContentDir(options.contentDir);
  // The head is validated in full; the base reuses its files.
  const validation = await validateDirectory(options.contentDir, { now: options.now });
  const headTree = validation.tree;
  const head = validation.content;
  let baseTree: ContentTree;
  let baseChecked: ParsedFile[];
  let tracked: string[];
  let touched: { all: string[]; present: string[] };
  try {
    const loaded = loadBaseTree(options.base, options.contentDir, headTree);
    baseTree = loaded.tree;
    baseChecked = checkBaseFiles(loaded.tree, loaded.unchanged, validation.checked, options.now);
    const display = (paths: string[]) => paths.map((path) => displayPath(join(loaded.top, path)));
    tracked = display(trackedFiles(loaded.top));
    const paths = changedPaths(loaded.top, loaded.commit);
    touched = { all: display(paths.all), present: display(paths.present) };
  } catch (error) {
    if (error instanceof GitError) {
      // git's own words stay as they are (after the kk/ru sentence): they name what it could not read.
      throw new CannotRunError({
        kk: `--base ${options.base}: git бұл тармақты не коммитті оқи алмады. Атауын тексеріңіз (мысалы origin/main) және оны алдын ала жүктеңіз (git fetch). git: ${error.message}`,
        ru: `--base ${options.base}: git не смог прочитать эту ветку или коммит. Проверьте имя (например origin/main) и загрузите её заранее (git fetch). git: ${error.message}`,
      });
    }
    throw error;
  }
  const base = assembleContent(baseTree, baseChecked);
  const changes = diffContent(baseTree, base, headTree, head);

  // validate's rules on both trees: the head fails only on what the base did not have.
  const baseFindings = [...baseChecked.flatMap((c) => c.findings), ...wholeContentFindings(base, options.now)];
  const split = splitByBase(withBaseSeason(validation.findings, base, head, options.now), baseFindings, RULES);
  const content = { ...split, introduced: newEventsComplete(split.introduced, changes) };
  // The PR rules judge the difference itself; only files committed before the change are not its doing.
  const prFindings = checkPullRequest({ base, head, changes, now: options.now, tracked, touched: touched.all, present: touched.present });
  const changedFiles = new Set(touched.present);
  const prPresent = new Set(prFindings.filter((f) => COMMITTED_FILE_RULES.has(f.rule) && !changedFiles.has(f.file.path)));

  const locale = messageLocale(head, options.locale);
  // validate located the head's findings already; only those the base season re-ran are new here.
  const locatedInHead = new Map(validation.findings.map((finding, i) => [finding, validation.located[i]!]));
  const locate = (findings: Finding[]) => locateReusing(findings, locatedInHead);
  const located = [...locate(content.introduced), ...locateEach(prFindings.filter((f) => !prPresent.has(f)), PR_RULES)].sort(byPlace);
  const alreadyPresent = [...locate(content.present), ...locateEach([...prPresent], PR_RULES)].sort(byPlace);
  const rendered = renderProblems(located, locale);
  const withProblems = new Set([...located, ...alreadyPresent].map((p) => p.file));
  const sources = new Map<string, string>();
  // Head texts win; a deleted file's problem shows its base text.
  for (const file of [...baseTree.files, ...headTree.files]) if (withProblems.has(file.path)) sources.set(file.path, file.text);
  return { locale, base, head, changes, located, alreadyPresent, rendered, sources, filesChecked: headTree.files.length };
}

/** validate's warnings that are errors in an event the pull request adds: a new event comes in both languages. */
const NEW_EVENT_ERRORS = new Set(['event-translation-missing']);

/** The introduced findings, with `NEW_EVENT_ERRORS` in the files of added events raised to errors. */
function newEventsComplete(introduced: Finding[], changes: Changes): Finding[] {
  const added = new Set(changes.events.filter((change) => change.kind === 'added').map((change) => change.head!.file.path));
  return introduced.map((finding) => (NEW_EVENT_ERRORS.has(finding.rule) && added.has(finding.file.path) ? { ...finding, severity: 'error' as const } : finding));
}

/** Locates validate's findings, taking those already located from `known` (order kept). */
function locateReusing(findings: Finding[], known: ReadonlyMap<Finding, LocatedProblem>): LocatedProblem[] {
  const fresh = locateEach(findings.filter((f) => !known.has(f)));
  let next = 0;
  return findings.map((f) => known.get(f) ?? fresh[next++]!);
}

/** The PR rules about files that must never be committed: one committed before the change is already present. */
const COMMITTED_FILE_RULES = new Set(['pr-private-file', 'pr-names-file', 'pr-data-file']);

/** validate's families whose rules read the season from movement.yaml (deadlines, rules). */
const SEASON_FAMILIES = FAMILIES.filter((family) => family.check && ['deadlines', 'hierarchy', 'events'].includes(family.name));
const SEASON_RULE_IDS = new Set(SEASON_FAMILIES.flatMap((family) => family.rules.map((rule) => rule.id)));

/**
 * validate judged the head with the head's movement.yaml; a pull request is judged by the base's
 * season, deadlines and rules, or moving a deadline would silence the error it causes. The season
 * families run again on the head's content with the base's movement; movement.yaml itself (e.g.
 * its deadlines against its season) is still judged as the head has it.
 */
function withBaseSeason(findings: Finding[], base: Content, head: Content, now: Date): Finding[] {
  const rules = base.movement;
  if (!rules || (head.movement && sameValue(rules.data, head.movement.data))) return findings;
  const movementPath = head.movement?.file.path ?? rules.file.path;
  const kept = findings.filter((f) => !SEASON_RULE_IDS.has(f.rule) || f.file.path === movementPath);
  const judged: Content = { ...head, movement: rules };
  const rerun = SEASON_FAMILIES.flatMap((family) => family.check!({ content: judged, now })).filter((f) => f.file.path !== movementPath);
  return [...kept, ...rerun];
}

/**
 * The base's files, parsed and checked one by one: files shared with the head keep the head's
 * result (same text, same parse, same findings); only the files that differ are checked again.
 */
function checkBaseFiles(tree: ContentTree, unchanged: Set<SourceFile>, headChecked: ParsedFile[], now: Date): ParsedFile[] {
  const inHead = new Map(headChecked.map((checked) => [checked.file, checked]));
  return tree.files.map((file) => (unchanged.has(file) && inHead.get(file)) || checkSourceFile(file, { now }));
}

/** Renders validate's and the PR rules' problems alike in one language (order kept): both are in the registry. */
export function renderProblems(located: LocatedProblem[], locale: Locale): Problem[] {
  return located.map((p) => renderProblem(p, locale));
}

function displayPath(absolute: string): string {
  const path = relative(process.cwd(), absolute);
  return sep === '/' ? path : path.split(sep).join('/');
}
