import { groupFamilies, guardianAddresses, guardianDisplayName } from '../../../src/domain/family';
import type { Guardian, Pupil } from '../../../src/domain/rows';

const pupil = (
  id: string,
  name: string,
  cls: string,
  guardians: Guardian[],
  extra: Partial<Pupil> = {},
): Pupil => ({ id, name, class: cls, guardians, active: true, ...extra });

const ids = (pupils: readonly Pupil[]): string[] => pupils.map((p) => p.id);

describe('groupFamilies', () => {
  it('puts siblings who share a parent address in one family, across classes', () => {
    const plan = groupFamilies([
      pupil('P1', 'Попов Иван Петрович', '7А', [{ name: 'Попова Ольга', email: 'popova@mail.ru' }]),
      pupil('P2', 'Попова Анна Петровна', '2Б', [
        { name: 'Попова Ольга', email: 'popova@mail.ru' },
        { name: 'Попов Пётр', email: 'popov@mail.ru' },
      ]),
      pupil('P3', 'Носов Глеб Ильич', '7А', [{ email: 'nosov@mail.ru' }]),
    ]);
    expect(plan.families.map((f) => [f.addresses, ids(f.pupils)])).toEqual([
      // Children in class order (2Б before 7А), the addresses of both parents.
      [
        ['popov@mail.ru', 'popova@mail.ru'],
        ['P2', 'P1'],
      ],
      [['nosov@mail.ru'], ['P3']],
    ]);
    expect(plan.toCall).toEqual([]);
  });

  it('follows chains of shared addresses: A–B and B–C make one family', () => {
    const plan = groupFamilies([
      pupil('P1', 'Канев А', '5А', [{ email: 'a@x.ru' }, { email: 'b@x.ru' }]),
      pupil('P2', 'Канев Б', '6А', [{ email: 'c@x.ru' }]),
      pupil('P3', 'Канев В', '7А', [{ email: 'b@x.ru' }, { email: 'c@x.ru' }]),
      pupil('P4', 'Рочев Г', '8А', [{ email: 'd@x.ru' }]),
    ]);
    expect(plan.families.map((f) => ids(f.pupils))).toEqual([['P1', 'P2', 'P3'], ['P4']]);
    expect(plan.families[0]!.addresses).toEqual(['a@x.ru', 'b@x.ru', 'c@x.ru']);
  });

  it('compares addresses without regard to case or spaces', () => {
    const plan = groupFamilies([
      pupil('P1', 'Габов А', '5А', [{ email: 'Gabova@Mail.ru ' }]),
      pupil('P2', 'Габов Б', '6А', [{ email: 'gabova@mail.ru' }]),
    ]);
    expect(plan.families).toHaveLength(1);
    expect(plan.families[0]!.addresses).toEqual(['gabova@mail.ru']);
  });

  it('leaves out pupils who left, so their old addresses link nobody', () => {
    const plan = groupFamilies([
      pupil('P1', 'Туркин А', '5А', [{ email: 'a@x.ru' }, { email: 'b@x.ru' }], { active: false }),
      pupil('P2', 'Туркин Б', '6А', [{ email: 'a@x.ru' }]),
      pupil('P3', 'Лыткин В', '7А', [{ email: 'b@x.ru' }]),
      pupil('P4', 'Лыткин Г', '7А', [{ name: 'Лыткина Мария', phone: '8 912 000-00-01' }], {
        active: false,
      }),
    ]);
    expect(plan.families.map((f) => ids(f.pupils))).toEqual([['P2'], ['P3']]);
    expect(plan.toCall).toEqual([]);
  });

  it('lists pupils whose guardians have no e-mail to call, with names and phones', () => {
    const plan = groupFamilies([
      pupil(
        'P1',
        'Чупров Иван',
        '5А',
        [{ name: 'Чупрова Елена Ивановна', phone: '8 912 111-22-33' }, { name: 'Чупров Пётр' }, {}],
        // A pupil's own address is not a parent's: the parents still have to be phoned.
        { email: 'ivan@x.ru' },
      ),
      pupil('P2', 'Забоев Олег', '3А', []),
    ]);
    expect(plan.families).toEqual([]);
    expect(plan.toCall.map((c) => [c.pupil.id, c.guardians])).toEqual([
      ['P2', []],
      [
        'P1',
        [
          { name: 'Чупрова Елена Ивановна', phone: '8 912 111-22-33' },
          { name: 'Чупров Пётр', phone: undefined },
        ],
      ],
    ]);
  });

  it('gives every active pupil exactly one place: a family or the call list', () => {
    const pupils = Array.from({ length: 60 }, (_, i) =>
      pupil(
        `P${i}`,
        `Ученик ${i}`,
        `${(i % 9) + 1}А`,
        i % 7 === 0 ? [] : [{ email: `f${i % 23}@x.ru` }],
        {
          active: i % 11 !== 5,
        },
      ),
    );
    const plan = groupFamilies(pupils);
    const placed = [
      ...plan.families.flatMap((f) => ids(f.pupils)),
      ...plan.toCall.map((c) => c.pupil.id),
    ];
    expect(placed.sort()).toEqual(ids(pupils.filter((p) => p.active)).sort());
    // No address is in two families.
    const addresses = plan.families.flatMap((f) => f.addresses);
    expect(new Set(addresses).size).toBe(addresses.length);
  });
});

describe('guardianAddresses', () => {
  it('lists each guardian address once, lower case', () => {
    expect(
      guardianAddresses(
        pupil('P1', 'Х', '5А', [{ email: 'A@x.ru' }, { email: 'a@x.ru' }, { name: 'Без почты' }]),
      ),
    ).toEqual(['a@x.ru']);
  });
});

describe('guardianDisplayName', () => {
  it('keeps the full name in standard mode', () => {
    expect(guardianDisplayName('Попова  Ольга Ивановна', 'standard')).toBe('Попова Ольга Ивановна');
  });

  it('drops the surname in minimal mode, and a one-word name altogether', () => {
    expect(guardianDisplayName('Попова Ольга Ивановна', 'minimal')).toBe('Ольга Ивановна');
    expect(guardianDisplayName('Попова', 'minimal')).toBe('');
    expect(guardianDisplayName(undefined, 'minimal')).toBe('');
  });
});
