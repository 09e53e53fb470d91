import { stringify } from 'csv-stringify/sync';
import type { z } from 'astro/zod';
import { elementOf, fieldsOf, unwrap } from '../../domain/schema-walk.ts';
import type { BudgetData, BudgetTable } from '../../domain/schemas/budgets.ts';
import { budgetStatuses, tableUnits } from '../../domain/schemas/budgets.ts';
import { isFireBudget } from '../../domain/budgets.ts';
import { entryFunctions } from '../../domain/schemas/register.ts';
import { decisionMakerTitle } from '../../domain/office-kinds.ts';
import { counterpartyRoles, decisionOutcomes, type Counterparty, type DecisionData } from '../../domain/schemas/decisions.ts';
import type { Office } from '../../domain/schemas/office.ts';
import { planKinds, planStatuses, type PlanData } from '../../domain/schemas/plans.ts';
import { awardTypes, serviceThemes, type CommissioningData, type ServiceData } from '../../domain/schemas/services.ts';
import type { Requirement, TransparencyData } from '../../domain/schemas/transparency.ts';
import { financialYearBounds, financialYearSlug } from '../../domain/financial-year.ts';
import { entryPath } from '../../domain/addresses.ts';
import { decisionPath, displayReference } from '../../domain/decision-references.ts';
import { formatPounds } from '../../domain/money.ts';
import { slugify } from '../../domain/urls.ts';
import { stringAt } from '../../domain/strings.ts';
import { collections } from '../../domain/collections.ts';
import { recordViews, recordViewsIn, type RecordCollection } from './record-views.ts';
import { languageTools } from './language.ts';
import { FOI_WORKING_DAYS, foiClock } from '../../domain/foi-clock.ts';
import type { FoiData } from '../../domain/schemas/foi.ts';
import cyStrings from '../strings/cy.json' with { type: 'json' };
import { recordFieldInWelsh } from './record-fields-cy.ts';

/** A schema's stored values as the download holds them (in English), each with its Welsh label from the interface's strings ("plans.statuses"): "Published (Cyhoeddwyd)". */
const welshLabels = (values: Record<string, string>, namespace: string, field = '') =>
  Object.entries(values).map(([value, stored]) => `${stored} (${stringAt(cyStrings, `${namespace}.${value}${field}`) as string})`);
const welshFunctions = { policing: 'Plismona', fire: 'Tân ac achub' } satisfies Record<keyof typeof entryFunctions, string>;

type Cell = string | number | boolean | null;

/** One column of a download: its name, what it means (in English, and in Welsh where written), its unit, and how to read it from an entry. */
export interface Column<T> {
  name: string;
  description: string;
  cy?: string;
  unit?: string;
  value: (item: T) => Cell;
}

/** Everything the site publishes, as plain data, for the downloads. */
export interface PublishedContent {
  office: Office;
  decisions: DecisionData[];
  plans: { id: string; data: PlanData }[];
  budgets: BudgetData[];
  services: { id: string; data: ServiceData }[];
  commissioning: { id: string; data: CommissioningData }[];
  transparency: { id: string; data: TransparencyData }[];
  requirements: Requirement[];
  /** The register's collections (people, meetings, FOI...), by collection name. */
  records: Record<string, { id: string; data: object }[]>;
}

export interface Dataset {
  /** File name without extension: decisions → decisions.csv and decisions.json. */
  name: string;
  title: string;
  description: string;
  /** The title and description in Welsh, where written. */
  cy?: { title: string; description: string };
  columns: Column<never>[];
  rows: unknown[];
  /** The full records for the JSON download, where they hold more than the CSV's columns. */
  records: unknown[];
}

/** What every download says about itself: who published it, when, and under which licence. */
export interface Provenance {
  publisher: string;
  licence: { name: string; url: string };
  buildDate: string;
  siteUrl: string;
}

const list = (values: readonly string[] | undefined) => (values && values.length ? values.join('; ') : null);

/** The datasets' titles and descriptions in Welsh, by name. */
const inWelsh: Record<string, { title: string; description: string }> = {
  decisions: { title: 'Hysbysiadau o benderfyniadau', description: 'Pob hysbysiad o benderfyniad y mae\'r comisiynydd wedi\'i gyhoeddi.' },
  plans: { title: 'Cynlluniau a strategaethau', description: 'Cynlluniau heddlu a throseddu, cynlluniau busnes a chyflawni, a strategaethau.' },
  'plan-pillars': { title: 'Pileri ac amcanion cynlluniau', description: 'Pileri (blaenoriaethau) pob cynllun a\'u hamcanion.' },
  'plan-actions': { title: 'Camau gweithredu cynlluniau cyflawni', description: 'Camau gweithredu cynlluniau cyflawni a busnes, gyda\'u diweddariadau diweddaraf.' },
  budgets: { title: 'Cyllidebau fesul blwyddyn', description: 'Un rhes ar gyfer pob blwyddyn ariannol a swyddogaeth (plismona, neu dân ac achub): statws, cymeradwyaeth a phraesept Band D. Mae\'r JSON yn cynnwys pob tabl yn llawn.' },
  services: { title: 'Gwasanaethau a gomisiynwyd', description: 'Gwasanaethau a grantiau y mae\'r comisiynydd yn talu amdanynt.' },
  'commissioning-themes': { title: 'Cyllid comisiynu yn ôl thema', description: 'Arian comisiynu yn ôl thema, fel y datganodd y swyddfa.' },
  transparency: { title: 'Eitemau tryloywder', description: 'Eitemau a gyhoeddwyd i fodloni\'r Gorchymyn Gwybodaeth Benodedig.' },
  'sio-requirements': { title: 'Gofynion y Gorchymyn Gwybodaeth Benodedig', description: 'Beth mae\'r gyfraith yn ei gwneud yn ofynnol i bob comisiynydd heddlu a throseddu ei gyhoeddi, a pha mor aml.' },
};

