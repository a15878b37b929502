/**
 * The pull-request preview: which pages and cards a change shows differently (on real git
 * repositories), the pictures taken from a real built folder by Chromium, the manifest the
 * untrusted job uploads, and the trusted side's strict reading of it (real PNG bytes).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { runCheckPr } from '../../src/pr/check.ts';
import { capturePreview } from '../../src/pr/preview-capture.ts';
import { pngSize, stagePreview, validatePreview } from '../../src/pr/preview-publish.ts';
import { buildManifest, MAX_PREVIEW_ENTRIES, parseManifest, previewImage, previewTargets, PreviewError, type PreviewTarget } from '../../src/pr/preview.ts';
import { testRepo, type TestRepo } from './git-repo.ts';

const EVENT = 'content/events/2027/test-reading.mdx';
const UNIT = 'content/representations/ulytau/zhezkazgan.yaml';
const REGION = 'content/representations/ulytau/region.yaml';
const AWARDS = 'content/awards/2027.yaml';

async function targets(repo: TestRepo): Promise<PreviewTarget[]> {
  const result = await repo.inside(() => runCheckPr({ base: 'main', contentDir: 'content', now: new Date('2027-03-01T12:00:00+05:00') }));
  return previewTargets(result.changes, result.base, result.head);
}

const pages = (t: PreviewTarget) => t.pages.map((p) => p.path);

describe('previewTargets: what a change shows differently', () => {
  it('lists a changed event with its page in kk and ru and its og, square and story cards in both', async () => {
    const repo = testRepo();
    repo.replace(EVENT, '"Сынақ оқу кеші"', '"Жаңа атау"');
    repo.commit('retitle');
    const [event, ...rest] = await targets(repo);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ kind: 'event', id: '2027/test-reading', change: 'changed' });
    expect(pages(event!)).toEqual(['/events/2027/test-reading/', '/ru/events/2027/test-reading/']);
    expect(event!.cards.map((c) => `${c.variant}-${c.locale}`)).toEqual(['og-kk', 'square-kk', 'story-kk', 'og-ru', 'square-ru', 'story-ru']);
  });

  it('shows a rural roster on its unit page, a regional one with the region card, an award on its verify page', async () => {
    const repo = testRepo();
    repo.replace(UNIT, 'name: Ләлә Л., grade: 5', 'name: Ләлә Л., grade: 6');
    repo.replace(REGION, 'name: Бек Б., grade: 8', 'name: Бек Б., grade: 9');
    repo.replace(AWARDS, 'За активное лидерство', 'За лидерство');
    repo.commit('three changes');
    const list = await targets(repo);
    expect(list.map((t) => [t.kind, t.id, t.change, pages(t), t.cards.map((c) => `${c.variant}-${c.locale}`)])).toEqual([
      ['representation', 'ulytau', 'changed', ['/regions/ulytau/', '/ru/regions/ulytau/'], ['region-kk', 'region-ru']],
      ['representation', 'ulytau/zhezkazgan/kengir', 'changed', ['/regions/ulytau/zhezkazgan/', '/ru/regions/ulytau/zhezkazgan/'], []],
      ['award', '2027-000001', 'changed', ['/verify/2027-000001/', '/ru/verify/2027-000001/'], []],
    ]);
  });

  it('lists a deleted event with nothing to show, and an unchanged tree with no entries', async () => {
    const repo = testRepo();
    repo.commit('nothing');
    expect(await targets(repo)).toEqual([]);
    repo.remove(EVENT);
    repo.remove(AWARDS); // the award names the event
    repo.commit('delete');
    expect((await targets(repo)).map((t) => [t.kind, t.id, t.change, t.pages.length, t.cards.length])).toEqual([
      ['event', '2027/test-reading', 'deleted', 0, 0],
      ['award', '2027-000001', 'deleted', 0, 0],
    ]);
  });
});

/** A PNG of the given size (real bytes, from sharp). */
function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#2a6' } }).png().toBuffer();
}

const EVENT_TARGET: PreviewTarget = {
  kind: 'event',
  id: '2027/test-reading',
  change: 'changed',
  pages: [
    { locale: 'kk', path: '/events/2027/test-reading/' },
    { locale: 'ru', path: '/ru/events/2027/test-reading/' },
  ],
  cards: [
    { locale: 'kk', variant: 'og' },
    { locale: 'ru', variant: 'og' },
    { locale: 'kk', variant: 'story' },
  ],
};

