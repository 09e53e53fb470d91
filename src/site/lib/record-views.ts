import type { ComplaintsData } from '../../domain/schemas/complaints.ts';
import { complaintsKinds } from '../../domain/schemas/complaints.ts';
import type { ContractData } from '../../domain/schemas/contracts.ts';
import { contractKinds } from '../../domain/schemas/contracts.ts';
import type { FoiData } from '../../domain/schemas/foi.ts';
import { foiOutcomes } from '../../domain/schemas/foi.ts';
import type { GiftData } from '../../domain/schemas/gifts.ts';
import type { InspectionData } from '../../domain/schemas/inspections.ts';
import { gradings } from '../../domain/schemas/inspections.ts';
import type { InterestsData } from '../../domain/schemas/interests.ts';
import { interestKinds } from '../../domain/schemas/interests.ts';
import type { MeetingData } from '../../domain/schemas/meetings.ts';
import { meetingBodies } from '../../domain/schemas/meetings.ts';
import type { PerformanceData } from '../../domain/schemas/performance.ts';
import { nationalMeasures } from '../../domain/schemas/performance.ts';
import type { PersonData } from '../../domain/schemas/people.ts';
import type { PolicyData } from '../../domain/schemas/policies.ts';
import { policyKinds } from '../../domain/schemas/policies.ts';
import { asOfDate } from '../../domain/as-of.ts';
import { personRoleTitle } from '../../domain/office-kinds.ts';
import { office } from './this-office.ts';
import type { RegisterCollection } from '../../domain/collections.ts';
import { firstDay, formatDate } from '../../domain/dates.ts';
import { formatPounds } from '../../domain/money.ts';
import { FOI_WORKING_DAYS, foiClock, type FoiClock } from '../../domain/foi-clock.ts';
import { addDays } from '../../domain/working-days.ts';

/** A labelled value on an entry's page; lists become bulleted lists, absent values and empty lists are left out. */
export interface Field {
  label: string;
  value: string | string[] | undefined;
}

/** How a collection of the register is listed and shown: its title, one line per entry, and the fields of its page. */
export interface RecordView<T> {
  title: string;
  intro: string;
  empty: string;
  heading: (data: T) => string;
  line: (data: T) => string;
  fields: (data: T) => Field[];
  /** Longer passages shown under their own headings, such as an FOI response's questions and answers. */
  sections?: (data: T) => { heading: string; text: string }[];
  /** The papers an entry publishes, each a file in files/ or a web address. */
  documents?: (data: T) => { title: string; link: string }[];
}

const date = (value: string | undefined) => (value ? formatDate(value) : undefined);
const pounds = (value: number | undefined) => (value === undefined ? undefined : formatPounds(value));

/** How an FOI response stands against its deadline, in words: on time, within the extension, or how late. */
function foiTimeliness(clock: FoiClock): string {
  if (clock.workingDaysLate > 0) return `${workingDays(clock.workingDaysLate)} late${clock.countedFromKind === 'requested' ? ' at most (counted from the date of the request)' : ''}`;
  return clock.extended ? 'within the extended time' : `within ${FOI_WORKING_DAYS} working days`;
}

const workingDays = (count: number) => `${count} working day${count === 1 ? '' : 's'}`;

const countedFromWords: Record<FoiClock['countedFromKind'], string> = {
  received: 'receipt',
  clarified: 'the clarification was received',
  requested: 'the date of the request, as the date it was received is not recorded',
};

const roleTitle = (person: PersonData) => personRoleTitle(person, office, asOfDate());

const people: RecordView<PersonData> = {
  title: 'People and pay',
  intro: 'The commissioner, any deputy, the statutory officers and senior staff: what they do and what they are paid, where published.',
  empty: 'No one is listed yet.',
  heading: (p) => p.name,
  line: (p) => [p.jobTitle ?? roleTitle(p), p.salary !== undefined ? `salary ${formatPounds(p.salary)}` : p.salaryBand].filter(Boolean).join(' · '),
  fields: (p) => [
    { label: 'Role', value: roleTitle(p) },
    // A job title that only repeats the role is not shown twice.
    { label: 'Job title', value: p.jobTitle === roleTitle(p) ? undefined : p.jobTitle },
    { label: 'Responsibilities', value: p.responsibilities },
    { label: 'Salary', value: pounds(p.salary) ?? p.salaryBand },
    { label: 'Allowances', value: pounds(p.allowances) },
    { label: 'Expenses', value: pounds(p.expenses) },
    { label: 'In post from', value: date(p.from) },
    { label: 'Left the post', value: date(p.to) },
    { label: 'Address for correspondence', value: p.correspondenceAddress },
  ],
};

