/**
 * zizmor's high-severity audits, encoded over the workflow YAML (zizmor itself cannot be installed
 * from the registries here). Each audit takes a parsed workflow and returns its findings as
 * `job/step: what`; the hardening test runs them on the real workflows (no findings) and on small
 * broken workflows (one finding each), so no audit can pass by finding nothing.
 *
 * - dangerous-triggers: `pull_request_target`; a `workflow_run` workflow that checks out anything
 *   but the default branch (the pull request's code with the base repository's token);
 * - template-injection: `${{ }}` in `run:` or in github-script's `script:` (event text becomes code);
 * - artipacked: a checkout that keeps the token in .git/config (`persist-credentials` not false);
 * - unpinned-uses: an action not pinned to a full commit SHA;
 * - excessive-permissions: top-level permissions beyond `contents: read`, `write-all`/`read-all`,
 *   a job's write scope not in the workflow's allow-list;
 * - cache-poisoning: a cache written by a run that executes pull-request code (`pull_request`:
 *   only `actions/cache/restore`), any cache in a privileged `workflow_run` workflow (it runs in the
 *   default branch's cache scope, which the deploy restores), and a deploy triggered by pull requests.
 */
export interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
export interface Job {
  permissions?: Record<string, string> | string;
  needs?: string | string[];
  if?: string;
  steps: Step[];
}
export interface Workflow {
  name?: string;
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

export type Audit = (workflow: Workflow) => string[];

/** The event names a workflow runs on. */
export function triggers(workflow: Workflow): string[] {
  const on = workflow.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on;
  return Object.keys(on ?? {});
}

function eachStep(workflow: Workflow): [string, Step][] {
  return Object.entries(workflow.jobs).flatMap(([job, { steps }]) => (steps ?? []).map((step, i) => [`${job}/${step.id ?? step.name ?? i}`, step] as [string, Step]));
}

const action = (step: Step) => step.uses?.split('@')[0] ?? '';

export const dangerousTriggers: Audit = (workflow) => {
  const findings: string[] = [];
  if (triggers(workflow).includes('pull_request_target')) findings.push('on: pull_request_target runs with the base repository\'s token next to pull-request code');
  if (triggers(workflow).includes('workflow_run')) {
    for (const [where, step] of eachStep(workflow)) {
      if (action(step) !== 'actions/checkout') continue;
      const ref = String(step.with?.['ref'] ?? '');
      const repository = step.with?.['repository'];
      if (ref !== '${{ github.event.repository.default_branch }}' || repository !== undefined) findings.push(`${where}: a workflow_run checkout must take the default branch, not ${ref || 'the triggering ref'}`);
    }
  }
  return findings;
};

const TEMPLATE = /\$\{\{/;

export const templateInjection: Audit = (workflow) =>
  eachStep(workflow).flatMap(([where, step]) => {
    const findings: string[] = [];
    if (step.run && TEMPLATE.test(step.run)) findings.push(`${where}: \${{ }} in run (pass it through env:)`);
    if (action(step) === 'actions/github-script' && TEMPLATE.test(String(step.with?.['script'] ?? ''))) findings.push(`${where}: \${{ }} in github-script's script (pass it through env:)`);
    return findings;
  });

export const artipacked: Audit = (workflow) =>
  eachStep(workflow)
    .filter(([, step]) => action(step) === 'actions/checkout' && step.with?.['persist-credentials'] !== false)
    .map(([where]) => `${where}: checkout without persist-credentials: false`);

export const unpinnedUses: Audit = (workflow) =>
  eachStep(workflow)
    .filter(([, step]) => step.uses !== undefined && !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(step.uses))
    .map(([where, step]) => `${where}: ${step.uses} is not pinned to a commit SHA`);

/** `excessivePermissions(allowed)`: `allowed` maps `job` to the scopes it may hold beyond none. */
export function excessivePermissions(allowed: Record<string, Record<string, string>>): Audit {
  return (workflow) => {
    const findings: string[] = [];
    const top = workflow.permissions;
    if (top === undefined) findings.push('no top-level permissions: the token gets the repository default (possibly write-all)');
    else if (typeof top === 'string' || Object.entries(top).some(([scope, level]) => !(scope === 'contents' && level === 'read'))) findings.push(`top-level permissions ${JSON.stringify(top)}: only contents: read`);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const granted = job.permissions ?? {};
      if (typeof granted === 'string') {
        findings.push(`${name}: permissions ${granted}`);
        continue;
      }
      const may = allowed[name] ?? {};
      for (const [scope, level] of Object.entries(granted)) if (may[scope] !== level) findings.push(`${name}: ${scope}: ${level} is not allowed for this job`);
    }
    return findings;
  };
}

export const cachePoisoning: Audit = (workflow) => {
  const on = triggers(workflow);
  const findings: string[] = [];
  const runsPullRequestCode = on.includes('pull_request') || on.includes('pull_request_target');
  const privileged = on.includes('workflow_run');
  for (const [where, step] of eachStep(workflow)) {
    const name = action(step);
    const isCache = name === 'actions/cache' || name.startsWith('actions/cache/');
    const setupCache = name.startsWith('actions/setup-') && step.with?.['cache'] !== undefined;
    if (runsPullRequestCode && (name === 'actions/cache' || name === 'actions/cache/save')) findings.push(`${where}: a pull-request run may only restore caches (actions/cache/restore)`);
    if (privileged && (isCache || setupCache)) findings.push(`${where}: no cache in a workflow_run workflow (it shares the default branch's cache scope)`);
  }
  const deploys = eachStep(workflow).some(([, step]) => action(step) === 'actions/deploy-pages');
  if (deploys && (runsPullRequestCode || privileged)) findings.push(`a deploy runs on ${on.join(', ')}: only main, the schedule or by hand`);
  return findings;
};

/** Every audit but the permissions one (which needs the workflow's allow-list). */
export const AUDITS: Record<string, Audit> = {
  'dangerous-triggers': dangerousTriggers,
  'template-injection': templateInjection,
  artipacked,
  'unpinned-uses': unpinnedUses,
  'cache-poisoning': cachePoisoning,
};
