import { lineOfOffset } from './content-files.ts';

/**
 * A JSON syntax error as an editor can mend it: on the line where the mistake usually is, which is often
 * the line before where JSON.parse noticed it (a comma missing at the end of a line is noticed at the next
 * field), with its usual cause before the parser's own words.
 */
export function jsonSyntaxProblem(text: string, error: Error): { line: number; message: string } {
  const reason = error.message.replace(/ in JSON at position.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  const position = Number(/at position (\d+)/.exec(error.message)?.[1] ?? text.length);
  const at = (offset: number, hint?: string) => ({ line: lineOfOffset(text, offset, 1), message: hint ? `${hint} (${reason})` : reason });
  const before = text.slice(0, position).trimEnd();
  const found = text[position];
  if (found === undefined || text.slice(position).trim() === '') return at(before.length, 'the file ends before the group it opened is closed: add the } or ] it is missing');
  if (found === '“' || found === '”') return at(position, 'curly quotation marks (“ ”) on this line: type straight ones (") instead');
  if (found === "'") return at(position, 'single quotation marks on this line: JSON needs double ones (") around names and text');
  if (/^Expected ',' or '[}\]]' after/.test(reason)) return at(before.length - 1, 'expected a comma at the end of this line, before the next item');
  if (before.endsWith(',') && (found === '}' || found === ']')) return at(before.length - 1, 'a comma at the end of this line, after the last item of its group: delete it, as JSON allows none before the closing } or ]');
  if (/^Bad control character in string literal/.test(reason)) return at(position, 'a quotation mark on this line is not closed: close it before the end of the line');
  return at(position);
}
