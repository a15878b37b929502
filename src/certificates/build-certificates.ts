/**
 * `npm run certificates`: one PDF per award of a year, and one PDF per region with all of that
 * region's certificates for printing. The output folder is replaced as a whole, atomically: the
 * PDFs are written into a temporary sibling folder that takes the output's place only once every
 * file is written, so a failed run leaves the previous output as it was.
 *
 * The output never lies inside a repository (the PDFs name children, a hidden one too, and a
 * folder in the repository can be committed or, under `public/` or `dist/`, published). The
 * temporary folder carries the run's process id in its name: an interrupted run (Ctrl+C,
 * `kill`) removes it on the way out, and a run that could not (killed hard, power cut) has its
 * leftovers removed by the next run for the same output, once that process is gone.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadContent } from '../content/load.ts';
import { parseContent } from '../rules/schema.ts';
import { memberPlaces } from '../site/member-places.ts';
import { certificateOf, type Certificate } from './certificate.ts';
import { certificatesPdf } from './certificate-pdf.ts';
import { insideRepository, protectedRepositories, readNamesFile } from './names-file.ts';
import { CERTIFICATE_MESSAGES, CertificateError, type CertificateMessage } from '../i18n/certificates.ts';

export interface CertificatesOptions {
  contentDir: string;
  year: number;
  outDir: string;
  /** The site's root URL with its base path: the QR codes lead to `<site>/verify/<id>/`. */
  site: string;
  /** The private CSV `member_id,full_name`, outside any repository. */
  namesFile?: string;
}

export interface CertificatesResult {
  certificates: Certificate[];
  /** Region id → path of its combined PDF. */
  regionPacks: Map<string, string>;
  outDir: string;
  /** With a names file: the recipients it leaves out (their certificates print the roster's public name), in award order. */
  missingNames: { member: string; award: string }[];
  /** What a school should know before printing (kk/ru): an address that is not https, names printed with an initial. */
  warnings: CertificateMessage[];
}

/** Marks a folder as made by this command, so a re-run may replace it and no other folder. */
const MARKER = '.myn-jasa-certificates';

/** Builds every certificate of `year` into `outDir` (replaced atomically). */
export async function buildCertificates(options: CertificatesOptions): Promise<CertificatesResult> {
  const outDir = resolve(options.outDir);
  const repositories = protectedRepositories([options.contentDir, process.cwd()]);
  const names = options.namesFile ? readNamesFile(options.namesFile, repositories) : new Map<string, string>();
  if (insideRepository(outDir, repositories)) throw new CertificateError(CERTIFICATE_MESSAGES.outInRepository(outDir));
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, MARKER))) {
    throw new CertificateError(CERTIFICATE_MESSAGES.outNotOurs(outDir));
  }

  const { content } = parseContent(loadContent(options.contentDir));
  const awards = content.awards.find((entry) => entry.year === options.year);
  if (!awards) throw new CertificateError(CERTIFICATE_MESSAGES.noAwards(options.year));
  // A roster's region and unit are those of its file's place in the tree.
  const roster = memberPlaces([...content.regions].map(([region, { data }]) => ({ region, data })), content.units);
  const certificates = awards.data.map((award) => certificateOf(award, content, roster, names, options.site));
  const missingNames = options.namesFile ? awards.data.filter((award) => !names.has(award.member)).map((award) => ({ member: award.member, award: award.id })) : [];

  removeLeftovers(outDir);
  const staging = join(dirname(outDir), `${stagingPrefix(outDir)}${process.pid}-${randomBytes(4).toString('hex')}`);
  const removeOnSignal = (signal: NodeJS.Signals) => {
    rmSync(staging, { recursive: true, force: true });
    restoreOrRemove(`${staging}.old`, outDir);
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', removeOnSignal);
  process.once('SIGTERM', removeOnSignal);
  process.once('SIGHUP', removeOnSignal);
  try {
    mkdirSync(join(staging, 'regions'), { recursive: true });
    for (const certificate of certificates) {
      writeFileSync(join(staging, `${certificate.id}.pdf`), await certificatesPdf([certificate], certificate.id));
    }
    const regionPacks = new Map<string, string>();
    for (const region of [...new Set(certificates.map((c) => c.region))].sort()) {
      const pack = certificates.filter((c) => c.region === region).sort((a, b) => a.id.localeCompare(b.id));
      writeFileSync(join(staging, 'regions', `${region}.pdf`), await certificatesPdf(pack, `${region} ${options.year}`));
      regionPacks.set(region, join(outDir, 'regions', `${region}.pdf`));
    }
    writeFileSync(join(staging, MARKER), `${JSON.stringify({ year: options.year })}\n`);
    replaceFolder(staging, outDir);
    return { certificates, regionPacks, outDir, missingNames, warnings: certificateWarnings(certificates, options.site, Boolean(options.namesFile)) };
  } finally {
    process.off('SIGINT', removeOnSignal);
    process.off('SIGTERM', removeOnSignal);
    process.off('SIGHUP', removeOnSignal);
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Warnings before printing: a QR code and address that do not lead to the public https site
 * (a local preview's http://localhost, say), and, without a names file, each certificate that
 * prints a given name and initial instead of the full name. With a names file the recipients it
 * lacks are reported member by member instead (`missingNames`).
 */
export function certificateWarnings(certificates: readonly Certificate[], site: string, withNamesFile: boolean): CertificateMessage[] {
  const warnings: CertificateMessage[] = [];
  if (new URL(site).protocol !== 'https:') warnings.push(CERTIFICATE_MESSAGES.siteNotHttps(site));
  const initials = withNamesFile ? [] : certificates.filter((c) => !c.fullName).map((c) => c.id);
  if (initials.length > 0) warnings.push(CERTIFICATE_MESSAGES.initialsPrinted(initials.length, initials.join(', ')));
  return warnings;
}

/** The name every temporary folder of `outDir` starts with, before `<pid>-<random>`. */
function stagingPrefix(outDir: string): string {
  return `.${basename(outDir)}.tmp-`;
}

/** Removes the temporary folders (and `.old` folders) of `outDir` whose run is no longer alive. */
export function removeLeftovers(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const prefix = stagingPrefix(outDir);
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-[0-9a-f]+(?:\.old)?$/.exec(name.slice(prefix.length))?.[1]);
    if (!Number.isInteger(pid) || !running(pid)) restoreOrRemove(join(parent, name), outDir);
  }
}

/**
 * An `.old` folder is the previous output, moved aside a moment before the new one took its
 * place: when the run stopped in between, it is put back; anything else is removed.
 */
function restoreOrRemove(leftover: string, outDir: string): void {
  if (leftover.endsWith('.old') && existsSync(leftover) && !existsSync(outDir)) renameSync(leftover, outDir);
  else rmSync(leftover, { recursive: true, force: true });
}

/** Whether a process with this id exists (signal 0 only checks). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Puts `staging` in the place of `target`: two renames, the old folder removed last. */
function replaceFolder(staging: string, target: string): void {
  const old = `${staging}.old`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}
