/**
 * The last gate on a crafted built site: real files on disk (HTML, RSS, ICS, JSON and a real
 * gzip'd pagefind fragment) carrying values a validator bug could let through, hidden the ways
 * the output can hide them (character references, inline markup, folded ICS lines, JSON escapes,
 * no-break spaces). The gate finds each, names the built file and the content file, and its
 * messages never repeat the value.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, stampCsp } from '../../src/published/csp.ts';
import { checkPublishedOutput, type OutputFinding } from '../../src/published/output-gate.ts';
import { icsText, markupText } from '../../src/published/output-text.ts';
import { outputFindingMessage } from '../../src/published/strings.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';

/** An invented IIN with a valid check digit (1990-01-01, century digit 3). */
const IIN = '900101300007';
const HIDDEN = 'Дана Д.';
const CSP = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`;
const page = (body: string, head = CSP) => `<!doctype html><html lang="kk"><head><meta charset="utf-8">${head}<title>Бет</title></head><body>${body}</body></html>`;
const fragment = (json: object) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(json)}`));

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'myn-jasa-gate-'));
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}

const kinds = (findings: OutputFinding[]) => findings.map((f) => `${f.output} ${f.kind}`).sort();

describe('the last gate on the built site', () => {
  it('passes a clean site that shows visible names and the curator’s official phone and e-mail', () => {
    const tree = fixtureTree();
    const dir = site({
      'index.html': page('<p>Ару А. және Ерлан Тестов</p><p>Куратор: <a href="mailto:info@ulytau-bilim.example.kz">info@ulytau-bilim.example.kz</a>, <a href="tel:+77102000000">+7 7102 00 00 00</a></p><p>Бұйрық 123456789012, 9001013000071</p>'),
      'cards/site-kk.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    expect(checkPublishedOutput({ outDir: dir, contentDir: tree.root })).toEqual([]);
  });

  it('finds IINs, phones, e-mails and hidden names however the output writes them, and names their files', () => {
    const tree = fixtureTree();
    tree.replace('events/2027/test-reading.mdx', 'Біз бірге', `${HIDDEN} бізбен. ЖСН ${IIN.slice(0, 7)}{/* */}${IIN.slice(7)}. Біз бірге`);
    const dir = site({
      // Inline markup splits the number; the page is the event's.
      'events/2027/test-reading/index.html': page(`<p>ЖСН ${IIN.slice(0, 7)}<b>${IIN.slice(7)}</b></p>`),
      // Character references in an attribute; a region page.
      'ru/regions/ulytau/index.html': page(`<img alt="${[...IIN].map((d) => `&#${d.charCodeAt(0)};`).join('')}" src="x.png">`),
      // A hidden name with a no-break space and a soft hyphen, on a check page.
      'verify/2027-000001/index.html': page(`<p>Да\u00adна\u00a0Д. марапатталды</p>`),
      // An obfuscated e-mail in a feed; the list page has no single source.
      'rss.xml': `<?xml version="1.0"?><rss><channel><item><title>child&#64;mail.kz</title></item></channel></rss>`,
      // A phone folded across two ICS lines.
      'events.ics': 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:Телефон +7 701 12\r\n 3 45 67\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      // JSON escapes.
      'data/events.json': JSON.stringify({ note: 'x' }).replace('"x"', `"${[...IIN].map((d) => `\\u00${d.charCodeAt(0).toString(16)}`).join('')}"`),
      // A real pagefind fragment of the event page: the search index names the hidden member.
      'pagefind/fragment/kk_0a1b2c3.pf_fragment': fragment({ url: '/events/2027/test-reading/', content: `${HIDDEN} бізбен`, meta: { title: 'Сынақ оқу кеші' } }),
      // A page without the policy.
      'about/index.html': page('<p>Біз туралы</p>', ''),
      // A /stats/ chart's data: published text like any page.
      'ru/stats/members.csv': `region,member\r\nulytau,${HIDDEN}\r\n`,
    });
    const findings = checkPublishedOutput({ outDir: dir, contentDir: tree.root });
    expect(kinds(findings)).toEqual([
      'about/index.html csp-missing',
      'data/events.json iin',
      'events.ics phone',
      'events/2027/test-reading/index.html iin',
      'pagefind/fragment/kk_0a1b2c3.pf_fragment hidden-name',
      'rss.xml email',
      'ru/regions/ulytau/index.html iin',
      'ru/stats/members.csv hidden-name',
      'verify/2027-000001/index.html hidden-name',
    ]);
    const of = (output: string) => findings.find((f) => f.output === output)!;
    expect(of('events/2027/test-reading/index.html').sources.map((s) => s.endsWith('events/2027/test-reading.mdx'))).toEqual([true]);
    expect(of('pagefind/fragment/kk_0a1b2c3.pf_fragment')).toMatchObject({ page: 'events/2027/test-reading/index.html' });
    expect(of('pagefind/fragment/kk_0a1b2c3.pf_fragment').sources[0]).toMatch(/events\/2027\/test-reading\.mdx$/);
    expect(of('ru/regions/ulytau/index.html').sources[0]).toMatch(/representations\/ulytau\/region\.yaml$/);
    // The IIN is also found where it is written: the event file, whatever page shows it.
    expect(of('ru/regions/ulytau/index.html').sources.some((s) => s.endsWith('events/2027/test-reading.mdx'))).toBe(true);
    expect(of('verify/2027-000001/index.html').sources[0]).toMatch(/awards\/2027\.yaml$/);
    expect(of('rss.xml').sources).toEqual([]);

    for (const finding of findings) {
      const message = outputFindingMessage(finding);
      for (const text of [message.kk, message.ru]) {
        expect(text).toContain(finding.output);
        for (const source of finding.sources) expect(text).toContain(source);
        expect(text.replace(/\D/g, '')).not.toContain(IIN);
        expect(text).not.toMatch(/Дана|child|701/);
      }
    }
    expect(outputFindingMessage(of('rss.xml')).ru).toContain('Проверьте файлы содержимого');
    expect(outputFindingMessage(of('pagefind/fragment/kk_0a1b2c3.pf_fragment')).kk).toContain('events/2027/test-reading/index.html бетінің іздеу индексі');
  });

  it('matches a hidden name as a whole name only, and not when a visible member carries the same name', () => {
    const tree = fixtureTree();
    const dir = site({ 'a/index.html': page('<p>Мадана Д. және Дана Дәулетова</p>'), 'b/index.html': page('<p>ДАНА Д.-ға алғыс</p>') });
    expect(kinds(checkPublishedOutput({ outDir: dir, contentDir: tree.root }))).toEqual(['b/index.html hidden-name']);
    tree.replace('representations/ulytau/region.yaml', 'name: Гүл Г., grade: 11', 'name: Дана Д., grade: 11');
    const shared = site({ 'index.html': page('<p>Дана Д. көшбасшы</p>') });
    expect(checkPublishedOutput({ outDir: shared, contentDir: tree.root })).toEqual([]);
  });
});

describe('the published text of a page', () => {
  it('joins inline markup, decodes references in text and attributes, and reads scripts, comments and JSON-LD', () => {
    const text = markupText('<p>a<b>1</b>2 &amp; &#64;</p><div title="x&quot;y">z</div><!-- c --><script type="application/ld+json">{"n":"\\u0031"}</script><script>go(1)</script><p>end</p>');
    expect(text).toContain('a12 & @');
    expect(text).toContain('x"y');
    expect(text).toContain(' c ');
    expect(text.split('\n')).toContain('1');
    expect(text).toContain('go(1)');
    expect(text).toContain('end');
  });

  it("leaves out an event's UID (the build's <id>@<site host>, e-mail shaped) but keeps every value a person wrote", () => {
    const ics = 'BEGIN:VEVENT\r\nUID:2027-reading-marathon@myn-jasa.example.kz\r\nDESCRIPTION:Жазыңыз: aru.child@mail.kz\r\nORGANIZER;CN=Абай:mailto:cu\r\n rator@abai.kz\r\nEND:VEVENT\r\n';
    const text = icsText(ics);
    expect(text).not.toContain('reading-marathon@');
    expect(text).toContain('aru.child@mail.kz');
    expect(text).toContain('mailto:curator@abai.kz');
    // A UID line whose value is not the build's shape is scanned like any other.
    expect(icsText('UID:Ivan.Petrov@gmail.com\r\n')).toContain('Ivan.Petrov@gmail.com');
  });
});

describe('the Content-Security-Policy', () => {
  it('hashes each inline script a browser runs, not JSON-LD or external scripts, into the page’s policy', () => {
    const html = page('<script type="module">run()</script><script>go()</script><script src="/pagefind/pagefind-ui.js"></script><script type="application/ld+json">{}</script>');
    const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
    expect(inlineScriptHashes(html)).toEqual([sha256('run()'), sha256('go()')]);
    const stamped = stampCsp(html);
    const policy = stamped.match(/content="([^"]+)"/)![1]!;
    for (const hash of inlineScriptHashes(html)) expect(policy).toContain(`'${hash}'`);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "script-src 'self' 'wasm-unsafe-eval' 'sha256-"]) expect(policy).toContain(directive);
    expect(policy).not.toContain('unsafe-inline');
    expect(stampCsp(page('<p>no policy</p>', ''))).toBe(page('<p>no policy</p>', ''));
    const styled = stampCsp(page('<style>p{color:red}</style><p>x</p>'));
    expect(styled).toContain(`style-src 'self' '${sha256('p{color:red}')}'`);
  });
});
