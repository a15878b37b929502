import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCards } from '../../src/cards/build-cards.ts';
import { buildCertificates } from '../../src/certificates/build-certificates.ts';
import { readNamesFile } from '../../src/certificates/names-file.ts';
import { CertificateError } from '../../src/i18n/certificates.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { pdfText } from './pdf-reader.ts';

const PROJECT = join(import.meta.dirname, '../..');
const SITE = 'https://example.kz/';
const FULL_NAME = 'Ару Асқарқызы Тестова';

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** A private names file in a folder of its own, outside any repository. */
function privateNames(text = `member_id,full_name\ntest-aru-a,${FULL_NAME}\n`): string {
  const path = join(temp('myn-jasa-private-'), 'names.csv');
  writeFileSync(path, text);
  return path;
}

/** A repository like the project's: `.git`, `content/` (the fixture) and, after a build, `dist/`. */
function repository(): string {
  const root = temp('myn-jasa-repo-');
  mkdirSync(join(root, '.git'));
  cpSync(fixtureTree().root, join(root, 'content'), { recursive: true });
  return root;
}

async function refusal(run: Promise<unknown>): Promise<CertificateError> {
  const error = await run.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CertificateError);
  return error as CertificateError;
}

/** Every text a file of `dir` holds: PDFs as a viewer extracts them, other files as UTF-8. */
async function textsUnder(dir: string): Promise<string[]> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const bytes = readFileSync(join(entry.parentPath, entry.name));
      return entry.name.endsWith('.pdf') ? (await pdfText(bytes)).join('\n') : bytes.toString('utf8');
    }),
  );
}

describe('the private names file', () => {
  it('reads `member_id,full_name` with or without a header, quotes and a BOM', () => {
    const names = readNamesFile(privateNames('\uFEFFmember_id,full_name\r\ntest-a,"Ли, Анна"\n\ntest-b,"Бек ""Батыр"" Бекұлы"\n'), []);
    expect([...names]).toEqual([['test-a', 'Ли, Анна'], ['test-b', 'Бек "Батыр" Бекұлы']]);
  });

  it('names the line that is not `member_id,full_name`, in both languages', () => {
    const path = privateNames('test-a,Анна\ntest-b\n');
    expect(() => readNamesFile(path, [])).toThrow(CertificateError);
    try {
      readNamesFile(path, []);
    } catch (error) {
      expect((error as CertificateError).text).toEqual({ kk: expect.stringContaining('2-жол'), ru: expect.stringContaining('строка 2') });
    }
  });

  it('is refused inside this project, inside the content’s repository and under a dist/ folder', async () => {
    const repo = repository();
    const content = join(repo, 'content');
    const out = join(temp('myn-jasa-out-'), 'out');
    const inProject = await refusal(buildCertificates({ contentDir: content, year: 2027, outDir: out, site: SITE, namesFile: join(PROJECT, 'private/names.csv') }));
    expect(inProject.text.kk).toContain('репозиторийдің ішінде');
    expect(inProject.text.ru).toContain('внутри репозитория');
    writeFileSync(join(repo, 'names.csv'), `test-aru-a,${FULL_NAME}\n`);
    await refusal(buildCertificates({ contentDir: content, year: 2027, outDir: out, site: SITE, namesFile: join(repo, 'names.csv') }));
    const distFolder = join(temp('myn-jasa-site-'), 'dist');
    mkdirSync(distFolder);
    writeFileSync(join(distFolder, 'names.csv'), `test-aru-a,${FULL_NAME}\n`);
    const inDist = await refusal(buildCertificates({ contentDir: content, year: 2027, outDir: out, site: SITE, namesFile: join(distFolder, 'names.csv') }));
    expect(inDist.text.ru).toContain('dist/');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to write full-name PDFs into the repository', async () => {
    const repo = repository();
    const error = await refusal(buildCertificates({ contentDir: join(repo, 'content'), year: 2027, outDir: join(repo, 'dist/certificates'), site: SITE, namesFile: privateNames() }));
    expect(error.text.ru).toContain('--out');
    expect(existsSync(join(repo, 'dist'))).toBe(false);
  });

  it('puts the full name in the PDF and nowhere in the repository or its dist/', async () => {
    const repo = repository();
    const content = join(repo, 'content');
    await buildCards({ contentDir: content, outDir: join(repo, 'dist'), cacheDir: join(repo, '.cache/cards'), site: SITE, workers: 1 });
    const out = join(temp('myn-jasa-print-'), 'certificates');
    await buildCertificates({ contentDir: content, year: 2027, outDir: out, site: SITE, namesFile: privateNames() });

    const printed = await textsUnder(out);
    expect(printed.some((text) => text.includes(FULL_NAME))).toBe(true);
    const [single] = await pdfText(readFileSync(join(out, '2027-000001.pdf')));
    expect(single).toContain(FULL_NAME);
    expect(single).not.toContain('Ару А.');

    expect(readdirSync(join(repo, 'dist/cards')).length).toBeGreaterThan(0);
    const inRepository = await textsUnder(repo);
    expect(inRepository.some((text) => text.includes('Ару А.'))).toBe(true);
    expect(inRepository.filter((text) => text.includes(FULL_NAME))).toEqual([]);
  });
});

