import type { IsoDate } from './schemas/common.ts';
import { decisionMakers, type DecisionData, type DecisionMaker } from './schemas/decisions.ts';
import type { Office } from './schemas/office.ts';
import { personRoles, type PersonData } from './schemas/people.ts';
import type { DutySetName } from './duty-sets.ts';
import { dateBounds, firstDay } from './dates.ts';

/** The kinds of body that hold a police and crime commissioner's functions, as office.json names them. */
export const officeKindNames = {
  pcc: 'Police and Crime Commissioner',
  pfcc: 'Police, Fire and Crime Commissioner (also the fire and rescue authority)',
  mayor: 'Mayor holding the police and crime commissioner\'s functions, with a Deputy Mayor for Policing and Crime',
  'policing-and-crime-board': 'Policing and Crime Board with a Policing and Crime Lead (the successor model announced on 13 November 2025, subject to legislation)',
} as const;

export type OfficeKindName = keyof typeof officeKindNames;

interface KindDefinition {
  holderTitle: string;
  deputyTitle: string;
  /** The deputy's title while the kind is the fire and rescue authority too, where it differs. */
  fireDeputyTitle?: string;
  /** The decision maker, and the person's role, of the office holder and of the deputy. */
  holder: DecisionMaker;
  deputy: DecisionMaker;
  decisionMakers: readonly DecisionMaker[];
  /** What residents call the office holder in a sentence: "the commissioner", "the Mayor". */
  holderNoun: string;
  /** How the holder's title joins the area's name: Police and Crime Commissioner for Norfolk, Mayor of West Yorkshire. */
  ofArea: 'for' | 'of';
  /** Whether the kind is a fire and rescue authority: always, never, or when its entry says fire: true. */
  fire: boolean | 'when-said';
}

const STATUTORY_OFFICERS = ['chief-executive', 'chief-finance-officer'] as const satisfies DecisionMaker[];

export const officeKinds: Record<OfficeKindName, KindDefinition> = {
  pcc: {
    holderNoun: 'commissioner',
    holderTitle: 'Police and Crime Commissioner',
    deputyTitle: 'Deputy Police and Crime Commissioner',
    holder: 'pcc',
    deputy: 'deputy-pcc',
    decisionMakers: ['pcc', 'deputy-pcc', 'pcc-and-chief-constable', ...STATUTORY_OFFICERS],
    ofArea: 'for',
    fire: false,
  },
  pfcc: {
    holderNoun: 'commissioner',
    holderTitle: 'Police, Fire and Crime Commissioner',
    deputyTitle: 'Deputy Police, Fire and Crime Commissioner',
    holder: 'pcc',
    deputy: 'deputy-pcc',
    decisionMakers: ['pcc', 'deputy-pcc', 'pcc-and-chief-constable', ...STATUTORY_OFFICERS],
    ofArea: 'for',
    fire: true,
  },
  mayor: {
    holderNoun: 'Mayor',
    holderTitle: 'Mayor',
    deputyTitle: 'Deputy Mayor for Policing and Crime',
    fireDeputyTitle: 'Deputy Mayor for Policing, Fire and Crime',
    holder: 'mayor',
    deputy: 'deputy-mayor',
    decisionMakers: ['mayor', 'deputy-mayor', ...STATUTORY_OFFICERS],
    ofArea: 'of',
    fire: 'when-said',
  },
  'policing-and-crime-board': {
    holderNoun: 'board',
    holderTitle: 'Policing and Crime Board',
    deputyTitle: 'Policing and Crime Lead',
    holder: 'board',
    deputy: 'policing-and-crime-lead',
    decisionMakers: ['board', 'policing-and-crime-lead', ...STATUTORY_OFFICERS],
    ofArea: 'for',
    fire: 'when-said',
  },
};

/** One period of an office's kind, as office.json writes it. */
export interface KindPeriod {
  kind: OfficeKindName;
  from?: IsoDate;
  fire?: boolean;
  holderTitle?: string;
  deputyTitle?: string;
}

type KindsOfOffice = Pick<Office, 'commissioner'> & { kinds?: KindPeriod[] };

/** The office's kind on a date, with what follows from it. */
export interface KindOnDate {
  kind: OfficeKindName;
  /** The day this kind began, when the office was another kind before. */
  from?: IsoDate;
  fire: boolean;
  holderTitle: string;
  deputyTitle: string;
  decisionMakers: readonly DecisionMaker[];
}

const DEFAULT_KINDS: KindPeriod[] = [{ kind: 'pcc' }];

function kindsOf(office: KindsOfOffice): KindPeriod[] {
  return office.kinds?.length ? office.kinds : DEFAULT_KINDS;
}

function periodOn(kinds: KindPeriod[], date: IsoDate): KindPeriod {
  return kinds.findLast((period) => period.from === undefined || period.from <= date) ?? kinds[0]!;
}

