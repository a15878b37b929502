/** `npm run status` as Markdown: the deadlines with days left, then one table row per region, regions by name. */
import type { Locale, LocaleMap } from '../content/schema.ts';
import { sortByName } from '../i18n/collate.ts';
import type { Count, SeasonReadiness } from './readiness.ts';
import { STATUS_STRINGS } from '../i18n/status.ts';

/** The readiness report for people (job summary, issue, chat), in one language. */
export function formatStatusMarkdown(readiness: SeasonReadiness, locale: Locale): string {
  const t = STATUS_STRINGS[locale];
  const out = [`# ${t.title(readiness.season)}`, '', t.today(readiness.today), ''];
  for (const d of readiness.deadlines) out.push(`- **${t.deadlines[d.id]}**: ${d.date} — ${t.daysLeft(d.daysLeft)}`);
  out.push('', `| ${t.columns.join(' | ')} |`, `|${t.columns.map((_, i) => (i < 3 ? '---' : '---:')).join('|')}|`);
  // By the region's name in the report's language, as a reader of that language looks for it.
  for (const r of sortByName(readiness.regions, (region) => name(region.name, locale), locale)) {
    const approved = r.approved
      ? `${r.approved.order}, ${r.approved.date}${!r.approved.thisSeason ? ` (${t.earlierSeason})` : r.approved.onTime ? '' : ` (${t.late})`}${r.resubmissions ? `; ${t.resubmitted(r.resubmissions)}` : ''}`
      : t.notApproved;
    const events = `${r.events.planned} / ${r.events.held} / ${r.events.cancelled}${r.events.missingResults ? ` (${t.missingResults(r.events.missingResults)})` : ''}`;
    out.push(row([name(r.name, locale), t.states[r.state], approved, count(r.unitsHeaded), count(r.unitsStaffed), count(r.ruralStaffed), events, String(r.participants), String(r.errors)]));
  }
  const sum = (pick: (r: SeasonReadiness['regions'][number]) => number) => readiness.regions.reduce((s, r) => s + pick(r), 0);
  const ready = readiness.regions.filter((r) => r.state === 'ready').length;
  out.push(
    row([
      `**${t.total}**`,
      `${ready}/${readiness.regions.length}`,
      `${readiness.regions.filter((r) => r.approved?.thisSeason).length}/${readiness.regions.length}`,
      count({ done: sum((r) => r.unitsHeaded.done), total: sum((r) => r.unitsHeaded.total) }),
      count({ done: sum((r) => r.unitsStaffed.done), total: sum((r) => r.unitsStaffed.total) }),
      count({ done: sum((r) => r.ruralStaffed.done), total: sum((r) => r.ruralStaffed.total) }),
      `${sum((r) => r.events.planned)} / ${sum((r) => r.events.held)} / ${sum((r) => r.events.cancelled)}`,
      String(sum((r) => r.participants)),
      String(sum((r) => r.errors)),
    ]),
    '',
    `_${t.legend}_`,
    '',
  );
  return out.join('\n');
}

function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

function count(c: Count): string {
  return `${c.done}/${c.total}`;
}

function name(map: LocaleMap, locale: Locale): string {
  return map[locale] ?? map.kk ?? map.ru ?? map.en ?? '';
}
