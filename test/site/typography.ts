/**
 * Typographic faults a reader sees on a built page, in either language: a double full stop
 * (`2027 г..`), a letter glued to a dash (`қамтылған— 17`), a heading (h1–h3) that starts with a
 * lower-case letter (`район Есиль`), and one list writing its dates in two different orders
 * (`5 декабря, суббота` next to `понедельник, 4 января 2027 г.`). Pure functions over HTML, so
 * the checks are tested on known-bad text as well as run over the whole built site.
 */

/** Elements that separate text: their tags become a line break, so text of two cells is never joined. */
const BLOCK = /<\/?(?:p|div|li|td|th|tr|thead|tbody|table|h[1-6]|dt|dd|dl|ul|ol|section|article|header|footer|nav|main|aside|figure|figcaption|details|summary|br|hr|option|optgroup|select|label|button|form|blockquote|pre|svg|title|desc|text|g|a\s[^>]*data-region)\b[^>]*>/gi;

/** The text of an HTML fragment as a reader sees it: no scripts, styles or tags; entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, '\u00a0')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export interface TypographyFault {
  kind: 'double-stop' | 'dash-glued' | 'heading-lower-case' | 'mixed-date-formats';
  /** The text around the fault. */
  excerpt: string;
}

const around = (text: string, index: number, length: number) => text.slice(Math.max(0, index - 30), index + length + 20).replace(/\s+/g, ' ').trim();

/** The page's `<title>`, meta description and body text. */
function readableParts(html: string): string[] {
  const title = html.match(/<title>([\s\S]*?)<\/title>/i)?.[1] ?? '';
  const description = html.match(/<meta name="description" content="([^"]*)"/i)?.[1] ?? '';
  const body = html.slice(Math.max(0, html.search(/<body\b/i)));
  return [visibleText(title), visibleText(description), visibleText(body)];
}

/** Every fault of one page. */
export function typographyFaults(html: string): TypographyFault[] {
  const faults: TypographyFault[] = [];
  for (const text of readableParts(html)) {
    // Two full stops, not an ellipsis of three.
    for (const m of text.matchAll(/(?<!\.)\.\.(?!\.)/g)) faults.push({ kind: 'double-stop', excerpt: around(text, m.index, 2) });
    // A word glued to a dash that has a space after it (`районы— руководители`): the spaces must
    // match. A dash with no space on either side (`три–пять`, a range) is fine.
    for (const m of text.matchAll(/\p{L}[—–](?=\s)/gu)) faults.push({ kind: 'dash-glued', excerpt: around(text, m.index, 2) });
  }
  for (const m of html.matchAll(/<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/gi)) {
    const heading = visibleText(m[2]!).trim();
    if (/^[^\p{L}\p{N}]*\p{Ll}/u.test(heading)) faults.push({ kind: 'heading-lower-case', excerpt: heading });
  }
  for (const list of html.matchAll(/<(ul|ol|tbody|dl)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const dates = [...list[2]!.matchAll(/<time\b[^>]*>([\s\S]*?)<\/time>/gi)].map((t) => visibleText(t[1]!).trim());
    const shapes = dates.map((date) => ({ date, order: dateOrder(date) }));
    for (let i = 1; i < shapes.length; i++) {
      const first = shapes.find((s) => conflicts(s.order, shapes[i]!.order));
      if (first) {
        faults.push({ kind: 'mixed-date-formats', excerpt: `${first.date} | ${shapes[i]!.date}` });
        break;
      }
    }
  }
  return faults;
}

const MONTHS = new Set<string>();
const WEEKDAYS = new Set<string>();
for (const locale of ['kk', 'ru']) {
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2027, month, 15));
    MONTHS.add(new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(date).find((p) => p.type === 'month')!.value.toLowerCase());
    MONTHS.add(new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date).toLowerCase());
  }
  for (let day = 0; day < 7; day++) WEEKDAYS.add(new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2027, 0, 4 + day))).toLowerCase());
}

/**
 * Where each part of a written date stands: Y (a year), N (the day), M (a month name), W (a
 * weekday), by first appearance; times of day (`15:00`) are left out.
 */
export function dateOrder(date: string): string {
  const kinds: string[] = [];
  for (const token of date.replace(/\d{1,2}:\d{2}/g, ' ').toLowerCase().match(/[\p{L}]+|\d+/gu) ?? []) {
    const kind = /^\d{4}$/.test(token) ? 'Y' : /^\d+$/.test(token) ? 'N' : MONTHS.has(token) ? 'M' : WEEKDAYS.has(token) ? 'W' : undefined;
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.join('');
}

/** Two dates are written differently when two parts both have stand in opposite order. */
function conflicts(a: string, b: string): boolean {
  for (const x of a) for (const y of a) if (a.indexOf(x) < a.indexOf(y) && b.includes(x) && b.includes(y) && b.indexOf(x) > b.indexOf(y)) return true;
  return false;
}
