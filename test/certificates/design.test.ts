/**
 * Certificates a school hands out proudly (issue 10): each kind looks different on paper (checked
 * on the rendered pixels, not the title), the colours are the cards' palette, the address comes
 * from movement.yaml's `site_url` (SITE_URL overrides it), and `certificates` warns in kk and ru
 * before printing an address that is not https or names with an initial instead of full names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCertificates, certificateWarnings } from '../../src/certificates/build-certificates.ts';
import { A4_LANDSCAPE, A4_PORTRAIT } from '../../src/certificates/certificate-pdf.ts';
import { PALETTE } from '../../src/cards/templates/palette.ts';
import { contentSiteUrl, deployment, LOCAL_PREVIEW, siteRoot } from '../../src/site/deployment.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { pdfColours, pdfQr, pdfText } from './pdf-reader.ts';

const PROJECT = join(import.meta.dirname, '../..');
const SITE = 'https://example.kz/';
const AWARD = (id: string, member: string, kind: string) => `
- id: ${id}
  member: ${member}
  kind: ${kind}
  reason: { kk: Жазғы лагерьге көмектескені үшін, ru: За помощь летнему лагерю }
  date: 2027-08-30
  signed_by: { name: { kk: Сынақ Басшы, ru: Тест Руководитель }, position: { kk: Басқарма басшысы, ru: Руководитель управления } }`;

/** The fixture with a diploma (2027-000001), a letter of thanks and a certificate, and one more diploma to a member whose consent is `full`. */
function treeWithKinds() {
  const tree = fixtureTree();
  tree.write('awards/2027.yaml', tree.read('awards/2027.yaml') + AWARD('2027-000002', 'test-dana-d', 'thanks') + AWARD('2027-000003', 'test-lala-l', 'certificate') + AWARD('2027-000004', 'test-erlan-testov', 'diploma') + '\n');
  return tree;
}
const outDir = () => join(mkdtempSync(join(tmpdir(), 'myn-jasa-design-')), 'out');
const rgbOf = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
/** Within a few levels of `expected` (antialiasing and colour management aside). */
const near = (actual: number[], expected: number[]) => actual.every((v, i) => Math.abs(v - expected[i]!) <= 6);

describe('each kind has its own layout', () => {
  it('a certificate has the navy band on the left, a diploma a white page with gold corner ornaments, a letter of thanks is upright with a navy band on top', async () => {
    const out = outDir();
    await buildCertificates({ contentDir: treeWithKinds().root, year: 2027, outDir: out, site: SITE });
    const pdf = (id: string) => readFileSync(join(out, `${id}.pdf`));
    const navy = rgbOf(PALETTE.background);
    const gold = rgbOf(PALETTE.sun);
    const white = [255, 255, 255];
    const [H] = [A4_LANDSCAPE[1]];
    // (95, 300): inside the certificate's band; (50, H − 50): the diploma's top-left corner ornament.
    const [certBand, certCorner] = await pdfColours(pdf('2027-000003'), [[95, 300], [50, H - 50]]);
    const [diplomaBand, diplomaCorner] = await pdfColours(pdf('2027-000001'), [[95, 300], [50, H - 50]]);
    expect(near(certBand!, navy), `certificate band ${certBand}`).toBe(true);
    expect(near(certCorner!, navy), `certificate corner ${certCorner}`).toBe(true);
    expect(near(diplomaBand!, white), `diploma page ${diplomaBand}`).toBe(true);
    expect(near(diplomaCorner!, gold), `diploma ornament ${diplomaCorner}`).toBe(true);
    const [thanksTop, thanksMiddle] = await pdfColours(pdf('2027-000002'), [[60, A4_PORTRAIT[1] - 20], [60, A4_PORTRAIT[1] / 2]]);
    expect(near(thanksTop!, navy), `letter's top band ${thanksTop}`).toBe(true);
    expect(near(thanksMiddle!, white), `letter's page ${thanksMiddle}`).toBe(true);
  });

  it('prints a place for the seal and the signer once on every kind, and every QR code scans', async () => {
    const out = outDir();
    await buildCertificates({ contentDir: treeWithKinds().root, year: 2027, outDir: out, site: SITE });
    for (const id of ['2027-000001', '2027-000002', '2027-000003']) {
      const bytes = readFileSync(join(out, `${id}.pdf`));
      const [text] = await pdfText(bytes);
      expect(text, id).toContain('М.О.');
      expect(text, id).toContain('М.П.');
      expect(text!.split('Сынақ Басшы').length - 1, id).toBe(1);
      expect(text, id).not.toContain('Тест Руководитель');
      expect(await pdfQr(bytes), id).toBe(`${SITE}verify/${id}/`);
    }
  });
});

