/**
 * The preview of a pull request: which pages and cards its change shows differently, per changed
 * event, representation and award, in both site languages. The untrusted pull-request job builds
 * the site, takes a picture of each page (`scripts/pr-preview.ts`) and uploads the pictures with
 * the manifest below; the trusted comment workflow validates both (`preview-publish.ts`) and
 * publishes only PNG images. Every file name is derived here from the entry's kind, id, language
 * and card variant, which the schema checks, so no path in the manifest is ever trusted.
 */
import { z } from 'zod';
import { EVENT_CARD_KINDS } from '../cards/card.ts';
import { eventCardPath, regionCardPath } from '../cards/paths.ts';
import type { Content } from '../content/model.ts';
import { SITE_LOCALES, type SiteLocale } from '../content/schema.ts';
import { localizedUrl } from '../i18n/urls.ts';
import { paths } from '../site/paths.ts';
import { sameValue, type Changes } from './changes.ts';

export const PREVIEW_FORMAT = 'myn-jasa/pr-preview';
/** The most entries a preview carries (a pull request that changes more lists the rest as counted). */
export const MAX_PREVIEW_ENTRIES = 20;

export type PreviewKind = 'event' | 'representation' | 'award';
export type PreviewChange = 'added' | 'changed' | 'deleted';
/** An event's og/square/story card, or a region's card. */
export type CardVariant = (typeof EVENT_CARD_KINDS)[number] | 'region';

export interface PreviewTarget {
  kind: PreviewKind;
  /** `<year>/<slug>` (event), `<region>[/<unit>[/<rural>]]` (representation), the award id. */
  id: string;
  change: PreviewChange;
  /** The changed pages, one per language (none for a deleted entry). */
  pages: { locale: SiteLocale; path: string }[];
  /** The cards that show it, per language and variant (for events og, square and story; whichever the build has). */
  cards: { locale: SiteLocale; variant: CardVariant }[];
}

/**
 * What a change shows differently, from the difference of the content: the page of each added or
 * changed event, representation (a rural one is shown on its unit's page) and award, in kk and ru;
 * the event cards and the region card. Deleted entries are listed with nothing to show.
 */
export function previewTargets(changes: Changes, base: Content, head: Content): PreviewTarget[] {
  const targets: PreviewTarget[] = [];
  for (const event of changes.events) {
    const shown = event.kind !== 'deleted';
    targets.push({
      kind: 'event',
      id: event.id,
      change: event.kind,
      pages: shown ? bothLanguages(paths.event(event.id)) : [],
      cards: shown ? SITE_LOCALES.flatMap((locale) => EVENT_CARD_KINDS.map((variant) => ({ locale, variant }))) : [],
    });
  }
  const representations = new Map<string, PreviewChange>();
  for (const change of changes.representations) representations.set(change.key, representationChange(change.key, base, head));
  // A new approval or resubmission changes the region's page even when no member changed.
  for (const change of changes.regionChanges) if (!representations.has(change.region)) representations.set(change.region, !change.base ? 'added' : !change.head ? 'deleted' : 'changed');
  for (const [key, change] of [...representations].sort(([a], [b]) => a.localeCompare(b))) {
    const [region, unit] = key.split('/') as [string, string | undefined];
    const shown = change !== 'deleted';
    targets.push({
      kind: 'representation',
      id: key,
      change,
      pages: shown ? bothLanguages(unit ? paths.unit(region, unit) : paths.region(region)) : [],
      cards: shown && !unit ? SITE_LOCALES.map((locale) => ({ locale, variant: 'region' as const })) : [],
    });
  }
  for (const [id, change] of awardChanges(base, head)) {
    targets.push({ kind: 'award', id, change, pages: change === 'deleted' ? [] : bothLanguages(paths.verify(id)), cards: [] });
  }
  return targets;
}

function bothLanguages(path: string): PreviewTarget['pages'] {
  return SITE_LOCALES.map((locale) => ({ locale, path: localizedUrl(path, locale) }));
}

/** Whether a representation (by key) is new, gone or changed between the contents. */
function representationChange(key: string, base: Content, head: Content): PreviewChange {
  const has = (content: Content) => {
    const [region, unit, rural] = key.split('/');
    if (!unit) return content.regions.has(region!);
    const entry = content.units.find((u) => u.region === region && u.unit === unit);
    return rural ? Boolean(entry?.data.rural?.some((r) => r.id === rural)) : Boolean(entry);
  };
  return !has(base) ? 'added' : !has(head) ? 'deleted' : 'changed';
}

/** Awards added, changed or deleted, by id, in id order. */
function awardChanges(base: Content, head: Content): [string, PreviewChange][] {
  const byId = (content: Content) => new Map(content.awards.flatMap((entry) => entry.data.map((award) => [award.id, award] as const)));
  const before = byId(base);
  const after = byId(head);
  const out: [string, PreviewChange][] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(id);
    const a = after.get(id);
    if (!b) out.push([id, 'added']);
    else if (!a) out.push([id, 'deleted']);
    else if (!sameValue(a, b)) out.push([id, 'changed']);
  }
  return out.sort(([x], [y]) => x.localeCompare(y));
}

