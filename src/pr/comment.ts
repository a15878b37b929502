/**
 * The pull-request comment, rendered by the trusted workflow (the base branch's code) from a
 * report `parseReport` accepted. Every word outside code spans is this file's own or
 * SUMMARY_STRINGS'; every string that came from the report (file names, rule ids, the messages
 * rendered from its params, representation keys, event ids) appears only inside a code span
 * built by `codeSpan`, which no character can leave, and with `@` neutralised in every encoding.
 */
import { eventCardPath } from '../cards/paths.ts';
import { SITE_LOCALES, type SiteLocale } from '../content/schema.ts';
import type { LocatedProblem } from '../rules/types.ts';
import { renderProblems } from './check.ts';
import { previewImage, type PreviewEntry, type PreviewManifest } from './preview.ts';
import type { PrReport } from './report.ts';
import { SUMMARY_MARKER, SUMMARY_STRINGS, type SummaryStrings, verdictText } from '../i18n/pr-summary.ts';

const MAX_PROBLEMS = 50;
const MAX_LIST = 30;
const MAX_SPAN = 300;
const MAX_COMMENT = 60_000;

/**
 * `@` in every form a renderer or a reader may turn into one: the character, its full-width and
 * small forms (the only characters NFKC folds into `@`; text is not normalised, so `№` stays), HTML character references (decimal, hex, named, with or without `;`) and
 * percent-encoding.
 */
const AT_SIGN = /@|\uFF20|\uFE6B|&#0*64;?|&#x0*40;?|&commat;?|%40/giu;

/** Replaces every form of `@` by `@` and a zero-width space, so no mention (or e-mail link) can form. */
export function neutraliseMentions(text: string): string {
  return text.replace(AT_SIGN, '@\u200b');
}

/**
 * Untrusted text as one inline code span that nothing can leave: line breaks and control,
 * format (bidi, zero-width) and private characters become visible stand-ins, backticks a
 * look-alike (so the span cannot close early), `|` a box line (no table cell can end), `@`
 * neutralised, the length capped. Inside a code span Markdown, HTML and character references
 * are not interpreted.
 */
export function codeSpan(text: string, max = MAX_SPAN): string {
  let safe = text
    .replace(/\r\n?|\n|[\u2028\u2029\u0085]/g, '\u23CE')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}]/gu, '\uFFFD')
    .replace(/`/g, '\u02CB')
    .replace(/\|/g, '\u2502');
  const chars = [...safe];
  if (chars.length > max) safe = `${chars.slice(0, max - 1).join('')}…`;
  safe = neutraliseMentions(safe).trim();
  return `\`${safe || '—'}\``;
}

export interface CommentOptions {
  /** The language shown first (the base content's `default_locale`); the other site language is folded below. */
  first: SiteLocale;
  /** The check run's page (from the trusted event). */
  runUrl?: string;
  /** The site's address with its base path: new events' card links. */
  siteUrl?: string;
  /**
   * The preview: a manifest `validatePreview` accepted and the https address its images are
   * published under (`…/pr-previews/<head sha>`), or where a rejected preview failed.
   */
  preview?: { manifest: PreviewManifest; url: string } | { rejected: string };
}

/** The whole comment, starting with the marker the workflow finds its one comment by. */
export function formatComment(report: PrReport, options: CommentOptions): string {
  const second = SITE_LOCALES.find((l) => l !== options.first)!;
  const body = [
    SUMMARY_MARKER,
    section(report, options.first, options),
    `<details><summary>${SUMMARY_STRINGS[second].languageName}</summary>\n`,
    section(report, second, options),
    '</details>',
    '',
  ].join('\n');
  return body.length > MAX_COMMENT ? `${body.slice(0, MAX_COMMENT).replace(/\n[^\n]*$/, '')}\n\n…\n` : body;
}

/** The comment when the report is missing or was rejected: no data from it, only where the fault is. */
export function formatRejectedComment(where: string, options: CommentOptions): string {
  const second = SITE_LOCALES.find((l) => l !== options.first)!;
  const text = (locale: SiteLocale) => {
    const t = SUMMARY_STRINGS[locale];
    return [`## ${t.title}`, '', `**${t.reportRejected}** ${codeSpan(where, 80)}`, '', ...runLine(t, options)].join('\n');
  };
  return [SUMMARY_MARKER, text(options.first), '', `<details><summary>${SUMMARY_STRINGS[second].languageName}</summary>\n`, text(second), '</details>', ''].join('\n');
}

function section(report: PrReport, locale: SiteLocale, options: CommentOptions): string {
  const t = SUMMARY_STRINGS[locale];
  const verdict = verdictText(t, report.errors, report.warnings);
  return [
    `## ${t.title}`,
    '',
    `**${verdict}**`,
    '',
    `### ${t.whatChanged}`,
    '',
    ...changes(report, t, options),
    '',
    ...previewSection(t, options),
    `### ${t.problems}`,
    '',
    ...problems(report, locale, t),
    '',
    ...alreadyPresent(report, locale, t),
    ...runLine(t, options),
  ].join('\n');
}

