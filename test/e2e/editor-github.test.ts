/**
 * The web editor's editorial workflow on GitHub, in Debian's Chromium, offline: /admin/ with the
 * built config as it is (the `github` backend, `publish_mode: editorial_workflow`, open authoring),
 * a coordinator signs in with a personal access token and the GitHub API is the fake in
 * ./fake-github.ts (page.route). Adding a member to a district roster opens a pull request from a
 * `cms/…` branch whose one commit changes only the roster, with the file as the project writes it
 * (it passes `npm run validate`); a phone number typed into a name is refused before any write
 * call. A coordinator without write access goes through open authoring: the editor forks the
 * repository, the draft is a branch of the fork, and sending it for review opens the pull request
 * from `<login>:<branch>`. Every request not to the local server or the fake API fails the test,
 * and so does a call the fake does not know.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EDITOR_SITE, editorShot, formState, newSayramMember, offlinePage, revealed, ROOT, SEED, useEditorServer, validateWith } from './editor-session.ts';
import { fakeGitHub } from './fake-github.ts';

const ROSTER = 'content/representations/turkistan/sayram.yaml';

const editor = useEditorServer();

const TOKEN = 'github_pat_fake_0123456789';

/**
 * /admin/ with the built config as it is, the fake GitHub behind it, signed in with a token as
 * `aigerim-coord`; `canWrite: false` makes her an open-authoring contributor (the editor forks).
 */
