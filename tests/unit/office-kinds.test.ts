import { describe, expect, it } from 'vitest';
import { decisionMakerTitle, dutySetsOn, holderOfArea, kindOn, kindsBetween, personRoleTitle, personWhoDecided, type KindPeriod } from '../../src/domain/office-kinds.ts';
import { officeSchema } from '../../src/domain/schemas/office.ts';
import { registerRows, type RegisterEntry } from '../../src/domain/register.ts';
import { unknownRequirementMessage } from '../../src/domain/requirements.ts';
import { dutySets } from '../../src/domain/duty-sets.ts';

const APRIL = { month: 4, day: 1 };
const office = (kinds: KindPeriod[] | undefined, commissioner: { title?: string; termStart?: string } = {}) => ({ commissioner, kinds, financialYearStart: APRIL });

/** A commissioner until the May 2028 election, then a mayor who is also the fire and rescue authority. */
const pccThenMayor = office([{ kind: 'pcc' }, { kind: 'mayor', from: '2028-05-08', fire: true }]);

describe("an office's kind on a date", () => {
  it('is a Police and Crime Commissioner when office.json says nothing', () => {
    expect(kindOn(office(undefined), '2024-01-01')).toMatchObject({ kind: 'pcc', fire: false, holderTitle: 'Police and Crime Commissioner', deputyTitle: 'Deputy Police and Crime Commissioner' });
  });

  it('is the last kind begun on or before the date, with the titles and decision makers of that kind', () => {
    expect(kindOn(pccThenMayor, '2028-05-07')).toMatchObject({ kind: 'pcc', fire: false });
    // A mayor who is the fire and rescue authority too has a deputy for fire as well (York and North Yorkshire's, since 2024).
    expect(kindOn(pccThenMayor, '2028-05-08')).toMatchObject({ kind: 'mayor', from: '2028-05-08', fire: true, holderTitle: 'Mayor', deputyTitle: 'Deputy Mayor for Policing, Fire and Crime' });
    expect(kindOn(office([{ kind: 'mayor' }]), '2028-05-08')).toMatchObject({ kind: 'mayor', fire: false, deputyTitle: 'Deputy Mayor for Policing and Crime' });
    expect(kindOn(pccThenMayor, '2030-01-01').decisionMakers).toEqual(expect.arrayContaining(['mayor', 'deputy-mayor']));
    expect(kindOn(pccThenMayor, '2030-01-01').decisionMakers).not.toContain('pcc');
    // Before the first kind's date, the office was its first kind.
    expect(kindOn(office([{ kind: 'pfcc', from: '2018-11-15' }]), '2015-01-01').kind).toBe('pfcc');
  });

  it('names each kind by its own titles, a PFCC and a board among them', () => {
    expect(kindOn(office([{ kind: 'pfcc' }]), '2024-01-01')).toMatchObject({ fire: true, holderTitle: 'Police, Fire and Crime Commissioner', deputyTitle: 'Deputy Police, Fire and Crime Commissioner' });
    expect(kindOn(office([{ kind: 'policing-and-crime-board' }]), '2029-01-01')).toMatchObject({ fire: false, holderTitle: 'Policing and Crime Board', deputyTitle: 'Policing and Crime Lead' });
  });

  it("uses the commissioner's own title for the kind in force when the term began, and a kind's holderTitle over both", () => {
    const westYorkshire = office([{ kind: 'pcc' }, { kind: 'mayor', from: '2021-05-10' }], { title: 'Mayor of West Yorkshire', termStart: '2021-05-10' });
    expect(kindOn(westYorkshire, '2024-01-01').holderTitle).toBe('Mayor of West Yorkshire');
    expect(kindOn(westYorkshire, '2019-01-01').holderTitle).toBe('Police and Crime Commissioner');
    const norfolkAfter2028 = office([{ kind: 'pcc' }, { kind: 'mayor', from: '2028-05-08' }], { title: 'Police and Crime Commissioner', termStart: '2024-05-09' });
    expect(kindOn(norfolkAfter2028, '2029-01-01').holderTitle).toBe('Mayor');
    const titled = office([{ kind: 'mayor', holderTitle: 'Mayor of London', deputyTitle: 'Deputy Mayor for Policing and Crime (MOPAC)' }], { title: 'Mayor' });
    expect(kindOn(titled, '2024-01-01')).toMatchObject({ holderTitle: 'Mayor of London', deputyTitle: 'Deputy Mayor for Policing and Crime (MOPAC)' });
  });

  it("without a term start, uses the commissioner's own title only where the office has been one kind: a PFCC's title is not the PCC's before it", () => {
    const northYorkshire = office([{ kind: 'pcc' }, { kind: 'pfcc', from: '2018-11-15' }], { title: 'Police, Fire and Crime Commissioner for North Yorkshire' });
    expect(kindOn(northYorkshire, '2013-07-15').holderTitle).toBe('Police and Crime Commissioner');
    expect(kindOn(northYorkshire, '2024-01-01').holderTitle).toBe('Police, Fire and Crime Commissioner');
    expect(kindOn(office([{ kind: 'pfcc' }], { title: 'Police, Fire and Crime Commissioner for Essex' }), '2024-01-01').holderTitle).toBe('Police, Fire and Crime Commissioner for Essex');
  });

  it('joins the holder\'s title to the area as the kind does, unless the title names the area already', () => {
    expect(holderOfArea(kindOn(office(undefined), '2024-01-01'), 'Norfolk')).toBe('Police and Crime Commissioner for Norfolk');
    expect(holderOfArea(kindOn(office([{ kind: 'mayor' }]), '2024-01-01'), 'West Yorkshire')).toBe('Mayor of West Yorkshire');
    expect(holderOfArea(kindOn(office([{ kind: 'mayor' }], { title: 'Mayor of West Yorkshire' }), '2024-01-01'), 'West Yorkshire')).toBe('Mayor of West Yorkshire');
  });

  it('lists every kind in force over a span, for a decision dated by its month or year', () => {
    expect(kindsBetween(pccThenMayor, '2028-04-01', '2029-03-31').map((kind) => kind.kind)).toEqual(['pcc', 'mayor']);
    expect(kindsBetween(pccThenMayor, '2027-04-01', '2028-03-31').map((kind) => kind.kind)).toEqual(['pcc']);
  });
});

