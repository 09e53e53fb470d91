import { describe, expect, it } from 'vitest';
import { entryPath } from '../../src/domain/addresses.ts';
import { headingMapping, serviceHasPage, themeMoney } from '../../src/domain/services.ts';
import type { ServiceData } from '../../src/domain/schemas/services.ts';

const office = { decisionReference: { pattern: '.+', example: '003', restarts: 'never' }, financialYearStart: { month: 4, day: 1 } } as Parameters<typeof entryPath>[2];
const row = { service: 'Court support volunteers', provider: { name: 'Example Witness Friends' }, theme: 'victims-and-witnesses', themeLabel: 'Help after crime', locations: ['Exampletown'], areaServed: 'Exampleshire', listing: { title: 'Services we fund', position: 2 } } as ServiceData;

describe('which services have a page of their own', () => {
  it('gives none to a service whose record is only its row in a list, and has no address for it', () => {
    expect(serviceHasPage(row)).toBe(false);
    expect(entryPath('services', { id: 'court-support-volunteers', data: row }, office)).toBeUndefined();
  });

  it.each([
    ['what it is', { summary: 'Volunteers who go with witnesses to court.' }],
    ['who it helps', { helps: 'Witnesses' }],
    ['how to get help', { howToGetHelp: 'Ring the court.' }],
    ['its money', { amount: 1000 }],
    ['the decision that awarded it', { decision: '2013-14-003' }],
    ['the provider’s charity number', { provider: { name: 'Example Witness Friends', charityNumber: '1099999' } }],
  ])('gives one to a service whose record says %s', (_, more) => {
    const service = { ...row, ...more } as ServiceData;
    expect(serviceHasPage(service)).toBe(true);
    expect(entryPath('services', { id: 'court-support-volunteers', data: service }, office)).toBe('services/court-support-volunteers/');
  });
});

describe('money matched to services by theme', () => {
  const statement = {
    themes: [
      { theme: 'victims-and-witnesses', title: 'Supporting Victims and Witnesses', total: 571326 },
      { theme: 'victims-and-witnesses', title: 'Domestic Abuse and Sexual Violence', total: 736248 },
      { theme: 'children-and-young-people', title: 'Children and Young People Fund', total: 552891 },
    ],
  } as Parameters<typeof themeMoney>[0];
  const services = [
    { theme: 'victims-and-witnesses', themeLabel: "Victim's Services", amount: 185000 },
    { theme: 'victims-and-witnesses', themeLabel: "Victim's Services", amount: 20000.5 },
    { theme: 'community-safety', themeLabel: 'Community Safety' },
  ] as Pick<ServiceData, 'theme' | 'themeLabel' | 'amount'>[];

  it('adds up the headings matched to one theme and counts the services listed under it', () => {
    expect(themeMoney(statement, services)).toEqual([
      {
        theme: 'victims-and-witnesses', label: 'Victims and witnesses', total: 1307574, services: 2, listHeadings: ["Victim's Services"], awarded: 205000.5,
        headings: [{ title: 'Supporting Victims and Witnesses', total: 571326, summary: undefined }, { title: 'Domestic Abuse and Sexual Violence', total: 736248, summary: undefined }],
      },
      { theme: 'community-safety', label: 'Community safety', total: undefined, services: 1, listHeadings: ['Community Safety'], headings: [], awarded: undefined },
      { theme: 'children-and-young-people', label: 'Children and young people', total: 552891, services: 0, listHeadings: [], awarded: undefined, headings: [{ title: 'Children and Young People Fund', total: 552891, summary: undefined }] },
    ]);
  });

  it("with no statement, still groups the services by theme, with no money of the statement's but the sum of the awards listed", () => {
    expect(themeMoney(undefined, services).map(({ theme, total, services: count, awarded }) => [theme, total, count, awarded])).toEqual([['victims-and-witnesses', undefined, 2, 205000.5], ['community-safety', undefined, 1, undefined]]);
  });

  it('publishes each heading once, with the theme it is matched to', () => {
    expect(headingMapping(statement, services)).toEqual([
      { heading: 'Supporting Victims and Witnesses', use: 'money', theme: 'victims-and-witnesses', label: 'Victims and witnesses' },
      { heading: 'Domestic Abuse and Sexual Violence', use: 'money', theme: 'victims-and-witnesses', label: 'Victims and witnesses' },
      { heading: 'Children and Young People Fund', use: 'money', theme: 'children-and-young-people', label: 'Children and young people' },
      { heading: "Victim's Services", use: 'list', theme: 'victims-and-witnesses', label: 'Victims and witnesses' },
      { heading: 'Community Safety', use: 'list', theme: 'community-safety', label: 'Community safety' },
    ]);
  });
});
