/**
 * What the project pages are built from (src/site/projects.ts): the team through the one
 * public-name function (hidden and unknown members counted, never named), the order of the lists
 * (most recent season first), the groupings made once per build, and who runs a project.
 */
import type { CollectionEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import type { Member, ProjectData } from '../../src/content/schema.ts';
import { projectIndex, projectRunner, projectTeam, projectView } from '../../src/site/projects.ts';
import type { MemberPlace } from '../../src/site/member-places.ts';

const project = (id: string, data: Partial<ProjectData>) =>
  ({
    id,
    collection: 'projects',
    data: {
      title: { kk: id, ru: id },
      summary: { kk: 'қысқаша', ru: 'кратко' },
      representation: id.split('/')[0]!,
      topics: ['ecology'],
      seasons: [2026],
      stage: 'running',
      results: { children_involved: 1, people_helped: 1, events_held: 0 },
      team: ['a'],
      lang: 'kk',
      ...data,
    },
  }) as unknown as CollectionEntry<'projects'>;

const place = (name: string, form: 'full' | 'initial' | 'hidden'): MemberPlace => ({
  member: { id: name, name, grade: 7, role: 'member', consent: { name: form, photo: false } } as Member,
  region: 'turkistan',
});

describe('projects as the site shows them', () => {
  it('names the team as consent allows and counts the hidden members and ids no roster has', () => {
    const members = new Map([
      ['full', place('Аружан Мысалқызы', 'full')],
      ['initial', place('Абылай Шоқанов', 'initial')],
      ['hidden', place('Дәмеля Т.', 'hidden')],
    ]);
    const team = projectTeam(projectView(project('turkistan/x', { team: ['full', 'hidden', 'initial', 'nobody'] })), members);
    expect(team).toEqual({ named: ['Аружан Мысалқызы', 'Абылай Ш.'], hiddenCount: 2 });
    expect(JSON.stringify(team)).not.toContain('Дәмеля');
  });

  it('orders the most recent season first, then running, idea, done, and groups once by region, city/district, event, filter value', () => {
    const index = projectIndex([
      project('abai/old', { seasons: [2025], stage: 'done' }),
      project('turkistan/idea', { representation: 'turkistan/sayram/aksukent', seasons: [2027], stage: 'idea', topics: ['ecology', 'reading'], results: { children_involved: 1, people_helped: 1, events_held: 1, events: ['2027/a'] } }),
      project('turkistan/running', { representation: 'turkistan/sayram', seasons: [2026, 2027], promoted: { event: '2027/national' }, results: { children_involved: 1, people_helped: 1, events_held: 1, events: ['2027/a'] } }),
    ]);
    expect(index.all.map((p) => p.id)).toEqual(['turkistan/running', 'turkistan/idea', 'abai/old']);
    expect(index.byRegion.get('turkistan')!.map((p) => p.id)).toEqual(['turkistan/running', 'turkistan/idea']);
    expect(index.byUnit.get('turkistan/sayram')!.map((p) => p.id)).toEqual(['turkistan/running', 'turkistan/idea']);
    expect(index.byEvent.get('2027/a')!.map((p) => p.id)).toEqual(['turkistan/running', 'turkistan/idea']);
    expect(index.promotedAt.get('2027/national')!.map((p) => p.id)).toEqual(['turkistan/running']);
    expect(index.filtered.get('topic=reading')!.map((p) => p.id)).toEqual(['turkistan/idea']);
    expect(index.filtered.get('topic=ecology')).toHaveLength(3);
    expect(index.filtered.get('stage=done')!.map((p) => p.id)).toEqual(['abai/old']);
    expect(index.filtered.get('region=abai')!.map((p) => p.id)).toEqual(['abai/old']);
  });

  it('says who runs a project: a region, a city/district within its region, a village by its city/district’s file', () => {
    const geo = (kk: string) => ({ name: { kk, ru: kk } });
    const places = {
      region: () => ({ id: 'turkistan', geo: geo('Түркістан облысы') }) as never,
      unit: () => ({ id: 'sayram', geo: { ...geo('Сайрам ауданы'), rural: [{ id: 'aksukent', name: { kk: 'Ақсукент а.о.' } }] }, representation: { rural: [{ id: 'aksukent', name: { kk: 'Ақсукент', ru: 'Аксукент' } }] } }) as never,
    };
    const runner = (representation: string) => projectRunner(projectView(project('turkistan/x', { representation })), places, 'kk');
    expect(runner('turkistan')).toEqual({ name: 'Түркістан облысы', path: '/regions/turkistan/' });
    expect(runner('turkistan/sayram')).toEqual({ name: 'Сайрам ауданы', within: 'Түркістан облысы', path: '/regions/turkistan/sayram/' });
    expect(runner('turkistan/sayram/aksukent')).toEqual({ name: 'Ақсукент', within: 'Сайрам ауданы, Түркістан облысы', path: '/regions/turkistan/sayram/' });
  });
});
