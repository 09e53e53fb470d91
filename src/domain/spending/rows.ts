// One monthly file of spending or grants, read row by row as its finance system exported it. Every
// row either becomes a payment or a problem that names the file, the line, the column (as headed in
// the file), what was expected and what was found: no row is passed over without a word.
import { parse, CsvError } from 'csv-parse/sync';
import type { Problem } from '../check/problems.ts';
import type { IsoDate } from '../schemas/common.ts';
import type { SpendingMapping } from '../schemas/spending.ts';
import { formatDate } from '../dates.ts';
import { describeDateFormat, parsePence, parseSpendingDate } from './values.ts';

export type MonthlyKind = 'spending' | 'grants';

/** What every row of either kind has: when, who, how much, and where it is in its file. */
interface PaymentBase {
  date: IsoDate;
  /** Who was paid; null when the row is marked redacted. */
  payee: string | null;
  /** Why the payee is withheld ("personal data"), when the row is marked redacted. */
  redaction?: string;
  pence: number;
  /** The line of the file the row starts on. */
  line: number;
}

export interface SpendingRow extends PaymentBase {
  expenseType: string;
  serviceArea?: string;
  transaction?: string;
  body?: string;
}

export interface GrantRow extends PaymentBase {
  purpose: string;
  conditions: string;
  reasons: string;
}

export type MonthlyRow<K extends MonthlyKind> = K extends 'spending' ? SpendingRow : GrantRow;

/** A monthly file as read: its month, its rows, and what is wrong with it. */
export interface ParsedMonth<K extends MonthlyKind> {
  month: string;
  rows: MonthlyRow<K>[];
  problems: Problem[];
}

/** The most problems one file reports row by row; the rest are counted in one more, so that a whole file written wrongly reads as one mistake, not 2,000. */
export const MOST_ROW_PROBLEMS = 50;

interface ColumnRule {
  key: string;
  required: boolean;
}

const COLUMNS: Record<MonthlyKind, ColumnRule[]> = {
  spending: [
    { key: 'date', required: true }, { key: 'supplier', required: true }, { key: 'amount', required: true }, { key: 'expenseType', required: true },
    { key: 'serviceArea', required: false }, { key: 'transaction', required: false }, { key: 'body', required: false }, { key: 'redacted', required: false },
  ],
  grants: [
    { key: 'date', required: true }, { key: 'recipient', required: true }, { key: 'amount', required: true }, { key: 'purpose', required: true },
    { key: 'conditions', required: true }, { key: 'reasons', required: true }, { key: 'redacted', required: false },
  ],
};

const normalHeader = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A supplier written "Redacted: personal data", "REDACTED - personal data" or "Redacted (personal
 * data)": an explicit mark, with its reason (the first or second group) if it gives one. "Redacted"
 * must be the whole cell or be followed by one of those marks, or by the whole of a reason in the words
 * exports use ("REDACTED PERSONAL DATA", "Redacted commercial confidentiality"), so that a supplier
 * whose name starts with the word ("Redacted Data Ltd", "Redacted Security Services Ltd") is named.
 */
const REDACTED_CELL = /^redacted\s*(?:[:\-–—]\s*(.*?)|\(\s*(.*?)\s*\)?|\s(personal(?: data| information)?|commercial(?:ly)?(?: (?:sensitive|confidential|confidentiality|in confidence|sensitivity))?|confidential|sensitive|data protection|gdpr|security|third[\s-]party(?: data| information)?))?\s*$/i;
/** Abbreviations a reason keeps in capitals when the rest of it is put in lower case. */
const ABBREVIATIONS = new Set(['GDPR', 'DPA', 'FOI', 'FOIA', 'UK', 'NHS', 'HMRC']);
/** The reason a redaction mark gives; one written in capitals, as exports write them, in lower case but for its abbreviations. */
const cellReason = (match: RegExpExecArray) => {
  const reason = match[1] ?? match[2] ?? match[3] ?? '';
  return reason === reason.toUpperCase() ? reason.replace(/[A-Z]+/g, (word) => (ABBREVIATIONS.has(word) ? word : word.toLowerCase())) : reason;
};
/** Marks that say a row is redacted without saying why. */
const BARE_MARK = /^(?:y|yes|true|x|1|redacted|withheld)$/i;
/** What exports write in the redaction column of a row that is not redacted, often on every row. */
const NOT_REDACTED = /^(?:n|no|false|0|-|n\/?a|none|nil|not redacted)$/i;
/** A cell that says its row is a total of the rows above it, as spreadsheets end a month: "Total", "TOTAL:", "Grand total", "Sub-total". */
const TOTAL_CELL = /^(?:grand\s+|sub[\s-]?)?totals?\s*:?$/i;
/** A cell that begins as a total's does ("Total for November 2026", "Grand total spend"): a total only in a row without a date. */
const TOTAL_WORDS = /^(?:grand\s+|sub[\s-]?)?totals?\b/i;
/** How many lines below the first a file's headings are looked for, when the first line is not them. */
const HEADINGS_LOOKED_FOR = 10;

