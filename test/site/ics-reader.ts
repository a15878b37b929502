import { expect } from 'vitest';

/**
 * A small RFC 5545 reader: checks the physical lines, unfolds them and returns each VEVENT's
 * properties (name → value) and parameters (name → `;`-joined parameters as written). A colon in
 * a quoted parameter value (`CN="a: b"`) does not end the name.
 */
export function parseIcs(text: string): { calendar: Map<string, string>; events: Map<string, string>[]; params: Map<string, string>[] } {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line.includes('\n') || line.includes('\r'), 'bare LF or CR').toBe(false);
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  }
  const lines = text.replace(/\r\n[ \t]/g, '').slice(0, -2).split('\r\n');
  const calendar = new Map<string, string>();
  const events: Map<string, string>[] = [];
  const params: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  let currentParams: Map<string, string> | undefined;
  for (const line of lines) {
    const colon = valueStart(line);
    const [name, ...rest] = line.slice(0, colon).split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const value = line.slice(colon + 1);
    if (line === 'BEGIN:VEVENT') {
      current = new Map();
      currentParams = new Map();
    } else if (line === 'END:VEVENT') {
      events.push(current!);
      params.push(currentParams!);
      current = undefined;
    } else {
      (current ?? calendar).set(name!, value);
      currentParams?.set(name!, rest.join(';'));
    }
  }
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  return { calendar, events, params };
}

/** The index of the colon that ends a content line's name and parameters (outside quotes). */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  return -1;
}
