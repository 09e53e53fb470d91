/** One lettered option of an approver's certificate, such as "b) the costs … can be met from existing budgets". */
export interface CertificateOption {
  letter: string;
  text: string;
}

const OPTION_LINE = /^\s*(?:[-*]\s+)?\(?([a-z])\)\s+(.+?)\s*$/;

/**
 * The lettered options a certificate offers, in order. Templates print every option joined by "OR" and
 * "AND" for the signer to strike out; the joining words and closing punctuation belong to the template,
 * not to the option.
 */
export function certificateOptions(statement: string | undefined): CertificateOption[] {
  return (statement ?? '').split('\n').flatMap((line) => {
    const match = OPTION_LINE.exec(line);
    if (!match) return [];
    const text = match[2]!.replace(/\s+(?:AND|OR)$/, '').replace(/[,;.]$/, '');
    return [{ letter: match[1]!, text }];
  });
}

function words(paragraph: string): string[] {
  const withoutNumber = paragraph.replace(/^\s*(?:#+\s*)?(?:[-*]\s+)?\d+(?:\.\d+)*\.?\s+/, '');
  return withoutNumber.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
}

function commonWords(a: string[], b: string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = [0];
    for (let j = 0; j < b.length; j++) current.push(word === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, current[j]!));
    previous = current;
  }
  return previous[b.length]!;
}

/** How many words two paragraphs share in any order: at least as many as they share in order (commonWords), and quicker to count. */
function sharedWords(a: string[], b: string[]): number {
  const unmatched = new Map<string, number>();
  for (const word of a) unmatched.set(word, (unmatched.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const left = unmatched.get(word);
    if (left) {
      unmatched.set(word, left - 1);
      shared++;
    }
  }
  return shared;
}

/**
 * Whether one paragraph repeats another: 95% of the words of the longer are the other's, in order.
 * Paragraphs of very different lengths, or too few words in common, cannot be, and are not compared word by word.
 */
function repeats(a: string[], b: string[]): boolean {
  const needed = 0.95 * Math.max(a.length, b.length);
  return Math.min(a.length, b.length) >= needed && sharedWords(a, b) >= needed && commonWords(a, b) >= needed;
}

/** Paragraphs shorter than this are phrases ("None", "Approved") that may well recur without repeating anything. */
const SHORTEST_REPEAT = 12;

/**
 * The summary's paragraphs that the body (plain text, a blank line between paragraphs) does not repeat. A notice's template often has the summary
 * and section 1 (or a background paragraph) typed twice from one text; the two copies can differ by a
 * dropped article or full stop, so a paragraph counts as repeated when at least 95% of its words are
 * the body paragraph's words, in the same order.
 */
export function summaryParagraphsNotInBody(summary: string, body: string): string[] {
  const bodyParagraphs = body.split(/\n\s*\n|\n(?=\s*[-*]\s)/).map(words).filter((w) => w.length >= SHORTEST_REPEAT);
  return summary.split(/\n\s*\n/).map((p) => p.trim()).filter((paragraph) => {
    const own = words(paragraph);
    if (own.length < SHORTEST_REPEAT) return paragraph !== '';
    return !bodyParagraphs.some((other) => repeats(own, other));
  });
}