/** A page's or card's file in the build (`dist/`): `ru/events/2027/x/index.html`, `cards/events/2027/x/og-kk.png`. */
export function buildFile(target: Pick<PreviewTarget, 'kind' | 'id'>, item: { locale: SiteLocale; path: string } | { locale: SiteLocale; variant: CardVariant }): string {
  if ('path' in item) return `${item.path.replace(/^\/+/, '')}index.html`;
  if (item.variant === 'region') return regionCardPath(target.id, item.locale);
  const [year, slug] = target.id.split('/');
  return eventCardPath(Number(year), slug!, item.variant, item.locale);
}

/**
 * A preview image's file inside the preview folder, derived from checked ids only:
 * `pages/<kind>/<id>/<locale>.png`, `cards/<kind>/<id>/<variant>-<locale>.png`.
 */
export function previewImage(kind: PreviewKind, id: string, locale: SiteLocale, variant?: CardVariant): string {
  return variant ? `cards/${kind}/${id}/${variant}-${locale}.png` : `pages/${kind}/${id}/${locale}.png`;
}

// ── The manifest: what the untrusted job uploads, read strictly by the trusted side ─────────

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const IDS: Record<PreviewKind, RegExp> = {
  event: new RegExp(`^\\d{4}/${ID}$`),
  representation: new RegExp(`^${ID}(?:/${ID}){0,2}$`),
  award: /^\d{4}-\d{6}$/,
};
const locale = z.enum(SITE_LOCALES);

const entrySchema = z
  .strictObject({
    kind: z.enum(['event', 'representation', 'award']),
    id: z.string().max(200),
    change: z.enum(['added', 'changed', 'deleted']),
    pages: z.array(locale).max(SITE_LOCALES.length),
    cards: z.array(z.strictObject({ locale, variant: z.enum([...EVENT_CARD_KINDS, 'region']) })).max(SITE_LOCALES.length * EVENT_CARD_KINDS.length),
  })
  .refine((e) => IDS[e.kind].test(e.id), { message: 'id', path: ['id'] })
  .refine((e) => e.cards.every((c) => (e.kind === 'event' ? c.variant !== 'region' : e.kind === 'representation' && c.variant === 'region')), { message: 'variant', path: ['cards'] });

const manifestSchema = z.strictObject({
  format: z.literal(PREVIEW_FORMAT),
  version: z.literal(1),
  /** Entries with their images (at most MAX_PREVIEW_ENTRIES). */
  entries: z.array(entrySchema).max(MAX_PREVIEW_ENTRIES),
  /** How many changed entries were left out. */
  more: z.number().int().min(0).max(1_000_000),
});

export type PreviewManifest = z.infer<typeof manifestSchema>;
export type PreviewEntry = PreviewManifest['entries'][number];

/** The manifest of the images a preview folder holds: `present(file)` says which were made. */
export function buildManifest(targets: PreviewTarget[], present: (image: string) => boolean): PreviewManifest {
  const entries = targets.slice(0, MAX_PREVIEW_ENTRIES).map((t) => ({
    kind: t.kind,
    id: t.id,
    change: t.change,
    pages: t.pages.filter((p) => present(previewImage(t.kind, t.id, p.locale))).map((p) => p.locale),
    cards: t.cards.filter((c) => present(previewImage(t.kind, t.id, c.locale, c.variant))),
  }));
  return { format: PREVIEW_FORMAT, version: 1, entries, more: Math.max(0, targets.length - MAX_PREVIEW_ENTRIES) };
}

export class PreviewError extends Error {
  /** Where the fault is, by schema keys and indexes only (never the manifest's own text). */
  readonly where: string;
  constructor(where: string) {
    super(`preview rejected at ${where}`);
    this.where = where;
  }
}

const MANIFEST_KEYS = new Set(['format', 'version', 'entries', 'more', 'kind', 'id', 'change', 'pages', 'cards', 'locale', 'variant']);

/** Reads a manifest strictly; throws `PreviewError` for anything else. */
export function parseManifest(text: string): PreviewManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PreviewError('json');
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path ?? [];
    throw new PreviewError(path.map((p) => (typeof p === 'number' || MANIFEST_KEYS.has(String(p)) ? String(p) : '…')).join('.') || 'root');
  }
  return parsed.data;
}

/** Every image a manifest names, as preview-folder paths. */
export function manifestImages(manifest: PreviewManifest): string[] {
  return manifest.entries.flatMap((e) => [...e.pages.map((l) => previewImage(e.kind, e.id, l)), ...e.cards.map((c) => previewImage(e.kind, e.id, c.locale, c.variant))]);
}
