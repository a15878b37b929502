/**
 * `check:pr` as a library: the base tree from git, the head from the working tree, the full
 * validation of the head, the difference between them and the pull-request rules on it.
 * Problems of both kinds come back located, rendered in one language and sorted together.
 */
import { join, relative, sep } from 'node:path';
import type { ContentTree, SourceFile } from '../content/load.ts';
import type { Content } from '../content/model.ts';
import type { Locale } from '../content/schema.ts';
import { FAMILIES } from '../rules/index.ts';
import { assembleContent, parseFile, type ParsedFile } from '../rules/schema.ts';
import type { LocatedProblem, Problem } from '../rules/types.ts';
import { CannotRunError, requireContentDir } from '../validator/run.ts';
import { byPlace, locateFindings, messageLocale, renderProblem, validateDirectory } from '../validator/validate.ts';
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
  /** Located, language-neutral problems (validate's and the PR rules'), sorted by file and line. */
  located: LocatedProblem[];
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
  let base: Content;
  let tracked: string[];
  let touched: { all: string[]; present: string[] };
  try {
    const loaded = loadBaseTree(options.base, options.contentDir, headTree);
    baseTree = loaded.tree;
    base = baseContent(loaded.tree, loaded.unchanged, head);
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
  const changes = diffContent(baseTree, base, headTree, head);
  const prProblems = locateFindings(checkPullRequest({ base, head, changes, now: options.now, tracked, touched: touched.all, present: touched.present }), PR_RULES);

  const locale = messageLocale(head, options.locale);
  const located = [...withBaseSeason(validation.problems, base, head, options.now), ...prProblems].sort(byPlace);
  const rendered = renderProblems(located, locale);
  const withProblems = new Set(located.map((p) => p.file));
  const sources = new Map<string, string>();
  // Head texts win; a deleted file's problem shows its base text.
  for (const file of [...baseTree.files, ...headTree.files]) if (withProblems.has(file.path)) sources.set(file.path, file.text);
  return { locale, base, head, changes, located, rendered, sources, filesChecked: headTree.files.length };
}

/** validate's families whose rules read the season from movement.yaml (deadlines, rules). */
const SEASON_FAMILIES = FAMILIES.filter((family) => family.check && ['deadlines', 'hierarchy', 'events'].includes(family.name));
const SEASON_RULE_IDS = new Set(SEASON_FAMILIES.flatMap((family) => family.rules.map((rule) => rule.id)));

/**
 * validate judged the head with the head's movement.yaml; a pull request is judged by the base's
 * season, deadlines and rules, or moving a deadline would silence the error it causes. The season
 * families run again on the head's content with the base's movement; movement.yaml itself (e.g.
 * its deadlines against its season) is still judged as the head has it.
 */
function withBaseSeason(problems: LocatedProblem[], base: Content, head: Content, now: Date): LocatedProblem[] {
  const rules = base.movement;
  if (!rules || (head.movement && sameValue(rules.data, head.movement.data))) return problems;
  const movementPath = head.movement?.file.path ?? rules.file.path;
  const kept = problems.filter((p) => !SEASON_RULE_IDS.has(p.rule) || p.file === movementPath);
  const judged: Content = { ...head, movement: rules };
  const findings = SEASON_FAMILIES.flatMap((family) => family.check!({ content: judged, now })).filter((f) => f.file.path !== movementPath);
  return [...kept, ...locateFindings(findings)];
}

/**
 * The base's parsed content: files shared with the head keep the head's parse (same text, same
 * result); only the files that differ are parsed again.
 */
function baseContent(tree: ContentTree, unchanged: Set<SourceFile>, head: Content): Content {
  const parsedInHead = new Map<SourceFile, unknown>();
  for (const entry of [head.movement, ...head.geography.values(), ...head.regions.values(), ...head.units, ...head.events, ...head.awards]) {
    if (entry) parsedInHead.set(entry.file, entry.data);
  }
  const files = tree.files.map((file): ParsedFile => (unchanged.has(file) ? { file, parsed: parsedInHead.get(file), findings: [] } : parseFile(file)));
  return assembleContent(tree, files);
}

/** Renders validate's and the PR rules' problems alike in one language (order kept). */
export function renderProblems(located: LocatedProblem[], locale: Locale): Problem[] {
  return located.map((p) => (PR_RULES.has(p.rule) ? renderProblem(p, locale, PR_RULES) : renderProblem(p, locale)));
}

function displayPath(absolute: string): string {
  const path = relative(process.cwd(), absolute);
  return sep === '/' ? path : path.split(sep).join('/');
}
