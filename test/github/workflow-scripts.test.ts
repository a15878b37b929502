/**
 * The github-script steps of pr-comment.yml, run as they are written in the workflow (the script
 * text taken from the YAML) against a mocked GitHub API: the comment finds its pull request by the
 * run's head SHA and head repository (never a number from the artifact) and updates only its own
 * comment; the publisher commits only the accepted preview images, to the pr-previews branch.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Workflow } from './audits.ts';

const WORKFLOW = parse(readFileSync(join(import.meta.dirname, '../../.github/workflows/pr-comment.yml'), 'utf8')) as Workflow;
const require = createRequire(import.meta.url);
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;

/** The job's github-script, as a function of what github-script gives it. */
function script(job: string) {
  const step = WORKFLOW.jobs[job]!.steps.find((s) => s.uses?.startsWith('actions/github-script@'))!;
  return new AsyncFunction('require', 'github', 'context', 'core', 'process', String(step.with?.['script']));
}

const REPO = { owner: 'myn-jasa', repo: 'site' };
const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';
const MARKER = '<!-- myn-jasa:check-pr -->';

/** A GitHub API double: records every call; `responses` answers by method name. */
function api(responses: Record<string, (params: Record<string, unknown>) => unknown>) {
  const calls: [string, Record<string, unknown>][] = [];
  const method = (name: string) => async (params: Record<string, unknown>) => {
    calls.push([name, params]);
    const answer = responses[name];
    if (!answer) throw new Error(`unexpected call ${name}`);
    return { data: await answer(params) };
  };
  const names = ['pulls.list', 'issues.listComments', 'issues.updateComment', 'issues.createComment', 'git.getRef', 'git.getCommit', 'git.createBlob', 'git.createTree', 'git.createCommit', 'git.updateRef', 'git.createRef'];
  const rest: Record<string, Record<string, ReturnType<typeof method>>> = {};
  for (const name of names) {
    const [group, fn] = name.split('.') as [string, string];
    (rest[group] ??= {})[fn] = method(name);
  }
  const github = { rest, paginate: async (fn: (p: Record<string, unknown>) => Promise<{ data: unknown[] }>, params: Record<string, unknown>) => (await fn(params)).data };
  return { github, calls };
}

const core = { info: () => {} };

function pr(number: number, sha: string, repo: string) {
  return { number, head: { sha, repo: { full_name: repo } } };
}

describe('the comment job: the pull request by head SHA', () => {
  async function post(prs: unknown[], comments: unknown[], body = `${MARKER}\nverdict\n`) {
    const dir = mkdtempSync(join(tmpdir(), 'myn-jasa-comment-'));
    writeFileSync(join(dir, 'comment.md'), body);
    const { github, calls } = api({
      'pulls.list': () => prs,
      'issues.listComments': () => comments,
      'issues.updateComment': () => ({}),
      'issues.createComment': () => ({}),
    });
    const env = { HEAD_SHA, HEAD_REPOSITORY: 'fork-owner/site', COMMENT: join(dir, 'comment.md') };
    await script('comment')(require, github, { repo: REPO }, core, { env });
    return calls.filter(([name]) => name !== 'pulls.list' && name !== 'issues.listComments');
  }

  it('comments on the open pull request whose head is the run\'s SHA from the run\'s head repository, and on no other', async () => {
    const calls = await post([pr(7, 'f'.repeat(40), 'fork-owner/site'), pr(8, HEAD_SHA, 'someone-else/site'), pr(9, HEAD_SHA, 'fork-owner/site')], []);
    expect(calls).toEqual([['issues.createComment', { ...REPO, issue_number: 9, body: `${MARKER}\nverdict\n` }]]);
  });

  it('updates its own earlier comment, never one another user wrote with the same marker', async () => {
    const calls = await post([pr(9, HEAD_SHA, 'fork-owner/site')], [
      { id: 1, user: { login: 'fork-owner' }, body: `${MARKER}\nforged verdict` },
      { id: 2, user: { login: 'github-actions[bot]' }, body: `${MARKER}\nold verdict` },
    ]);
    expect(calls).toEqual([['issues.updateComment', { ...REPO, comment_id: 2, body: `${MARKER}\nverdict\n` }]]);
  });

  it('posts nothing when no open pull request has that head any more (a newer push)', async () => {
    expect(await post([pr(9, 'e'.repeat(40), 'fork-owner/site')], [])).toEqual([]);
  });

  it('refuses a comment pr:comment did not write', async () => {
    await expect(post([pr(9, HEAD_SHA, 'fork-owner/site')], [], 'hello')).rejects.toThrow(/not the one pr:comment writes/);
  });
});

