import type { BudgetData } from './schemas/budgets.ts';
import type { IsoDate } from './schemas/common.ts';
import type { ComplaintsData } from './schemas/complaints.ts';
import type { ContractData } from './schemas/contracts.ts';
import type { DecisionData } from './schemas/decisions.ts';
import type { InspectionData } from './schemas/inspections.ts';
import type { MeetingData } from './schemas/meetings.ts';
import type { PerformanceData } from './schemas/performance.ts';
import type { PersonData } from './schemas/people.ts';
import type { ServiceData } from './schemas/services.ts';
import type { Requirement } from './schemas/transparency.ts';
import type { Office } from './schemas/office.ts';
import { firstDay } from './dates.ts';
import { requirementsById } from './requirements.ts';
import { dutySets, type DutySetName } from './duty-sets.ts';
import { dutySetsOn, officeKinds, type KindPeriod } from './office-kinds.ts';
import { assess, noteInEnglish, sortByTiming, type Assessment, type EarlierItem, type NotePart, type Publication } from './sio-timing.ts';
import { publishedElsewhere, reviewIntervalMonths, type PublishedElsewhere } from './published-elsewhere.ts';
import { entryPath } from './addresses.ts';
import { budgetTitle } from './budgets.ts';
import type { CollectionName } from './collections.ts';
import { decisionLabel } from './decision-references.ts';
import type { RequirementPublication } from './spending/publications.ts';

/** A published entry of any collection, as the register sees it. */
export interface RegisterEntry {
  collection: string;
  id: string;
  data: Record<string, unknown>;
}

export interface RegisterRow {
  requirement: Requirement;
  /** The duty set the requirement belongs to. */
  dutySet: DutySetName;
  /** What meets the requirement on the build date (or is owed for it). */
  publications: Publication[];
  /** What was published for it but is outside its timing on the build date: shown as history, not as compliance. */
  history: EarlierItem[];
  assessment: Assessment;
  /** Where the office says the requirement is met on another website. */
  elsewhere?: PublishedElsewhere;
  /** The office's public note on the requirement's status. */
  note?: string;
}

function titleOf(entry: RegisterEntry, office: Pick<Office, 'decisionReference' | 'financialYearStart'>): string {
  const data = entry.data as { title?: string; name?: string; reference?: string; financialYear?: string; service?: string; description?: string };
  if (entry.collection === 'decisions') return `${decisionLabel(entry.data as DecisionData, office)}: ${data.title}`;
  if (entry.collection === 'budgets') return budgetTitle({ ...(entry.data as BudgetData), title: undefined });
  return data.title ?? data.name ?? data.service ?? data.description ?? entry.id;
}

/** The office holder and deputy, of every kind of office: for a fire and rescue authority they hold that office too. */
/** The roles of office holders and their deputies, of every kind: they meet 1a and 1b, not 2d (senior employees). */
const LEADERS = new Set<string>(Object.values(officeKinds).flatMap(({ holder, deputy }) => [holder, deputy]));

/** The requirements an entry meets by its nature, each with the dates that count for it. */
function defaultPublications(entry: RegisterEntry): [string, Partial<Publication>][] {
  const published = (entry.data as { published?: IsoDate }).published;
  switch (entry.collection) {
    case 'decisions': {
      const decision = entry.data as DecisionData;
      return [['5d', { event: decision.date, published: decision.published ?? decision.date }]];
    }
    case 'budgets': {
      const budget = entry.data as BudgetData;
      return [['3a-3e', { financialYear: budget.financialYear, published: budget.approved }]];
    }
    case 'services': {
      const service = entry.data as ServiceData;
      return service.awardType === 'grant' && service.awarded ? [['3f', { event: service.awarded, published: service.awarded }]] : [];
    }
    case 'people': {
      const person = entry.data as PersonData;
      if (!LEADERS.has(person.role)) return [['2d', { published }]];
      const paid = person.salary !== undefined || person.allowances !== undefined || person.expenses !== undefined;
      const ids = paid ? ['1a', '1b', 'fire-1a', 'fire-1b'] : ['1a', 'fire-1a'];
      return ids.map((id) => [id, { published }]);
    }
    case 'interests': return [['1c', { published }]];
    case 'gifts': return [['2e', { published }]];
    case 'meetings': {
      const meeting = entry.data as MeetingData;
      const hasPapers = meeting.agenda.length > 0 || meeting.papers.length > 0;
      return [
        ['5a', { event: meeting.date, published }],
        ...(hasPapers ? [['5b', { event: meeting.date, published }] as [string, Partial<Publication>]] : []),
        ['5c', { event: meeting.date, published: meeting.minutesPublished }],
      ];
    }
    case 'inspections': {
      const inspection = entry.data as InspectionData;
      return [
        ...(inspection.kind === 'peel' ? [['7B', { event: inspection.reportPublished, published }] as [string, Partial<Publication>]] : []),
        ...(inspection.reportPublished ? [['s55', { event: inspection.reportPublished, published: inspection.responsePublished }] as [string, Partial<Publication>]] : []),
      ];
    }
    case 'performance': return [['7A', { published, periodEnd: (entry.data as PerformanceData).periodEnd }]];
    case 'complaints': {
      const complaints = entry.data as ComplaintsData;
      return [[complaints.kind === 'panel-referrals' ? '1d' : '7C', { published, ...(complaints.periodEnd ? { periodEnd: complaints.periodEnd } : {}) }]];
    }
    case 'policies': return [['6', { published }]];
    case 'contracts': {
      const contract = entry.data as ContractData;
      const id = contract.kind === 'invitation-to-tender' ? '4d' : contract.value > 10_000 ? '4b' : '4c';
      return [[id, { event: contract.awarded, published }]];
    }
    default: return [];
  }
}

