/**
 * Every `npm run` command a coordinator uses, started as `npm run` starts it (its entry from
 * package.json, a fresh Node process): `--help` prints Kazakh and Russian and exits 0, `--lang`
 * keeps one language, and an unknown option is refused in both languages, naming it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../src/cli/help.ts';

const PROJECT = join(import.meta.dirname, '../..');
const scripts = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Runs `npm run <command> -- …args` without npm: the script's own `node <entry>` line. */
function run(command: string, ...args: string[]) {
  const [node, ...entry] = scripts[command]!.split(/\s+/);
  expect(node).toBe('node');
  return spawnSync(process.execPath, [...entry, ...args], { cwd: PROJECT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_ENV: 'production' } });
}

// Words only the Kazakh or only the Russian help has (every help ends with its exit codes).
const KK = 'Шығу коды';
const RU = 'Код выхода';

describe('--help', () => {
  it('covers every command of package.json a coordinator runs', () => {
    for (const name of COMMAND_NAMES) expect(scripts[name], name).toBeDefined();
  });

  it.each(COMMAND_NAMES)('%s --help prints Kazakh and Russian, exit 0', (command) => {
    const help = run(command, '--help');
    expect([help.status, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toContain(KK);
    expect(help.stdout).toContain(RU);
    expect(help.stdout).toContain(`npm run ${command}`);
  });

  it.each(COMMAND_NAMES)('%s --help --lang kk|ru prints that language only', (command) => {
    const kk = run(command, '--help', '--lang', 'kk');
    const ru = run(command, '-h', '--lang=ru');
    expect([kk.status, ru.status]).toEqual([0, 0]);
    expect([kk.stdout.includes(KK), kk.stdout.includes(RU)]).toEqual([true, false]);
    expect([ru.stdout.includes(KK), ru.stdout.includes(RU)]).toEqual([false, true]);
  });

  it.each(COMMAND_NAMES.filter((c) => c !== 'bench' && c !== 'cards'))('%s refuses an unknown option in Kazakh and Russian, naming it', (command) => {
    const wrong = run(command, '--no-such-option', '--content', 'content');
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toContain('--no-such-option: мұндай параметр жоқ');
    expect(wrong.stderr).toContain('--no-such-option: такого параметра нет');
    expect(wrong.stderr).not.toMatch(/Unknown option/);
  });

  it.each(['bench', 'cards'])('%s refuses an unknown option before any work, exit 2', (command) => {
    const wrong = run(command, '--no-such-option');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('мұндай параметр жоқ');
    expect(wrong.stderr).toContain('такого параметра нет');
    expect(wrong.stdout).toBe('');
  });
});

describe('usage errors', () => {
  it('name the argument and what to write, in both languages', () => {
    const format = run('status', '--format', 'xml');
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('--format: «xml» жарамайды; мүмкін мәндері: markdown, json.');
    expect(format.stderr).toContain('--format: «xml» не подходит; допустимые значения: markdown, json.');
    const now = run('validate', '--now', 'ертең');
    expect(now.status).toBe(2);
    expect(now.stderr).toContain('--now: «ертең» — ISO күн-уақыты емес');
    expect(now.stderr).toContain('--now: «ертең» — не дата-время ISO');
    const folder = run('export:ministry', '--out', '/tmp/x', '--content', 'no-such-folder');
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('Мазмұн папкасы табылмады: no-such-folder');
    expect(folder.stderr).toContain('Папка содержимого не найдена: no-such-folder');
    const out = run('export:ministry');
    expect(out.stderr).toContain('--out DIR міндетті');
    expect(out.stderr).toContain('--out DIR обязателен');
    const value = run('status', '--lang');
    expect(value.stderr).toContain('--lang: мәні жазылмаған');
    expect(value.stderr).toContain('--lang: значение не указано');
  });
});
