/**
 * The data of one /stats/ chart as a CSV file (`/stats/<chart>.csv`), with the column names in the
 * page's language (src/site/stats-charts.ts). The route is `[file].ts`, not `[chart].csv.ts`: a
 * source file named like a data file would be refused by the PR checks' file types.
 */
import type { APIRoute } from 'astro';
import { localeParams } from '../../../i18n/locales.ts';
import { pageLocale } from '../../../i18n/page-locale.ts';
import { csvText } from '../../../site/csv.ts';
import { buildNow } from '../../../site/now.ts';
import { csvResponse } from '../../../site/responses.ts';
import { siteContent } from '../../../site/site-content.ts';
import { STATS_CHARTS, statsCharts, type StatsChart } from '../../../site/stats-charts.ts';

export const getStaticPaths = () => localeParams().flatMap(({ params }) => STATS_CHARTS.map((chart) => ({ params: { ...params, file: `${chart}.csv` } })));

/** Each language's charts, computed once for its eight files (they cost ≈ 1.4 s of a 1,000-event build computed per file). */
const chartsOf = new WeakMap<object, Map<string, StatsChart[]>>();

export const GET: APIRoute = async ({ params }) => {
  const { locale, t, href } = pageLocale(params.lang);
  const content = await siteContent();
  const now = buildNow();
  const byLocale = chartsOf.get(content) ?? new Map<string, StatsChart[]>();
  chartsOf.set(content, byLocale);
  const key = `${locale} ${now.getTime()}`;
  const charts = byLocale.get(key) ?? statsCharts(content, now, locale, t, href);
  byLocale.set(key, charts);
  const chart = charts.find((c) => `${c.id}.csv` === params.file)!;
  return csvResponse(csvText(chart.header, chart.rows.map((row) => row.values)));
};