/** An entry of the fire function meets the fire duty set's counterpart of its collection's requirement ("5d" becomes "fire-5d"), where there is one. */
function forFunction(entry: RegisterEntry, id: string): string {
  if ((entry.data as { function?: string }).function !== 'fire' || id.startsWith('fire-')) return id;
  return requirementsById.has(`fire-${id}`) ? `fire-${id}` : id;
}

/** The other duty set's requirement of the same paragraph: fire-5a for 5a, 5a for fire-5a. */
const counterpartOf = (id: string) => (id.startsWith('fire-') ? id.slice('fire-'.length) : `fire-${id}`);

/** What this site publishes stands while it is in time; else a requirement met on another website is shown so. */
function withElsewhere(onSite: Assessment, elsewhere: PublishedElsewhere | undefined, requirement: Requirement): Assessment {
  if (!elsewhere || onSite.status === 'current' || onSite.status === 'due-soon') return onSite;
  const parts: NotePart[] = [elsewhere.stale ? { code: 'elsewhere-stale', months: reviewIntervalMonths(requirement.timing) } : { code: 'elsewhere' }];
  return { status: 'elsewhere', lastPublished: onSite.lastPublished, note: noteInEnglish(parts), parts };
}

/** Every requirement with what meets it, and its status on the build date. */
export function registerRows(
  entries: RegisterEntry[],
  asOf: IsoDate,
  office: Pick<Office, 'decisionReference' | 'financialYearStart'> & Partial<Pick<Office, 'register' | 'commissioner'>> & { kinds?: KindPeriod[] },
  /** What meets a requirement beside the entries: the monthly spending and grants files. */
  others: RequirementPublication[] = [],
  /** An entry's title as the register shows it, and the language it is in where that is not the page's: by default titleOf's, in English. */
  titled: (entry: RegisterEntry) => Pick<Publication, 'title' | 'lang'> = (entry) => ({ title: titleOf(entry, office) }),
): RegisterRow[] {
  const yearStart = office.financialYearStart;
  const held = dutySetsOn({ commissioner: office.commissioner ?? {}, kinds: office.kinds }, asOf);
  const requirements = held.flatMap(({ set, since }) => dutySets[set].requirements.map((requirement) => ({ requirement, dutySet: set, since })));
  const byRequirement = new Map<string, Publication[]>(requirements.map(({ requirement }) => [requirement.id, []]));
  for (const entry of entries) {
    // A withdrawn entry keeps its page, but no longer meets a duty.
    if ((entry.data as { withdrawn?: unknown }).withdrawn) continue;
    const base = { ...titled(entry), path: entryPath(entry.collection as CollectionName, entry, office) ?? `${entry.collection}/${entry.id}/` };
    const defaults = defaultPublications(entry).map(([id, dates]): [string, Partial<Publication>] => [forFunction(entry, id), dates]);
    const explicit = ((entry.data as { requirements?: string[] }).requirements ?? []).filter((id) => !defaults.some(([d]) => d === id));
    const published = (entry.data as { published?: IsoDate }).published;
    // A duty the entry names that is the other function's counterpart of one it meets by its nature (a
    // Police, Fire and Crime Panel's meeting, fire-5a beside 5a) is timed by the same dates: the meeting's.
    const datesOf = (id: string): Partial<Publication> => defaults.find(([met]) => met === counterpartOf(id))?.[1] ?? { published };
    for (const [id, dates] of [...defaults, ...explicit.map((id): [string, Partial<Publication>] => [id, datesOf(id)])]) {
      const day = (date: string | undefined) => (date ? firstDay(date, yearStart) : undefined);
      byRequirement.get(id)?.push({ ...base, ...dates, published: day(dates.published), event: day(dates.event) });
    }
  }
  for (const { requirement, publication } of others) byRequirement.get(requirement)?.push(publication);
  return requirements.map(({ requirement, dutySet, since }) => {
    // A duty the office took on by changing kind applies to it from that day: what is dated earlier is history.
    const timed = since ? { ...requirement, appliesFrom: { date: since, event: 'became-fire-authority' as const } } : requirement;
    const all = byRequirement.get(requirement.id)!;
    const { counting: publications, history } = sortByTiming(timed, all, asOf, yearStart);
    const statement = office.register?.[requirement.id];
    const elsewhere = publishedElsewhere(statement, requirement.timing, asOf);
    const assessment = withElsewhere(assess(timed, all, asOf, yearStart), elsewhere, requirement);
    return { requirement, dutySet, publications, history, assessment, ...(elsewhere ? { elsewhere } : {}), ...(statement?.note ? { note: statement.note } : {}) };
  });
}
