/**
 * The last gate before publishing: `npm run build:site` scans the built site (before it replaces
 * `dist/`) for what must never be published, whatever a validator bug let through: IINs, phones
 * and e-mails (only the curators' official phone and e-mail from the rosters are allowed), and the
 * names of members whose guardians chose `consent.name: hidden`. Every HTML page must also carry
 * the Content-Security-Policy (csp.ts). A finding fails the build and names the built file and the
 * content file it comes from, never the value.
 *
 * Fast at national scale: one pass over each text file (HTML, XML/RSS, ICS, JSON, pagefind
 * fragments; images are not read), the personal-data scanners' own cheap prefilters, and hidden
 * names looked up word by word in a map instead of one search per name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeHTML } from 'entities';
import { loadContent, type ContentTree, type SourceFile } from '../content/load.ts';
import { findPersonalData } from '../privacy/scan.ts';
import { publicName } from '../site/members.ts';
import { CSP_META_PATTERN } from './csp.ts';
import { outputKind, pagefindFragmentUrl, publishedText } from './output-text.ts';
import type { OutputFindingKind } from './strings.ts';

export interface OutputFinding {
  kind: OutputFindingKind;
  /** The built file, relative to the output folder, with forward slashes. */
  output: string;
  /** Content files the value comes from (as the validator names them), best guess first; may be empty. */
  sources: string[];
  /** For a pagefind fragment: the page it indexes. */
  page?: string;
}

export interface GateOptions {
  /** The built site (`.dist-build/next`). */
  outDir: string;
  /** The content tree it was built from. */
  contentDir: string;
  /** The site's base path (`/` or `/myn-jasa/`), to read the page of a pagefind fragment. */
  base?: string;
}

/** What the content says may and may not be published, from the same reader the build uses. */
export interface PublishingRules {
  /** Hidden members' roster names, normalised (matchText), by their first word. */
  hiddenNames: Map<string, string[]>;
  /** Hidden names whose first word is not a plain Latin/Cyrillic word: searched for whole. */
  otherNames: string[];
  /** The curators' official phones (their last ten digits) and e-mails (lower case). */
  allowedPhones: Set<string>;
  allowedEmails: Set<string>;
}

/** Scans every text file of the built site; an empty list means it may be published. */
export function checkPublishedOutput({ outDir, contentDir, base = '/' }: GateOptions): OutputFinding[] {
  const tree = loadContent(contentDir);
  const rules = publishingRules(tree);
  const found: { finding: OutputFinding; needle: string }[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const kind = outputKind(entry.name);
    if (!kind) continue;
    const output = relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    const bytes = readFileSync(join(entry.parentPath, entry.name));
    const page = kind === 'pagefind-fragment' ? pageOfUrl(pagefindFragmentUrl(bytes), base) : undefined;
    if (kind === 'html' && !CSP_META_PATTERN.test(bytes.toString('utf8'))) {
      found.push({ finding: { kind: 'csp-missing', output, sources: [] }, needle: '' });
    }
    const seen = new Set<string>();
    for (const { kind: what, needle } of findInText(publishedText(kind, bytes), rules)) {
      if (seen.has(`${what} ${needle}`)) continue;
      seen.add(`${what} ${needle}`);
      found.push({ finding: { kind: what, output, sources: [], ...(page ? { page } : {}) }, needle });
    }
  }
  if (found.length === 0) return [];
  const haystacks = contentHaystacks(tree);
  return found.map(({ finding, needle }) => ({
    ...finding,
    sources: finding.kind === 'csp-missing' ? [] : sourcesOf(finding, needle, tree, haystacks),
  }));
}