function dataset<T>(name: string, title: string, description: string, columns: Column<T>[], rows: T[], records: unknown[] = rows, cy = inWelsh[name]): Dataset {
  return { name, title, description, ...(cy ? { cy } : {}), columns: columns as unknown as Column<never>[], rows, records };
}

function decisionsDataset(content: PublishedContent, url: (path: string) => string): Dataset {
  const party = (p: Counterparty) => [p.name, p.role && counterpartyRoles[p.role], p.companyNumber && `company ${p.companyNumber}`, p.charityNumber && `charity ${p.charityNumber}`, p.amount !== undefined && formatPounds(p.amount)].filter(Boolean).join(', ');
  return dataset<DecisionData>('decisions', 'Decision notices', 'Every decision notice the commissioner has published.', [
    { name: 'reference', description: 'The decision number in the office\'s format, as published; empty for a notice published without a number.', cy: 'Rhif y penderfyniad yn fformat y swyddfa, fel y\'i cyhoeddwyd; yn wag ar gyfer hysbysiad a gyhoeddwyd heb rif.', value: (d) => (d.reference === undefined ? null : displayReference(d.reference)) },
    { name: 'title', description: 'What the decision is about.', cy: 'Beth yw pwnc y penderfyniad.', value: (d) => d.title },
    { name: 'decided', description: 'What was decided, in one plain sentence written by the office for this site, where it has written one.', cy: 'Beth a benderfynwyd, mewn un frawddeg blaen a ysgrifennwyd gan y swyddfa ar gyfer y wefan hon, lle mae wedi ysgrifennu un.', value: (d) => d.decided ?? null },
    { name: 'date', description: 'The date the decision was made: YYYY-MM-DD, or YYYY-MM where the record gives only the month, or 2020/21 where it gives only the financial year.', cy: 'Y dyddiad y gwnaed y penderfyniad: BBBB-MM-DD, neu BBBB-MM lle mae\'r cofnod yn rhoi\'r mis yn unig, neu 2020/21 lle mae\'n rhoi\'r flwyddyn ariannol yn unig.', value: (d) => d.date },
    { name: 'decisionMaker', description: 'Who made the decision, by the title of the role on the decision\'s date (for example Police and Crime Commissioner, Deputy Mayor for Policing and Crime, Chief Executive).', cy: 'Pwy wnaeth y penderfyniad, yn ôl teitl y rôl ar ddyddiad y penderfyniad (er enghraifft Police and Crime Commissioner, Deputy Mayor for Policing and Crime, Chief Executive).', value: (d) => decisionMakerTitle(d, content.office) },
    { name: 'function', description: `${Object.values(entryFunctions).join(' or ')}: which of its functions an office that is also the fire and rescue authority took the decision in.`, cy: `${Object.values(welshFunctions).join(' neu ')}: ym mha un o'i swyddogaethau y gwnaeth swyddfa sydd hefyd yn awdurdod tân ac achub y penderfyniad.`, value: (d) => entryFunctions[d.function ?? 'policing'] },
    { name: 'originator', description: 'Who brought the decision forward, where the notice says.', cy: 'Pwy a gyflwynodd y penderfyniad, lle mae\'r hysbysiad yn dweud.', value: (d) => d.originator ?? null },
    { name: 'outcome', description: `The outcome, where the notice says: ${Object.values(decisionOutcomes).join(', ')}.`, cy: `Y canlyniad, lle mae'r hysbysiad yn dweud: ${welshLabels(decisionOutcomes, 'decisions.outcomes').join(', ')}.`, value: (d) => (d.outcome ? decisionOutcomes[d.outcome] : null) },
    { name: 'amount', description: 'Money committed by the decision, where there is any.', cy: 'Arian a ymrwymwyd gan y penderfyniad, lle mae unrhyw arian.', unit: '£', value: (d) => d.amount ?? null },
    { name: 'fundingSource', description: 'Where the money comes from.', cy: 'O ble mae\'r arian yn dod.', value: (d) => d.fundingSource ?? null },
    { name: 'counterparties', description: 'Who is paid or awarded a grant or contract, who funds it, or who is otherwise party to the decision: name, role, company or charity number and amount, each party separated by "; ".', cy: 'Pwy sy\'n cael ei dalu neu\'n cael grant neu gontract, pwy sy\'n ei ariannu, neu sydd fel arall yn rhan o\'r penderfyniad: enw, rôl, rhif cwmni neu elusen a swm, gyda "; " rhwng pob parti.', value: (d) => list(d.counterparties.map(party)) },
    { name: 'restricted', description: 'true when the papers are withheld from publication.', cy: 'true pan fydd y papurau\'n cael eu cadw rhag eu cyhoeddi.', value: (d) => d.restricted },
    { name: 'restrictionReason', description: 'Why the papers are withheld.', cy: 'Pam mae\'r papurau\'n cael eu cadw\'n ôl.', value: (d) => d.restrictionReason ?? null },
    { name: 'summary', description: 'The background summary on the notice, where the notice gives one.', cy: 'Y crynodeb cefndir ar yr hysbysiad, lle mae\'r hysbysiad yn rhoi un.', value: (d) => d.summary ?? null },
    { name: 'recommendation', description: 'The recommendation the decision approved or otherwise, where the notice gives it.', cy: 'Yr argymhelliad a gymeradwywyd neu fel arall gan y penderfyniad, lle mae\'r hysbysiad yn ei roi.', value: (d) => d.recommendation ?? null },
    { name: 'url', description: 'The decision notice on this site.', cy: 'Yr hysbysiad o benderfyniad ar y wefan hon.', value: (d) => url(decisionPath(d, content.office)) },
  ], content.decisions);
}

