import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetSchema } from '../../src/domain/schemas/budgets.ts';
import { dateAsKnown, financialYear, isoDate, isoDateOrMonth, money } from '../../src/domain/schemas/common.ts';
import { decisionSchema } from '../../src/domain/schemas/decisions.ts';
import { officeSchema } from '../../src/domain/schemas/office.ts';
import { planSchema } from '../../src/domain/schemas/plans.ts';
import { commissioningSchema, serviceSchema } from '../../src/domain/schemas/services.ts';
import { requirementSchema, transparencySchema } from '../../src/domain/schemas/transparency.ts';

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const decision = {
  reference: '41/2020',
  title: 'The Norfolk Community Safety Partnership (NCSP)',
  date: '2020-11-09',
  decisionMaker: 'pcc',
  originator: 'Chief Executive',
  summary: 'A summary.',
  recommendation: 'Approve the memorandum.',
  outcome: 'approved',
};

describe('shared field types', () => {
  it('accepts real calendar dates as strings or YAML dates, and normalises them', () => {
    expect(isoDate.parse('2024-02-29')).toBe('2024-02-29');
    expect(isoDate.parse(new Date('2020-11-09T00:00:00Z'))).toBe('2020-11-09');
  });

  it('rejects impossible and wrongly written dates, saying what it found', () => {
    expect(messages(isoDate.safeParse('2023-02-29'))).toEqual([': expected a date like 2020-11-09, found "2023-02-29", but February 2023 has 28 days']);
    expect(messages(isoDate.safeParse('9th Nov 2020'))).toEqual([': expected a date like 2020-11-09, found "9th Nov 2020"']);
    expect(isoDate.safeParse('09/11/2020').success).toBe(false);
    expect(messages(isoDate.safeParse('2024-13-01'))).toEqual([': expected a date like 2020-11-09, found "2024-13-01", which has no month 13']);
    expect(messages(dateAsKnown.safeParse('2024-06-31'))[0]).toMatch(/found "2024-06-31", but June 2024 has 30 days$/);
    expect(messages(isoDateOrMonth.safeParse('2024-02-30'))[0]).toMatch(/found "2024-02-30", but February 2024 has 29 days$/);
  });

  it('accepts financial years written 2021/22 only when the years follow on', () => {
    expect(financialYear.parse('2021/22')).toBe('2021/22');
    expect(financialYear.parse('1999/00')).toBe('1999/00');
    for (const wrong of ['2021/23', '2021-22', '21/22', '2021/2022']) expect(financialYear.safeParse(wrong).success).toBe(false);
  });

  it('accepts money with at most two decimal places and never negative', () => {
    expect(money.parse(278.01)).toBe(278.01);
    expect(money.parse(0)).toBe(0);
    expect(money.safeParse(1.005).success).toBe(false);
    expect(money.safeParse(-1).success).toBe(false);
  });
});

describe('decision schema', () => {
  it('accepts a minimal notice and fills its defaults', () => {
    const parsed = decisionSchema.parse(decision);
    expect(parsed).toMatchObject({ restricted: false, status: 'published', pillars: [], approvals: [], attachments: [] });
  });

  it('rejects fields it does not know, so a misspelt optional field is never silently dropped', () => {
    expect(messages(decisionSchema.safeParse({ ...decision, restrictionReasn: 'x' }))).toEqual([': Unrecognized key: "restrictionReasn"']);
  });

  it('records the day a web source was read, as a real date', () => {
    const source = { title: 'Decision log', url: 'https://www.example.gov.uk/decisions' };
    expect(decisionSchema.parse({ ...decision, source: { ...source, accessed: new Date('2026-12-02T00:00:00Z') } }).source).toEqual({ ...source, accessed: '2026-12-02' });
    expect(messages(decisionSchema.safeParse({ ...decision, source: { ...source, accessed: '2026-02-30' } }))).toEqual(['source.accessed: expected a date like 2020-11-09, found "2026-02-30", but February 2026 has 28 days']);
  });

  it('rejects unknown decision makers and outcomes, and pence beyond two places', () => {
    expect(decisionSchema.safeParse({ ...decision, decisionMaker: 'pcc-deputy' }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...decision, outcome: 'agreed' }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...decision, amount: 10.999 }).success).toBe(false);
  });

  it('rejects checklist questions it does not know and pillar links in the wrong form', () => {
    expect(decisionSchema.safeParse({ ...decision, checklist: { legalAdvice: true, legalAdvise: true } }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...decision, pillars: ['support-victims'] }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...decision, pillars: ['plan-2022-24#support-victims'] }).success).toBe(true);
  });
});

describe('plan schema', () => {
  const plan = { title: 'Plan', kind: 'police-and-crime-plan', period: { from: '2022/23', to: '2024/25' }, status: 'published', summary: 'S.' };

  it('accepts pillars with objectives and delivery-plan actions with recurrences', () => {
    const parsed = planSchema.parse({
      ...plan,
      pillars: [{ id: 'support-victims', number: 5, title: 'Support Victims', objectives: ['Improve'] }],
      actions: [{ ref: 'T3-C01', theme: 'Theme', action: 'Do', due: 'Quarterly' }, { ref: 'T3-C02', theme: 'Theme', action: 'Do', due: '2015-03-31' }],
    });
    expect(parsed.actions.map((a) => a.due)).toEqual(['Quarterly', '2015-03-31']);
  });

  it('rejects an unknown kind and a pillar id that cannot be a URL fragment', () => {
    expect(planSchema.safeParse({ ...plan, kind: 'strategy' }).success).toBe(false);
    expect(planSchema.safeParse({ ...plan, pillars: [{ id: 'Support Victims', title: 'x' }] }).success).toBe(false);
  });
});

