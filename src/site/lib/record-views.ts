import type { ComplaintsData } from '../../domain/schemas/complaints.ts';
import type { ContractData } from '../../domain/schemas/contracts.ts';
import type { FoiData } from '../../domain/schemas/foi.ts';
import type { GiftData } from '../../domain/schemas/gifts.ts';
import type { InspectionData } from '../../domain/schemas/inspections.ts';
import type { InterestsData } from '../../domain/schemas/interests.ts';
import type { MeetingData } from '../../domain/schemas/meetings.ts';
import type { PerformanceData } from '../../domain/schemas/performance.ts';
import type { PersonData } from '../../domain/schemas/people.ts';
import type { PolicyData } from '../../domain/schemas/policies.ts';
import { asOfDate } from '../../domain/as-of.ts';
import { kindOn, officeKinds, personRoleTitle } from '../../domain/office-kinds.ts';
import { chiefOfficerIn, holderNounIn, office, panelIn } from './this-office.ts';
import type { RegisterCollection } from '../../domain/collections.ts';
import { firstDay } from '../../domain/dates.ts';
import { formatPounds } from '../../domain/money.ts';
import { FOI_WORKING_DAYS, foiClock, type FoiClock } from '../../domain/foi-clock.ts';
import { officeLanguages, type PageLanguage } from './language.ts';
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

