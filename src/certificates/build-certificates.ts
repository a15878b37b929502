/**
 * `npm run certificates`: one PDF per award of a year, and one PDF per region with all of that
 * region's certificates for printing. The output folder is replaced as a whole, atomically: the
 * PDFs are written into a temporary sibling folder that takes the output's place only once every
 * file is written, so a failed run leaves the previous output as it was.
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
import { CERTIFICATE_MESSAGES, CertificateError } from './strings.ts';

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
}

/** Marks a folder as made by this command, so a re-run may replace it and no other folder. */
const MARKER = '.myn-jasa-certificates';

/** Builds every certificate of `year` into `outDir` (replaced atomically). */
export async function buildCertificates(options: CertificatesOptions): Promise<CertificatesResult> {
  const outDir = resolve(options.outDir);
  const repositories = protectedRepositories([options.contentDir, process.cwd()]);
  const names = options.namesFile ? readNamesFile(options.namesFile, repositories) : new Map<string, string>();
  if (options.namesFile && insideRepository(outDir, repositories)) throw new CertificateError(CERTIFICATE_MESSAGES.outInRepository(outDir));
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, MARKER))) {
    throw new CertificateError(CERTIFICATE_MESSAGES.outNotOurs(outDir));
  }

  const { content } = parseContent(loadContent(options.contentDir));
  const awards = content.awards.find((entry) => entry.year === options.year);
  if (!awards) throw new CertificateError(CERTIFICATE_MESSAGES.noAwards(options.year));
  // A roster's region and unit are those of its file's place in the tree.
  const roster = memberPlaces([...content.regions].map(([region, { data }]) => ({ region, data })), content.units);
  const certificates = awards.data.map((award) => certificateOf(award, content, roster, names, options.site));

  const staging = join(dirname(outDir), `.${basename(outDir)}.tmp-${randomBytes(4).toString('hex')}`);
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
    return { certificates, regionPacks, outDir };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Puts `staging` in the place of `target`: two renames, the old folder removed last. */
function replaceFolder(staging: string, target: string): void {
  const old = `${staging}.old`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}