const interests: RecordView<InterestsData> = {
  title: 'Registers of interests',
  intro: 'The paid jobs and other financial interests of the commissioner and any deputy.',
  empty: 'No register of interests is published on this site yet.',
  heading: (r) => `${r.name}, ${r.role}`,
  line: (r) => (r.interests.length ? `${r.interests.length} interests declared` : 'No interests declared'),
  fields: (r) => [{ label: 'Interests', value: r.interests.length ? r.interests.map((i) => `${interestKinds[i.kind]}: ${i.description}`) : 'None declared' }],
};

const gifts: RecordView<GiftData> = {
  title: 'Gifts and hospitality',
  intro: 'Gifts and hospitality offered to the commissioner, any deputy and staff, accepted or refused.',
  empty: 'No gifts or hospitality are recorded on this site yet.',
  heading: (g) => `${g.description} (${formatDate(g.date)})`,
  line: (g) => `Offered to ${g.recipient} by ${g.offeredBy} · ${g.accepted ? 'accepted' : 'refused'}`,
  fields: (g) => [
    { label: 'Offered on', value: formatDate(g.date) },
    { label: 'Offered to', value: g.recipient },
    { label: 'Offered by', value: g.offeredBy },
    { label: 'Estimated value', value: pounds(g.value) },
    { label: 'Accepted or refused', value: g.accepted ? 'Accepted' : 'Refused' },
  ],
};

const meetings: RecordView<MeetingData> = {
  title: 'Public meetings',
  intro: 'When and where public meetings are held, with their agendas, papers and minutes.',
  empty: 'No public meetings are listed on this site yet.',
  heading: (m) => `${m.title}, ${formatDate(m.date)}`,
  line: (m) => [meetingBodies[m.heldBy], m.time, m.place].filter(Boolean).join(' · '),
  fields: (m) => [
    { label: 'Meeting of', value: meetingBodies[m.heldBy] },
    { label: 'Date', value: formatDate(m.date) },
    { label: 'Time', value: m.time },
    { label: 'Place', value: m.place },
    { label: 'Agenda', value: m.agenda.length ? m.agenda : undefined },
    { label: 'Minutes published', value: date(m.minutesPublished) ?? (m.date < asOfDate() ? 'Not yet' : undefined) },
  ],
  documents: (m) => m.papers.map((paper) => ({ title: paper.title, link: paper.url })),
};

const inspections: RecordView<InspectionData> = {
  title: 'Inspections',
  intro: "Reports on the force by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS, formerly HMIC), and the commissioner's responses, which are due within 56 days.",
  empty: 'No inspection reports are listed on this site yet.',
  heading: (i) => i.title,
  line: (i) => [i.reportPublished && `Report published ${formatDate(i.reportPublished)}`, i.gradings.length ? i.gradings.map((g) => `${g.area}: ${gradings[g.grade]}`).join('; ') : undefined].filter(Boolean).join(' · '),
  fields: (i) => [
    { label: 'Report published', value: date(i.reportPublished) },
    { label: 'Gradings', value: i.gradings.length ? i.gradings.map((g) => `${g.area}: ${gradings[g.grade]}`) : undefined },
    { label: "Commissioner's response due", value: i.reportPublished ? `${formatDate(addDays(firstDay(i.reportPublished), 56))}${i.reportPublished.length === 7 ? ' at the latest (56 days from the start of the month the report was published)' : ''}` : undefined },
    { label: "Commissioner's response published", value: date(i.responsePublished) ?? (i.reportPublished ? 'Not yet published on this site' : undefined) },
  ],
};

const performance: RecordView<PerformanceData> = {
  title: 'Performance against the national measures',
  intro: "Statements on the force's contribution to the government's national crime and policing measures.",
  empty: 'No performance statement is published on this site yet.',
  heading: (p) => p.title,
  line: (p) => `${formatDate(p.periodStart)} to ${formatDate(p.periodEnd)}`,
  fields: (p) => [
    { label: 'Period', value: `${formatDate(p.periodStart)} to ${formatDate(p.periodEnd)}` },
    ...p.measures.map((m) => ({ label: nationalMeasures[m.measure], value: m.statement })),
  ],
};