function plansDatasets(content: PublishedContent, url: (path: string) => string): Dataset[] {
  const pillars = content.plans.flatMap(({ id, data }) => data.pillars.map((pillar) => ({ plan: id, ...pillar })));
  const actions = content.plans.flatMap(({ id, data }) => data.actions.map((action) => ({ plan: id, ...action })));
  return [
    dataset('plans', 'Plans and strategies', 'Police and crime plans, business and delivery plans, and strategies.', [
      { name: 'id', description: 'The plan\'s identifier on this site.', cy: 'Dynodydd y cynllun ar y wefan hon.', value: (p) => p.id },
      { name: 'title', description: 'The plan\'s title.', cy: 'Teitl y cynllun.', value: (p) => p.data.title },
      { name: 'kind', description: `What kind of plan: ${Object.values(planKinds).join('; ')}.`, cy: `Pa fath o gynllun: ${welshLabels(planKinds, 'plans.kinds', '.name').join('; ')}.`, value: (p) => planKinds[p.data.kind] },
      { name: 'periodFrom', description: 'The first financial year the plan covers.', cy: 'Y flwyddyn ariannol gyntaf y mae\'r cynllun yn ymdrin â hi.', value: (p) => p.data.period.from },
      { name: 'periodTo', description: 'The last financial year the plan covers.', cy: 'Y flwyddyn ariannol olaf y mae\'r cynllun yn ymdrin â hi.', value: (p) => p.data.period.to },
      { name: 'status', description: `${Object.values(planStatuses).join(', ')}.`, cy: `${welshLabels(planStatuses, 'plans.statuses').join(', ')}.`, value: (p) => planStatuses[p.data.status] },
      { name: 'published', description: 'The date the plan was published, where known.', cy: 'Y dyddiad y cyhoeddwyd y cynllun, lle mae\'n hysbys.', value: (p) => p.data.published ?? null },
      { name: 'supersedes', description: 'The id of the plan this one replaces.', cy: 'Dynodydd y cynllun y mae hwn yn ei ddisodli.', value: (p) => p.data.supersedes ?? null },
      { name: 'summary', description: 'A summary of the plan.', cy: 'Crynodeb o\'r cynllun.', value: (p) => p.data.summary },
      { name: 'url', description: 'The plan on this site.', cy: 'Y cynllun ar y wefan hon.', value: (p) => url(entryPath('plans', p, content.office)!) },
    ], content.plans, content.plans.map(({ id, data }) => ({ id, ...data }))),
    dataset('plan-pillars', 'Plan pillars and objectives', 'The pillars (priorities) of each plan and their objectives.', [
      { name: 'plan', description: 'The id of the plan.', cy: 'Dynodydd y cynllun.', value: (p) => p.plan },
      { name: 'id', description: 'The pillar\'s id within the plan.', cy: 'Dynodydd y piler o fewn y cynllun.', value: (p) => p.id },
      { name: 'number', description: 'The number the plan gives the pillar.', cy: 'Y rhif y mae\'r cynllun yn ei roi i\'r piler.', value: (p) => p.number ?? null },
      { name: 'title', description: 'The pillar\'s title.', cy: 'Teitl y piler.', value: (p) => p.title },
      { name: 'objectives', description: 'The objectives under the pillar, separated by semicolons.', cy: 'Yr amcanion o dan y piler, wedi\'u gwahanu gan hanner colonau.', value: (p) => list(p.objectives) },
    ], pillars),
    dataset('plan-actions', 'Delivery plan actions', 'The actions of delivery and business plans, with their latest updates.', [
      { name: 'plan', description: 'The id of the plan.', cy: 'Dynodydd y cynllun.', value: (a) => a.plan },
      { name: 'ref', description: 'The action reference as published.', cy: 'Cyfeirnod y cam gweithredu fel y\'i cyhoeddwyd.', value: (a) => a.ref },
      { name: 'theme', description: 'The theme or priority the action sits under.', cy: 'Y thema neu\'r flaenoriaeth y mae\'r cam gweithredu oddi tani.', value: (a) => a.theme },
      { name: 'action', description: 'What is to be done.', cy: 'Beth sydd i\'w wneud.', value: (a) => a.action },
      { name: 'lead', description: 'Who leads the action.', cy: 'Pwy sy\'n arwain y cam gweithredu.', value: (a) => a.lead ?? null },
      { name: 'due', description: 'When it is due: a date or a recurrence such as Quarterly.', cy: 'Pryd mae\'n ddyledus: dyddiad neu amlder megis Quarterly.', value: (a) => a.due ?? null },
      { name: 'status', description: 'Progress, where published.', cy: 'Cynnydd, lle y\'i cyhoeddwyd.', value: (a) => a.status ?? null },
      { name: 'update', description: 'The latest published update.', cy: 'Y diweddariad diweddaraf a gyhoeddwyd.', value: (a) => a.update ?? null },
    ], actions),
  ];
}