/** A project of the fixture's Zhezkazgan; `withProject` has every award of `treeWithKinds` name it. */
const PROJECT_FILE = `---
title: { kk: "Таза Кеңгір: өзен жағасы", ru: "Чистый Кенгир: берег реки" }
summary: { kk: "Балалар өзен жағасын тазалады.", ru: "Дети очистили берег реки." }
representation: ulytau/zhezkazgan
topics: [ecology]
seasons: [2027]
stage: done
results: { children_involved: 12, people_helped: 300, events_held: 1 }
team: [test-lala-l]
lang: kk
---
Біз өзен жағасын тазаладық.

## Қалай қайталауға болады

1. Әкімдіктен рұқсат алыңыз.
`;
function withProject(title?: string) {
  const tree = treeWithKinds();
  tree.write('projects/ulytau/clean-kengir.mdx', title ? PROJECT_FILE.replace(/^title: .*$/m, title) : PROJECT_FILE);
  tree.write('awards/2027.yaml', tree.read('awards/2027.yaml').replaceAll('  date: ', '  project: ulytau/clean-kengir\n  date: '));
  return tree;
}

describe('an award that names the project it rewards', () => {
  it('prints the project’s title in both languages on every kind, under the name, with the reason still whole', async () => {
    const out = outDir();
    const tree = withProject();
    expect(tree.validate().filter((p) => p.severity === 'error')).toEqual([]);
    await buildCertificates({ contentDir: tree.root, year: 2027, outDir: out, site: SITE });
    for (const id of ['2027-000001', '2027-000002', '2027-000003']) {
      const [text] = await pdfText(readFileSync(join(out, `${id}.pdf`)));
      expect(text, id).toContain('Жоба: «Таза Кеңгір: өзен жағасы»');
      expect(text, id).toContain('Проект: «Чистый Кенгир: берег реки»');
      expect(text, id).toMatch(/Жазғы лагерьге көмектескені үшін|Белсенді көшбасшылық үшін/);
    }
    // One title in both languages: one line.
    const same = outDir();
    await buildCertificates({ contentDir: withProject('title: { kk: "Кеңгір", ru: "Кеңгір" }').root, year: 2027, outDir: same, site: SITE });
    const [text] = await pdfText(readFileSync(join(same, '2027-000003.pdf')));
    expect(text).toContain('Жоба · Проект: «Кеңгір»');
  });

  it('refuses a title that does not fit one line (kk/ru, naming the award, the project and the language), and an unknown project', async () => {
    const long = Array.from({ length: 12 }, () => 'жағалауды тазалау').join(' ');
    const out = outDir();
    await expect(buildCertificates({ contentDir: withProject(`title: { kk: "${long}", ru: "Чистый Кенгир" }`).root, year: 2027, outDir: out, site: SITE })).rejects.toThrow(
      /2027-000001.*ulytau\/clean-kengir.*title\.kk/s,
    );
    expect(existsSync(out)).toBe(false);
    const tree = withProject();
    tree.remove('projects/ulytau/clean-kengir.mdx');
    await expect(buildCertificates({ contentDir: tree.root, year: 2027, outDir: out, site: SITE })).rejects.toThrow(/ulytau\/clean-kengir.*content\/projects/s);
  });
});

