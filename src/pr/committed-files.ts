/**
 * Files that must never be in the repository, whatever their content: anything under a
 * `private/` folder (where certificates' full names live on a coordinator's computer) and
 * names files (the `--names FILE` of `certificates`), recognised by name and data extension.
 */

const DATA_EXTENSIONS = /\.(csv|tsv|txt|xlsx?|ods|json|ya?ml)$/i;
/** `names.csv`, `2027-names.xlsx`, `certificate_names.json`, `имена.csv`, `fio.csv`, `аты-жөні.xlsx`. */
const NAMES_WORD = /(^|[-_. ])(names?|full-?names?|fio|имена|фио|аты-?жөні)([-_. ]|$)/i;

/** True for any path with a `private` folder in it (from the repository root, forward slashes). */
export function isPrivateFile(path: string): boolean {
  return path.split('/').slice(0, -1).some((part) => part.toLowerCase() === 'private');
}

/** True for a data file whose name says it holds names. */
export function isNamesFile(path: string): boolean {
  const name = path.split('/').at(-1) ?? '';
  return DATA_EXTENSIONS.test(name) && NAMES_WORD.test(name.replace(DATA_EXTENSIONS, ''));
}
