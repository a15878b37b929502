import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCertificates, removeLeftovers } from '../../src/certificates/build-certificates.ts';
import { A4_LANDSCAPE, A4_PORTRAIT } from '../../src/certificates/certificate-pdf.ts';
import { CertificateError } from '../../src/i18n/certificates.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { pdfPageSizes, pdfQr, pdfText } from './pdf-reader.ts';

const SITE = 'https://example.kz/';

/** Two more awards for the fixture: letters of thanks to a hidden-consent member and a rural leader. */
const MORE_AWARDS = `
- id: 2027-000002
  member: test-dana-d
  kind: thanks
  reason: { kk: Жазғы лагерьді ұйымдастыруға көмектескені үшін, ru: За помощь в организации летнего лагеря }
  date: 2027-08-30
  signed_by: { name: { kk: Сынақ Басшы, ru: Тест Руководитель }, position: { kk: Басқарма басшысы, ru: Руководитель управления } }
- id: 2027-000003
  member: test-lala-l
  kind: certificate
  reason: { kk: Ауылдағы кітап алмасу үшін, ru: За книгообмен в селе }
  date: 2027-08-30
  signed_by: { name: { kk: Сынақ Басшы, ru: Тест Руководитель }, position: { kk: Басқарма басшысы, ru: Руководитель управления } }
`;

function treeWithAwards() {
  const tree = fixtureTree();
  tree.write('awards/2027.yaml', tree.read('awards/2027.yaml') + MORE_AWARDS);
  return tree;
}

const outDir = () => join(mkdtempSync(join(tmpdir(), 'myn-jasa-certs-')), 'out');