describe("an office's duty sets", () => {
  it('are the policing duties alone for a commissioner, and the fire duties too for a PFCC', () => {
    expect(dutySetsOn(office(undefined), '2024-01-01')).toEqual([{ set: 'policing' }]);
    expect(dutySetsOn(office([{ kind: 'pfcc' }]), '2024-01-01')).toEqual([{ set: 'policing' }, { set: 'fire' }]);
  });

  it('include the fire duties from the day the office became the fire and rescue authority, through a change of kind that keeps them', () => {
    expect(dutySetsOn(pccThenMayor, '2027-01-01')).toEqual([{ set: 'policing' }]);
    expect(dutySetsOn(pccThenMayor, '2029-01-01')).toEqual([{ set: 'policing' }, { set: 'fire', since: '2028-05-08' }]);
    const northYorkshire = office([{ kind: 'pcc' }, { kind: 'pfcc', from: '2018-11-15' }, { kind: 'mayor', from: '2024-05-07', fire: true }]);
    expect(dutySetsOn(northYorkshire, '2025-01-01')).toEqual([{ set: 'policing' }, { set: 'fire', since: '2018-11-15' }]);
    // A mayor without fire functions has none of the fire duties.
    expect(dutySetsOn(office([{ kind: 'mayor' }]), '2025-01-01')).toEqual([{ set: 'policing' }]);
  });

  it('are each a catalogue whose ids say which set they belong to', () => {
    expect(dutySets.fire.requirements.every((requirement) => requirement.id.startsWith('fire-') && requirement.instrument === 'SI 2017/863' && requirement.inForce === '2017-10-01')).toBe(true);
    expect(dutySets.policing.requirements.some((requirement) => requirement.id.startsWith('fire-'))).toBe(false);
    expect(unknownRequirementMessage('fire-5d')).toBeUndefined();
    expect(unknownRequirementMessage('fire-3b')).toContain('part of "fire-3a-3e"');
    expect(unknownRequirementMessage('fire-8')).toMatch(/no requirement "fire-8" in the fire and rescue authority catalogue \(data\/fire-requirements.json\)/);
  });
});