/** Whether a kind of office, as office.json gives it, is the fire and rescue authority: a pfcc always, a mayor or board when its entry says fire: true. */
export function holdsFire(period: Pick<KindPeriod, 'kind' | 'fire'>): boolean {
  const fire = officeKinds[period.kind].fire;
  return fire === 'when-said' ? period.fire === true : fire;
}

/**
 * The office's kind on a date: the last of its kinds that began on or before it (the first, for a day
 * before any began). The commissioner's own title is the title of the kind in force when the term began
 * (or, without a term start, of the office's only kind), unless a kind gives its own holderTitle.
 */
export function kindOn(office: KindsOfOffice, date: IsoDate): KindOnDate {
  const kinds = kindsOf(office);
  const period = periodOn(kinds, date);
  const definition = officeKinds[period.kind];
  const { title, termStart } = office.commissioner;
  // Without a term start, the title cannot be placed in one kind of an office that changed kind: each kind keeps its own.
  const titleApplies = title !== undefined && (termStart === undefined ? kinds.length === 1 : periodOn(kinds, termStart) === period);
  const fire = holdsFire(period);
  return {
    kind: period.kind,
    ...(period.from ? { from: period.from } : {}),
    fire,
    holderTitle: period.holderTitle ?? (titleApplies ? title : definition.holderTitle),
    deputyTitle: period.deputyTitle ?? ((fire && definition.fireDeputyTitle) || definition.deputyTitle),
    decisionMakers: definition.decisionMakers,
  };
}

/** The holder's title with the area it serves, unless the title names it already ("Mayor of West Yorkshire"). */
export function holderOfArea(kind: KindOnDate, area: string): string {
  return kind.holderTitle.includes(area) ? kind.holderTitle : `${kind.holderTitle} ${officeKinds[kind.kind].ofArea} ${area}`;
}

/** The kinds in force on any day between two dates: one, unless the office changed kind between them. */
export function kindsBetween(office: KindsOfOffice, first: IsoDate, last: IsoDate): KindOnDate[] {
  const kinds = kindsOf(office);
  const changes = kinds.filter((period) => period.from !== undefined && period.from > first && period.from <= last).map((period) => period.from!);
  return [kindOn(office, first), ...changes.map((day) => kindOn(office, day))];
}

/** The duty sets an office holds on a date, each with the day it began to hold it when that was a change of kind. */
export function dutySetsOn(office: KindsOfOffice, date: IsoDate): { set: DutySetName; since?: IsoDate }[] {
  const kinds = kindsOf(office);
  const current = periodOn(kinds, date);
  if (!holdsFire(current)) return [{ set: 'policing' }];
  // The fire duties began when the office became the fire and rescue authority: the start of the run of fire kinds up to this one.
  let start = kinds.indexOf(current);
  while (start > 0 && holdsFire(kinds[start - 1]!)) start -= 1;
  const since = kinds[start]!.from;
  return [{ set: 'policing' }, { set: 'fire', ...(since ? { since } : {}) }];
}

/** What a decision's maker is called: the holder and deputy by the office's kind on the decision's date (its first day, for a month or a year). */
export function decisionMakerTitle(decision: Pick<DecisionData, 'decisionMaker' | 'date'>, office: KindsOfOffice & Pick<Office, 'financialYearStart'>): string {
  const maker = decision.decisionMaker;
  const kind = kindOn(office, firstDay(decision.date, office.financialYearStart));
  const definition = officeKinds[kind.kind];
  if (maker === definition.holder) return kind.holderTitle;
  if (maker === definition.deputy) return kind.deputyTitle;
  if (maker === 'pcc-and-chief-constable') return `${kind.holderTitle} and Chief Constable jointly`;
  return decisionMakers[maker];
}

/**
 * The person who made a decision: the one person the office's people show in the decision maker's role,
 * from a recorded start, at some time during the decision's date. None when nobody was, or when several
 * were (a decision dated only by its month, in a month the post changed hands).
 */
export function personWhoDecided(maker: DecisionMaker, date: string, people: Pick<PersonData, 'name' | 'role' | 'from' | 'to'>[], yearStart?: Office['financialYearStart']): string | undefined {
  // A board decides as a body, not as one of its members.
  if (maker === 'board') return undefined;
  const { first, last } = dateBounds(date, yearStart);
  // Someone whose start in the post is not recorded cannot be said to have held it on the day.
  const holders = people.filter((person) => person.role === maker && person.from !== undefined && person.from <= last && (!person.to || person.to >= first));
  return holders.length === 1 ? holders[0]!.name : undefined;
}

/** A person's role as the site names it: the holder and deputy by the office's kind when they left the post, or on the build date. */
export function personRoleTitle(person: Pick<PersonData, 'role' | 'to'>, office: KindsOfOffice, asOf: IsoDate): string {
  const kind = kindOn(office, person.to ?? asOf);
  const definition = officeKinds[kind.kind];
  if (person.role === definition.holder) return kind.holderTitle;
  if (person.role === definition.deputy) return kind.deputyTitle;
  return personRoles[person.role];
}