const tableUnitsInWelsh: Record<keyof typeof tableUnits, string> = { '£': 'punnoedd', '£000': 'miloedd o bunnoedd', '£m': 'miliynau o bunnoedd' };

/** The name of the CSV for one table of one year's budget: budget-2021-22-funding, or fire-budget-2023-24-funding for a fire budget. */
export function budgetTableName(budget: Pick<BudgetData, 'financialYear' | 'function'>, key: string): string {
  return `${isFireBudget(budget) ? 'fire-' : ''}budget-${financialYearSlug(budget.financialYear)}-${key}`;
}

/** Every published table of a budget, with the key that names its download. */
export function budgetTables(budget: BudgetData): { key: string; table: BudgetTable }[] {
  return [
    ...(budget.funding ? [{ key: 'funding', table: budget.funding }] : []),
    ...(budget.allocation ? [{ key: 'allocation', table: budget.allocation }] : []),
    ...budget.mtfp.map((scenario) => ({ key: `mtfp-${scenario.id}`, table: scenario.table })),
    ...(budget.capital ? [{ key: 'capital-programme', table: budget.capital.programme }, { key: 'capital-financing', table: budget.capital.financing }] : []),
  ];
}

function budgetDatasets(content: PublishedContent, url: (path: string) => string): Dataset[] {
  const years = dataset<BudgetData>('budgets', 'Budgets by year', 'One row per financial year and function (policing, or fire and rescue): status, approval and the Band D precept. The JSON holds every table in full.', [
    { name: 'financialYear', description: 'The financial year, written 2021/22.', cy: 'Y flwyddyn ariannol, wedi\'i hysgrifennu 2021/22.', value: (b) => b.financialYear },
    { name: 'function', description: `${Object.values(entryFunctions).join(' or ')}: a Police, Fire and Crime Commissioner sets a budget and a precept for each.`, cy: `${Object.values(welshFunctions).join(' neu ')}: mae Comisiynydd Heddlu, Tân a Throseddu yn pennu cyllideb a phraesept ar gyfer pob un.`, value: (b) => entryFunctions[b.function ?? 'policing'] },
    { name: 'status', description: `${Object.values(budgetStatuses).join(', ')}.`, cy: `${welshLabels(budgetStatuses, 'budgets.statuses').join(', ')}.`, value: (b) => budgetStatuses[b.status] },
    { name: 'approved', description: 'The date the budget was approved, where known.', cy: 'Y dyddiad y cymeradwywyd y gyllideb, lle mae\'n hysbys.', value: (b) => b.approved ?? null },
    { name: 'bandD', description: 'The Band D precept for the year: the police precept, or the fire and rescue precept for a fire budget.', cy: 'Praesept Band D ar gyfer y flwyddyn: praesept yr heddlu, neu braesept tân ac achub ar gyfer cyllideb dân.', unit: '£ a year', value: (b) => b.precept?.bandD ?? null },
    { name: 'changePercent', description: 'The change in the Band D precept on the previous year, as published.', cy: 'Y newid ym mhraesept Band D o\'r flwyddyn flaenorol, fel y\'i cyhoeddwyd.', unit: '%', value: (b) => b.precept?.changePercent ?? null },
    { name: 'summary', description: 'A summary of the budget.', cy: 'Crynodeb o\'r gyllideb.', value: (b) => b.summary },
    { name: 'url', description: 'The budget on this site.', cy: 'Y gyllideb ar y wefan hon.', value: (b) => url(entryPath('budgets', { id: '', data: b }, content.office)!) },
  ], content.budgets);
  const tables = content.budgets.flatMap((budget) =>
    budgetTables(budget).map(({ key, table }) => ({
      cy: {
        title: `${isFireBudget(budget) ? 'Tân ac achub ' : ''}${budget.financialYear}: ${table.title}`,
        description: `Fel y'i cyhoeddwyd, mewn ${table.unit} (${tableUnitsInWelsh[table.unit]}). Mae ffigurau negatif yn incwm, arbedion neu ddefnydd o gronfeydd wrth gefn. Mae rhesi â sumOf yn gyfansymiau a ddatganwyd o'r rhesi y maent yn eu henwi.`,
      },
      ...dataset(budgetTableName(budget, key), `${isFireBudget(budget) ? 'Fire and rescue ' : ''}${budget.financialYear}: ${table.title}`, `As published, in ${table.unit} (${tableUnits[table.unit]}). Negative figures are income, savings or use of reserves. Rows with sumOf are declared totals of the rows they name.`, [
        { name: 'line', description: 'The line number the published table gives, if any.', cy: 'Rhif y llinell y mae\'r tabl cyhoeddedig yn ei roi, os oes un.', value: (row) => row.line ?? null },
        { name: 'id', description: 'The row\'s id in the table.', cy: 'Dynodydd y rhes yn y tabl.', value: (row) => row.id },
        { name: 'label', description: 'The row label as published.', cy: 'Label y rhes fel y\'i cyhoeddwyd.', value: (row) => row.label },
        ...table.columns.map((column, index): Column<BudgetTable['rows'][number]> => ({ name: column, description: `The figure for ${column}; blank where the table has none.`, cy: `Y ffigur ar gyfer ${column}; yn wag lle nad oes gan y tabl un.`, unit: table.unit, value: (row) => row.values[index] ?? null })),
        { name: 'sumOf', description: 'For a declared total, the ids of the rows it adds up, separated by semicolons.', cy: 'Ar gyfer cyfanswm a ddatganwyd, dynodyddion y rhesi y mae\'n eu hadio, wedi\'u gwahanu gan hanner colonau.', value: (row) => list(row.sumOf) },
        { name: 'note', description: 'A note on the row.', cy: 'Nodyn ar y rhes.', value: (row) => row.note ?? null },
      ], table.rows),
    })),
  );
  return [years, ...tables];
}