/** Every collection's view in a language: its words from the records.<collection> strings, its dates and numbers in the language's formats. */
function viewsIn(language: PageLanguage) {
  const { t } = language;
  const date = (value: string | undefined) => (value ? language.date(value) : undefined);
  const pounds = (value: number | undefined) => (value === undefined ? undefined : formatPounds(value));
  /** What the sentences that name the office holder, its panel and the force's chief officer call them: the commissioner, the Mayor. */
  const holderWords = { holder: holderNounIn(language), panel: panelIn(language), chief: chiefOfficerIn(language) };

  /** How an FOI response stands against its deadline, in words: on time, within the extension, or how late. */
  const foiTimeliness = (clock: FoiClock): string => {
    if (clock.workingDaysLate > 0) return t(clock.countedFromKind === 'requested' ? 'records.foi.lateAtMost' : 'records.foi.late', { count: clock.workingDaysLate });
    return clock.extended ? t('records.foi.withinExtended') : t('records.foi.within', { count: FOI_WORKING_DAYS });
  };

  /** A person's role: in English by the office's own titles, in another language by the kind's titles in its words. */
  const roleTitle = (person: PersonData) => {
    if (language.code === 'en') return personRoleTitle(person, office, asOfDate());
    const kind = kindOn(office, person.to ?? asOfDate()).kind;
    const definition = officeKinds[kind];
    if (person.role === definition.holder) return t(`decisions.kindTitles.${kind}.holder`);
    if (person.role === definition.deputy) return t(`decisions.kindTitles.${kind}.deputy`);
    return t(`records.people.roles.${person.role}`);
  };

  const people: RecordView<PersonData> = {
    title: t('records.people.title'),
    intro: t('records.people.intro', holderWords),
    empty: t('records.people.empty'),
    heading: (p) => p.name,
    line: (p) => [p.jobTitle ?? roleTitle(p), p.salary !== undefined ? t('records.people.salary', { amount: formatPounds(p.salary) }) : p.salaryBand].filter(Boolean).join(' · '),
    fields: (p) => [
      { label: t('records.people.role'), value: roleTitle(p) },
      // A job title that only repeats the role is not shown twice.
      { label: t('records.people.jobTitle'), value: p.jobTitle === roleTitle(p) ? undefined : p.jobTitle },
      { label: t('records.people.responsibilities'), value: p.responsibilities },
      { label: t('records.people.salaryLabel'), value: pounds(p.salary) ?? p.salaryBand },
      { label: t('records.people.allowances'), value: pounds(p.allowances) },
      { label: t('records.people.expenses'), value: pounds(p.expenses) },
      { label: t('records.people.from'), value: date(p.from) },
      { label: t('records.people.to'), value: date(p.to) },
      { label: t('records.people.address'), value: p.correspondenceAddress },
    ],
  };

  const interests: RecordView<InterestsData> = {
    title: t('records.interests.title'),
    intro: t('records.interests.intro', holderWords),
    empty: t('records.interests.empty'),
    heading: (r) => t('records.interests.heading', { name: r.name, role: r.role }),
    line: (r) => (r.interests.length ? t('records.interests.declared', { count: r.interests.length }) : t('records.interests.noneDeclared')),
    fields: (r) => [{ label: t('records.interests.interests'), value: r.interests.length ? r.interests.map((i) => t('records.interests.interest', { kind: t(`records.interests.kinds.${i.kind}.name`), description: i.description })) : t('records.interests.none') }],
  };

  const gifts: RecordView<GiftData> = {
    title: t('records.gifts.title'),
    intro: t('records.gifts.intro', holderWords),
    empty: t('records.gifts.empty'),
    heading: (g) => t('records.gifts.heading', { description: g.description, date: language.date(g.date) }),
    line: (g) => t(g.accepted ? 'records.gifts.lineAccepted' : 'records.gifts.lineRefused', { recipient: g.recipient, offeredBy: g.offeredBy }),
    fields: (g) => [
      { label: t('records.gifts.offeredOn'), value: language.date(g.date) },
      { label: t('records.gifts.offeredTo'), value: g.recipient },
      { label: t('records.gifts.offeredBy'), value: g.offeredBy },
      { label: t('records.gifts.value'), value: pounds(g.value) },
      { label: t('records.gifts.acceptedOrRefused'), value: g.accepted ? t('records.gifts.accepted') : t('records.gifts.refused') },
    ],
  };

  /** The body that held a meeting; the panel by the name the office gives it, or its kind's (a Police, Fire and Crime Panel). */
  const meetingBody = (m: MeetingData) => (m.heldBy === 'police-and-crime-panel' ? holderWords.panel : t(`records.meetings.bodies.${m.heldBy}.name`));
  const meetings: RecordView<MeetingData> = {
    title: t('records.meetings.title'),
    intro: t('records.meetings.intro'),
    empty: t('records.meetings.empty'),
    heading: (m) => t('records.meetings.heading', { title: m.title, date: language.date(m.date) }),
    line: (m) => [meetingBody(m), m.time, m.place].filter(Boolean).join(' · '),
    fields: (m) => [
      { label: t('records.meetings.heldBy'), value: meetingBody(m) },
      { label: t('records.meetings.date'), value: language.date(m.date) },
      { label: t('records.meetings.time'), value: m.time },
      { label: t('records.meetings.place'), value: m.place },
      { label: t('records.meetings.agenda'), value: m.agenda.length ? m.agenda : undefined },
      { label: t('records.meetings.minutes'), value: date(m.minutesPublished) ?? (m.date < asOfDate() ? t('records.meetings.notYet') : undefined) },
    ],
    documents: (m) => m.papers.map((paper) => ({ title: paper.title, link: paper.url })),
  };

  const grading = (g: InspectionData['gradings'][number]) => t('records.inspections.grading', { area: g.area, grade: t(`records.inspections.grades.${g.grade}`) });
  const inspections: RecordView<InspectionData> = {
    title: t('records.inspections.title'),
    intro: t('records.inspections.intro', holderWords),
    empty: t('records.inspections.empty'),
    heading: (i) => i.title,
    line: (i) => [i.reportPublished && t('records.inspections.reportPublishedOn', { date: language.date(i.reportPublished) }), i.gradings.length ? i.gradings.map(grading).join('; ') : undefined].filter(Boolean).join(' · '),
    fields: (i) => {
      const due = i.reportPublished && language.date(addDays(firstDay(i.reportPublished), 56));
      return [
        { label: t('records.inspections.reportPublished'), value: date(i.reportPublished) },
        { label: t('records.inspections.gradings'), value: i.gradings.length ? i.gradings.map(grading) : undefined },
        { label: t('records.inspections.responseDue', holderWords), value: due && (i.reportPublished!.length === 7 ? t('records.inspections.responseDueMonth', { date: due }) : due) },
        { label: t('records.inspections.responsePublished', holderWords), value: date(i.responsePublished) ?? (i.reportPublished ? t('records.inspections.responseNotPublished') : undefined) },
      ];
    },
  };

  const performance: RecordView<PerformanceData> = {
    title: t('records.performance.title'),
    intro: t('records.performance.intro'),
    empty: t('records.performance.empty'),
    heading: (p) => p.title,
    line: (p) => t('records.performance.period', { from: language.date(p.periodStart), to: language.date(p.periodEnd) }),
    fields: (p) => [
      { label: t('records.performance.periodLabel'), value: t('records.performance.period', { from: language.date(p.periodStart), to: language.date(p.periodEnd) }) },
      ...p.measures.map((m) => ({ label: t(`records.performance.measures.${m.measure}`), value: m.statement })),
    ],
  };

  const complaints: RecordView<ComplaintsData> = {
    title: t('records.complaints.title'),
    intro: t('records.complaints.intro', holderWords),
    empty: t('records.complaints.empty'),
    heading: (c) => c.title,
    line: (c) => t(`records.complaints.kinds.${c.kind}`, holderWords),
    fields: (c) => [
      { label: t('records.complaints.covers'), value: t(`records.complaints.kinds.${c.kind}`, holderWords) },
      { label: t('records.complaints.periodLabel'), value: c.periodStart && c.periodEnd ? t('records.complaints.period', { from: language.date(c.periodStart), to: language.date(c.periodEnd) }) : undefined },
      { label: t('records.complaints.number'), value: c.count === undefined ? undefined : language.number(c.count) },
      { label: t('records.complaints.summary'), value: c.summary },
    ],
  };

  const policies: RecordView<PolicyData> = {
    title: t('records.policies.title'),
    intro: t('records.policies.intro'),
    empty: t('records.policies.empty'),
    heading: (p) => p.title,
    line: (p) => t(`records.policies.kinds.${p.kind}.name`),
    fields: (p) => [
      { label: t('records.policies.kind'), value: t(`records.policies.kinds.${p.kind}.name`) },
      { label: t('records.policies.summary'), value: p.summary },
      { label: t('records.policies.reviewDue'), value: date(p.reviewDue) },
    ],
  };

  const contracts: RecordView<ContractData> = {
    title: t('records.contracts.title'),
    intro: t('records.contracts.intro'),
    empty: t('records.contracts.empty'),
    heading: (c) => c.title,
    line: (c) => [c.supplier, formatPounds(c.value), c.awarded && language.date(c.awarded)].filter(Boolean).join(' · '),
    fields: (c) => [
      { label: t('records.contracts.kind'), value: t(`records.contracts.kinds.${c.kind}`) },
      { label: t('records.contracts.supplier'), value: c.supplier },
      { label: t('records.contracts.value'), value: formatPounds(c.value) },
      { label: t('records.contracts.awarded'), value: date(c.awarded) },
      { label: t('records.contracts.purpose'), value: c.purpose },
    ],
    documents: (c) => (c.document ? [{ title: t(c.kind === 'invitation-to-tender' ? 'records.contracts.invitationDocument' : 'records.contracts.contractDocument', { title: c.title }), link: c.document }] : []),
  };

  const foi: RecordView<FoiData> = {
    title: t('records.foi.title'),
    intro: t('records.foi.intro'),
    empty: t('records.foi.empty'),
    heading: (f) => t('records.foi.heading', { reference: f.reference, title: f.title }),
    line: (f) => {
      const clock = foiClock(f);
      const received = f.received ? t('records.foi.receivedOn', { date: language.date(f.received) }) : t('records.foi.datedNotReceived', { date: language.date(f.requested) });
      return t('records.foi.line', { received, due: language.date(clock.due), responded: language.date(f.responded), timeliness: foiTimeliness(clock), outcome: t(`records.foi.outcomes.${f.outcome}`) });
    },
    fields: (f) => {
      const clock = foiClock(f);
      return [
        { label: t('records.foi.reference'), value: f.reference },
        { label: t('records.foi.requested'), value: language.date(f.requested) },
        { label: t('records.foi.received'), value: f.received ? language.date(f.received) : t('records.foi.notRecorded') },
        { label: t('records.foi.clarification'), value: f.clarification && t('records.foi.clarificationValue', { asked: language.date(f.clarification.asked), answered: language.date(f.clarification.answered), count: FOI_WORKING_DAYS }) },
        { label: t('records.foi.responseDue'), value: t(`records.foi.dueAfter.${clock.countedFromKind}`, { date: language.date(clock.statutoryDue), count: FOI_WORKING_DAYS }) },
        {
          label: t('records.foi.extended'),
          value: f.publicInterestExtension && (clock.extended
            ? t('records.foi.extendedTo', { due: language.date(clock.due), notified: language.date(f.publicInterestExtension.notified) })
            : t('records.foi.extendedTooLate', { notified: language.date(f.publicInterestExtension.notified), count: FOI_WORKING_DAYS })),
        },
        { label: t('records.foi.responded'), value: t('records.foi.respondedAfter', { date: language.date(f.responded), count: clock.workingDaysTaken, timeliness: foiTimeliness(clock) }) },
        { label: t('records.foi.outcome'), value: t(`records.foi.outcomes.${f.outcome}`) },
        { label: t('records.foi.exemptions'), value: f.exemptions.length ? f.exemptions : undefined },
      ];
    },
    sections: (f) => f.questions.flatMap((q, index) => [{ heading: t('records.foi.question', { number: index + 1 }), text: q.question }, { heading: t('records.foi.answer', { number: index + 1 }), text: q.answer }]),
  };

  return { people, interests, gifts, meetings, inspections, performance, complaints, policies, contracts, foi } as const satisfies Record<RegisterCollection, unknown>;
}

export type RecordViews = ReturnType<typeof viewsIn>;
export type RecordCollection = keyof RecordViews;

const viewsByLanguage = new Map<string, RecordViews>();

/** How each collection of the register is listed and shown, in a page's language. */
export function recordViewsIn(language: PageLanguage): RecordViews {
  let views = viewsByLanguage.get(language.code);
  if (!views) viewsByLanguage.set(language.code, (views = viewsIn(language)));
  return views;
}

/** The views in the office's default language, for what is published once in it (the downloads' descriptions). */
export const recordViews: RecordViews = recordViewsIn(officeLanguages[0]!);