/** Hidden names and the curators' contacts, read from every roster file (also one that fails its schema). */
export function publishingRules(tree: ContentTree): PublishingRules {
  const hidden = new Set<string>();
  const shown = new Set<string>();
  const allowedPhones = new Set<string>();
  const allowedEmails = new Set<string>();
  for (const file of tree.files) {
    if (file.place?.kind !== 'region' && file.place?.kind !== 'unit') continue;
    visitMembers(file.data, (member) => {
      if (member.consent.name === 'hidden') hidden.add(matchText(member.name));
      else {
        const name = publicName({ name: member.name, consent: { ...member.consent, photo: false } });
        if (name) shown.add(matchText(name));
      }
    });
    const curator = (file.data as { curator?: { phone?: unknown; email?: unknown } } | undefined)?.curator;
    if (typeof curator?.phone === 'string') allowedPhones.add(phoneKey(curator.phone));
    if (typeof curator?.email === 'string') allowedEmails.add(emailKey(curator.email));
  }
  const hiddenNames = new Map<string, string[]>();
  const otherNames: string[] = [];
  // A hidden name that a visible member also carries cannot be told apart in text: the visible one may be shown.
  for (const name of hidden) {
    if (!name || shown.has(name)) continue;
    const first = name.split(' ')[0]!;
    if (WHOLE_WORD.test(first)) hiddenNames.set(first, [...(hiddenNames.get(first) ?? []), name]);
    else otherNames.push(name);
  }
  return { hiddenNames, otherNames, allowedPhones, allowedEmails };
}

interface MemberLike {
  name: string;
  consent: { name: 'full' | 'initial' | 'hidden' };
}

/** Every object shaped like a member (`name` and `consent.name`), at any depth (members, rural members). */
function visitMembers(value: unknown, visit: (member: MemberLike) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) visitMembers(item, visit);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  const consent = object['consent'] as { name?: unknown } | undefined;
  if (typeof object['name'] === 'string' && consent && ['full', 'initial', 'hidden'].includes(String(consent.name))) {
    visit(object as unknown as MemberLike);
  }
  for (const item of Object.values(object)) if (item && typeof item === 'object') visitMembers(item, visit);
}