function servicesDatasets(content: PublishedContent, url: (path: string) => string): Dataset[] {
  const themes = content.commissioning.flatMap(({ id, data }) => data.themes.map((theme) => ({ statement: id, asOf: data.asOf, ...theme })));
  return [
    dataset('services', 'Commissioned services', 'Services and grants the commissioner pays for.', [
      { name: 'id', description: 'The service\'s identifier on this site.', cy: 'Dynodydd y gwasanaeth ar y wefan hon.', value: (s) => s.id },
      { name: 'service', description: 'The name of the service as published.', cy: 'Enw\'r gwasanaeth fel y\'i cyhoeddwyd.', value: (s) => s.data.service },
      { name: 'provider', description: 'The organisation that provides it.', cy: 'Y sefydliad sy\'n ei ddarparu.', value: (s) => s.data.provider.name },
      { name: 'charityNumber', description: 'The provider\'s registered charity number, where known.', cy: 'Rhif elusen gofrestredig y darparwr, lle mae\'n hysbys.', value: (s) => s.data.provider.charityNumber ?? null },
      { name: 'companyNumber', description: 'The provider\'s company number, where known.', cy: 'Rhif cwmni\'r darparwr, lle mae\'n hysbys.', value: (s) => s.data.provider.companyNumber ?? null },
      { name: 'theme', description: `The theme: ${Object.values(serviceThemes).join('; ')}.`, cy: `Y thema: ${Object.values(serviceThemes).join('; ')}.`, value: (s) => serviceThemes[s.data.theme] },
      { name: 'locations', description: 'Where the service is delivered, separated by semicolons.', cy: 'Ble mae\'r gwasanaeth yn cael ei ddarparu, wedi\'i wahanu gan hanner colonau.', value: (s) => list(s.data.locations) },
      { name: 'areaServed', description: 'The area the service serves, where published.', cy: 'Yr ardal y mae\'r gwasanaeth yn ei gwasanaethu, lle y\'i cyhoeddwyd.', value: (s) => s.data.areaServed ?? null },
      { name: 'amount', description: 'The amount awarded, where published.', cy: 'Y swm a ddyfarnwyd, lle y\'i cyhoeddwyd.', unit: '£', value: (s) => s.data.amount ?? null },
      { name: 'awarded', description: 'The date it was awarded, where published.', cy: 'Y dyddiad y\'i dyfarnwyd, lle y\'i cyhoeddwyd.', value: (s) => s.data.awarded ?? null },
      { name: 'fundingSource', description: 'Where the money comes from.', cy: 'O ble mae\'r arian yn dod.', value: (s) => s.data.fundingSource ?? null },
      { name: 'awardType', description: `${Object.values(awardTypes).join(', ')}.`, cy: `${welshLabels(awardTypes, 'services.awardTypes').join(', ')}.`, value: (s) => (s.data.awardType ? awardTypes[s.data.awardType] : null) },
      { name: 'decision', description: 'The reference of the decision notice that awarded it.', cy: 'Cyfeirnod yr hysbysiad o benderfyniad a\'i dyfarnodd.', value: (s) => s.data.decision ?? null },
      { name: 'themeLabel', description: 'The heading the office listed it under, as published.', cy: 'Y pennawd y rhestrodd y swyddfa ef oddi tano, fel y\'i cyhoeddwyd.', value: (s) => s.data.themeLabel ?? null },
      { name: 'summary', description: 'What the service is, where published.', cy: 'Beth yw\'r gwasanaeth, lle y\'i cyhoeddwyd.', value: (s) => s.data.summary ?? null },
      { name: 'helps', description: 'Who the service helps, where published.', cy: 'Pwy mae\'r gwasanaeth yn ei helpu, lle y\'i cyhoeddwyd.', value: (s) => s.data.helps ?? null },
      { name: 'url', description: 'The service\'s page on this site; empty for a service that is only a row of a list.', cy: 'Tudalen y gwasanaeth ar y wefan hon; yn wag ar gyfer gwasanaeth nad yw ond yn rhes mewn rhestr.', value: (s) => { const path = entryPath('services', s, content.office); return path ? url(path) : null; } },
    ], content.services, content.services.map(({ id, data }) => ({ id, ...data }))),
    dataset('commissioning-themes', 'Commissioning funding by theme', 'Commissioning money by theme, as the office declared it.', [
      { name: 'statement', description: 'The id of the published statement.', cy: 'Dynodydd y datganiad a gyhoeddwyd.', value: (t) => t.statement },
      { name: 'asOf', description: 'When the statement was published, as it says.', cy: 'Pryd y cyhoeddwyd y datganiad, fel y mae\'n dweud.', value: (t) => t.asOf },
      { name: 'theme', description: 'The theme.', cy: 'Y thema.', value: (t) => serviceThemes[t.theme] },
      { name: 'title', description: 'The heading as published.', cy: 'Y pennawd fel y\'i cyhoeddwyd.', value: (t) => t.title },
      { name: 'total', description: 'The declared funding for the theme.', cy: 'Y cyllid a ddatganwyd ar gyfer y thema.', unit: '£', value: (t) => t.total },
    ], themes),
  ];
}