describe('the publish job: accepted images to the pr-previews branch', () => {
  function staged(files: string[]): string {
    const root = mkdtempSync(join(tmpdir(), 'myn-jasa-publish-'));
    for (const file of files) {
      mkdirSync(join(root, HEAD_SHA, file, '..'), { recursive: true });
      writeFileSync(join(root, HEAD_SHA, file), `png ${file}`);
    }
    return root;
  }

  async function publish(root: string, branch: 'exists' | 'missing', sha = HEAD_SHA) {
    let blobs = 0;
    const { github, calls } = api({
      'git.getRef': () => {
        if (branch === 'missing') throw Object.assign(new Error('Not Found'), { status: 404 });
        return { object: { sha: 'p'.repeat(40) } };
      },
      'git.getCommit': () => ({ tree: { sha: 't'.repeat(40) } }),
      'git.createBlob': () => ({ sha: `blob-${++blobs}` }),
      'git.createTree': () => ({ sha: 'new-tree' }),
      'git.createCommit': () => ({ sha: 'new-commit' }),
      'git.updateRef': () => ({}),
      'git.createRef': () => ({}),
    });
    await script('publish')(require, github, { repo: REPO }, core, { env: { HEAD_SHA: sha, PUBLISH: root } });
    return calls;
  }

  const FILES = ['cards/event/2027/test-reading/og-kk.png', 'pages/event/2027/test-reading/kk.png'];

  it('commits the images under the head SHA on top of the branch, and moves only the pr-previews ref', async () => {
    const calls = await publish(staged(FILES), 'exists');
    expect(calls.filter(([name]) => name === 'git.createBlob').map(([, p]) => Buffer.from(String(p['content']), 'base64').toString())).toEqual(FILES.map((f) => `png ${f}`));
    expect(calls.find(([name]) => name === 'git.createTree')![1]).toEqual({
      ...REPO,
      base_tree: 't'.repeat(40),
      tree: FILES.map((file, i) => ({ path: `${HEAD_SHA}/${file}`, mode: '100644', type: 'blob', sha: `blob-${i + 1}` })),
    });
    expect(calls.find(([name]) => name === 'git.createCommit')![1]).toMatchObject({ parents: ['p'.repeat(40)], tree: 'new-tree' });
    expect(calls.filter(([name]) => name.endsWith('Ref') && name !== 'git.getRef')).toEqual([['git.updateRef', { ...REPO, ref: 'heads/pr-previews', sha: 'new-commit' }]]);
  });

  it('starts the branch when it does not exist yet', async () => {
    const calls = await publish(staged(FILES), 'missing');
    expect(calls.find(([name]) => name === 'git.createCommit')![1]).toMatchObject({ parents: [] });
    expect(calls.at(-1)).toEqual(['git.createRef', { ...REPO, ref: 'refs/heads/pr-previews', sha: 'new-commit' }]);
  });

  it('publishes nothing when a file is not a preview image, or the SHA is not one', async () => {
    const root = staged([...FILES, 'pages/event/2027/test-reading/index.html']);
    await expect(publish(root, 'exists')).rejects.toThrow(/not a preview image/);
    await expect(publish(staged(FILES), 'exists', 'main')).rejects.toThrow(/no commit SHA/);
  });

  it('does nothing when the render step accepted no images', async () => {
    expect(await publish(mkdtempSync(join(tmpdir(), 'myn-jasa-publish-')), 'exists')).toEqual([]);
  });
});
