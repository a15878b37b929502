/**
 * The Markdown report of a pull request for the job summary and the PR comment: the verdict,
 * what changed (members per representation, approvals, resubmissions, events with links to
 * their cards), the problems the change introduces and, apart, those the base already had. Written in the content's default language, with the other
 * site language below it, folded. Everything taken from content is escaped: the comment is
 * posted from data a fork controls.
 */
import { eventCardPath } from '../cards/paths.ts';
import type { Content, EventEntry } from '../content/model.ts';
import { SITE_LOCALES, type SiteLocale } from '../content/schema.ts';
import { pick } from '../i18n/locales.ts';
import type { Problem } from '../rules/types.ts';
import { reportName } from '../reports/public-name.ts';
import { kazakhstanDateTime } from '../season/calendar.ts';
import { renderProblems, type CheckPrResult } from './check.ts';
import type { EventChange, MemberRef, RepresentationChange } from './changes.ts';
import { neutraliseMentions } from './comment.ts';
import { SUMMARY_MARKER, SUMMARY_STRINGS, type SummaryStrings, verdictText } from '../i18n/pr-summary.ts';

export { SUMMARY_MARKER };
const MAX_PROBLEMS = 50;
const MAX_MEMBERS = 20;

export interface SummaryOptions {
  /** The site's address with its base path (e.g. https://org.github.io/site): card links become absolute. */
  siteUrl?: string;
  /** Renders the located problems in a language (both site languages are needed). */
  render: (locale: SiteLocale) => Problem[];
}

/** The whole summary: the default language first, the other one folded below. */
export function formatSummary(result: CheckPrResult, options: SummaryOptions): string {
  const first: SiteLocale = result.head.movement?.data.default_locale === 'ru' ? 'ru' : 'kk';
  const second = SITE_LOCALES.find((l) => l !== first)!;
  return [
    SUMMARY_MARKER,
    section(result, first, options),
    `<details><summary>${SUMMARY_STRINGS[second].languageName}</summary>\n`,
    section(result, second, options),
    '</details>',
    '',
  ].join('\n');
}

function section(result: CheckPrResult, locale: SiteLocale, options: SummaryOptions): string {
  const t = SUMMARY_STRINGS[locale];
  const problems = options.render(locale);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const verdict = verdictText(t, errors, warnings);
  return [
    `## ${t.title}`,
    '',
    `**${verdict}**`,
    '',
    `### ${t.whatChanged}`,
    '',
    ...changesList(result, locale, t, options),
    '',
    `### ${t.problems}`,
    '',
    ...problemTable(problems, t),
    '',
    ...alreadyPresentTable(renderProblems(result.alreadyPresent, locale), t),
  ].join('\n');
}

/** The problems the base already had, under their own heading (nothing when there are none). */
function alreadyPresentTable(problems: Problem[], t: SummaryStrings): string[] {
  if (!problems.length) return [];
  return [`### ${t.alreadyPresent} (${problems.length})`, '', `_${t.alreadyPresentNote}_`, '', ...problemTable(problems, t).slice(0, -2), ''];
}

function changesList(result: CheckPrResult, locale: SiteLocale, t: SummaryStrings, options: SummaryOptions): string[] {
  const { changes, head, base } = result;
  const lines: string[] = [];
  if (changes.representations.length) {
    lines.push(`**${t.representations}**`, '');
    for (const change of changes.representations) lines.push(representationLine(change, head.geography.size ? head : base, locale, t));
    lines.push('');
  }
  const approvals = changes.regionChanges.filter((c) => c.approvalChanged || c.newResubmissions.length);
  for (const change of approvals) {
    const region = regionName(change.region, head, locale);
    if (change.approvalChanged) {
      const was = change.base?.data.approved;
      const now = change.head?.data.approved;
      lines.push(`- ${t.approval} — ${region}: ${was ? escape(`${was.order} (${was.date})`) : '—'} → ${now ? escape(`${now.order} (${now.date})`) : '—'}`);
    }
    for (const r of change.newResubmissions) lines.push(`- ${t.resubmission} — ${region}: ${escape(`${r.letter} (${r.date})`)}: ${escape(pick(r.reason, locale))}`);
  }
  if (approvals.length) lines.push('');
  if (changes.events.length) {
    lines.push(`**${t.events}**`, '');
    for (const change of changes.events) lines.push(...eventLines(change, locale, t, options));
    if (changes.events.some((c) => c.kind === 'added')) lines.push('', `_${t.cardsNote}_`);
    lines.push('');
  }
  return lines.length ? lines : [t.nothingChanged];
}

