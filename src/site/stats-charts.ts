/**
 * The charts of /stats/, each as one description: its title and explanation, its drawing
 * (src/site/charts.ts), and its data as rows, which the page shows as the chart's table and
 * `/stats/<chart>.csv` serves for download. One description, so the picture, the table and the
 * file can never disagree. Every row links to what it counts: a region's page, the list of events.
 */
import { COLORS, SITE_COLORS } from '../identity/palette.ts';
import { capitalize, pick, type SiteLocale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translate.ts';
import { barChart, columnChart, sparkCharts } from './charts.ts';
import { paths } from './paths.ts';
import type { SiteContent } from './site-content.ts';
import { eventsByMonth, followerSeries, projectFigures, regionFigures, summerParticipants } from './stats.ts';
import { PROJECT_STAGES } from '../content/schema.ts';

export const STATS_CHARTS = ['coverage', 'members', 'events', 'participants', 'followers', 'reach', 'project-stages', 'project-regions'] as const;
export type StatsChartId = (typeof STATS_CHARTS)[number];

/** A row of a chart's data: the CSV's values, the table's texts (same order), and where its first cell links. */
export interface StatsRow {
  values: (string | number)[];
  cells: string[];
  href: string;
}

export interface StatsChart {
  id: StatsChartId;
  title: string;
  text: string;
  /** The drawing; none when the content has nothing to draw yet. */
  svg?: string | undefined;
  /** The colours of a chart with more than one, by their swatch class in site.css (`level-*`, `sun`). */
  legend?: { label: string; swatch: string }[];
  header: string[];
  rows: StatsRow[];
}

const MONTHS: Record<SiteLocale, string[]> = {
  kk: ['қаң', 'ақп', 'нау', 'сәу', 'мам', 'мау', 'шіл', 'там', 'қыр', 'қаз', 'қар', 'жел'],
  ru: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
};

/**
 * The charts in `locale`. `href` makes a site path into this language's address (page-locale.ts).
 */
export function statsCharts(content: SiteContent, now: Date, locale: SiteLocale, t: Translate, href: (path: string) => string): StatsChart[] {
  const number = new Intl.NumberFormat(locale);
  const n = (value: number) => number.format(value);
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const figures = regionFigures(content).map((f) => ({ ...f, name: capitalize(pick(f.region.geo.name, locale), locale), href: href(paths.region(f.region.id)) }));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);
  const share = (f: (typeof figures)[number]) => (f.units.total ? f.units.done / f.units.total : 0);

  const coverage = [...figures].sort((a, b) => share(b) - share(a) || b.rural - a.rural || byName(a, b));
  const members = [...figures].sort((a, b) => b.members - a.members || byName(a, b));
  const reach = [...figures].sort((a, b) => b.reach - a.reach || byName(a, b));
  const maxMembers = Math.max(0, ...figures.map((f) => f.members));
  const maxReach = Math.max(0, ...figures.map((f) => f.reach));

  const months = eventsByMonth(content, now);
  const summer = summerParticipants(content);
  const followers = followerSeries(content)
    .map((s) => ({ ...s, name: capitalize(pick(s.region.geo.name, locale), locale) }))
    .sort((a, b) => b.points.at(-1)!.followers - a.points.at(-1)!.followers || byName(a, b));
  const projects = projectFigures(content);
  const stageFill = { idea: SITE_COLORS['--started'], running: SITE_COLORS['--partial'], done: SITE_COLORS['--full'] } as const;
  const maxStage = Math.max(0, ...PROJECT_STAGES.map((stage) => projects.byStage[stage]));
  const projectRegions = projects.byRegion
    .map((f) => ({ ...f, name: capitalize(pick(f.region.geo.name, locale), locale), href: href(paths.projectsFiltered('region', f.region.id)) }))
    .sort((a, b) => b.total - a.total || byName(a, b));
  const maxRegion = Math.max(0, ...projectRegions.map((f) => f.total));
  const stageLegend = PROJECT_STAGES.map((stage) => ({ label: t(`stage.${stage}`), swatch: { idea: 'level-started', running: 'level-partial', done: 'level-full' }[stage] }));
  const shortDate = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

  return [
    {
      id: 'coverage',
      title: t('stats.chart.coverage'),
      text: t('stats.chart.coverage.text'),
      svg: barChart(
        coverage.map((f) => ({
          label: `${f.name} — ${f.units.done}/${f.units.total}${f.rural > 0 ? ` · ${t('stats.ruralShort', { n: f.rural })}` : ''}`,
          href: f.href,
          segments: [{ value: f.units.done, fill: SITE_COLORS['--full'] }],
          scale: f.units.total,
        })),
        { track: true },
      ),
      header: [t('stats.col.region'), t('stats.col.covered'), t('stats.col.units'), t('stats.col.rural')],
      rows: coverage.map((f) => ({ values: [f.name, f.units.done, f.units.total, f.rural], cells: [f.name, n(f.units.done), n(f.units.total), n(f.rural)], href: f.href })),
    },
    {
      id: 'members',
      title: t('stats.chart.members'),
      text: t('stats.chart.members.text'),
      svg: barChart(members.map((f) => ({ label: `${f.name} — ${n(f.members)}`, href: f.href, segments: [{ value: f.members, fill: SITE_COLORS['--full'] }], scale: maxMembers }))),
      header: [t('stats.col.region'), t('stats.col.members')],
      rows: members.map((f) => ({ values: [f.name, f.members], cells: [f.name, n(f.members)], href: f.href })),
    },
    {
      id: 'events',
      title: t('stats.chart.events'),
      text: t('stats.chart.events.text'),
      svg: months.length > 0
        ? columnChart(
            months.map((m, i) => ({
              label: MONTHS[locale][Number(m.month.slice(5)) - 1]!,
              sublabel: i === 0 || m.month.endsWith('-01') ? m.month.slice(0, 4) : undefined,
              href: href(m.started ? paths.archive() : paths.events()),
              bars: [{ value: m.planned, fill: SITE_COLORS['--started'] }, { value: m.held, fill: SITE_COLORS['--full'] }],
              top: m.planned,
            })),
          )
        : undefined,
      legend: [{ label: t('stats.col.planned'), swatch: 'level-started' }, { label: t('stats.col.held'), swatch: 'level-full' }],
      header: [t('stats.col.month'), t('stats.col.planned'), t('stats.col.held')],
      rows: months.map((m) => {
        const name = capitalize(monthName.format(new Date(`${m.month}-15T00:00:00Z`)), locale);
        return { values: [m.month, m.planned, m.held], cells: [name, n(m.planned), n(m.held)], href: href(m.started ? paths.archive() : paths.events()) };
      }),
    },
    {
      id: 'participants',
      title: t('stats.chart.participants', { year: String(summer.year) }),
      text: t('stats.chart.participants.text', { total: n(summer.total) }),
      svg: summer.total > 0
        ? columnChart(
            summer.weeks.map((w) => ({
              label: `${w.from.slice(8, 10)}.${w.from.slice(5, 7)}`,
              href: href(paths.archive()),
              bars: [{ value: w.participants, fill: SITE_COLORS['--full'] }],
              top: w.participants,
            })),
          )
        : undefined,
      header: [t('stats.col.week'), t('stats.col.participants')],
      rows: summer.weeks.map((w) => ({ values: [w.from, w.participants], cells: [shortDate(w.from), n(w.participants)], href: href(paths.archive()) })),
    },
    {
      id: 'followers',
      title: t('stats.chart.followers'),
      text: t('stats.chart.followers.text'),
      svg: followers.length > 0
        ? sparkCharts(
            followers.map((s) => ({
              label: `${s.name} — ${n(s.points.at(-1)!.followers)}`,
              href: `${href(paths.region(s.region.id))}#social`,
              points: s.points.map((p) => ({ label: `${shortDate(p.date)}: ${n(p.followers)}`, value: p.followers })),
            })),
          )
        : undefined,
      header: [t('stats.col.region'), t('stats.col.date'), t('stats.col.followers')],
      rows: followers.flatMap((s) =>
        s.points.map((p) => ({ values: [s.name, p.date, p.followers], cells: [s.name, shortDate(p.date), n(p.followers)], href: `${href(paths.region(s.region.id))}#social` })),
      ),
    },
    {
      id: 'reach',
      title: t('stats.chart.reach'),
      text: t('stats.chart.reach.text'),
      svg: barChart(
        reach.map((f) => ({
          label: `${f.name} — ${n(f.reach)}`,
          href: f.href,
          segments: [
            { value: f.members, fill: SITE_COLORS['--full'] },
            { value: f.participants, fill: SITE_COLORS['--partial'] },
            { value: f.followers, fill: COLORS.sun },
          ],
          scale: maxReach,
        })),
      ),
      legend: [
        { label: t('stats.legend.members'), swatch: 'level-full' },
        { label: t('stats.legend.participants'), swatch: 'level-partial' },
        { label: t('stats.legend.followers'), swatch: 'sun' },
      ],
      header: [t('stats.col.region'), t('stats.col.members'), t('stats.col.participants'), t('stats.col.followers'), t('stats.col.reach')],
      rows: reach.map((f) => ({
        values: [f.name, f.members, f.participants, f.followers, f.reach],
        cells: [f.name, n(f.members), n(f.participants), n(f.followers), n(f.reach)],
        href: f.href,
      })),
    },
    {
      id: 'project-stages',
      title: t('stats.chart.projectStages'),
      text: t('stats.chart.projectStages.text'),
      svg: projects.total > 0
        ? barChart(
            PROJECT_STAGES.map((stage) => ({
              label: `${t(`stage.${stage}`)} — ${n(projects.byStage[stage])}`,
              href: href(paths.projectsFiltered('stage', stage)),
              segments: [{ value: projects.byStage[stage], fill: stageFill[stage] }],
              scale: maxStage,
            })),
          )
        : undefined,
      header: [t('stats.col.stage'), t('stats.col.projects')],
      rows: PROJECT_STAGES.map((stage) => ({
        values: [t(`stage.${stage}`), projects.byStage[stage]],
        cells: [t(`stage.${stage}`), n(projects.byStage[stage])],
        href: href(paths.projectsFiltered('stage', stage)),
      })),
    },
    {
      id: 'project-regions',
      title: t('stats.chart.projectRegions'),
      text: t('stats.chart.projectRegions.text'),
      svg: projects.total > 0
        ? barChart(
            projectRegions.map((f) => ({
              label: `${f.name} — ${n(f.total)}`,
              href: f.href,
              segments: PROJECT_STAGES.map((stage) => ({ value: f.byStage[stage], fill: stageFill[stage] })),
              scale: maxRegion,
            })),
          )
        : undefined,
      legend: stageLegend,
      header: [t('stats.col.region'), t('stats.col.projects'), ...PROJECT_STAGES.map((stage) => t(`stage.${stage}`))],
      rows: projectRegions.map((f) => ({
        values: [f.name, f.total, ...PROJECT_STAGES.map((stage) => f.byStage[stage])],
        cells: [f.name, n(f.total), ...PROJECT_STAGES.map((stage) => n(f.byStage[stage]))],
        href: f.href,
      })),
    },
  ];
}