describe('who decided', () => {
  it('is labelled by the office kind on the decision\'s date', () => {
    expect(decisionMakerTitle({ decisionMaker: 'pcc', date: '2027-06-01' }, pccThenMayor)).toBe('Police and Crime Commissioner');
    expect(decisionMakerTitle({ decisionMaker: 'deputy-mayor', date: '2028-06-01' }, pccThenMayor)).toBe('Deputy Mayor for Policing, Fire and Crime');
    expect(decisionMakerTitle({ decisionMaker: 'deputy-mayor', date: '2028-06-01' }, office([{ kind: 'mayor' }]))).toBe('Deputy Mayor for Policing and Crime');
    expect(decisionMakerTitle({ decisionMaker: 'pcc-and-chief-constable', date: '2024-06-01' }, office([{ kind: 'pfcc' }]))).toBe('Police, Fire and Crime Commissioner and Chief Constable jointly');
    expect(decisionMakerTitle({ decisionMaker: 'chief-executive', date: '2024/25' }, office([{ kind: 'pfcc' }]))).toBe('Chief Executive');
  });

  it('is named where exactly one person held the role throughout the decision\'s date', () => {
    const people = [
      { name: 'Alison Lowe', role: 'deputy-mayor' as const, from: '2021-06-01' },
      { name: 'Earlier Deputy', role: 'deputy-mayor' as const, from: '2017-05-01', to: '2021-05-31' },
      { name: 'Board Member', role: 'board' as const },
    ];
    expect(personWhoDecided('deputy-mayor', '2023-03-14', people, APRIL)).toBe('Alison Lowe');
    expect(personWhoDecided('deputy-mayor', '2019-03-14', people, APRIL)).toBe('Earlier Deputy');
    // A decision dated only by its month, in which the post changed hands, names neither.
    expect(personWhoDecided('deputy-mayor', '2021-05', [...people, { name: 'Acting Deputy', role: 'deputy-mayor' as const, from: '2021-05-15', to: '2021-05-31' }], APRIL)).toBeUndefined();
    expect(personWhoDecided('deputy-mayor', '2021/22', people, APRIL)).toBeUndefined();
    expect(personWhoDecided('deputy-mayor', '2021-06', people, APRIL)).toBe('Alison Lowe');
    expect(personWhoDecided('mayor', '2023-03-14', people, APRIL)).toBeUndefined();
    // Without a recorded start, a person is not said to have held the post on the day.
    expect(personWhoDecided('chief-executive', '2023-03-14', [{ name: 'Start Unknown', role: 'chief-executive' }], APRIL)).toBeUndefined();
    // A board decides as a body.
    expect(personWhoDecided('board', '2029-03-14', people, APRIL)).toBeUndefined();
  });

  it("names a person's role by the kind when they left the post, or on the build date", () => {
    const pfcc = office([{ kind: 'pcc' }, { kind: 'pfcc', from: '2018-11-15' }]);
    expect(personRoleTitle({ role: 'pcc' }, pfcc, '2024-01-01')).toBe('Police, Fire and Crime Commissioner');
    expect(personRoleTitle({ role: 'pcc', to: '2016-05-11' }, pfcc, '2024-01-01')).toBe('Police and Crime Commissioner');
    expect(personRoleTitle({ role: 'chief-finance-officer' }, pfcc, '2024-01-01')).toBe('Chief Finance Officer');
  });
});