describe('budget schema', () => {
  const table = { title: 'Funding', unit: '£m', columns: ['2021/22'], rows: [{ id: 'grant', label: 'Home Office grant', values: [100.2] }] };

  it('accepts a year with its tables and defaults the tolerance to exact', () => {
    const parsed = budgetSchema.parse({ financialYear: '2021/22', status: 'approved', summary: 'S.', funding: table });
    expect(parsed.funding!.tolerance).toBe(0);
    expect(parsed.mtfp).toEqual([]);
  });

  it('rejects an unstated or unknown unit and a wrongly written year', () => {
    const { unit: _unit, ...withoutUnit } = table;
    expect(budgetSchema.safeParse({ financialYear: '2021/22', status: 'approved', summary: 'S.', funding: withoutUnit }).success).toBe(false);
    expect(budgetSchema.safeParse({ financialYear: '2021/22', status: 'approved', summary: 'S.', funding: { ...table, unit: '£k' } }).success).toBe(false);
    expect(budgetSchema.safeParse({ financialYear: '2021-22', status: 'approved', summary: 'S.' }).success).toBe(false);
  });
});

describe('services and commissioning schemas', () => {
  const service = { service: 'Restorative Justice Hub', provider: { name: 'Victim Support' }, theme: 'victims-and-witnesses', locations: ['Norfolk'] };

  it('accepts a listed service and rejects one with no location or a bad charity number', () => {
    expect(serviceSchema.safeParse(service).success).toBe(true);
    expect(serviceSchema.safeParse({ ...service, locations: [] }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...service, provider: { name: 'X', charityNumber: 'abc' } }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...service, theme: 'victims' }).success).toBe(false);
  });

  it('accepts declared theme totals and rejects negative ones', () => {
    const statement = { title: 'Annex F', asOf: 'April 2016', themes: [{ theme: 'victims-and-witnesses', title: 'Supporting Victims and Witnesses', total: 571326 }] };
    expect(commissioningSchema.safeParse(statement).success).toBe(true);
    expect(commissioningSchema.safeParse({ ...statement, themes: [{ ...statement.themes[0], total: -1 }] }).success).toBe(false);
  });
});

describe('transparency schemas', () => {
  it('accepts requirements with each kind of timing rule, giving event-based rules a window, and needs the day each came into force', () => {
    const requirement = { id: 's55', title: 'T', text: 'T', instrument: 'Policing and Crime Act 2017, s37', paragraph: 'Police Act 1996, s55(5A)', inForce: '2017-05-02', legalReference: 'Police Act 1996 s55', timingText: 'Within 56 days' };
    expect(requirementSchema.safeParse({ ...requirement, timing: { kind: 'within-days-of-event', days: 56, event: 'publication' } }).success).toBe(true);
    expect(requirementSchema.safeParse({ ...requirement, timing: { kind: 'fortnightly' } }).success).toBe(false);
    expect(requirementSchema.safeParse({ ...requirement, timing: { kind: 'within-days-of-event', days: 56, event: 'publication' } }).data?.timing).toMatchObject({ windowMonths: 12 });
    expect(requirementSchema.safeParse({ ...requirement, inForce: undefined, timing: { kind: 'keep-current' } }).success).toBe(false);
    expect(requirementSchema.safeParse({ ...requirement, inForce: '2017-02-30', timing: { kind: 'keep-current' } }).success).toBe(false);
  });

  it('needs at least one requirement and a publication date on an item', () => {
    expect(transparencySchema.safeParse({ title: 'T', requirements: [], published: '2021-01-01', summary: 'S' }).success).toBe(false);
    expect(transparencySchema.safeParse({ title: 'T', requirements: ['8'], summary: 'S' }).success).toBe(false);
    expect(transparencySchema.safeParse({ title: 'T', requirements: ['8'], published: '2021-01-01', summary: 'S' }).success).toBe(true);
  });
});

describe('office schema', () => {
  const office = {
    name: 'Office of the Police and Crime Commissioner for Norfolk',
    shortName: 'OPCCN',
    policeArea: 'Norfolk',
    force: 'Norfolk Constabulary',
    commissioner: { name: 'Giles Orpen-Smellie' },
    contact: { website: 'https://www.norfolk-pcc.gov.uk' },
    decisionReference: { pattern: '^\\d{1,3}/\\d{4}$', example: '41/2020' },
    description: 'What the commissioner does.',
  };

  it('fills in the financial year, language and licence defaults', () => {
    expect(officeSchema.parse(office)).toMatchObject({
      financialYearStart: { month: 4, day: 1 },
      language: 'en-GB',
      licence: { name: 'Open Government Licence v3.0' },
    });
  });

  it('needs at least one way to contact the office', () => {
    expect(messages(officeSchema.safeParse({ ...office, contact: {} }))).toEqual([
      'contact: expected at least one way to contact the office: an address, phone, email or website',
    ]);
  });
});

describe("an office's appearance", () => {
  const office = JSON.parse(readFileSync('tests/fixtures/offices/exampleshire/office.json', 'utf8')) as Record<string, unknown>;
  const withColour = (brandColour: string) => officeSchema.safeParse({ ...office, appearance: { brandColour } });

  it('takes a brand colour dark enough for the header\'s white text, and refuses a light one with its contrast ratio', () => {
    expect(withColour('#767676').success).toBe(true);
    expect(withColour('#777777').error?.issues[0]?.message).toBe("the header's white text would have a contrast ratio of 4.48:1 on #777777, below the 4.5:1 WCAG 2.2 requires (1.4.3): choose a darker colour");
    expect(withColour('navy').error?.issues[0]?.message).toBe('expected a colour written #rrggbb, like #1d3f6e');
  });
});