function transparencyDatasets(content: PublishedContent, url: (path: string) => string): Dataset[] {
  return [
    dataset('transparency', 'Transparency items', 'Items published to meet the Specified Information Order.', [
      { name: 'id', description: 'The item\'s identifier on this site.', cy: 'Dynodydd yr eitem ar y wefan hon.', value: (t) => t.id },
      { name: 'title', description: 'The item\'s title.', cy: 'Teitl yr eitem.', value: (t) => t.data.title },
      { name: 'requirements', description: 'The requirements it meets, separated by semicolons.', cy: 'Y gofynion y mae\'n eu bodloni, wedi\'u gwahanu gan hanner colonau.', value: (t) => list(t.data.requirements) },
      { name: 'published', description: 'When it was published or last brought up to date.', cy: 'Pryd y\'i cyhoeddwyd neu y\'i diweddarwyd ddiwethaf.', value: (t) => t.data.published },
      { name: 'summary', description: 'A summary.', cy: 'Crynodeb.', value: (t) => t.data.summary },
      { name: 'url', description: 'The item on this site.', cy: 'Yr eitem ar y wefan hon.', value: (t) => url(entryPath('transparency', t, content.office)!) },
    ], content.transparency, content.transparency.map(({ id, data }) => ({ id, ...data }))),
    dataset('sio-requirements', 'Specified Information Order requirements', 'What the law requires every police and crime commissioner to publish, and how often.', [
      { name: 'id', description: 'The paragraph of the Order\'s Schedule.', cy: 'Paragraff Atodlen y Gorchymyn.', value: (r) => r.id },
      { name: 'title', description: 'A short title.', cy: 'Teitl byr.', value: (r) => r.title },
      { name: 'text', description: 'What must be published.', cy: 'Beth mae\'n rhaid ei gyhoeddi.', value: (r) => r.text },
      { name: 'instrument', description: 'The instrument that made the duty as it stands.', cy: 'Yr offeryn a wnaeth y ddyletswydd fel y mae.', value: (r) => r.instrument },
      { name: 'paragraph', description: 'The paragraph that states the duty.', cy: 'Y paragraff sy\'n datgan y ddyletswydd.', value: (r) => r.paragraph },
      { name: 'inForce', description: 'The day the duty came into force.', cy: 'Y diwrnod y daeth y ddyletswydd i rym.', value: (r) => r.inForce },
      { name: 'legalReference', description: 'Where the requirement is in law.', cy: 'Ble mae\'r gofyniad yn y gyfraith.', value: (r) => r.legalReference },
      { name: 'timing', description: 'How often it must be published.', cy: 'Pa mor aml y mae\'n rhaid ei gyhoeddi.', value: (r) => r.timingText },
      { name: 'prominent', description: 'true when it must be shown prominently on the website.', cy: 'true pan fydd yn rhaid ei ddangos mewn man amlwg ar y wefan.', value: (r) => r.prominent },
    ], content.requirements),
  ];
}

/** Every dataset the site publishes, each as CSV and JSON. */
export function datasets(content: PublishedContent, url: (path: string) => string): Dataset[] {
  return [
    decisionsDataset(content, url),
    ...plansDatasets(content, url),
    ...budgetDatasets(content, url),
    ...servicesDatasets(content, url),
    ...transparencyDatasets(content, url),
    ...Object.entries(content.records).map(([name, entries]) => {
      const view = recordViews[name as RecordCollection];
      return collectionDataset(name as RecordCollection, view.title, view.intro, collections[name as RecordCollection].schema, entries);
    }),
  ];
}

