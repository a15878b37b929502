/**
 * `npm run certificates -- --year YYYY --out DIR [--names FILE] [--content DIR] [--site URL]` (`--help`: kk/ru help)
 * Printable PDF certificates of a year: DIR/<id>.pdf and DIR/regions/<region>.pdf. DIR must lie
 * outside the repository (refused otherwise): the PDFs name children.
 * --names: a private CSV `member_id,full_name` outside the repository, for full names on paper;
 *   refused inside a repository or under dist/.
 *   Without it each certificate prints the roster's public name; for a member whose consent is
 *   `hidden` that is the given name and an initial (the paper goes to the child; the site never
 *   shows that name). The site build never reads the names file. A names file that leaves
 *   recipients out is reported member by member (stderr); those certificates print the public name.
 * --site defaults to SITE_URL + BASE_PATH, else movement.yaml's site_url (src/site/deployment.ts, as the site reads them);
 *   an address that is not https, and certificates printing an initial instead of a full name, are warned about (kk/ru).
 * Exit 0: done; 1: refused or failed (the previous output is left as it was); 2: bad arguments.
 */
import { bilingualText, failureText, parseCommandLine } from '../src/cli/command-line.ts';
import { buildCertificates } from '../src/certificates/build-certificates.ts';
import { CERTIFICATE_MESSAGES, CertificateError } from '../src/i18n/certificates.ts';
import { siteRoot } from '../src/site/deployment.ts';

const say = (text: { kk: string; ru: string }, stream: NodeJS.WriteStream = process.stdout) => stream.write(bilingualText(text));

let args;
try {
  args = parseCommandLine('certificates', { year: { type: 'string' }, out: { type: 'string' }, names: { type: 'string' }, content: { type: 'string' }, site: { type: 'string' } }).values;
} catch (error) {
  process.stderr.write(failureText('certificates', error));
  args = undefined;
}
if (!args?.out || !/^\d{4}$/.test(args.year ?? '')) {
  say(CERTIFICATE_MESSAGES.usage(), process.stderr);
  process.exit(2);
}

const contentDir = args.content ?? process.env.CONTENT_DIR ?? 'content';
try {
  const result = await buildCertificates({
    contentDir,
    year: Number(args.year),
    outDir: args.out,
    // --site, else SITE_URL + BASE_PATH, else movement.yaml's site_url (of this content), else the local preview.
    site: args.site ?? siteRoot(process.env, contentDir),
    ...(args.names ? { namesFile: args.names } : {}),
  });
  // Recipients the names file leaves out get their public name; each is named, so none goes unnoticed.
  for (const missing of result.missingNames) say(CERTIFICATE_MESSAGES.nameMissing(missing.member, missing.award), process.stderr);
  if (result.missingNames.length > 0) say(CERTIFICATE_MESSAGES.namesIncomplete(result.missingNames.length), process.stderr);
  for (const warning of result.warnings) say(warning, process.stderr);
  say(CERTIFICATE_MESSAGES.done(result.certificates.length, result.regionPacks.size, result.outDir));
} catch (error) {
  if (error instanceof CertificateError) say(error.text, process.stderr);
  else process.stderr.write(failureText('certificates', error));
  process.exitCode = 1;
}
