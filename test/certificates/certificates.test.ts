import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCertificates } from '../../src/certificates/build-certificates.ts';
import { A4_LANDSCAPE } from '../../src/certificates/certificate-pdf.ts';
import { CertificateError } from '../../src/certificates/strings.ts';
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
  it('makes one A4 landscape PDF per award and a combined PDF per region', async () => {
    const tree = treeWithAwards();
    const out = outDir();
    const result = await buildCertificates({ contentDir: tree.root, year: 2027, outDir: out, site: SITE });
    expect(result.certificates.map((c) => c.id)).toEqual(['2027-000001', '2027-000002', '2027-000003']);
    for (const id of ['2027-000001', '2027-000002', '2027-000003']) {
      expect(await pdfPageSizes(readFileSync(join(out, `${id}.pdf`)))).toEqual([{ width: A4_LANDSCAPE[0], height: A4_LANDSCAPE[1] }]);
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
    for (const text of ['ДИПЛОМ', 'марапатталады · награждается', 'Ару А.', 'Белсенді көшбасшылық үшін', 'За активное лидерство', '№ 2027-000001', '2027 ж. 20 маусым', '20 июня 2027 г.', 'Сынақ Басшы · Тест Руководитель', 'Басқарма басшысы', 'Ұлытау облысы'])
      expect(diploma).toContain(text);
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
});