describe('certificates', () => {
  it('makes one A4 PDF per award (a letter of thanks upright, the others landscape) and a combined PDF per region', async () => {
    const tree = treeWithAwards();
    const out = outDir();
    const result = await buildCertificates({ contentDir: tree.root, year: 2027, outDir: out, site: SITE });
    expect(result.certificates.map((c) => c.id)).toEqual(['2027-000001', '2027-000002', '2027-000003']);
    for (const [id, [width, height]] of [['2027-000001', A4_LANDSCAPE], ['2027-000002', A4_PORTRAIT], ['2027-000003', A4_LANDSCAPE]] as const) {
      expect(await pdfPageSizes(readFileSync(join(out, `${id}.pdf`)))).toEqual([{ width, height }]);
    }
    const pack = readFileSync(join(out, 'regions/ulytau.pdf'));
    expect((await pdfPageSizes(pack)).length).toBe(3);
    expect((await pdfText(pack)).map((page) => page.includes('№ 2027-00000'))).toEqual([true, true, true]);
  });

  it('prints real, extractable Kazakh and Russian text: kind, name, reason, number, date, signer', async () => {
    const tree = treeWithAwards();
    const out = outDir();
    await buildCertificates({ contentDir: tree.root, year: 2027, outDir: out, site: SITE });
    const [diploma] = await pdfText(readFileSync(join(out, '2027-000001.pdf')));
    for (const text of ['ДИПЛОМ', 'марапатталады · награждается', 'Ару А.', 'Белсенді көшбасшылық үшін', 'За активное лидерство', '№ 2027-000001', '2027 ж. 20 маусым', '20 июня 2027 г.', 'Сынақ Басшы', 'Басқарма басшысы', 'Ұлытау облысы', 'М.О.', 'М.П.'])
      expect(diploma).toContain(text);
    // The signer signs with one name: the default language's spelling, not both spellings side by side.
    expect(diploma).not.toContain('Тест Руководитель');
    const [thanks] = await pdfText(readFileSync(join(out, '2027-000002.pdf')));
    expect(thanks).toContain('АЛҒЫС ХАТ');
    expect(thanks).toContain('БЛАГОДАРСТВЕННОЕ ПИСЬМО');
    // Hidden consent, no names file: the roster's given name and initial, as the paper copy for the child.
    expect(thanks).toContain('Дана Д.');
  });

  it('prints a QR code that scans to the certificate’s check page', async () => {
    const tree = treeWithAwards();
    const out = outDir();
    await buildCertificates({ contentDir: tree.root, year: 2027, outDir: out, site: 'https://example.kz/myn-jasa/' });
    expect(await pdfQr(readFileSync(join(out, '2027-000003.pdf')))).toBe('https://example.kz/myn-jasa/verify/2027-000003/');
    expect(await pdfQr(readFileSync(join(out, 'regions/ulytau.pdf')), 2)).toBe('https://example.kz/myn-jasa/verify/2027-000002/');
  });

  it('leaves the previous output as it was when a run fails, and leaves no temporary folder', async () => {
    const tree = treeWithAwards();
    const out = outDir();
    await buildCertificates({ contentDir: tree.root, year: 2027, outDir: out, site: SITE });
    const before = readdirSync(out, { recursive: true }).map(String).sort();
    const bytes = readFileSync(join(out, '2027-000001.pdf'));
    tree.write('awards/2027.yaml', `${tree.read('awards/2027.yaml')}${MORE_AWARDS.replaceAll('2027-00000', '2027-00001').replace('test-lala-l', 'test-nobody')}`);
    await expect(buildCertificates({ contentDir: tree.root, year: 2027, outDir: out, site: SITE })).rejects.toThrow(/test-nobody/);
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual(before);
    expect(readFileSync(join(out, '2027-000001.pdf')).equals(bytes)).toBe(true);
    expect(readdirSync(dirname(out))).toEqual(['out']);
  });

  it('replaces its own output on a re-run but never a folder it did not make', async () => {
    const tree = treeWithAwards();
    const out = outDir();
    await buildCertificates({ contentDir: tree.root, year: 2027, outDir: out, site: SITE });
    await buildCertificates({ contentDir: tree.root, year: 2027, outDir: out, site: SITE });
    expect(existsSync(join(out, '2027-000002.pdf'))).toBe(true);
    const error = await buildCertificates({ contentDir: tree.root, year: 2027, outDir: tree.root, site: SITE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CertificateError);
    expect((error as CertificateError).text.ru).toContain('не пуста');
    expect(existsSync(join(tree.root, 'movement.yaml'))).toBe(true);
  });

  it('says in both languages when the year has no awards file', async () => {
    const error = await buildCertificates({ contentDir: treeWithAwards().root, year: 2031, outDir: outDir(), site: SITE }).catch((e: unknown) => e);
    expect((error as CertificateError).text).toEqual({ kk: expect.stringContaining('awards/2031.yaml табылмады'), ru: expect.stringContaining('awards/2031.yaml не найден') });
  });

  it('refuses an output folder inside the repository even without --names, in both languages, and writes nothing', async () => {
    const inside = join(import.meta.dirname, '../../public/certs-test');
    const error = await buildCertificates({ contentDir: treeWithAwards().root, year: 2027, outDir: inside, site: SITE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CertificateError);
    expect((error as CertificateError).text.kk).toContain('--out репозиторийдің ішінде');
    expect((error as CertificateError).text.ru).toContain('--out указывает внутрь репозитория');
    expect(existsSync(inside)).toBe(false);
  });

  it('removes the temporary folders of runs that are gone, puts back an output moved aside, and keeps a live run’s', async () => {
    const out = outDir();
    const parent = dirname(out);
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const leftover = join(parent, `.out.tmp-${gone}-0badc0de`);
    mkdirSync(join(leftover, 'regions'), { recursive: true });
    writeFileSync(join(leftover, '2027-000001.pdf'), '%PDF-1.7 half written');
    const oldFormat = join(parent, '.out.tmp-cafe1234');
    mkdirSync(oldFormat);
    const live = join(parent, `.out.tmp-${process.pid}-12345678`);
    mkdirSync(live);
    // A run stopped between its two renames: the previous output waits in an `.old` folder.
    const movedAside = join(parent, `.out.tmp-${gone}-feedf00d.old`);
    mkdirSync(movedAside);
    writeFileSync(join(movedAside, '.myn-jasa-certificates'), '{"year":2027}\n');
    removeLeftovers(out);
    expect(readdirSync(parent).sort()).toEqual([`.out.tmp-${process.pid}-12345678`, 'out']);
    expect(existsSync(join(out, '.myn-jasa-certificates'))).toBe(true);
  });

  it('leaves no temporary folder when interrupted, and the next run cleans up after a run that was killed', async () => {
    const tree = treeWithAwards();
    const few = tree.read('awards/2027.yaml');
    // Enough awards that a run takes a few seconds: time to interrupt it while it writes.
    const many = Array.from({ length: 30 }, (_, i) => MORE_AWARDS.split('\n- id: ')[1]!.replace('2027-000002', `2027-${String(100 + i).padStart(6, '0')}`));
    tree.write('awards/2027.yaml', `${tree.read('awards/2027.yaml')}${many.map((entry) => `\n- id: ${entry}`).join('')}`);
    const out = outDir();
    const parent = dirname(out);
    const script = join(import.meta.dirname, '../../scripts/certificates.ts');
    const start = () => spawn(process.execPath, [script, '--year', '2027', '--out', out, '--content', tree.root, '--site', SITE], { stdio: 'ignore' });
    const staged = async () => {
      await expect.poll(() => readdirSync(parent).some((name) => name.startsWith('.out.tmp-')), { timeout: 30_000, interval: 20 }).toBe(true);
    };
    const ended = (child: ReturnType<typeof start>) => new Promise<string | null>((done) => child.on('exit', (_code, signal) => done(signal)));

    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const run = start();
      await staged();
      run.kill(signal);
      expect(await ended(run)).toBe(signal);
      expect(readdirSync(parent)).toEqual([]);
    }

    const killed = start();
    await staged();
    killed.kill('SIGKILL');
    await ended(killed);
    expect(readdirSync(parent).filter((name) => name.startsWith('.out.tmp-'))).toHaveLength(1);
    tree.write('awards/2027.yaml', few);
    await buildCertificates({ contentDir: tree.root, year: 2027, outDir: out, site: SITE });
    expect(readdirSync(parent)).toEqual(['out']);
  }, 120_000);
});