async function signedIn({ canWrite }: { canWrite: boolean }) {
  const config = parse(readFileSync(join(EDITOR_SITE, 'admin/config.yml'), 'utf8')) as { backend: { name: string; repo: string; branch: string; open_authoring: boolean }; publish_mode: string };
  // The config is served as built: the test runs what a coordinator gets.
  expect(config.backend).toMatchObject({ name: 'github', branch: 'main', open_authoring: true });
  expect(config.publish_mode).toBe('editorial_workflow');
  const [owner, repo] = config.backend.repo.split('/') as [string, string];

  const { page, outside } = await offlinePage(editor.browser, editor.url);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  const files = Object.fromEntries(SEED.map((path) => [`content/${path}`, readFileSync(join(ROOT, 'content', path), 'utf8')]));
  const github = await fakeGitHub(page, { owner, repo, login: 'aigerim-coord', files, canWrite });

  // Generous: the editor's 2 MB bundle on a shared, loaded machine.
  await page.goto(`${editor.url}/admin/`, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Кіру токенімен кіру' }).click();
  const token = page.getByRole('textbox', { name: 'Жеке кіру токені' });
  await token.fill(TOKEN);
  await token.press('Enter');
  if (!canWrite) await page.getByRole('button', { name: 'Форк жасау' }).click({ timeout: 60_000 });
  await page.getByText(/Қалалық және аудандық өкілдіктер/).first().waitFor({ timeout: 60_000 });
  return { page, outside, errors, github, files, owner, repo };
}

/** Opens Sayram's roster and adds a member named `text`; returns the name field. */
async function addMember(page: Page, text: string): Promise<Locator> {
  const member = await newSayramMember(page);
  const name = await revealed(page, member.getByRole('textbox', { name: /Аты \(келісімдегі/ }));
  await name.fill(text);
  await (await revealed(page, member.getByRole('spinbutton', { name: /Сынып/ }))).fill('7');
  await (await revealed(page, member.getByRole('radio', { name: /мүше · участник/ }))).check();
  await (await revealed(page, member.getByRole('radio', { name: /тегінің бас әрпі/ }))).check();
  return name;
}

/** The member as the project writes it, in a roster that passes `npm run validate`. */
function expectValidRoster(saved: string): void {
  expect(saved).toContain('  - id: dana-k-sayram\n    name: Дана К.\n    grade: 7\n    role: member\n    consent: { name: initial, photo: false }\n');
  const result = validateWith({ 'representations/turkistan/sayram.yaml': saved });
  expect(result.output).not.toMatch(/sayram\.yaml/);
  expect(result.status, result.output).toBe(0);
}

/**
 * Waits until `written()` holds after a save; otherwise fails with what stopped it (not a bare
 * timeout): the form's state (Sveltia's own checks run before any write), what the editor shows,
 * and the calls the fake GitHub received. A screenshot goes to the temporary folder.
 */
async function awaitWrite(page: Page, github: Awaited<ReturnType<typeof fakeGitHub>>, what: string, written: () => boolean): Promise<void> {
  const ok = await expect.poll(written, { timeout: 30_000 }).toBe(true).then(() => true, () => false);
  if (ok) return;
  await page.screenshot({ path: join(tmpdir(), 'editor-github-not-written.png'), fullPage: true });
  const shown = await page.locator('#myn-rules, [role="alert"], [role="alertdialog"], [role="status"]').allInnerTexts();
  const calls = github.calls.map((call) => `${call.method} ${call.what}`);
  throw new Error(`${what} not written after «Сақтау» (screenshot in ${tmpdir()}): on screen ${JSON.stringify(shown)}; form ${JSON.stringify(await formState(page))}; calls ${JSON.stringify(calls)}`);
}

describe('the web editor on GitHub (editorial workflow, API mocked)', () => {
  it('a new member opens a draft pull request from a cms/ branch; a phone is refused before any write', { timeout: 360_000 }, async () => {
    const { page, outside, errors, github, files, owner, repo } = await signedIn({ canWrite: true });
    expect(github.calls[0]).toMatchObject({ method: 'GET', what: '/user' });
    const name = await addMember(page, 'Дана К. +7 701 123 45 67');

    // The rules refuse the phone before anything reaches GitHub: not a branch, not a commit.
    await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
    const phone = page.locator('#myn-rules li[data-rule="personal-phone"]');
    await expect.poll(() => phone.count(), { timeout: 15_000 }).toBe(1);
    expect(await phone.locator('p[lang="kk"]').innerText()).toMatch(/^members\[5\]\.name: телефон нөмірі жазылған/);
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(github.calls.filter((call) => call.write)).toEqual([]);
    expect(github.branches()).toEqual(['main']);

    await name.fill('Дана К.');
    await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
    await awaitWrite(page, github, 'the draft pull request', () => github.pulls.length === 1);
    await expect.poll(() => github.pulls[0]!.labels.length, { timeout: 10_000 }).toBe(1);

    // The pull request: from the entry's branch to main, a draft with Sveltia's status label, titled
    // like its one commit.
    const [pull] = github.pulls;
    expect(pull).toMatchObject({ head: 'cms/units/turkistan%2Fsayram', base: 'main', draft: true, labels: ['sveltia-cms/draft'] });
    // The writes, in order: the branch from main's head, one commit on it, the pull request, its label.
    expect(github.calls.filter((call) => call.write).map((call) => `${call.method} ${call.what}`)).toEqual([
      'POST graphql mutation createRef',
      'POST graphql mutation createCommitOnBranch',
      `POST /repos/${owner}/${repo}/pulls`,
      `POST /repos/${owner}/${repo}/issues/1/labels`,
    ]);
    // One commit on the branch, changing the roster and nothing else.
    const commits = github.commitsOf(pull!.head);
    expect(commits).toHaveLength(1);
    const main = github.filesOf('main');
    const branch = github.filesOf(pull!.head);
    const changed = [...branch].filter(([path, text]) => main.get(path) !== text).map(([path]) => path);
    expect(changed).toEqual([ROSTER]);
    expect([...main.keys()].filter((path) => !branch.has(path))).toEqual([]);
    // The file as the project writes it: the member in the scaffolders' style, and it validates.
    expectValidRoster(branch.get(ROSTER)!);
    // main is untouched until a maintainer merges.
    expect(main.get(ROSTER)).toBe(files[ROSTER]);

    expect(commits[0]!.message).toBe(pull!.title);
    expect(pull!.title).toMatch(/“turkistan\/sayram”$/);

    // Sveltia offers to send the draft for review: the pull request leaves draft and its label changes.
    const review = page.getByRole('button', { name: 'Тексеруге жіберу' });
    await review.waitFor();
    await editorShot(page, 'send-for-review');
    await review.click();
    await expect.poll(() => github.pulls[0]!.labels, { timeout: 15_000 }).toEqual(['sveltia-cms/pending_review']);
    await expect.poll(() => github.pulls[0]!.draft).toBe(false);
    // The roster's row says so; the editorial board shows it in the «Тексеруде» column.
    await page.getByText('Тексеруде', { exact: true }).first().waitFor();
    await page.locator('[aria-label="Редакциялық жұмыс тәртібі"]').first().click();
    // The board's card names the collection and the entry («sayram»), in the «Тексеруде» column.
    await page.getByRole('list', { name: 'Тексеруде' }).getByText('sayram', { exact: true }).waitFor();
    expect(await page.getByText(/Нобайлар: 0\. Тексеруде: 1\. Дайын: 0\./).count()).toBe(1);
    // Sveltia switches pages with a view transition: wait until it has finished before the picture.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    await page.waitForTimeout(500);
    await editorShot(page, 'in-review');
    // Nothing was merged: main waits for a maintainer.
    expect(github.filesOf('main').get(ROSTER)).toBe(files[ROSTER]);
    expect(github.calls.filter((call) => /merge/.test(call.what))).toEqual([]);

    // Every call carried the token, as GitHub wants it; none was one the fake does not know.
    expect(new Set(github.calls.map((call) => call.auth))).toEqual(new Set([`token ${TOKEN}`]));
    expect(github.unknown).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
  it('a coordinator without write access: the editor forks, the draft is a branch of the fork, review opens the pull request', { timeout: 360_000 }, async () => {
    const { page, outside, errors, github, files, owner, repo } = await signedIn({ canWrite: false });
    const fork = `aigerim-coord/${repo}`;
    // Open authoring: the permission check said no push, the user agreed to the fork dialog.
    expect(github.repos()).toEqual([`${owner}/${repo}`, fork]);
    expect(github.calls.filter((call) => call.write).map((call) => `${call.method} ${call.what}`)).toEqual([`POST /repos/${owner}/${repo}/forks`]);

    const name = await addMember(page, 'Дана К.');
    await expect.poll(() => name.inputValue()).toBe('Дана К.');
    await page.getByRole('button', { name: 'Сақтау', exact: true }).click();
    const branch = 'cms/aigerim-coord/myn-jasa/units/turkistan%2Fsayram';
    await awaitWrite(page, github, `the fork's branch ${branch}`, () => github.branches(fork).includes(branch));
    // A draft is only a branch of the fork: no pull request bothers the maintainers yet.
    const review = page.getByRole('button', { name: 'Тексеруге жіберу' });
    await review.waitFor();
    expect(github.pulls).toEqual([]);
    await review.click();
    await expect.poll(() => github.pulls.length, { timeout: 15_000 }).toBe(1);
    // The pull request comes from the fork, ready for review, without labels (a contributor may not label).
    expect(github.pulls[0]).toMatchObject({ headRepo: fork, head: branch, base: 'main', draft: false, labels: [] });
    expect(github.calls.filter((call) => call.write).map((call) => `${call.method} ${call.what}`)).toEqual([
      `POST /repos/${owner}/${repo}/forks`,
      'POST graphql mutation createRef',
      'POST graphql mutation createCommitOnBranch',
      `POST /repos/${owner}/${repo}/pulls`,
    ]);
    expect((github.calls.find((call) => call.what.endsWith('/pulls'))!.body as { head: string }).head).toBe(`aigerim-coord:${branch}`);
    // Nothing was written to the configured repository; the fork's branch changes the roster only.
    expect(github.branches()).toEqual(['main']);
    const main = github.filesOf('main');
    const changed = [...github.filesOf(branch, fork)].filter(([path, text]) => main.get(path) !== text).map(([path]) => path);
    expect(changed).toEqual([ROSTER]);
    expect(github.commitsOf(branch, fork)).toHaveLength(1);
    expectValidRoster(github.filesOf(branch, fork).get(ROSTER)!);
    expect(main.get(ROSTER)).toBe(files[ROSTER]);

    // Every call carried the token, as GitHub wants it; none was one the fake does not know.
    expect(new Set(github.calls.map((call) => call.auth))).toEqual(new Set([`token ${TOKEN}`]));
    expect(github.unknown).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
