/**
 * The GitHub workflows as the project needs them: which workflows, how the checks, the comment
 * and the deploy fit together, actions pinned with their version in a comment, Node 24. The
 * generic hardening (zizmor's audits: triggers, template injection, persisted credentials,
 * unpinned actions, permissions, cache poisoning) and actionlint are in hardening.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Workflow } from './audits.ts';

const GITHUB = join(import.meta.dirname, '../../.github');
const WORKFLOWS = readdirSync(join(GITHUB, 'workflows')).filter((f) => /\.ya?ml$/.test(f));

const read = (file: string) => readFileSync(join(GITHUB, 'workflows', file), 'utf8');
const load = (file: string) => parse(read(file)) as Workflow;

describe('GitHub workflows', () => {
  it('are the three the project needs', () => {
    expect(WORKFLOWS.sort()).toEqual(['deploy.yml', 'pr-comment.yml', 'pr.yml']);
  });

  describe.each(WORKFLOWS)('%s', (file) => {
    const workflow = load(file);
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

    it('pins every action to a full commit SHA with its version in a comment', () => {
      const lines = read(file).split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/);
      expect(lines.length).toBe(steps.filter((s) => s.uses).length);
    });

    it('runs Node 24 wherever it sets Node up', () => {
      for (const step of steps.filter((s) => s.uses?.startsWith('actions/setup-node@'))) expect(step.with?.['node-version']).toBe(24);
    });
  });

  describe('the comment workflow (trusted, on data a fork controls)', () => {
    const comment = load('pr-comment.yml');
    const steps = (job: string) => comment.jobs[job]!.steps;

    it('follows the checks workflow by its name', () => {
      const checks = load('pr.yml') as Workflow & { name: string };
      expect(comment.on).toEqual({ workflow_run: { workflows: [checks.name], types: ['completed'] } });
    });

    it('checks out only the base branch, never the pull request', () => {
      const checkouts = Object.values(comment.jobs).flatMap((j) => j.steps).filter((s) => s.uses?.startsWith('actions/checkout@'));
      expect(checkouts).toHaveLength(1);
      expect(checkouts[0]!.with?.['ref']).toBe('${{ github.event.repository.default_branch }}');
      expect(read('pr-comment.yml')).not.toMatch(/head_branch|pull_request\.head|refs\/pull/);
    });

    it('renders with the base code in a job without write scopes, and posts from a job that runs no project code', () => {
      expect(steps('render').some((s) => s.run?.includes('npm run --silent pr:comment'))).toBe(true);
      expect(comment.jobs['comment']!.needs).toEqual(['render', 'publish']);
      expect(steps('comment').filter((s) => s.run)).toEqual([]);
      expect(steps('comment').map((s) => s.uses?.split('@')[0])).toEqual(['actions/download-artifact', 'actions/github-script']);
      // The preview's publisher, with the only contents: write, runs no project code either.
      expect(steps('publish').filter((s) => s.run)).toEqual([]);
      expect(steps('publish').map((s) => s.uses?.split('@')[0])).toEqual(['actions/download-artifact', 'actions/github-script']);
      expect(comment.jobs['publish']!.permissions).toEqual({ contents: 'write' });
    });

    it('finds the pull request by the run\'s head SHA through the API, never by a number from the artifact', () => {
      const script = String(steps('comment').find((s) => s.uses?.startsWith('actions/github-script@'))!.with?.['script']);
      expect(script).toMatch(/pulls\.list/);
      expect(script).toMatch(/pr\.head\.sha === process\.env\.HEAD_SHA/);
      expect(script).not.toMatch(/number'\)|readFileSync\([^)]*number/);
      expect(steps('comment').find((s) => s.env)?.env?.['HEAD_SHA']).toBe('${{ github.event.workflow_run.head_sha }}');
    });
  });

  it('uploads the report (data, not Markdown) that the comment workflow downloads', () => {
    const upload = Object.values(load('pr.yml').jobs).flatMap((j) => j.steps).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    const download = load('pr-comment.yml').jobs['render']!.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with?.['name']).toBe(upload?.with?.['name']);
    expect(upload?.with?.['path']).toBe('pr-report/');
    expect(read('pr.yml')).toMatch(/check:pr -- .*--report pr-report\/report\.json/);
    expect(read('pr.yml')).not.toMatch(/--summary pr-report/);
  });

  it('builds the preview in the pull-request build and hands it to the comment workflow as data', () => {
    const build = load('pr.yml').jobs['build']!.steps;
    const runs = build.map((s) => s.run ?? s.uses?.split('@')[0]);
    expect(runs.indexOf('npm run --silent pr:preview -- --base "$BASE_SHA" --out pr-preview')).toBeGreaterThan(runs.indexOf('npm run build'));
    expect(runs.indexOf('actions/cache/restore')).toBeLessThan(runs.indexOf('npm run build'));
    const upload = build.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'pr-preview', path: 'pr-preview/' });
    const render = load('pr-comment.yml').jobs['render']!.steps;
    const download = render.find((s) => s.uses?.startsWith('actions/download-artifact@') && s.with?.['name'] === 'pr-preview');
    expect(download?.with?.['path']).toBe('${{ runner.temp }}/pr-preview');
    expect(render.find((s) => s.run?.includes('pr:comment'))?.run).toMatch(/--preview "\$RUNNER_TEMP\/pr-preview" --preview-url "\$PREVIEW_URL" --sha "\$HEAD_SHA" --publish "\$RUNNER_TEMP\/publish"/);
  });

  it('runs the typecheck (astro sync, tsc, astro check) in the pull-request workflow and in .ci/run, through npm on Node 24', () => {
    const scripts = (JSON.parse(readFileSync(join(GITHUB, '../package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['typecheck']).toBe('astro sync && tsc --noEmit && astro check');
    const test = load('pr.yml').jobs['test']!.steps.map((s) => s.run);
    expect(test.indexOf('npm run typecheck')).toBeGreaterThan(test.indexOf('npm ci'));
    expect(readFileSync(join(GITHUB, '../.ci/run'), 'utf8')).toMatch(/^step "typecheck[^"]*" npm run typecheck$/m);
  });

  it('deploys on push to main and daily', () => {
    expect(load('deploy.yml').on).toMatchObject({ push: { branches: ['main'] }, schedule: [{ cron: expect.any(String) }] });
  });

  it('has Dependabot keep both the actions and the npm packages current', () => {
    const config = parse(readFileSync(join(GITHUB, 'dependabot.yml'), 'utf8')) as { updates: { 'package-ecosystem': string }[] };
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});