const PROVENANCE_COLUMNS: Column<Provenance>[] = [
  { name: 'publisher', description: 'Who published the data.', cy: 'Pwy a gyhoeddodd y data.', value: (p) => p.publisher },
  { name: 'licence', description: 'The licence the data is published under.', cy: 'Y drwydded y cyhoeddir y data oddi tani.', value: (p) => `${p.licence.name} (${p.licence.url})` },
  { name: 'buildDate', description: 'The date this file was built.', cy: 'Y dyddiad yr adeiladwyd y ffeil hon.', value: (p) => p.buildDate },
];

/** A dataset as CSV: a header row, then one row per record, each carrying the publisher, licence and build date. */
export function toCsv(data: Dataset, provenance: Provenance): string {
  const header = [...data.columns.map((c) => c.name), ...PROVENANCE_COLUMNS.map((c) => c.name)];
  const rows = data.rows.map((row) => [
    ...data.columns.map((column) => column.value(row as never)),
    ...PROVENANCE_COLUMNS.map((column) => column.value(provenance)),
  ]);
  return stringify([header, ...rows], { cast: { boolean: (value) => String(value) } });
}

/**
 * A dataset as JSON: what it is, who published it and under which licence, what each field means, then
 * the records. For an office publishing in Welsh too, the title and descriptions also in Welsh
 * (title_cy, description_cy), where written.
 */
export function toJson(data: Dataset, provenance: Provenance, welsh = false): string {
  const cy = <T extends object>(fields: T) => (welsh ? fields : {});
  return `${JSON.stringify(
    {
      title: data.title,
      ...cy(data.cy ? { title_cy: data.cy.title } : {}),
      description: data.description,
      ...cy(data.cy ? { description_cy: data.cy.description } : {}),
      publisher: provenance.publisher,
      licence: provenance.licence,
      buildDate: provenance.buildDate,
      source: provenance.siteUrl,
      fields: data.columns.map(({ name, description, cy: descriptionCy, unit }) => ({ name, description, ...cy(descriptionCy ? { description_cy: descriptionCy } : {}), ...(unit ? { unit } : {}) })),
      data: data.records,
    },
    null,
    2,
  )}\n`;
}

export const PROVENANCE_FIELDS = PROVENANCE_COLUMNS.map(({ name, description, cy }) => ({ name, description, cy }));

/** The 360Giving identifier of an organisation: its charity or company number where known, else one under the office's prefix. */
function organisationId(provider: ServiceData['provider'], prefix: string): string {
  if (provider.charityNumber) return `GB-CHC-${provider.charityNumber}`;
  if (provider.companyNumber) return `GB-COH-${provider.companyNumber}`;
  return `${prefix}-${slugify(provider.name)}`;
}

/** Services that can be published as 360Giving grants: the standard requires an amount and an award date. */
export function grantableServices(services: PublishedContent['services']) {
  return services.filter(({ data }) => data.amount !== undefined && data.awarded !== undefined);
}

/** Commissioned services as a 360Giving Data Standard package, or null when none has an amount and award date. */
export function to360Giving(content: PublishedContent, provenance: Provenance, url: (path: string) => string): string | null {
  const grants = grantableServices(content.services);
  if (grants.length === 0) return null;
  const { office } = content;
  const prefix = office.identifiers.grantPrefix ?? `360G-${slugify(office.shortName)}`;
  const funder = { id: office.identifiers.organisation ?? `${prefix}-office`, name: office.name };
  return `${JSON.stringify(
    {
      version: '1.4',
      title: `Grants and services commissioned by the ${office.name}`,
      issued: provenance.buildDate,
      publisher: { name: office.name, ...(office.identifiers.organisation ? { identifier: office.identifiers.organisation } : {}), ...(office.contact.website ? { website: office.contact.website } : {}) },
      license: provenance.licence.url,
      grants: grants.map(({ id, data }) => ({
        id: `${prefix}-${id}`,
        title: data.service,
        description: `${data.service}, provided by ${data.provider.name} in ${data.locations.join(', ')} (${serviceThemes[data.theme].toLowerCase()}).`,
        currency: 'GBP',
        amountAwarded: data.amount,
        awardDate: data.awarded,
        recipientOrganization: [{ id: organisationId(data.provider, prefix), name: data.provider.name }],
        fundingOrganization: [funder],
        ...(data.period ? { plannedDates: [{ startDate: financialYearBounds(data.period.from, office.financialYearStart).first, endDate: financialYearBounds(data.period.to, office.financialYearStart).last }] } : {}),
        beneficiaryLocation: data.locations.map((name) => ({ name })),
        grantProgramme: [{ title: data.themeLabel ?? serviceThemes[data.theme] }],
        url: url(entryPath('services', { id, data }, content.office)!),
      })),
    },
    null,
    2,
  )}\n`;
}

type Shape = Record<string, z.ZodType>;

type RecordRow = { id: string; data: Record<string, unknown> };