function changes(report: PrReport, t: SummaryStrings, options: CommentOptions): string[] {
  const { representations, events } = report.changes;
  const lines: string[] = [];
  if (representations.length) {
    lines.push(`**${t.representations}**`, '');
    for (const r of representations.slice(0, MAX_LIST)) {
      const parts = [[r.added, '+', t.added], [r.removed, '−', t.removed], [r.changed, '~', t.changedMembers]] as const;
      lines.push(`- ${codeSpan(r.key)} (${t.levels[r.level]}): ${parts.filter(([n]) => n > 0).map(([n, sign, label]) => `${sign}${n} ${label}`).join('; ')}`);
    }
    if (representations.length > MAX_LIST) lines.push(`- … (+${representations.length - MAX_LIST})`);
    lines.push('');
  }
  if (events.length) {
    lines.push(`**${t.events}**`, '');
    const kinds = { added: t.eventAdded, changed: t.eventChanged, deleted: t.eventDeleted };
    for (const e of events.slice(0, MAX_LIST)) {
      const cards = e.kind === 'added' && options.siteUrl ? ` · ${SITE_LOCALES.map((l) => cardLink(e.id, l, t, options.siteUrl!)).join(' · ')}` : '';
      lines.push(`- ${kinds[e.kind]}: ${codeSpan(e.id)}${cards}`);
    }
    if (events.length > MAX_LIST) lines.push(`- … (+${events.length - MAX_LIST})`);
    lines.push('');
  }
  return lines.length ? lines : [t.nothingChanged];
}

/** Picture width in the comment: a card or a page's top, small enough to see several at once. */
const PREVIEW_WIDTH = 320;

/**
 * The preview: per changed event, representation and award, links to the pictures of its pages
 * (kk, ru) and its cards, and the pictures themselves folded below. Every address is the trusted
 * base plus a path derived from schema-checked ids (`previewImage`); ids show only in code spans.
 */
export function previewSection(t: SummaryStrings, options: Pick<CommentOptions, 'preview'>): string[] {
  const preview = options.preview;
  if (!preview) return [];
  if ('rejected' in preview) return [`### ${t.preview}`, '', `**${t.previewRejected}** ${codeSpan(preview.rejected, 80)}`, ''];
  const { manifest, url } = preview;
  if (!manifest.entries.length) return [];
  const base = url.replace(/\/+$/, '');
  const lines = [`### ${t.preview}`, '', `_${t.previewNote}_`, ''];
  for (const entry of manifest.entries) {
    const images = previewImages(entry);
    const links = images.map(({ label, image }) => `[${label}](${base}/${image})`).join(' · ');
    lines.push(`- ${t.previewKinds[entry.kind]} ${codeSpan(entry.id)} (${t.previewChanges[entry.change]}): ${links || t.nothingToShow}`);
    if (images.length) {
      const pictures = images.map(({ label, image }) => `<img src="${base}/${image}" alt="${label}" width="${PREVIEW_WIDTH}">`).join(' ');
      lines.push(`  <details><summary>${images.length}</summary>`, '', `  ${pictures}`, '', '  </details>');
    }
  }
  if (manifest.more) lines.push(`- … (+${manifest.more})`);
  lines.push('');
  return lines;

  function previewImages(entry: PreviewEntry): { label: string; image: string }[] {
    return [
      ...entry.pages.map((locale) => ({ label: `${t.page} ${locale}`, image: previewImage(entry.kind, entry.id, locale) })),
      ...entry.cards.map((c) => ({ label: `${t.cards} ${c.variant} ${c.locale}`, image: previewImage(entry.kind, entry.id, c.locale, c.variant) })),
    ];
  }
}

/** A card link: the trusted site address and an event id the schema checked (`2027/slug`), so the URL holds no foreign text. */
function cardLink(id: string, locale: SiteLocale, t: SummaryStrings, siteUrl: string): string {
  const [year, slug] = id.split('/');
  return `[${t.cards} ${locale}](${siteUrl.replace(/\/+$/, '')}/${eventCardPath(Number(year), slug!, 'og', locale)})`;
}

function problems(report: Pick<PrReport, 'errors' | 'warnings' | 'problems'>, locale: SiteLocale, t: SummaryStrings): string[] {
  if (!report.problems.length) return [t.noProblems];
  const lines = report.problems.slice(0, MAX_PROBLEMS).map((p) => {
    const mark = p.severity === 'error' ? `❌ ${t.error}` : `⚠️ ${t.warning}`;
    return `- ${mark} ${codeSpan(`${p.file}:${p.line}:${p.column}`)} ${codeSpan(p.rule)}\n  ${codeSpan(message(p, locale))}`;
  });
  const total = report.errors + report.warnings;
  const shown = Math.min(report.problems.length, MAX_PROBLEMS);
  const more = total > shown ? ['', t.more(total - shown)] : [];
  return [...lines, ...more, '', `_${t.howToFix}_`];
}

/** The problems the base already had, under their own heading (nothing when there are none). */
function alreadyPresent(report: PrReport, locale: SiteLocale, t: SummaryStrings): string[] {
  const present = report.alreadyPresent;
  if (!present || present.errors + present.warnings === 0) return [];
  const lines = problems(present, locale, t).slice(0, -2);
  return [`### ${t.alreadyPresent} (${present.errors + present.warnings})`, '', `_${t.alreadyPresentNote}_`, '', ...lines, ''];
}

/** The problem's message from this side's own rule registry; the rule id alone if its params do not fit the message. */
function message(problem: LocatedProblem, locale: SiteLocale): string {
  try {
    return renderProblems([problem], locale)[0]!.message;
  } catch {
    return problem.rule;
  }
}

function runLine(t: SummaryStrings, options: CommentOptions): string[] {
  return options.runUrl ? [`[${t.runLink}](${options.runUrl})`] : [];
}
