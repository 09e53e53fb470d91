import type { BudgetData } from '../../src/domain/schemas/budgets.ts';
import type { DecisionData } from '../../src/domain/schemas/decisions.ts';
import type { PlanData } from '../../src/domain/schemas/plans.ts';
import type { CommissioningData, ServiceData } from '../../src/domain/schemas/services.ts';
import type { TransparencyData } from '../../src/domain/schemas/transparency.ts';
import { checkOffice } from '../../src/domain/check/index.ts';
import { withoutEditorsNote } from '../../src/domain/schemas/common.ts';
import type { PublishedContent } from '../../src/site/lib/open-data.ts';
import { requirements } from '../../src/domain/requirements.ts';
import { recordViews } from '../../src/site/lib/record-views.ts';

/** What an office publishes, read independently of the site build: from the check's validated entries. */
export function contentFromCheck(dir: string): PublishedContent {
  const { office, entries } = checkOffice(dir);
  const isPublic = (data: unknown) => (data as { status?: string }).status !== 'draft';
  const of = <T>(collection: string) => entries.filter((e) => e.file.collection === collection && isPublic(e.data)).map((e) => ({ id: e.file.id, data: withoutEditorsNote(e.data as object) as T }));
  return {
    office: office!,
    decisions: of<DecisionData>('decisions').map((e) => e.data),
    plans: of<PlanData>('plans'),
    budgets: of<BudgetData>('budgets').map((e) => e.data),
    services: of<ServiceData>('services'),
    commissioning: of<CommissioningData>('commissioning'),
    transparency: of<TransparencyData>('transparency'),
    requirements,
    records: Object.fromEntries(Object.keys(recordViews).map((name) => [name, of<object>(name)])),
  };
}
