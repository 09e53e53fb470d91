import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { lineOfOffset } from './content-files.ts';

/** The mark that closes a group, by the name of the mistake of leaving it out. */
const CLOSING: Record<string, string> = { CloseBraceExpected: '}', CloseBracketExpected: ']' };

/**
 * A JSON syntax error as an editor can mend it: on the line where the mistake usually is, with its usual
 * cause. JSON.parse names neither well: it notices a comma missing at the end of a line at the next field,
 * and for a stray character gives no place at all but quotes the whole file. jsonc-parser, in strict
 * JSON mode, gives the place and the kind of each mistake.
 */
export function jsonSyntaxProblem(text: string): { line: number; message: string } {
  if (text.trim() === '') return { line: 1, message: 'the file is empty: expected the settings of the office between { and }' };
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { line: 1, message: 'expected JSON' };
  const { offset, length } = first;
  const error = printParseErrorCode(first.error);
  const before = text.slice(0, offset).trimEnd();
  const found = text.slice(offset, offset + length);
  const at = (where: number, message: string) => ({ line: lineOfOffset(text, where, 1), message });
  const atEnd = text.slice(offset).trim() === '';

  if (error === 'InvalidSymbol' && /^[“”‘’]/.test(found)) return at(offset, 'curly quotation marks (“ ”) on this line: type straight ones (") instead');
  if (error === 'InvalidSymbol' && found.startsWith("'")) return at(offset, 'single quotation marks on this line: JSON needs double ones (") around names and text');
  if (error === 'InvalidSymbol') return at(offset, `${found.slice(0, 20)} on this line is not JSON: text goes in double quotation marks ("), and numbers, true, false and null without`);
  if (error === 'CommaExpected') return at(before.length - 1, 'expected a comma at the end of this line, before the next item');
  if ((error === 'PropertyNameExpected' || error === 'ValueExpected') && before.endsWith(',') && /^[}\]]/.test(found)) {
    return at(before.length - 1, 'a comma at the end of this line, after the last item of its group: delete it, as JSON allows none before the closing } or ]');
  }
  if (CLOSING[error] && atEnd) return at(before.length - 1, `the file ends before a group it opened is closed: add the ${CLOSING[error]} it is missing at the end`);
  if (CLOSING[error]) return at(offset, `expected a comma, or the ${CLOSING[error]} that closes the group, here`);
  if (error === 'UnexpectedEndOfString') return at(offset, 'a quotation mark on this line is not closed: close it before the end of the line');
  if (error === 'InvalidCharacter') return at(offset, 'a tab or another control character in the text on this line: JSON allows none; type a space instead');
  if (error === 'InvalidCommentToken') return at(offset, 'a comment on this line: JSON has none; delete it');
  if (error === 'ColonExpected') return at(offset, 'expected a colon (:) after the field name on this line');
  if (error === 'PropertyNameExpected') return at(offset, 'expected a field name in double quotation marks here');
  if (error === 'EndOfFileExpected') return at(offset, 'more after the } that closes the file: delete it, or move it inside');
  return at(offset, 'expected a value here: text in double quotation marks, a number, true, false, null, or a group in { } or [ ]');
}