describe('kinds in office.json', () => {
  const base = {
    name: 'Office of the Police, Fire and Crime Commissioner for Exampleshire', shortName: 'OPFCCE', policeArea: 'Exampleshire', force: 'Exampleshire Police',
    commissioner: {}, contact: { phone: '01234 567890' }, decisionReference: { pattern: '^\\d+$', example: '1' }, description: 'A fictional office.',
  };
  const issues = (kinds: unknown, more: Record<string, unknown> = {}) => {
    const result = officeSchema.safeParse({ ...base, kinds, ...more });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('default to a Police and Crime Commissioner', () => {
    expect(officeSchema.parse(base).kinds).toEqual([{ kind: 'pcc' }]);
  });

  it('must be in the order they began, each after the first with its date, and a fire flag only where a kind can have either', () => {
    expect(issues([{ kind: 'pcc' }, { kind: 'mayor', from: '2028-05-08', fire: true }])).toEqual([]);
    expect(issues([{ kind: 'pcc' }, { kind: 'mayor' }])).toEqual(['kinds.1.from: expected the date this kind began (YYYY-MM-DD): only the first kind may leave it out']);
    expect(issues([{ kind: 'pcc', from: '2020-01-01' }, { kind: 'pfcc', from: '2019-01-01' }])[0]).toMatch(/^kinds\.1\.from: expected the kinds in the order they began/);
    expect(issues([{ kind: 'pcc', fire: true }])[0]).toMatch(/^kinds\.0\.fire: .*a pcc with fire functions is a pfcc/);
    expect(issues([{ kind: 'sheriff' }])[0]).toMatch(/^kinds\.0\.kind: /);
  });

  it('report a start that is not a date once, as that, and not again as out of order or as no fire authority', () => {
    const fire = { complaints: { fire: { name: 'York and North Yorkshire Fire and Rescue Service', phone: '01234 567899' } } };
    expect(issues([{ kind: 'pcc' }, { kind: 'pfcc', from: '2018-11-15' }, { kind: 'mayor', from: '07/05/2024', fire: true }], fire)).toEqual([expect.stringMatching(/^kinds\.2\.from: expected a date like 2020-11-09, found "07\/05\/2024"/)]);
  });

  it('give a route for complaints about the fire and rescue service only to an office that is or was its authority', () => {
    const fire = { complaints: { fire: { name: 'Exampleshire Fire and Rescue Service', phone: '01234 567899' } } };
    expect(issues([{ kind: 'pcc' }, { kind: 'pfcc', from: '2017-10-01' }], fire)).toEqual([]);
    expect(issues([{ kind: 'pcc' }, { kind: 'mayor', from: '2028-05-08', fire: true }], fire)).toEqual([]);
    expect(issues([{ kind: 'pcc' }, { kind: 'mayor', from: '2028-05-08' }], fire)).toEqual([expect.stringMatching(/^complaints\.fire: expected complaints\.fire only for an office that is, or was, the fire and rescue authority/)]);
  });
});

describe('the register of an office with fire and rescue duties', () => {
  const entry = (collection: string, id: string, data: Record<string, unknown>): RegisterEntry => ({ collection, id, data });
  const decision = (reference: string, date: string, extra: Record<string, unknown> = {}) =>
    entry('decisions', reference, { reference, numbered: true, title: `Decision ${reference}`, date, decisionMaker: 'pcc', requirements: [], ...extra });
  const entries = [
    decision('1', '2024-11-01'),
    decision('2', '2024-11-02', { function: 'fire' }),
    entry('people', 'chief-fire-officer', { name: 'A Chief', role: 'senior-staff', function: 'fire', published: '2024-10-01', requirements: [] }),
    entry('people', 'commissioner', { name: 'A Commissioner', role: 'pcc', published: '2024-10-01', requirements: [] }),
  ];
  const rowsFor = (kinds: KindPeriod[]) => registerRows(entries, '2024-11-20', { decisionReference: { pattern: '^\\d+$', example: '1', restarts: 'never' }, financialYearStart: APRIL, commissioner: {}, kinds });
  const row = (rows: ReturnType<typeof rowsFor>, id: string) => rows.find((r) => r.requirement.id === id);

  it('has the fire set, and a fire entry meets the fire counterpart of its collection\'s requirement instead of the policing one', () => {
    const rows = rowsFor([{ kind: 'pfcc' }]);
    expect(row(rows, 'fire-5d')).toMatchObject({ dutySet: 'fire', publications: [expect.objectContaining({ title: 'Decision 2: Decision 2' })] });
    expect(row(rows, '5d')!.publications.map((p) => p.title)).toEqual(['Decision 1: Decision 1']);
    expect(row(rows, 'fire-2d')!.publications.map((p) => p.title)).toEqual(['A Chief']);
    expect(row(rows, '2d')!.publications).toEqual([]);
    // The office holder is the fire and rescue authority too.
    expect(row(rows, 'fire-1a')!.publications.map((p) => p.title)).toEqual(['A Commissioner']);
    expect(row(rows, '1a')!.publications.map((p) => p.title)).toEqual(['A Commissioner']);
  });

  it('has no fire set for a commissioner, and counts for the fire set only what is dated from the day the office took on fire', () => {
    expect(rowsFor([{ kind: 'pcc' }]).some((r) => r.dutySet === 'fire')).toBe(false);
    const rows = rowsFor([{ kind: 'pcc' }, { kind: 'pfcc', from: '2024-11-02' }]);
    expect(row(rows, 'fire-5d')!.publications.map((p) => p.title)).toEqual(['Decision 2: Decision 2']);
    // The commissioner's entry, published before the office took on fire, meets only the policing duty.
    expect(row(rows, 'fire-1a')!.publications).toEqual([]);
  });
});
