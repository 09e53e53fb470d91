// Monthly spending files as a finance system exports them, for the bench and the tests: the columns
// of the default mapping, dates written DD/MM/YYYY, amounts with £ signs and thousands grouped, a
// few credits in brackets and a few rows redacted with a reason.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { random } from './synthetic-office.ts';

const EXPENSE_TYPES = [
  'Vehicle fuel', 'Vehicle repairs and maintenance', 'Vehicle purchase', 'Computer hardware', 'Software licences', 'Telephony and airwave',
  'Rent', 'Rates', 'Electricity', 'Gas', 'Water', 'Cleaning', 'Building repairs and maintenance', 'Forensic services', 'Custody medical services',
  'Interpreters', 'Legal fees', 'Consultancy', 'Training courses', 'Uniforms and protective clothing', 'Police equipment', 'Catering',
  'Insurance', 'Grants to voluntary organisations', 'Agency staff', 'Postage and courier', 'Printing and stationery', 'Travel and subsistence',
  'Kennelling and veterinary fees', 'Helicopter services', 'Collaboration contributions', 'Audit fees',
];
const SERVICE_AREAS = ['Local policing', 'Operational support', 'Crime and justice', 'Estates', 'Fleet', 'Information technology', 'Corporate services', 'Office of the PCC', 'Commissioning'];
const BODIES = ['Chief Constable', 'Chief Constable', 'Chief Constable', 'Police and Crime Commissioner'];
const WORDS = ['Anglian', 'Northern', 'Eastern', 'County', 'Regional', 'Premier', 'Allied', 'Crown', 'Harbour', 'Beacon', 'Castle', 'Meridian', 'Summit', 'Oak', 'Willow', 'Kingfisher', 'Phoenix', 'Falcon', 'Granite', 'Riverside', 'Broadland', 'Fenland', 'Coastal', 'Central', 'Apex'];
const TRADES = ['Fuels', 'Motors', 'Systems', 'Solutions', 'Security', 'Facilities', 'Forensics', 'Consulting', 'Supplies', 'Services', 'Technology', 'Property', 'Medical', 'Training', 'Communications', 'Catering', 'Legal'];
const FORMS = ['Ltd', 'Limited', 'PLC', 'LLP', '& Co', 'Group Ltd', 'UK Ltd', 'Council', 'Trust'];

export interface SyntheticSpending {
  months: number;
  rowsPerMonth: number;
  /** The first month, YYYY-MM: by default January 2016, so that ten years of months end before the bench's build date. */
  from?: string;
  /** How many distinct suppliers to draw from. */
  suppliers?: number;
  seed?: number;
}

/** The month `offset` months after `from` (YYYY-MM). */
function monthAfter(from: string, offset: number): string {
  const [year, month] = from.split('-').map(Number) as [number, number];
  const index = year * 12 + month - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const grouped = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * Writes spending/YYYY-MM.csv files into an office folder. Suppliers are drawn so that a few are paid
 * often and most rarely, as in a real ledger; about 1 row in 100 is an individual's, redacted with a
 * reason, and about 1 in 50 a credit. Returns the files' months.
 */
export function writeSyntheticSpending(office: string, { months, rowsPerMonth, from = '2016-01', suppliers = 1500, seed = 2024 }: SyntheticSpending): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const names = new Set<string>();
  while (names.size < suppliers) names.add(`${pick(WORDS)} ${pick(WORDS)} ${pick(TRADES)} ${pick(FORMS)}`);
  const supplierNames = [...names];
  // Each supplier keeps the few expense types it is paid for.
  const typesOf = supplierNames.map(() => [pick(EXPENSE_TYPES), pick(EXPENSE_TYPES)]);
  const folder = join(office, 'spending');
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  let transaction = 400_000;
  for (let m = 0; m < months; m++) {
    const month = monthAfter(from, m);
    const [year, monthNumber] = month.split('-');
    const days = new Date(Date.UTC(Number(year), Number(monthNumber), 0)).getUTCDate();
    const rows: string[][] = [['Body Name', 'Date', 'Transaction Number', 'Supplier Name', 'Expense Type', 'Service Area', 'Amount', 'Redacted']];
    for (let r = 0; r < rowsPerMonth; r++) {
      // Squaring a uniform draw favours the first suppliers: a long tail of rarely paid ones.
      const supplier = Math.floor(next() ** 2.5 * supplierNames.length);
      const redacted = next() < 0.01;
      const credit = next() < 0.02;
      const pence = Math.round(50_000 * Math.exp(next() * 5));
      const amount = `${credit ? '(' : ''}£${grouped.format(pence / 100)}${credit ? ')' : ''}`;
      const day = String(1 + Math.floor(next() * days)).padStart(2, '0');
      rows.push([
        pick(BODIES), `${day}/${monthNumber}/${year}`, String(transaction++),
        redacted ? `Person ${r}` : supplierNames[supplier]!, redacted ? pick(['Interpreters', 'Legal fees', 'Travel and subsistence']) : pick(typesOf[supplier]!),
        pick(SERVICE_AREAS), amount, redacted ? 'Personal data' : '',
      ]);
    }
    writeFileSync(join(folder, `${month}.csv`), stringify(rows, { record_delimiter: 'windows' }));
    written.push(month);
  }
  return written;
}
