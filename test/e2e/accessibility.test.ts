/**
 * axe-core in the real browser, on a 360 px phone: no serious or critical violation on home, a
 * region, a district, the events list, an event page and the search page (with results), in both
 * languages. A failure lists each rule with the elements it found and what to fix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { auditedPages } from './pages.ts';
import { expectNoErrors, PHONE, useSite } from './session.ts';

const site = useSite();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string; html: string }[];
}

async function axeViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the browser's debugging protocol, not as an inline <script>: the site's CSP
  // (rightly) refuses inline scripts without a hash, and the audited page keeps its policy.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations;
  });
}

function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) =>
      [
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map((node) => `    ${JSON.stringify(node.target)}\n      ${node.html.slice(0, 160)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
      ].join('\n'),
    )
    .join('\n');
}

describe('accessibility (axe-core, 360 px)', () => {
  for (const audited of auditedPages()) {
    it(`${audited.locale}: ${audited.name} (${decodeURI(audited.path)})`, async () => {
      const session = await site.open(PHONE);
      await session.page.goto(session.url(audited.path));
      await audited.ready(session.page);
      const serious = (await axeViolations(session.page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(describeViolations(serious), `serious or critical axe violations on ${audited.path}`).toBe('');
      expectNoErrors(session, audited.path);
    });
  }
});
