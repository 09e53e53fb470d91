import { describe, expect, it } from 'vitest';
import { checkOffice } from '../../src/domain/check/index.ts';
import { formatText } from '../../src/domain/check/problems.ts';
import { NORFOLK, NOTTINGHAMSHIRE } from '../helpers/office.ts';

describe.each([NORFOLK, NOTTINGHAMSHIRE])('the sample office in %s', (dir) => {
  const result = checkOffice(dir);

  it('passes the check with no errors and no warnings', () => {
    expect(formatText(result.problems, result.filesChecked)).toMatch(/^0 errors, 0 warnings, \d+ files checked$/);
  });
});

describe('the Norfolk sample content', () => {
  const { entries } = checkOffice(NORFOLK);
  const of = (collection: string) => entries.filter((entry) => entry.file.collection === collection);

  it('holds the 2022-24 plan with its six pillars', () => {
    const plan = of('plans').find((entry) => entry.file.id === 'police-crime-and-community-safety-plan-2022-24');
    expect((plan!.data as { pillars: unknown[] }).pillars).toHaveLength(6);
  });

  it('holds all 56 Annex F services: 7, 21, 13 and 15 by theme', () => {
    const services = of('services').map((entry) => entry.data as { theme: string });
    const count = (theme: string) => services.filter((service) => service.theme === theme).length;
    expect(services).toHaveLength(56);
    expect([count('community-safety'), count('victims-and-witnesses'), count('mental-health-drugs-and-alcohol'), count('reducing-reoffending')]).toEqual([7, 21, 13, 15]);
  });

  it('holds the five declared commissioning theme totals', () => {
    const [statement] = of('commissioning').map((entry) => entry.data as { themes: { total: number }[] });
    expect(statement!.themes.map((theme) => theme.total)).toEqual([571326, 736248, 350979, 260887, 552891]);
  });

  it('holds decision 41/2020 and at least three budget years', () => {
    expect(of('decisions').map((entry) => (entry.data as { reference: string }).reference)).toContain('41/2020');
    expect(of('budgets').map((entry) => (entry.data as { financialYear: string }).financialYear).sort()).toEqual(['2015/16', '2016/17', '2021/22']);
  });

  it('publishes none of the drafting errors found in the seeds', () => {
    const published = entries.map((entry) => entry.file.text).join('\n');
    for (const hazard of ['Delete as appropriate', 'Branding and imagery to be added', '\nMe.\n', 'before we go to final publication']) {
      expect(published).not.toContain(hazard);
    }
  });
});