describe('npm run certificates (the CLI)', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [join(PROJECT, 'scripts/certificates.ts'), ...args], { encoding: 'utf8', cwd: PROJECT });

  it('writes the PDFs and says so in Kazakh and Russian', () => {
    const out = join(temp('myn-jasa-cli-'), 'out');
    const run = cli('--year', '2027', '--out', out, '--content', fixtureTree().root, '--site', SITE);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('1 сертификат және 1 өңірлік жинақ жасалды');
    expect(run.stdout).toContain('Создано сертификатов: 1');
    expect(existsSync(join(out, '2027-000001.pdf'))).toBe(true);
    expect(existsSync(join(out, 'regions/ulytau.pdf'))).toBe(true);
  });

  it('reports, member by member, the recipients a names file leaves out (their certificates print the public name)', async () => {
    const content = fixtureTree().root;
    const partial = privateNames('member_id,full_name\ntest-bek-b,Бек Бекұлы Тестов\n');
    const result = await buildCertificates({ contentDir: content, year: 2027, outDir: join(temp('myn-jasa-cli-'), 'out'), site: SITE, namesFile: partial });
    expect(result.missingNames).toEqual([{ member: 'test-aru-a', award: '2027-000001' }]);
    expect(result.certificates[0]!.recipient).toBe('Ару А.');
    const complete = await buildCertificates({ contentDir: content, year: 2027, outDir: join(temp('myn-jasa-cli-'), 'out'), site: SITE, namesFile: privateNames() });
    expect(complete.missingNames).toEqual([]);

    const run = cli('--year', '2027', '--out', join(temp('myn-jasa-cli-'), 'out'), '--content', content, '--site', SITE, '--names', partial);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Толық аттар файлында «test-aru-a» қатысушысы жоқ (2027-000001 марапаты)');
    expect(run.stderr).toContain('В файле полных имён нет участника «test-aru-a» (награда 2027-000001)');
    expect(run.stderr).toContain('В файле полных имён нет получателей: 1');
    const without = cli('--year', '2027', '--out', join(temp('myn-jasa-cli-'), 'out'), '--content', content, '--site', SITE);
    expect(without.stderr).not.toContain('нет участника');
  });

  it('explains itself with --help in Kazakh and Russian, exit 0', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    for (const text of ['--out DIR       PDF папкасы; репозиторийден тыс болуы керек', '--out DIR       папка для PDF; должна быть вне репозитория', '--names FILE', 'Файлда жоқ әр алушы жеке аталады', 'Каждый получатель, которого нет в файле, называется отдельно', 'Шығу коды', 'Код выхода'])
      expect(help.stdout).toContain(text);
  });

  it('exits 2 with the usage on bad arguments, and 1 with a bilingual refusal', () => {
    const usage = cli('--year', '27');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Қолданылуы');
    expect(usage.stderr).toContain('Использование');
    const refused = cli('--year', '2027', '--out', join(temp('myn-jasa-cli-'), 'out'), '--content', fixtureTree().root, '--names', join(PROJECT, 'package.json'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('репозиторийдің ішінде');
    expect(refused.stderr).toContain('внутри репозитория');
  });
});