describe('a reason that does not fit', () => {
  it('is refused, naming the award and the language, and nothing is written', async () => {
    const tree = treeWithKinds();
    const long = Array.from({ length: 40 }, () => 'жазғы лагерьді ұйымдастыруға көмектескені').join(' ');
    tree.replace('awards/2027.yaml', 'reason: { kk: Жазғы лагерьге көмектескені үшін,', `reason: { kk: ${long},`);
    const out = outDir();
    await expect(buildCertificates({ contentDir: tree.root, year: 2027, outDir: out, site: SITE })).rejects.toThrow(/2027-000002.*reason\.kk/s);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the address printed and the warnings before printing', () => {
  it('warns in Kazakh and Russian about an address that is not https', async () => {
    const result = await buildCertificates({ contentDir: treeWithKinds().root, year: 2027, outDir: outDir(), site: 'http://localhost:4321/' });
    const texts = result.warnings.map((w) => `${w.kk}\n${w.ru}`).join('\n');
    expect(texts).toContain('http://localhost:4321/ сайтына апарады');
    expect(texts).toContain('ведут на http://localhost:4321/');
    expect(texts).toContain('site_url: https://');
  });

  it('warns about every certificate printing an initial instead of a full name, unless a names file gives them', async () => {
    const result = await buildCertificates({ contentDir: treeWithKinds().root, year: 2027, outDir: outDir(), site: SITE });
    // 2027-000004 goes to a member whose consent is `full`: the full name is printed, nothing to warn about.
    expect(result.warnings).toEqual([
      {
        kk: expect.stringContaining('3 сертификатта толық аты-жөннің орнына аты мен тегінің бас әрпі басылды (2027-000001, 2027-000002, 2027-000003)'),
        ru: expect.stringContaining('вместо полного имени напечатаны имя и первая буква фамилии (2027-000001, 2027-000002, 2027-000003)'),
      },
    ]);
    expect(certificateWarnings(result.certificates, SITE, true)).toEqual([]);
  });

  it('takes the address from movement.yaml’s site_url; SITE_URL overrides it; without either, the local preview', () => {
    const tree = fixtureTree();
    const withSite = (url: string) => {
      tree.write('movement.yaml', tree.read('movement.yaml').replace(/^site_url: .*\n/m, '').replace(/^season:/m, `site_url: ${url}\nseason:`));
      return tree.root;
    };
    expect(contentSiteUrl(tree.root)).toBeUndefined();
    expect(deployment({}, tree.root)).toEqual({ site: LOCAL_PREVIEW, base: '/' });
    expect(deployment({}, withSite('https://example.org/myn-jasa'))).toEqual({ site: 'https://example.org', base: '/myn-jasa/' });
    expect(siteRoot({}, tree.root)).toBe('https://example.org/myn-jasa/');
    expect(deployment({ BASE_PATH: '/x/' }, tree.root)).toEqual({ site: 'https://example.org', base: '/x/' });
    expect(deployment({ SITE_URL: 'http://localhost:4321' }, tree.root)).toEqual({ site: 'http://localhost:4321', base: '/' });
    expect(deployment({}, withSite('https://myn-jasa.example.kz/'))).toEqual({ site: 'https://myn-jasa.example.kz', base: '/' });
    expect(contentSiteUrl(tree.root)).toBe('https://myn-jasa.example.kz/');
    expect(tree.validate()).toEqual([]);
    tree.replace('movement.yaml', 'site_url: https://', 'site_url: http://');
    expect(tree.validate()).toMatchObject([{ rule: 'schema-format', params: { path: 'site_url', format: 'https' } }]);
  });

  it('the command prints the content’s address, and warns when it falls back to the local preview', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['SITE_URL', 'BASE_PATH', 'CONTENT_DIR'].includes(key)));
    const cli = (content: string, out: string, extra: Record<string, string> = {}) =>
      spawnSync(process.execPath, [join(PROJECT, 'scripts/certificates.ts'), '--year', '2027', '--out', out, '--content', content], { encoding: 'utf8', cwd: PROJECT, env: { ...env, ...extra } });

    const withSite = fixtureTree();
    withSite.replace('movement.yaml', /^season:/m, 'site_url: https://myn-jasa.example.kz/\nseason:');
    const out = outDir();
    const run = cli(withSite.root, out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('localhost');
    expect(await pdfQr(readFileSync(join(out, '2027-000001.pdf')))).toBe('https://myn-jasa.example.kz/verify/2027-000001/');

    const overridden = outDir();
    expect(cli(withSite.root, overridden, { SITE_URL: 'https://fork.example.org', BASE_PATH: '/mj/' }).status).toBe(0);
    expect(await pdfQr(readFileSync(join(overridden, '2027-000001.pdf')))).toBe('https://fork.example.org/mj/verify/2027-000001/');

    const local = cli(fixtureTree().root, outDir());
    expect(local.status).toBe(0);
    expect(local.stderr).toContain('http://localhost:4321/ сайтына апарады');
    expect(local.stderr).toContain('ведут на http://localhost:4321/');
  });
});