/** Text as names are compared: NFKC, format characters (soft hyphen, zero-width) removed, spaces collapsed, lower case. */
export function matchText(text: string): string {
  return withoutFormatCharacters(text.normalize('NFKC')).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Invisible format characters (U+00AD, U+200B, U+2060…) that could split a value without changing how it reads. */
const FORMAT_CHARACTER = /\p{Cf}/u;
const withoutFormatCharacters = (text: string) => (FORMAT_CHARACTER.test(text) ? text.replace(/\p{Cf}/gu, '') : text);

const phoneKey = (phone: string) => phone.normalize('NFKC').replace(/\D/g, '').slice(-10);
const emailKey = (email: string) => email.normalize('NFKC').trim().toLowerCase();

/** How a value is looked for in the content: an e-mail in lower case, a phone by its last ten digits, an IIN by its digits. */
function neededKey(kind: string, value: string): string {
  if (kind === 'email') return emailKey(value);
  return kind === 'phone' ? phoneKey(value) : value.replace(/\D/g, '');
}

/**
 * Words in Latin and Cyrillic (Kazakh letters included), lower case. The text is walked character
 * by character (many times faster than a regular expression over a national build); a name whose
 * first word has other letters is searched for on its own (`otherNames`).
 */
const isWordStart = (c: number) => (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff);
const isWordPart = (c: number) => isWordStart(c) || c === 45 || c === 39 || c === 0x2019 || c === 0x2bc;
const WHOLE_WORD = /^[a-z\u00c0-\u024f\u0400-\u04ff][a-z\u00c0-\u024f\u0400-\u04ff'’ʼ-]*$/;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;

/** What may not be published in one text: each finding's kind and its normalised value (kept in memory only, to find its source). */
export function findInText(text: string, rules: PublishingRules): { kind: Exclude<OutputFindingKind, 'csp-missing'>; needle: string }[] {
  const found: { kind: Exclude<OutputFindingKind, 'csp-missing'>; needle: string }[] = [];
  const plain = withoutFormatCharacters(text.normalize('NFKC'));
  for (const match of findPersonalData(plain, { kinds: ['iin', 'phone', 'email'] })) {
    const value = plain.slice(match.index, match.index + match.length);
    if (match.kind === 'phone' && rules.allowedPhones.has(phoneKey(value))) continue;
    if (match.kind === 'email' && rules.allowedEmails.has(emailKey(value))) continue;
    found.push({ kind: match.kind as 'iin' | 'phone' | 'email', needle: neededKey(match.kind, value) });
  }
  for (const name of hiddenNamesIn(plain.toLowerCase(), rules)) found.push({ kind: 'hidden-name', needle: name });
  return found;
}

/** The hidden names written in `lower` (lower-case text): looked up word by word, then compared whole. */
function hiddenNamesIn(lower: string, rules: PublishingRules): string[] {
  const found: string[] = [];
  const check = (name: string, index: number) => {
    // Whole words at the start; the end may run on into a Kazakh or Russian ending («Айгерім С.-ға», «…Сейітоваға»).
    if (index > 0 && LETTER_OR_DIGIT.test(name[0]!) && LETTER_OR_DIGIT.test(lower[index - 1]!)) return;
    if (writtenAt(lower, index, name)) found.push(name);
  };
  if (rules.hiddenNames.size > 0) {
    for (let i = 0; i < lower.length; ) {
      if (!isWordStart(lower.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (++i < lower.length && isWordPart(lower.charCodeAt(i)));
      const names = rules.hiddenNames.get(lower.slice(start, i));
      if (names) for (const name of names) check(name, start);
    }
  }
  for (const name of rules.otherNames) {
    const first = name.split(' ')[0]!;
    for (let index = lower.indexOf(first); index !== -1; index = lower.indexOf(first, index + 1)) check(name, index);
  }
  return found;
}

/** Whether `name` (spaces collapsed) is written at `index`, any run of white space in the text counting as its one space. */
function writtenAt(text: string, index: number, name: string): boolean {
  let k = index;
  for (let j = 0; j < name.length; j++) {
    if (name[j] === ' ') {
      if (!SPACE.test(text[k] ?? '')) return false;
      while (SPACE.test(text[k] ?? '')) k++;
    } else if (text[k++] !== name[j]) return false;
  }
  return true;
}

/** A page's URL (`/myn-jasa/ru/events/…/`) → its built file (`ru/events/…/index.html`). */
function pageOfUrl(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The content file that makes a page, by the site map (src/site/paths.ts), relative to the content root. */
export function pageSource(output: string): string[] {
  const path = output.replace(/^ru\//, '');
  let m = path.match(/^events\/(\d{4})\/([^/]+)\/(?:index\.html|event\.ics)$/);
  if (m) return [`events/${m[1]}/${m[2]}.mdx`, `events/${m[1]}/${m[2]}.md`];
  m = path.match(/^regions\/([^/]+)\/(?:index\.html|events\.ics)$/);
  if (m) return [`representations/${m[1]}/region.yaml`];
  m = path.match(/^regions\/([^/]+)\/([^/]+)\/index\.html$/);
  if (m) return [`representations/${m[1]}/${m[2]}.yaml`];
  m = path.match(/^projects\/([^/]+)\/([^/]+)\/index\.html$/);
  if (m) return [`projects/${m[1]}/${m[2]}.mdx`];
  m = path.match(/^verify\/(\d{4})-[^/]+\/index\.html$/);
  if (m) return [`awards/${m[1]}.yaml`];
  return [];
}

/** Each content file's text as it may be published: references decoded, names normalised, and its digits alone. */
interface Haystack {
  file: SourceFile;
  text: string;
  digits: string;
}

function contentHaystacks(tree: ContentTree): Haystack[] {
  return tree.files.map((file) => {
    const text = matchText(`${decodeHTML(file.text)}\n${JSON.stringify(file.data ?? null)}`);
    return { file, text, digits: text.replace(/\D/g, '') };
  });
}

/** The page's own content file first, then every content file holding the value. */
function sourcesOf(finding: OutputFinding, needle: string, tree: ContentTree, haystacks: Haystack[]): string[] {
  const byRelative = new Map(tree.files.map((f) => [f.relative, f.path]));
  const mapped = pageSource(finding.page ?? finding.output).flatMap((r) => byRelative.get(r) ?? []);
  const holding = haystacks
    .filter(({ file, text, digits }) => {
      if (finding.kind === 'hidden-name') return file.place?.kind !== 'region' && file.place?.kind !== 'unit' && text.includes(needle);
      if (finding.kind === 'email') return text.includes(needle);
      return needle !== '' && digits.includes(needle);
    })
    .map(({ file }) => file.path);
  return [...new Set([...mapped, ...holding])];
}
