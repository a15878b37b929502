/**
 * A fake api.github.com for the web editor's browser test, installed with `page.route`: one
 * repository held in memory as git holds it (blobs by their git SHA-1, commits with a whole tree,
 * branches pointing at commits) and answering exactly the REST and GraphQL calls Sveltia CMS 0.221
 * makes for a signed-in user with write access under `publish_mode: editorial_workflow` (read in
 * its source, `services/backends/git/github/*.js`): the user, the repository's permissions (open
 * authoring asks), the default branch, the last commit, the tree and the blobs of the content,
 * then the save — `createRef` for the `cms/…` branch, `createCommitOnBranch` on it, the pull
 * request and its status label. With `canWrite: false` the user is an open-authoring contributor:
 * Sveltia forks the repository (`POST …/forks`), keeps the draft as a branch of the fork and opens
 * the pull request from `<login>:<branch>` when it is sent for review. Every call is
 * recorded in order; a call this fake does not know is answered 404 (GraphQL: an error) and
 * listed in `unknown`, so a Sveltia release that calls something new fails the test instead of
 * passing by accident.
 */
import { createHash } from 'node:crypto';
import type { Page, Route } from 'playwright-core';

export const API = 'https://api.github.com';

export interface ApiCall {
  method: string;
  /** REST path (`/repos/o/r/pulls`) or `graphql <first field or mutation>`. */
  what: string;
  /** The parsed JSON body (GraphQL: `{ query, variables }`). */
  body?: unknown;
  /** Whether the call changes the repository (a REST write or a GraphQL mutation). */
  write: boolean;
  /** The Authorization header it came with. */
  auth: string | undefined;
}

export interface PullRequest {
  number: number;
  /** `owner/repo` of the head branch (the fork's for a contributor). */
  headRepo: string;
  title: string;
  head: string;
  base: string;
  draft: boolean;
  labels: string[];
}

interface Commit {
  oid: string;
  parent: string | undefined;
  message: string;
  /** path → blob SHA */
  tree: Map<string, string>;
  date: string;
}

export interface FakeGitHub {
  calls: ApiCall[];
  unknown: string[];
  pulls: PullRequest[];
  /** The files of a branch's head commit (path → text); `repo` defaults to the configured one. */
  filesOf(branch: string, repo?: string): Map<string, string>;
  /** The commits of a branch from its head back to where it left `main`. */
  commitsOf(branch: string, repo?: string): Commit[];
  branches(repo?: string): string[];
  /** `owner/repo` of every repository: the configured one, then the fork once made. */
  repos(): string[];
}

/** Git's blob id: SHA-1 of `blob <size>\0<bytes>`. */
export const gitBlobSha = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes])).digest('hex');
};

const CORS = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': '*', 'access-control-expose-headers': '*' };

/**
 * Routes api.github.com on `page` to a repository `owner/repo` whose `main` holds `files`
 * (path → text), signed in as `login`, who may push to it unless `canWrite` is false.
 */