/** The columns of a collection's CSV, read from its schema: every field holding text, a number or a list of them. */
function schemaColumns(collection: RecordCollection, schema: z.ZodType): Column<RecordRow>[] {
  const fields = fieldsOf(schema) as Shape;
  // Groups of fields, alone or in a list, are left to the JSON; the note to editors is never published.
  const simple = Object.entries(fields).filter(([name, field]) => name !== 'source' && name !== 'editorsNote' && !fieldsOf(elementOf(field) ?? field));
  return [
    { name: 'id', description: 'The entry\'s identifier on this site.', cy: 'Dynodydd y cofnod ar y wefan hon.', value: (entry) => entry.id },
    ...simple.map(([name, field]): Column<RecordRow> => ({
      name,
      description: field.description ?? unwrap(field).description ?? name,
      cy: recordFieldInWelsh(collection, name),
      value: (entry) => {
        const value = entry.data[name];
        if (Array.isArray(value)) return list(value.map(String));
        return value === undefined ? null : (value as Cell);
      },
    })),
  ];
}

const foiOf = (row: RecordRow) => row.data as unknown as FoiData;
const foiClockOf = (row: RecordRow) => foiClock(foiOf(row));

/** Columns a collection's CSV adds to its schema's: groups of fields worth a column each, and figures worked out from them. */
const derivedColumns: Partial<Record<RecordCollection, Column<RecordRow>[]>> = {
  foi: [
    { name: 'clarificationAsked', description: 'The date the office asked the requester to clarify the request, where it did.', cy: 'Y dyddiad y gofynnodd y swyddfa i\'r ceisydd egluro\'r cais, lle gwnaeth hynny.', value: (row) => foiOf(row).clarification?.asked ?? null },
    { name: 'clarificationAnswered', description: 'The date the clarification was received; the 20 working days start again from it.', cy: 'Y dyddiad y cafwyd yr eglurhad; mae\'r 20 diwrnod gwaith yn dechrau eto ohono.', value: (row) => foiOf(row).clarification?.answered ?? null },
    { name: 'extensionNotified', description: 'The date the office said it needed more time to consider the public interest, where it did.', cy: 'Y dyddiad y dywedodd y swyddfa fod angen mwy o amser arni i ystyried budd y cyhoedd, lle gwnaeth hynny.', value: (row) => foiOf(row).publicInterestExtension?.notified ?? null },
    { name: 'extendedTo', description: 'The date the office said it would respond by after that extension.', cy: 'Y dyddiad y dywedodd y swyddfa y byddai\'n ymateb erbyn hynny ar ôl yr estyniad hwnnw.', value: (row) => foiOf(row).publicInterestExtension?.extendedTo ?? null },
    { name: 'clockFrom', description: 'The day the Act\'s clock counts from: receipt, the clarification\'s arrival, or the date on the request when receipt is not recorded.', cy: 'Y diwrnod y mae cloc y Ddeddf yn cyfrif ohono: ei dderbyn, dyfodiad yr eglurhad, neu\'r dyddiad ar y cais pan na chofnodwyd ei dderbyn.', value: (row) => foiClockOf(row).countedFrom },
    { name: 'due', description: `The date the response was due: the ${FOI_WORKING_DAYS}th working day after clockFrom, or the date of a public interest extension given in time.`, cy: `Y dyddiad yr oedd yr ymateb yn ddyledus: y ${FOI_WORKING_DAYS}fed diwrnod gwaith ar ôl clockFrom, neu ddyddiad estyniad budd y cyhoedd a roddwyd mewn pryd.`, value: (row) => foiClockOf(row).due },
    { name: 'workingDaysTaken', description: 'Working days from clockFrom to the response (bank holidays in England and Wales excluded).', cy: 'Diwrnodau gwaith o clockFrom hyd at yr ymateb (heb gynnwys gwyliau banc yng Nghymru a Lloegr).', unit: 'working days', value: (row) => foiClockOf(row).workingDaysTaken },
    { name: 'workingDaysLate', description: 'Working days after the due date that the response came; 0 when on time.', cy: 'Diwrnodau gwaith ar ôl y dyddiad dyledus y daeth yr ymateb; 0 pan oedd mewn pryd.', unit: 'working days', value: (row) => foiClockOf(row).workingDaysLate },
  ],
};

/** The downloads' descriptions in Welsh, as the register's pages word them (the office holder named as its kind names it). */
const WELSH = languageTools({ code: 'cy', tag: 'cy-GB', isDefault: false });

/** A dataset for one of the register's collections, its columns taken from the schema; the JSON keeps every field. */
function collectionDataset(name: RecordCollection, title: string, description: string, schema: z.ZodType, entries: { id: string; data: object }[]): Dataset {
  const rows: RecordRow[] = entries.map(({ id, data }) => ({ id, data: data as Record<string, unknown> }));
  const columns = [...schemaColumns(name, schema), ...(derivedColumns[name] ?? [])];
  const inWelsh = recordViewsIn(WELSH)[name];
  const inWelshToo = { title: inWelsh.title, description: `${inWelsh.intro} Mae rhestrau o grwpiau o feysydd (megis cwestiynau ac atebion) yn y JSON yn unig.` };
  return dataset(name, title, `${description} Lists of groups of fields (such as questions and answers) are in the JSON only.`, columns, rows, entries.map(({ id, data }) => ({ id, ...data })), inWelshToo);
}
