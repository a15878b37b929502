/**
 * A chart's data as CSV (RFC 4180): a header row and one row per item, fields quoted when they
 * hold a comma, a quote or a line break; CRLF line ends and a byte-order mark, so a spreadsheet
 * on Windows opens Kazakh and Russian text correctly.
 */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const field = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
