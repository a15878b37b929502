/** The questions of `npm run new:member` and how their answers become a roster entry. */
import type { Content } from '../content/model.ts';
import { CONSENT_NAME_FORMS, ROLES } from '../content/schema.ts';
import { addMember, type ConsentName } from './member-entry.ts';
import { list, type Answers, type Question } from './questions.ts';

const oneOf = (values: readonly string[]) => (v: string) => (values.includes(v) ? undefined : values.join(' | '));

export function memberQuestions(content: Content): Question[] {
  const regions = [...content.geography.keys()].sort();
  return [
    { flag: 'region', label: { kk: 'Өңір (мысалы, turkistan)', ru: 'Регион (например, turkistan)' }, required: true, check: oneOf(regions.length ? regions : [...content.regions.keys()]) },
    { flag: 'unit', label: { kk: 'Қала/аудан (өңірлік өкілдік үшін бос)', ru: 'Город/район (пусто — региональное представительство)' } },
    { flag: 'rural', label: { kk: 'Ауылдық өкілдік (аудандық үшін бос)', ru: 'Сельское представительство (пусто — районное)' }, when: (a) => Boolean(a['unit']) },
    {
      flag: 'coordinator',
      label: { kk: 'Жаңа ауылдық өкілдікті үйлестіретін аудан мүшесінің id-і', ru: 'Id участника районного представительства, который будет координировать новое сельское' },
      required: true,
      when: (a) => Boolean(a['rural']) && !content.units.some((u) => u.region === a['region'] && u.unit === a['unit'] && u.data.rural?.some((r) => r.id === a['rural'])),
    },
    { flag: 'name', label: { kk: 'Аты мен тегі', ru: 'Имя и фамилия' }, required: true },
    { flag: 'consent-name', label: { kk: 'Ата-ананың келісімі: аты қалай көрсетіледі (full/initial/hidden)', ru: 'Согласие родителей: как показывать имя (full/initial/hidden)' }, required: true, check: oneOf(CONSENT_NAME_FORMS) },
    { flag: 'photo', label: { kk: 'Фотосуретке келісім (yes/no)', ru: 'Согласие на фото (yes/no)' }, default: () => 'no', check: oneOf(['yes', 'no']) },
    { flag: 'grade', label: { kk: 'Сынып', ru: 'Класс' }, required: true, check: (v) => (/^\d{1,2}$/.test(v) ? undefined : '1…11') },
    { flag: 'role', label: { kk: 'Рөлі (leader/member)', ru: 'Роль (leader/member)' }, default: () => 'member', check: oneOf(ROLES) },
    { flag: 'heads', label: { kk: 'Басқаратын қала/аудан (үтір арқылы)', ru: 'Возглавляет город/район (через запятую)' }, required: true, when: (a) => !a['unit'] },
    { flag: 'coordinates', label: { kk: 'Үйлестіретін ауылдық өкілдіктер (үтір арқылы, міндетті емес)', ru: 'Координирует сельские представительства (через запятую, необязательно)' }, when: (a) => Boolean(a['unit']) && !a['rural'] },
    { flag: 'id', label: { kk: 'Id (бос қалдырсаңыз аттан жасалады)', ru: 'Id (пусто — из имени)' } },
  ];
}

/** The representation file with the new member (path relative to the content root). */
export function memberFromAnswers(contentRoot: string, content: Content, a: Answers, now: Date) {
  return addMember(contentRoot, content, {
    region: a['region']!,
    ...(a['unit'] && { unit: a['unit'] }),
    ...(a['rural'] && { rural: a['rural'] }),
    name: a['name']!,
    grade: Number(a['grade']),
    role: a['role'] as 'leader' | 'member',
    consentName: a['consent-name'] as ConsentName,
    photo: a['photo'] === 'yes',
    heads: list(a['heads']),
    coordinates: list(a['coordinates']),
    ...(a['coordinator'] && { coordinator: a['coordinator'] }),
    ...(a['id'] && { id: a['id'] }),
    now,
  });
}
