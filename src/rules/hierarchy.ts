/**
 * Rule family `hierarchy`: the shape of the movement (PRODUCT.md, movement.yaml `rules`).
 * Each city/district of a staffed region is headed by exactly `region_members_per_unit` regional
 * members and every regional member heads one; members of a city/district representation
 * coordinate its rural representations; every representation has one leader; members are
 * in the school grades the movement admits.
 *
 * A representation with an empty member list is a placeholder still being formed: it has no
 * leader or heads to check yet (the deadline rules say when it must be filled).
 */
import { unheadedUnits } from '../content/coverage.ts';
import type { Content } from '../content/model.ts';
import type { Member } from '../content/schema.ts';
import type { DataPath } from '../content/yaml.ts';
import type { SourceFile } from '../content/load.ts';
import { endOfDay } from '../season/calendar.ts';
import { placeNameParams } from './place-names.ts';
import { rosterOf } from './roster.ts';
import { fieldPath, type Finding, type Params, type Rule, type RuleFamily } from './types.ts';

const p = (x: Params) => String(x['path']);

export const rules: Rule[] = [
  {
    id: 'unit-not-headed',
    severity: 'error',
    messages: {
      kk: (x) => `«${x['name_kk']}» (${x['unit']}) өңірлік өкілдіктің ${x['required']} мүшесінің басшылығында болуы керек, қазір — ${x['count']}. ${x['unit']} id-ін бір мүшенің heads тізіміне қосыңыз.`,
      ru: (x) => `«${x['name_ru']}» (${x['unit']}): руководителей из членов регионального представительства нужно ${x['required']}, сейчас — ${x['count']}. Добавьте ${x['unit']} в heads одного из участников.`,
      en: (x) => `«${x['name_en']}» (${x['unit']}) must be headed by ${x['required']} regional member(s), now ${x['count']}. Add ${x['unit']} to a member's heads.`,
    },
  },
  {
    id: 'unit-headed-twice',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: «${x['name_kk']}» бұрыннан басқа мүшенің басшылығында (әр қала не ауданға ${x['required']} басшы). Мұнда басшысы жоқ басқа қаланы не ауданды жазыңыз немесе бұл жазбаны өшіріңіз.`,
      ru: (x) => `${p(x)}: «${x['name_ru']}» уже возглавляет другой участник (руководителей на город или район — ${x['required']}). Укажите здесь город или район без руководителя или удалите эту запись.`,
      en: (x) => `${p(x)}: «${x['name_en']}» is already headed by another member (${x['required']} per city or district). Put a city or district without a head here, or remove this entry.`,
    },
  },
  {
    id: 'heads-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: «${x['name_kk']}» өңірінде «${x['unit']}» деген қала не аудан жоқ. content/geography/${x['region']}.yaml файлындағы id-лердің бірін жазыңыз.`,
      ru: (x) => `${p(x)}: в регионе «${x['name_ru']}» нет города или района «${x['unit']}». Укажите один из id из content/geography/${x['region']}.yaml.`,
      en: (x) => `${p(x)}: the region «${x['name_en']}» has no city or district «${x['unit']}». Use one of the ids in content/geography/${x['region']}.yaml.`,
    },
  },
  {
    id: 'member-heads-nothing',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: өңірлік өкілдіктің әр мүшесі кемінде бір қаланы не ауданды басқарады. heads: [...] өрісіне қаланың не ауданның id-ін жазыңыз.`,
      ru: (x) => `${p(x)}: каждый член регионального представительства возглавляет хотя бы один город или район. Укажите id города или района в heads: [...].`,
      en: (x) => `${p(x)}: every member of a regional representation heads at least one city or district. Put its id in heads: [...].`,
    },
  },
  {
    id: 'rural-not-coordinated',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: «${x['rural']}» ауылдық өкілдігін осы өкілдіктің бірде-бір мүшесі үйлестірмейді. ${x['rural']} id-ін бір мүшенің coordinates тізіміне қосыңыз.`,
      ru: (x) => `${p(x)}: сельское представительство «${x['rural']}» не координирует ни один участник этого представительства. Добавьте ${x['rural']} в coordinates одного из участников.`,
      en: (x) => `${p(x)}: no member of this representation coordinates the rural representation «${x['rural']}». Add ${x['rural']} to a member's coordinates.`,
    },
  },
  {
    id: 'coordinates-unknown',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: бұл файлда «${x['rural']}» деген ауылдық өкілдік жоқ. Тек осы файлдың rural тізіміндегі id-лерді жазыңыз.`,
      ru: (x) => `${p(x)}: в этом файле нет сельского представительства «${x['rural']}». Указывайте только id из списка rural этого файла.`,
      en: (x) => `${p(x)}: this file has no rural representation «${x['rural']}». Use only ids from this file's rural list.`,
    },
  },
  {
    id: 'leader-missing',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: өкілдікте көшбасшы жоқ. Бір мүшеге role: leader деп жазыңыз.`,
      ru: (x) => `${p(x)}: в представительстве нет лидера. Укажите role: leader у одного участника.`,
      en: (x) => `${p(x)}: the representation has no leader. Set role: leader for one member.`,
    },
  },
  {
    id: 'leader-duplicate',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: өкілдіктің бір ғана көшбасшысы болады, ол жоғарыда көрсетілген. Бұл мүшеге role: member деп жазыңыз.`,
      ru: (x) => `${p(x)}: у представительства один лидер, и он уже указан выше. Укажите этому участнику role: member.`,
      en: (x) => `${p(x)}: a representation has one leader, already given above. Set role: member for this member.`,
    },
  },
  {
    id: 'grade-out-of-range',
    severity: 'error',
    messages: {
      kk: (x) => `${p(x)}: қозғалысқа ${x['from']}–${x['to']} сынып оқушылары қатысады (movement.yaml, member_grades). Сыныпты тексеріңіз.`,
      ru: (x) => `${p(x)}: в движении участвуют ученики ${x['from']}–${x['to']} классов (movement.yaml, member_grades). Проверьте класс.`,
      en: (x) => `${p(x)}: the movement admits pupils of grades ${x['from']}–${x['to']} (movement.yaml, member_grades). Check the grade.`,
    },
  },
];