/** Reads the text of one monthly file (its path as shown in messages, and its month from its name). */
export function parseMonthFile<K extends MonthlyKind>(kind: K, file: string, month: string, text: string, mapping: SpendingMapping): ParsedMonth<K> {
  const headers = (kind === 'spending' ? mapping.columns : mapping.grantColumns) as Record<string, string>;
  const mappingField = kind === 'spending' ? 'spending.columns' : 'spending.grantColumns';
  const problems: Problem[] = [];
  const report = (line: number, field: string, message: string, severity: Problem['severity'] = 'error') => void problems.push({ severity, file, line, field, rule: 'spending', message });
  /** What one row of the file is, in the messages. */
  const item = kind === 'spending' ? 'payment' : 'grant';

  // Parsed as bytes, for the offset where each record ends: csv-parse's own line count takes a line
  // break written \r\n inside a quoted cell for two.
  // Excel in much of Europe, and some finance systems, separate cells with semicolons: the headings then hold none of the commas that separate cells.
  const headings = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
  const separator = headings.includes(',') ? undefined : [['semicolons', ';'], ['tabs', '\t']].find(([, mark]) => headings.split(mark!).length > 2)?.[0];
  if (separator) {
    report(1, '', `the cells are separated by ${separator}, not commas: export it again as CSV with commas (in Excel, "CSV UTF-8 (Comma delimited)")`);
    return { month, rows: [], problems };
  }
  const bytes = Buffer.from(text);
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(bytes, { info: true, relax_column_count: true, bom: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    const hint = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quotation mark opened in a cell is never closed' : error.message;
    report(line, '', `the file cannot be read as CSV: ${hint}. Export it again from the finance system as CSV`);
    return { month, rows: [], problems };
  }
  const startLines = recordLines(bytes, records);
  const lineOf = new Map(records.map((entry, index) => [entry, startLines[index]!]));
  const startLine = (entry: (typeof records)[number]) => lineOf.get(entry)!;
  const [head, ...body] = records;
  if (!head) {
    report(1, '', `the file is empty: expected a first line of column headings (${COLUMNS[kind].filter((c) => c.required).map((c) => `"${headers[c.key]}"`).join(', ')}), then a line for each ${item}; a month with none has the headings alone`);
    return { month, rows: [], problems };
  }
  const found = head.record.map(normalHeader);
  const required = COLUMNS[kind].filter((c) => c.required).map((c) => normalHeader(headers[c.key]!));
  const hasRequired = (headings: string[]) => required.every((heading) => headings.includes(heading));
  // A title, a date or a blank line above the table, as a spreadsheet saved as CSV keeps them.
  const below = hasRequired(found) ? undefined : body.slice(0, HEADINGS_LOOKED_FOR).find((entry) => hasRequired(entry.record.map(normalHeader)));
  if (below) {
    const above = startLine(below) - 1;
    report(startLine(below), '', `expected the column headings on the first line, found them on line ${startLine(below)}: delete the ${above === 1 ? 'line' : `${above} lines`} above them (a title above the table, say), so that the file starts with its headings`);
    return { month, rows: [], problems };
  }
  const index: Record<string, number> = {};
  for (const { key, required } of COLUMNS[kind]) {
    const at = found.indexOf(normalHeader(headers[key]!));
    if (at >= 0) index[key] = at;
    else if (required) {
      report(startLine(head), headers[key]!, `expected a column headed "${headers[key]}" (${mappingField}.${key} in office.json names it), found the headings ${head.record.map((h) => `"${h}"`).join(', ')}`);
    }
  }
  if (problems.length) return { month, rows: [], problems };

  const rows: MonthlyRow<K>[] = [];
  let unreported = 0;
  /** The line each row's cells were first seen on, to name a row given twice. */
  const seen = new Map<string, number>();
  /** The payees already said to look like a person's name. */
  const warnedOfPerson = new Set<string>();
  /** A row's problem, if the file has not had its fill of them; else only counted. */
  const reportRow: typeof report = (...problem) => {
    if (problems.length < MOST_ROW_PROBLEMS) report(...problem);
    else unreported++;
  };
  // A comma at the end of every row but the headings' (as some exports write) makes an empty cell beyond
  // the headings in each: the others are in their columns. One row with a cell too many is a comma in an
  // unquoted cell, which moves every cell after it.
  // A row with fewer cells (a total typed by hand, say) is judged on its own.
  const fullRows = body.filter((entry) => entry.record.length >= head.record.length && entry.record.some((cell) => cell.trim() !== ''));
  const endsInComma = fullRows.length > 1 && fullRows.every((entry) => entry.record.length === head.record.length + 1 && entry.record.at(-1)!.trim() === '');
  for (const entry of body) {
    const cells = endsInComma ? entry.record.slice(0, head.record.length) : entry.record;
    if (cells.every((cell) => cell.trim() === '')) continue;
    const line = startLine(entry);
    const cell = (key: string) => (index[key] === undefined ? '' : (cells[index[key]!] ?? '').trim());
    // A total of the rows above would be counted as one more payment: it is named alone, however many of its cells are empty.
    // Without a date, "Total for March 2024" is one too; with one, "Total Gas & Power Ltd" is a supplier.
    const undated = cell('date') === '';
    const total = cells.findIndex((text) => TOTAL_CELL.test(text.trim()) || (undated && TOTAL_WORDS.test(text.trim())));
    if (total >= 0) {
      reportRow(line, head.record[total] ?? '', `this row is a total ("${cells[total]!.trim()}"), which would be counted as one more ${item}: each row is one ${item}, and the site adds them up. Delete the row`);
      continue;
    }
    const filled = cells.filter((text) => text.trim() !== '');
    const amountsOnly = cell('amount') !== '' && undated && filled.every((text) => parsePence(text) !== null);
    if (amountsOnly) {
      reportRow(line, headers.amount!, `this row has ${filled.length === 1 ? 'an amount' : 'amounts'}, ${filled.map((text) => `"${text.trim()}"`).join(' and ')}, and nothing else: if it is a total of the rows above, delete it, as the site adds them up; if it is a ${item}, fill in its other cells`);
      continue;
    }
    const row = cells.join('\u0000');
    const first = seen.get(row);
    if (first === undefined) seen.set(row, line);
    else reportRow(line, '', `this row is the same as line ${first} in every cell, so the site counts it twice: if it is one ${item} given twice, delete one`, 'warning');
    const rowProblems: [string, string][] = [];
    if (cells.length !== head.record.length) {
      // The cells cannot be matched to their columns: what each holds would be misreported.
      const endingComma = cells.length === head.record.length + 1 && cells.at(-1)!.trim() === '' ? ', or, if the row ends with a comma, the line of headings must end with one too' : '';
      if (problems.length < MOST_ROW_PROBLEMS) report(line, '', `expected ${head.record.length} cells, as the headings have, found ${cells.length}: a cell holding a comma must be in quotation marks${endingComma}`);
      else unreported++;
      continue;
    }
    const dateText = cell('date');
    const date = parseSpendingDate(dateText, mapping.dateFormat);
    if (!date) rowProblems.push([headers.date!, `expected ${describeDateFormat(mapping.dateFormat)} (spending.dateFormat in office.json), found ${dateText ? `"${dateText}"` : 'nothing'}`]);
    else if (date.slice(0, 7) !== month) rowProblems.push([headers.date!, `expected a date in ${formatDate(month)}, the month the file is named for, found "${dateText}" (${formatDate(date)})`]);
    const amountText = cell('amount');
    const pence = parsePence(amountText);
    if (pence === null) rowProblems.push([headers.amount!, `expected an amount in pounds, like 1234.56, £1,234.56, or (12.00), -12.00 or 12.00 CR for a credit, found ${amountText ? `"${amountText}"` : 'nothing'}`]);

    const payeeKey = kind === 'spending' ? 'supplier' : 'recipient';
    const who = kind === 'spending' ? 'supplier' : 'recipient';
    const payeeText = cell(payeeKey);
    const markText = NOT_REDACTED.test(cell('redacted')) ? '' : cell('redacted');
    const fromCell = REDACTED_CELL.exec(payeeText);
    let redaction: string | undefined;
    if (markText) {
      const markMatch = REDACTED_CELL.exec(markText);
      const reason = markMatch ? cellReason(markMatch) : markText;
      if (BARE_MARK.test(markText) || !reason) rowProblems.push([headers.redacted!, `expected the reason the ${who} is withheld, like "personal data", found "${markText}"`]);
      else redaction = reason;
    } else if (fromCell) {
      if (!cellReason(fromCell)) rowProblems.push([headers[payeeKey]!, `expected the reason the ${who} is withheld, like "Redacted: personal data", found "${payeeText}"`]);
      else redaction = cellReason(fromCell);
    } else if (!payeeText) {
      rowProblems.push([headers[payeeKey]!, `expected the ${who}'s name, found nothing: if it is withheld, say why in the "${headers.redacted}" column, like "personal data"`]);
    }
    // Once for each name, and not among the problems a file is allowed before the rest are only counted: a warning never hides an error.
    if (!redaction && looksLikePersonsName(payeeText) && !warnedOfPerson.has(payeeText)) {
      warnedOfPerson.add(payeeText);
      report(line, headers[payeeKey]!, `the ${who} "${payeeText}" looks like a person's name: if it is an individual rather than a business, withhold it, saying why in the "${headers.redacted}" column, like "personal data"`, 'warning');
    }
    const required = COLUMNS[kind].filter((c) => c.required && !['date', 'amount', payeeKey].includes(c.key));
    for (const { key } of required) if (!cell(key)) rowProblems.push([headers[key]!, `expected ${describeColumn(kind, key)}, found nothing`]);

    if (rowProblems.length) {
      for (const [field, message] of rowProblems) {
        if (problems.length < MOST_ROW_PROBLEMS) report(line, field, message);
        else unreported++;
      }
      continue;
    }
    const base = { date: date!, payee: redaction ? null : payeeText, ...(redaction ? { redaction } : {}), pence: pence!, line };
    const optional = (key: string) => (cell(key) ? { [key]: cell(key) } : {});
    rows.push((kind === 'spending'
      ? { ...base, expenseType: cell('expenseType'), ...optional('serviceArea'), ...optional('transaction'), ...optional('body') }
      : { ...base, purpose: cell('purpose'), conditions: cell('conditions'), reasons: cell('reasons') }) as MonthlyRow<K>);
  }
  if (unreported) report(body.at(-1) ? startLine(body.at(-1)!) : 1, '', `and ${unreported} more problem${unreported === 1 ? '' : 's'} in this file, not listed: fix those above, then check again`);
  return { month, rows, problems };
}

/**
 * A payee named as a person is, rather than as a business: a title, any initials and one or two names
 * ("Mr J Smith", "Dr Patel"), or an initial and a surname ("J Smith", "Smith J."). A first name and a
 * surname ("John Lewis") are left alone, as many businesses are named so, and so is any name with a
 * business's word in it ("Mr Cleaners Ltd", "J Tomlinson Ltd").
 */
const PERSON_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?(?:\s+\p{Lu}\.?)*(?:\s+\p{Lu}\p{Ll}[\p{L}'-]*){1,2}|\p{Lu}(?:\.\s*|\s+)\p{Lu}\p{Ll}[\p{L}'-]+|\p{Lu}\p{Ll}[\p{L}'-]+,?\s+\p{Lu}\.?)$/u;
const BUSINESS_WORD = /&|\b(?:ltd|limited|plc|llp|lp|group|services?|co|company|solutions|trust|cic|inc|uk|partnership|associates|sons|bros|brothers|international|systems|council|cleaners|cleaning|consulting|consultancy)\b/i;

function looksLikePersonsName(payee: string): boolean {
  return PERSON_NAME.test(payee) && !BUSINESS_WORD.test(payee);
}

/** The line each record starts on: the line its last byte is on, less the line breaks inside its cells. */
function recordLines(bytes: Buffer, records: { record: string[]; info: { bytes: number } }[]): number[] {
  // Lines end in \n (or \r\n); in a file with no \n at all, in \r alone, as Excel for Mac's "CSV (Macintosh)" ends them.
  const lineEnd = bytes.includes(0x0a) ? 0x0a : 0x0d;
  const breakInCell = lineEnd === 0x0a ? /\n/g : /\r/g;
  let cursor = 0;
  let line = 1;
  return records.map(({ record, info }) => {
    // The record's last byte is the line break that ends it, which belongs to its own line.
    const last = info.bytes - 1;
    for (let at = bytes.indexOf(lineEnd, cursor); at !== -1 && at < last; at = bytes.indexOf(lineEnd, at + 1)) line++;
    cursor = Math.max(cursor, last);
    return line - record.reduce((sum, cell) => sum + (cell.match(breakInCell)?.length ?? 0), 0);
  });
}

function describeColumn(kind: MonthlyKind, key: string): string {
  const words: Record<string, string> = {
    expenseType: 'what the money was spent on (the expense type)',
    purpose: 'what the grant is for',
    conditions: 'the conditions of the grant ("None" if it has none)',
    reasons: 'why the grant was made',
  };
  return words[key] ?? `a value (${kind})`;
}