describe('capturePreview: pictures of the built pages, copies of the cards', () => {
  it.skipIf(!existsSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'))('takes each page from the built folder under the base path, copies the cards the build has, and writes the manifest', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'myn-jasa-dist-'));
    const out = mkdtempSync(join(tmpdir(), 'myn-jasa-preview-'));
    const page = (title: string) => `<!doctype html><html><head><link rel="stylesheet" href="/myn-jasa/_astro/site.css"></head><body><h1>${title}</h1><div style="height:6000px"></div></body></html>`;
    for (const [dir, title] of [['events/2027/test-reading', 'kk'], ['ru/events/2027/test-reading', 'ru']] as const) {
      mkdirSync(join(dist, dir), { recursive: true });
      writeFileSync(join(dist, dir, 'index.html'), page(title));
    }
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, '_astro/site.css'), 'body { background: rgb(10, 200, 30); margin: 0 }');
    mkdirSync(join(dist, 'cards/events/2027/test-reading'), { recursive: true });
    const og = await png(1200, 630);
    writeFileSync(join(dist, 'cards/events/2027/test-reading/og-kk.png'), og);
    writeFileSync(join(dist, 'cards/events/2027/test-reading/og-ru.png'), og);
    // No story card in this build (the event is not near): it is left out of the manifest.

    const manifest = await capturePreview({ targets: [EVENT_TARGET], dist, out, base: '/myn-jasa/' });
    expect(manifest).toEqual({
      format: 'myn-jasa/pr-preview',
      version: 1,
      entries: [{ kind: 'event', id: '2027/test-reading', change: 'changed', pages: ['kk', 'ru'], cards: [{ locale: 'kk', variant: 'og' }, { locale: 'ru', variant: 'og' }] }],
      more: 0,
    });
    const picture = readFileSync(join(out, previewImage('event', '2027/test-reading', 'ru')));
    expect(pngSize(picture)).toEqual({ width: 1280, height: 4000 }); // a long page is cut at 4000
    // The stylesheet was served from the built folder under the base path: the page is green.
    const { data } = await sharp(picture).extract({ left: 600, top: 200, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([10, 200, 30]);
    expect(readFileSync(join(out, previewImage('event', '2027/test-reading', 'kk', 'og')))).toEqual(og);
    // What the untrusted side writes, the trusted side accepts.
    expect(validatePreview(out).images).toHaveLength(4);
  });
});

describe('the manifest and the trusted reading of a preview folder', () => {
  async function folder(manifest: unknown, images: Record<string, Buffer | string>): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'myn-jasa-preview-'));
    writeFileSync(join(dir, 'manifest.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
    for (const [path, bytes] of Object.entries(images)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    return dir;
  }
  const manifest = buildManifest([EVENT_TARGET], (image) => image.endsWith('kk.png'));
  const KK_PAGE = 'pages/event/2027/test-reading/kk.png';
  const KK_OG = 'cards/event/2027/test-reading/og-kk.png';
  const KK_STORY = 'cards/event/2027/test-reading/story-kk.png';

  it('keeps only the images that were made, and counts entries past the limit', () => {
    expect(manifest.entries[0]).toEqual({ kind: 'event', id: '2027/test-reading', change: 'changed', pages: ['kk'], cards: [{ locale: 'kk', variant: 'og' }, { locale: 'kk', variant: 'story' }] });
    const many = Array.from({ length: MAX_PREVIEW_ENTRIES + 3 }, (_, i) => ({ ...EVENT_TARGET, id: `2027/e-${i}` }));
    expect(buildManifest(many, () => true)).toMatchObject({ more: 3, entries: { length: MAX_PREVIEW_ENTRIES } });
  });

  it('accepts real PNGs under their derived names and stages them under the SHA', async () => {
    const dir = await folder(manifest, { [KK_PAGE]: await png(1280, 900), [KK_OG]: await png(1200, 630), [KK_STORY]: await png(1080, 1920) });
    const { images } = validatePreview(dir);
    expect(images).toEqual([KK_PAGE, KK_OG, KK_STORY]);
    const out = mkdtempSync(join(tmpdir(), 'myn-jasa-publish-'));
    const sha = 'a'.repeat(40);
    stagePreview(dir, images, out, sha);
    expect(readFileSync(join(out, sha, KK_OG))).toEqual(readFileSync(join(dir, KK_OG)));
    expect(() => stagePreview(dir, images, out, '../main')).toThrow(PreviewError);
  });

  it.each([
    ['not JSON', 'json', () => folder('{', {})],
    ['an unknown key', 'root', () => folder({ ...manifest, pr: 12 }, {})],
    ['a path-like id', 'entries.0.id', () => folder({ ...manifest, entries: [{ ...manifest.entries[0], id: '../../main' }] }, {})],
    ['a region card on an event', 'entries.0.cards', () => folder({ ...manifest, entries: [{ ...manifest.entries[0], cards: [{ locale: 'kk', variant: 'region' }] }] }, {})],
    ['a missing image', 'image.0.missing', async () => folder(manifest, { [KK_OG]: await png(10, 10), [KK_STORY]: await png(10, 10) })],
    ['HTML named .png', 'image.0.png', async () => folder(manifest, { [KK_PAGE]: '<script>alert(1)</script>', [KK_OG]: await png(10, 10), [KK_STORY]: await png(10, 10) })],
    ['an image too tall', 'image.2.png', async () => folder(manifest, { [KK_PAGE]: await png(10, 10), [KK_OG]: await png(10, 10), [KK_STORY]: await png(10, 8001) })],
  ])('rejects %s, naming only the schema place (%s)', async (_, where, make) => {
    const dir = await make();
    expect(() => validatePreview(dir)).toThrow(expect.objectContaining({ where }));
  });

  it('rejects a link in place of an image (it could point anywhere on the runner)', async () => {
    const dir = await folder(manifest, { [KK_OG]: await png(10, 10), [KK_STORY]: await png(10, 10) });
    mkdirSync(join(dir, KK_PAGE, '..'), { recursive: true });
    symlinkSync('/etc/hostname', join(dir, KK_PAGE));
    expect(() => validatePreview(dir)).toThrow(expect.objectContaining({ where: 'image.0.file' }));
    expect(() => parseManifest(JSON.stringify({ ...manifest, version: 2 }))).toThrow(expect.objectContaining({ where: 'version' }));
  });
});