/** Headed as coverage.ts defines it (one definition for the rules, the site and the reports). */
export { unheadedUnits };

/** Exactly one `role: leader` among a non-empty member list at `path`. */
function leaderFindings(file: SourceFile, path: DataPath, members: readonly Member[]): Finding[] {
  if (members.length === 0) return [];
  const leaders = members.flatMap((member, i) => (member.role === 'leader' ? [i] : []));
  if (leaders.length === 0) return [{ rule: 'leader-missing', file, path, at: 'key', params: { path: fieldPath(path) } }];
  return leaders.slice(1).map((i) => {
    const rolePath = [...path, i, 'role'];
    return { rule: 'leader-duplicate', file, path: rolePath, params: { path: fieldPath(rolePath) } };
  });
}

function regionFindings(content: Content, now: Date): Finding[] {
  const findings: Finding[] = [];
  const rules = content.movement?.data.rules;
  // Rosters are built up over several pull requests; a unit without its head is an error once the
  // composition is due (it is what gets approved), and a warning while it is still being formed.
  const deadline = content.movement && endOfDay(content.movement.data.deadlines.composition_approved);
  const notHeadedSeverity = deadline && now > deadline ? 'error' : 'warning';
  for (const [regionId, { file, data }] of content.regions) {
    if (data.members.length === 0) continue;
    findings.push(...leaderFindings(file, ['members'], data.members));
    const geo = content.geography.get(regionId)?.data;
    const counts = new Map<string, number>();
    data.members.forEach((member, i) => {
      if (!member.heads?.length) findings.push({ rule: 'member-heads-nothing', file, path: ['members', i], params: { path: fieldPath(['members', i]) } });
      if (!geo) return;
      member.heads?.forEach((unitId, j) => {
        const path = ['members', i, 'heads', j];
        const unit = geo.units.find((u) => u.id === unitId);
        if (!unit) {
          findings.push({ rule: 'heads-unknown', file, path, params: { path: fieldPath(path), unit: unitId, region: regionId, ...placeNameParams(geo.name) } });
          return;
        }
        const count = (counts.get(unitId) ?? 0) + 1;
        counts.set(unitId, count);
        if (rules && count > rules.region_members_per_unit) {
          findings.push({ rule: 'unit-headed-twice', file, path, params: { path: fieldPath(path), required: rules.region_members_per_unit, ...placeNameParams(unit.name) } });
        }
      });
    });
    if (!geo || !rules) continue;
    // Which units lack their heads is coverage.ts's definition, the one status and the site use.
    for (const unit of unheadedUnits(data, geo, rules.region_members_per_unit)) {
      findings.push({
        rule: 'unit-not-headed',
        severity: notHeadedSeverity,
        file,
        path: ['members'],
        at: 'key',
        params: { unit: unit.id, required: rules.region_members_per_unit, count: counts.get(unit.id) ?? 0, ...placeNameParams(unit.name) },
      });
    }
  }
  return findings;
}

function unitFindings(content: Content): Finding[] {
  const findings: Finding[] = [];
  for (const { file, data } of content.units) {
    findings.push(...leaderFindings(file, ['members'], data.members));
    const rural = new Set(data.rural?.map((r) => r.id));
    const coordinated = new Set<string>();
    data.members.forEach((member, i) =>
      member.coordinates?.forEach((ruralId, j) => {
        const path = ['members', i, 'coordinates', j];
        if (rural.has(ruralId)) coordinated.add(ruralId);
        else findings.push({ rule: 'coordinates-unknown', file, path, params: { path: fieldPath(path), rural: ruralId } });
      }),
    );
    data.rural?.forEach((representation, r) => {
      const idPath = ['rural', r, 'id'];
      if (!coordinated.has(representation.id)) findings.push({ rule: 'rural-not-coordinated', file, path: idPath, params: { path: fieldPath(idPath), rural: representation.id } });
      findings.push(...leaderFindings(file, ['rural', r, 'members'], representation.members));
    });
  }
  return findings;
}

function gradeFindings(content: Content): Finding[] {
  if (!content.movement) return [];
  const [from, to] = content.movement.data.rules.member_grades;
  return rosterOf(content)
    .filter(({ member }) => member.grade < from || member.grade > to)
    .map(({ file, path }) => {
      const gradePath = [...path, 'grade'];
      return { rule: 'grade-out-of-range', file, path: gradePath, params: { path: fieldPath(gradePath), from, to } };
    });
}

export const family: RuleFamily = {
  name: 'hierarchy',
  rules,
  check: ({ content, now }) => [...regionFindings(content, now), ...unitFindings(content), ...gradeFindings(content)],
};