export async function fakeGitHub(
  page: Page,
  { owner, repo, login, files, canWrite = true }: { owner: string; repo: string; login: string; files: Record<string, string>; canWrite?: boolean },
): Promise<FakeGitHub> {
  // One object store (a fork shares its parent's), one set of branches per repository.
  const blobs = new Map<string, string>();
  const commits = new Map<string, Commit>();
  const upstream = `${owner}/${repo}`;
  const forkName = `${login}/${repo}`;
  const repos = new Map<string, { id: string; refs: Map<string, string> }>([[upstream, { id: 'R_1', refs: new Map() }]]);
  const refs = repos.get(upstream)!.refs;
  const refsOf = (name: string) => repos.get(name)?.refs;
  const calls: ApiCall[] = [];
  const unknown: string[] = [];
  const pulls: PullRequest[] = [];
  let clock = Date.parse('2027-03-01T07:00:00Z');

  const addCommit = (tree: Map<string, string>, parent: string | undefined, message: string): Commit => {
    clock += 60_000;
    const oid = createHash('sha1').update(`${parent}\n${message}\n${[...tree].join('\n')}\n${clock}`).digest('hex');
    const commit = { oid, parent, message, tree, date: new Date(clock).toISOString() };
    commits.set(oid, commit);
    return commit;
  };
  const initial = new Map<string, string>();
  for (const [path, text] of Object.entries(files)) {
    const sha = gitBlobSha(text);
    blobs.set(sha, text);
    initial.set(path, sha);
  }
  refs.set('main', addCommit(initial, undefined, 'Demo content').oid);

  const head = (branch: string, name = upstream) => {
    const oid = refsOf(name)?.get(branch.replace(/^refs\/heads\//, ''));
    return oid ? commits.get(oid) : undefined;
  };
  const author = { name: 'Maintainer', email: 'maintainer@example.org', user: { id: 1, login: 'maintainer' } };

  /** `repository { … }` fields of a GraphQL query, aliased per file (Sveltia batches them). */
  function aliased(query: string, variables: Record<string, unknown>): Record<string, unknown> | undefined {
    const out: Record<string, unknown> = {};
    const string = '("(?:[^"\\\\]|\\\\.)*")';
    const field = new RegExp(`(\\w+_\\d+):\\s+(?:object\\(oid: ${string}\\)|object\\(expression: ${string}\\)|ref\\(qualifiedName: \\$branch\\) \\{ target \\{ \\.\\.\\. on Commit \\{ history\\(first: \\d+, path: ${string}\\)|pullRequests\\(\\s*headRefName: ${string})`, 'g');
    for (const match of query.matchAll(field)) {
      const [, alias, oid, expression, path, headRef] = match;
      if (oid) {
        const text = blobs.get(JSON.parse(oid));
        out[alias!] = text === undefined ? null : { text, isTruncated: false };
      } else if (expression) {
        const [branch, file] = (JSON.parse(expression) as string).split(/:(.*)/s) as [string, string];
        // A workflow branch is read where it lives: the fork for a contributor.
        const sha = head(branch, `${String(variables['owner'])}/${String(variables['repo'])}`)?.tree.get(file);
        out[alias!] = sha ? { oid: sha, byteSize: Buffer.byteLength(blobs.get(sha)!), isBinary: false, isTruncated: false, text: blobs.get(sha) } : null;
      } else if (headRef) {
        // A contributor's branch: the pull requests opened from it (Sveltia keeps those from the fork).
        const branch = JSON.parse(headRef) as string;
        out[alias!] = { nodes: pulls.filter((pull) => pull.head === branch).map((pull) => ({ ...pullNode(pull), state: 'OPEN', headRepositoryOwner: { login: pull.headRepo.split('/')[0] } })) };
      } else if (path) {
        const commit = head('main')!;
        out[alias!] = { target: { history: { nodes: [{ oid: commit.oid, author: { ...author, avatarUrl: '' }, committedDate: commit.date }] } } };
      }
    }
    return Object.keys(out).length ? out : undefined;
  }

  function pullNode(pull: PullRequest) {
    const branchFiles = head(pull.head, pull.headRepo)!.tree;
    const base = head(pull.base)!.tree;
    const changed = [...branchFiles].filter(([path, sha]) => base.get(path) !== sha).map(([path]) => ({ path, changeType: base.has(path) ? 'MODIFIED' : 'ADDED' }));
    return {
      id: `PR_${pull.number}`,
      number: pull.number,
      title: pull.title,
      url: `https://github.com/${owner}/${repo}/pull/${pull.number}`,
      isDraft: pull.draft,
      isCrossRepository: pull.headRepo !== upstream,
      createdAt: new Date(clock).toISOString(),
      updatedAt: new Date(clock).toISOString(),
      headRefName: pull.head,
      headRefOid: refsOf(pull.headRepo)!.get(pull.head),
      author: { login, avatarUrl: '', name: 'Айгерім', email: '', databaseId: 1001 },
      labels: { nodes: pull.labels.map((name) => ({ name })) },
      files: { nodes: changed },
    };
  }

  /** GraphQL: `[data, what]`, or undefined for a query this fake does not know. */
  function graphql(query: string, variables: Record<string, unknown>): [unknown, string] | undefined {
    if (query.includes('createCommitOnBranch(')) {
      const input = variables['input'] as { branch: { repositoryNameWithOwner: string; branchName: string }; expectedHeadOid: string; fileChanges: { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] }; message: { headline: string } };
      const branch = input.branch.branchName;
      const target = input.branch.repositoryNameWithOwner;
      const current = head(branch, target);
      if (!current || current.oid !== input.expectedHeadOid) return [{ errors: [{ message: `Expected branch to point to "${input.expectedHeadOid}"` }] }, 'mutation createCommitOnBranch'];
      const tree = new Map(current.tree);
      for (const { path } of input.fileChanges.deletions ?? []) tree.delete(path);
      for (const { path, contents } of input.fileChanges.additions ?? []) {
        const text = Buffer.from(contents, 'base64').toString('utf8');
        const sha = gitBlobSha(text);
        blobs.set(sha, text);
        tree.set(path, sha);
      }
      const commit = addCommit(tree, current.oid, input.message.headline);
      refsOf(target)!.set(branch, commit.oid);
      const shas = Object.fromEntries([...query.matchAll(/(file_\d+): file\(path: ("(?:[^"\\]|\\.)*")\)/g)].map(([, alias, path]) => [alias, { oid: tree.get(JSON.parse(path!)) }]));
      return [{ data: { createCommitOnBranch: { commit: { oid: commit.oid, committedDate: commit.date, ...shas } } } }, 'mutation createCommitOnBranch'];
    }
    if (query.includes('createRef(')) {
      const input = variables['input'] as { repositoryId: string; name: string; oid: string };
      const name = input.name.replace(/^refs\/heads\//, '');
      const target = [...repos.values()].find((r) => r.id === input.repositoryId)?.refs;
      if (!target) return [{ errors: [{ message: 'Could not resolve to a node' }] }, 'mutation createRef'];
      if (target.has(name)) return [{ errors: [{ message: `A ref named "${input.name}" already exists in the repository.` }] }, 'mutation createRef'];
      target.set(name, input.oid);
      return [{ data: { createRef: { ref: { name: input.name } } } }, 'mutation createRef'];
    }
    const draftState = /(convertPullRequestToDraft|markPullRequestReadyForReview)\(/.exec(query)?.[1];
    if (draftState) {
      const pull = pulls.find((p) => `PR_${p.number}` === (variables['input'] as { pullRequestId: string }).pullRequestId);
      if (!pull) return [{ errors: [{ message: 'Could not resolve to a node' }] }, `mutation ${draftState}`];
      pull.draft = draftState === 'convertPullRequestToDraft';
      return [{ data: { [draftState]: { pullRequest: { isDraft: pull.draft } } } }, `mutation ${draftState}`];
    }
    if (query.includes('forks(ownerAffiliations')) {
      const nodes = repos.has(forkName) ? [{ nameWithOwner: forkName, owner: { login } }] : [];
      return [{ data: { repository: { forks: { nodes } } } }, 'query user fork'];
    }
    if (query.includes('refs(refPrefix: $prefix')) {
      // The contributor's workflow branches in the fork, named without the prefix as GitHub does.
      const prefix = String(variables['prefix']).replace(/^refs\/heads\//, '');
      const branches = [...(refsOf(`${String(variables['owner'])}/${String(variables['repo'])}`) ?? [])].filter(([name]) => name.startsWith(prefix));
      const nodes = branches.map(([name, oid]) => ({ name: name.slice(prefix.length), target: { oid, message: commits.get(oid)!.message, committedDate: commits.get(oid)!.date, author } }));
      return [{ data: { repository: { refs: { nodes } } } }, 'query fork branches'];
    }
    if (query.includes('node(id: $id)')) {
      const pull = pulls.find((p) => `PR_${p.number}` === variables['id']);
      return [{ data: { node: pull ? { state: 'OPEN', isDraft: pull.draft } : null } }, 'query pull request state'];
    }
    if (query.includes('defaultBranchRef')) return [{ data: { repository: { defaultBranchRef: { name: 'main' } } } }, 'query defaultBranchRef'];
    if (query.includes('fork: repository(') && query.includes('base: repository(')) {
      const fork = repos.get(`${String(variables['forkOwner'])}/${String(variables['forkRepo'])}`);
      return [{ data: { fork: fork ? { id: fork.id } : null, base: { ref: { target: { oid: refs.get(String(variables['branch'] ?? 'main')) } } } } }, 'query branch base'];
    }
    if (query.includes('pullRequests(headRefName')) {
      const count = pulls.filter((pull) => pull.head === variables['branch']).length;
      return [{ data: { repository: { pullRequests: { totalCount: count } } } }, 'query open pull request count'];
    }
    if (query.includes('pullRequests(')) return [{ data: { repository: { pullRequests: { nodes: pulls.map(pullNode) } } } }, 'query pull requests'];
    if (/ref\(qualifiedName: \$branch\) \{ target \{ \.\.\. on Commit \{ history\(first: 1\) \{/.test(query)) {
      const commit = head(String(variables['branch']), `${String(variables['owner'])}/${String(variables['repo'])}`);
      return [{ data: { repository: { ref: commit ? { target: { history: { nodes: [{ oid: commit.oid, message: commit.message }] } } } : null } } }, 'query last commit'];
    }
    // The head of the configured branch (Sveltia asks it for the deploy status of the live site).
    if (/\{ ref\(qualifiedName: \$branch\) \{ target \{ \.\.\. on Commit \{ oid \} \} \} \}/.test(query)) {
      return [{ data: { repository: { ref: { target: { oid: refs.get(String(variables['branch'])) } } } } }, 'query branch head'];
    }
    const batch = aliased(query, variables);
    if (batch) return [{ data: { repository: batch } }, `query ${Object.keys(batch)[0]!.replace(/_\d+$/, '')} ×${Object.keys(batch).length}`];
    return undefined;
  }

  /** REST: `[status, body]`, or undefined for a call this fake does not know. */
  function rest(method: string, path: string, query: URLSearchParams, body: Record<string, unknown> | undefined): [number, unknown] | undefined {
    const base = `/repos/${owner}/${repo}`;
    if (method === 'GET' && path === '/user') return [200, { login, id: 1001, name: 'Айгерім', email: null, avatar_url: '', html_url: `https://github.com/${login}` }];
    if (method === 'GET' && path === '/user/repository_invitations') return [200, []];
    if (method === 'GET' && path === base) {
      return [200, { id: 1, node_id: 'R_1', name: repo, full_name: upstream, private: false, owner: { login: owner, type: 'Organization' }, allow_forking: true, default_branch: 'main', permissions: { admin: false, maintain: false, push: canWrite, triage: canWrite, pull: true } }];
    }
    if (method === 'GET' && path === `/repos/${forkName}`) {
      if (!repos.has(forkName)) return [404, { message: 'Not Found' }];
      return [200, { id: 2, node_id: 'R_2', name: repo, full_name: forkName, fork: true, parent: { full_name: upstream }, private: false, owner: { login, type: 'User' }, default_branch: 'main', permissions: { admin: true, push: true, pull: true } }];
    }
    if (method === 'POST' && path === `${base}/forks`) {
      repos.set(forkName, { id: 'R_2', refs: new Map([['main', refs.get('main')!]]) });
      return [202, { full_name: forkName, fork: true }];
    }
    if (method === 'POST' && path === `/repos/${forkName}/merge-upstream` && repos.has(forkName)) {
      refsOf(forkName)!.set('main', refs.get('main')!);
      return [200, { merge_type: 'fast-forward', base_branch: `${owner}:main` }];
    }
    if (method === 'GET' && path === `${base}/collaborators/${login}`) return [204, undefined];
    let match = new RegExp(`^${base}/git/trees/([^/]+)$`).exec(path);
    if (method === 'GET' && match) {
      const commit = commits.get(match[1]!) ?? head(decodeURIComponent(match[1]!));
      if (!commit || query.get('recursive') !== '1') return undefined;
      return [200, { sha: commit.oid, truncated: false, tree: [...commit.tree].map(([file, sha]) => ({ path: file, mode: '100644', type: 'blob', sha, size: Buffer.byteLength(blobs.get(sha)!) })) }];
    }
    match = new RegExp(`^${base}/git/blobs/([0-9a-f]{40})$`).exec(path);
    if (method === 'GET' && match && blobs.has(match[1]!)) return [200, blobs.get(match[1]!)];
    if (method === 'POST' && path === `${base}/pulls`) {
      // `login:branch` names a branch of the fork.
      const [headOwner, headBranch] = String(body?.['head']).includes(':') ? (String(body?.['head']).split(/:(.*)/s) as [string, string]) : [owner, String(body?.['head'])];
      const headRepo = `${headOwner}/${repo}`;
      const pull: PullRequest = { number: pulls.length + 1, headRepo, title: String(body?.['title']), head: headBranch, base: String(body?.['base']), draft: Boolean(body?.['draft']), labels: [] };
      if (!refsOf(headRepo)?.has(pull.head)) return [422, { message: 'Validation Failed', errors: [{ field: 'head', code: 'invalid' }] }];
      pulls.push(pull);
      const now = new Date(clock).toISOString();
      return [201, { number: pull.number, node_id: `PR_${pull.number}`, title: pull.title, html_url: `https://github.com/${owner}/${repo}/pull/${pull.number}`, head: { ref: pull.head, sha: refsOf(headRepo)!.get(pull.head) }, draft: pull.draft, created_at: now, updated_at: now }];
    }
    match = new RegExp(`^${base}/issues/(\\d+)(/labels)?$`).exec(path);
    const pull = match ? pulls.find((p) => p.number === Number(match![1])) : undefined;
    if (match && pull) {
      if (method === 'POST' && match[2]) pull.labels.push(...(body?.['labels'] as string[]));
      else if (method === 'PATCH' && !match[2]) pull.labels = [...(body?.['labels'] as string[])];
      else if (method !== 'GET') return undefined;
      return [200, match[2] ? pull.labels.map((name) => ({ name })) : { number: pull.number, labels: pull.labels.map((name) => ({ name })) }];
    }
    return undefined;
  }

  await page.route(`${API}/**`, async (route: Route) => {
    const request = route.request();
    const method = request.method();
    if (method === 'OPTIONS') return route.fulfill({ status: 204, headers: CORS });
    const url = new URL(request.url());
    const body = request.postData() ? (JSON.parse(request.postData()!) as Record<string, unknown>) : undefined;
    const auth = (await request.allHeaders())['authorization'];
    if (url.pathname === '/graphql' && method === 'POST') {
      const query = String(body?.['query'] ?? '');
      const answer = graphql(query, (body?.['variables'] ?? {}) as Record<string, unknown>);
      calls.push({ method, what: `graphql ${answer?.[1] ?? '?'}`, body, write: /^\s*mutation\b/.test(query), auth });
      if (!answer) unknown.push(`graphql ${query.slice(0, 200)}`);
      return route.fulfill({ status: 200, headers: CORS, contentType: 'application/json', json: answer?.[0] ?? { errors: [{ message: 'not in the fake' }] } });
    }
    const answer = rest(method, url.pathname, url.searchParams, body);
    calls.push({ method, what: url.pathname, ...(body ? { body } : {}), write: method !== 'GET' && method !== 'HEAD', auth });
    if (!answer) {
      unknown.push(`${method} ${url.pathname}${url.search}`);
      return route.fulfill({ status: 404, headers: CORS, contentType: 'application/json', json: { message: 'Not Found' } });
    }
    const [status, data] = answer;
    if (data === undefined) return route.fulfill({ status, headers: CORS });
    if (typeof data === 'string') return route.fulfill({ status, headers: CORS, contentType: 'application/vnd.github.raw', body: data });
    return route.fulfill({ status, headers: CORS, contentType: 'application/json', json: data });
  });

  return {
    calls,
    unknown,
    pulls,
    filesOf: (branch, name = upstream) => new Map([...(head(branch, name)?.tree ?? [])].map(([path, sha]) => [path, blobs.get(sha)!])),
    commitsOf: (branch, name = upstream) => {
      const out: Commit[] = [];
      const main = refs.get('main');
      for (let commit = head(branch, name); commit && commit.oid !== main; commit = commit.parent ? commits.get(commit.parent) : undefined) out.push(commit);
      return out;
    },
    branches: (name = upstream) => [...(refsOf(name)?.keys() ?? [])],
    repos: () => [...repos.keys()],
  };
}
