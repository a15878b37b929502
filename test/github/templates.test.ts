/** The pull-request and issue templates parse, and speak both Kazakh and Russian. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const GITHUB = join(import.meta.dirname, '../../.github');
const KAZAKH = /[әғқңөұүһі]/i;
const RUSSIAN = /[ыэщё]|ого\b|ние\b|ться\b/i;

const prTemplates = ['pull_request_template.md', ...readdirSync(join(GITHUB, 'PULL_REQUEST_TEMPLATE')).map((f) => `PULL_REQUEST_TEMPLATE/${f}`)];
const issueForms = readdirSync(join(GITHUB, 'ISSUE_TEMPLATE')).filter((f) => f !== 'config.yml');

describe('templates', () => {
  it('cover a new event, a roster change and results, as pull requests and as issues', () => {
    expect(prTemplates.sort()).toEqual(['PULL_REQUEST_TEMPLATE/new-event.md', 'PULL_REQUEST_TEMPLATE/report-results.md', 'PULL_REQUEST_TEMPLATE/roster-change.md', 'pull_request_template.md']);
    expect(issueForms.sort()).toEqual(['new-event.yml', 'report-results.yml', 'roster-change.yml']);
  });

  it.each(prTemplates)('%s is in Kazakh and Russian', (file) => {
    const text = readFileSync(join(GITHUB, file), 'utf8');
    expect(text).toMatch(KAZAKH);
    expect(text).toMatch(RUSSIAN);
  });

  it.each(issueForms)('%s is a valid issue form in Kazakh and Russian that never asks for contacts', (file) => {
    const form = parse(readFileSync(join(GITHUB, 'ISSUE_TEMPLATE', file), 'utf8')) as { name: string; description: string; body: { type: string; id?: string; attributes: { label?: string } }[] };
    expect(form.name).toMatch(KAZAKH);
    expect(form.name).toMatch(/[а-я]/i);
    expect(form.body.length).toBeGreaterThan(2);
    const ids = form.body.filter((b) => b.type !== 'markdown').map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const field of form.body.filter((b) => b.type !== 'markdown')) expect(field.attributes.label).toMatch(/ \/ /);
    expect(ids.join(' ')).not.toMatch(/phone|email|iin|birth|address/);
  });
});