function representationLine(change: RepresentationChange, content: Content, locale: SiteLocale, t: SummaryStrings): string {
  const parts = [
    list(t.added, '+', change.added, locale),
    list(t.removed, '−', change.removed, locale),
    list(t.changedMembers, '~', change.changed, locale),
  ].filter(Boolean);
  return `- ${representationName(change.key, content, locale)} (${t.levels[change.level]}): ${parts.join('; ')}`;
}

function list(label: string, sign: string, members: MemberRef[], locale: SiteLocale): string {
  if (!members.length) return '';
  const names = members.slice(0, MAX_MEMBERS).map((m) => escape(reportName(m.member, locale)));
  const rest = members.length > MAX_MEMBERS ? ` … (+${members.length - MAX_MEMBERS})` : '';
  return `${sign}${members.length} ${label}: ${names.join(', ')}${rest}`;
}

function eventLines(change: EventChange, locale: SiteLocale, t: SummaryStrings, options: SummaryOptions): string[] {
  const entry = change.head ?? change.base!;
  const title = escape(pick(entry.data.title, locale));
  const when = kazakhstanDateTime(entry.data.start);
  if (change.kind === 'deleted') return [`- ${t.eventDeleted}: \`${change.id}\` — ${title} (${when})`];
  if (change.kind === 'changed') {
    const what = [...change.fields, ...(change.bodyChanged ? [t.body] : [])].join(', ');
    return [`- ${t.eventChanged}: \`${change.id}\` — ${title} (${when}); ${t.fields}: ${what}`];
  }
  const cards = SITE_LOCALES.map((l) => `[${t.cards} ${l}](${cardUrl(entry, l, options.siteUrl)})`).join(' · ');
  return [`- ${t.eventAdded}: \`${change.id}\` — ${title} (${when}) · ${cards}`];
}

/** The event's og card (`/cards/events/<year>/<slug>/og-<locale>.png`), under the site's address when it is known. */
function cardUrl(event: EventEntry, locale: SiteLocale, siteUrl?: string): string {
  const path = `/${eventCardPath(event.year, event.slug, 'og', locale)}`;
  return siteUrl ? `${siteUrl.replace(/\/+$/, '')}${path}` : path;
}

function problemTable(problems: Problem[], t: SummaryStrings): string[] {
  if (!problems.length) return [t.noProblems];
  const rows = problems.slice(0, MAX_PROBLEMS).map((p) => {
    const mark = p.severity === 'error' ? `❌ ${t.error}` : `⚠️ ${t.warning}`;
    return `| ${mark} | \`${p.file}:${p.line}:${p.column}\` | ${escape(p.message)} \`${p.rule}\` |`;
  });
  const more = problems.length > MAX_PROBLEMS ? ['', t.more(problems.length - MAX_PROBLEMS)] : [];
  return [`| | ${t.place} | ${t.message} |`, '|---|---|---|', ...rows, ...more, '', `_${t.howToFix}_`];
}

function representationName(key: string, content: Content, locale: SiteLocale): string {
  const [region, unit, rural] = key.split('/');
  const geo = content.geography.get(region!)?.data;
  const unitGeo = unit ? geo?.units.find((u) => u.id === unit) : undefined;
  const ruralGeo = rural ? unitGeo?.rural?.find((r) => r.id === rural) : undefined;
  const names = [geo ? pick(geo.name, locale) : region, unit && (unitGeo ? pick(unitGeo.name, locale) : unit), rural && (ruralGeo ? pick(ruralGeo.name, locale) : rural)];
  return escape(names.filter(Boolean).join(' — '));
}

function regionName(region: string, content: Content, locale: SiteLocale): string {
  const geo = content.geography.get(region)?.data;
  return escape(geo ? pick(geo.name, locale) : region);
}

/**
 * Makes content text inert in Markdown: no tables broken, links, HTML, character references,
 * mentions (in any encoding) or emphasis smuggled in through a title or a name.
 */
export function escape(value: string): string {
  return neutraliseMentions(value)
    .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
    .replace(/[\\`*_[\]<>|~&!#]/g, (c) => `\\${c}`);
}