const complaints: RecordView<ComplaintsData> = {
  title: 'Police complaints',
  intro: "Complaints statistics for the force, how the commissioner holds the chief constable to account for complaint handling, and the commissioner's work as a review body.",
  empty: 'No complaints information is published on this site yet.',
  heading: (c) => c.title,
  line: (c) => complaintsKinds[c.kind],
  fields: (c) => [
    { label: 'What it covers', value: complaintsKinds[c.kind] },
    { label: 'Period', value: c.periodStart && c.periodEnd ? `${formatDate(c.periodStart)} to ${formatDate(c.periodEnd)}` : undefined },
    { label: 'Number', value: c.count?.toLocaleString('en-GB') },
    { label: 'Summary', value: c.summary },
  ],
};

const policies: RecordView<PolicyData> = {
  title: 'Policies',
  intro: 'Policy statements of the office, such as how it handles complaints and keeps records.',
  empty: 'No policies are published on this site yet.',
  heading: (p) => p.title,
  line: (p) => policyKinds[p.kind],
  fields: (p) => [
    { label: 'Kind', value: policyKinds[p.kind] },
    { label: 'Summary', value: p.summary },
    { label: 'Next review', value: date(p.reviewDue) },
  ],
};

const contracts: RecordView<ContractData> = {
  title: 'Contracts and tenders',
  intro: 'Contracts of the office, and invitations to tender for contracts expected to exceed £10,000.',
  empty: 'No contracts are published on this site yet.',
  heading: (c) => c.title,
  line: (c) => [c.supplier, formatPounds(c.value), c.awarded && formatDate(c.awarded)].filter(Boolean).join(' · '),
  fields: (c) => [
    { label: 'Kind', value: contractKinds[c.kind] },
    { label: 'Supplier', value: c.supplier },
    { label: 'Value', value: formatPounds(c.value) },
    { label: 'Awarded', value: date(c.awarded) },
    { label: 'Purpose', value: c.purpose },
  ],
  documents: (c) => (c.document ? [{ title: c.kind === 'invitation-to-tender' ? `Invitation to tender: ${c.title}` : `Contract: ${c.title}`, link: c.document }] : []),
};

const foi: RecordView<FoiData> = {
  title: 'Freedom of Information disclosure log',
  intro: 'Requests made to the office under the Freedom of Information Act 2000 and its answers. The Act gives the office 20 working days from the day after it receives a request (counted again from any clarification it had to ask for, and longer when it tells the requester it needs time to weigh the public interest); the log shows each response against that. Requesters are never named.',
  empty: 'No responses are in the disclosure log yet.',
  heading: (f) => `${f.reference}: ${f.title}`,
  line: (f) => {
    const clock = foiClock(f);
    const received = f.received ? `Received ${formatDate(f.received)}` : `Dated ${formatDate(f.requested)}, receipt not recorded`;
    return `${received} · due ${formatDate(clock.due)} · responded ${formatDate(f.responded)}, ${foiTimeliness(clock)} · ${foiOutcomes[f.outcome]}`;
  },
  fields: (f) => {
    const clock = foiClock(f);
    return [
      { label: 'Reference', value: f.reference },
      { label: 'Request dated', value: formatDate(f.requested) },
      { label: 'Received', value: f.received ? formatDate(f.received) : 'Not recorded' },
      { label: 'Clarification', value: f.clarification && `Asked for ${formatDate(f.clarification.asked)}, received ${formatDate(f.clarification.answered)}; the ${FOI_WORKING_DAYS} working days start again from then` },
      { label: 'Response due', value: `${formatDate(clock.statutoryDue)} (${FOI_WORKING_DAYS} working days after ${countedFromWords[clock.countedFromKind]})` },
      { label: 'Extended for the public interest test', value: f.publicInterestExtension && (clock.extended ? `To ${formatDate(clock.due)}; the requester was told on ${formatDate(f.publicInterestExtension.notified)}` : `The requester was told on ${formatDate(f.publicInterestExtension.notified)}, after the ${FOI_WORKING_DAYS} working days had passed, so the deadline stands`) },
      { label: 'Responded', value: `${formatDate(f.responded)}, after ${workingDays(clock.workingDaysTaken)}: ${foiTimeliness(clock)}` },
      { label: 'Outcome', value: foiOutcomes[f.outcome] },
      { label: 'Exemptions', value: f.exemptions.length ? f.exemptions : undefined },
    ];
  },
  sections: (f) => f.questions.flatMap((q, index) => [{ heading: `Question ${index + 1}`, text: q.question }, { heading: `Answer ${index + 1}`, text: q.answer }]),
};

export const recordViews = { people, interests, gifts, meetings, inspections, performance, complaints, policies, contracts, foi } as const satisfies Record<RegisterCollection, unknown>;

export type RecordCollection = keyof typeof recordViews;
