import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblem } from '../../src/domain/json-errors.ts';

/** What the check says of `lines` as a file, which JSON.parse refuses. */
function problemOf(lines: string[]) {
  const text = lines.join('\n');
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonSyntaxProblem(text, error as Error);
  }
  throw new Error('expected JSON.parse to refuse the text');
}

describe('a JSON syntax error in office.json', () => {
  it('is given on the line that lacks its comma, not the next, where the parser noticed', () => {
    expect(problemOf(['{', '  "name": "Office",', '  "shortName": "OPCC"', '  "force": "Exampleshire Police"', '}'])).toEqual({
      line: 3, message: "expected a comma at the end of this line, before the next item (Expected ',' or '}' after property value)",
    });
    expect(problemOf(['{', '  "identifiers": ["a"', '    "b"]', '}']).line).toBe(2);
  });

  it('is given on the line of a comma after the last item of a group', () => {
    expect(problemOf(['{', '  "name": "Office",', '  "force": "Exampleshire Police",', '', '}'])).toEqual({
      line: 3, message: 'a comma at the end of this line, after the last item of its group: delete it, as JSON allows none before the closing } or ] (Expected double-quoted property name)',
    });
  });

  it('says a file that ends before its groups are closed is missing its } or ]', () => {
    expect(problemOf(['{', '  "name": "Office",', '  "contact": { "email": "a@example.org" }', ''])).toMatchObject({ line: 3, message: expect.stringMatching(/^the file ends before the group it opened is closed: add the \} or \] it is missing/) });
  });

  it('names curly and single quotation marks, and a quotation mark not closed', () => {
    expect(problemOf(['{', '  “name”: "Office"', '}'])).toMatchObject({ line: 2, message: expect.stringMatching(/^curly quotation marks/) });
    expect(problemOf(['{', "  'name': 'Office'", '}'])).toMatchObject({ line: 2, message: expect.stringMatching(/^single quotation marks on this line: JSON needs double ones/) });
    expect(problemOf(['{', '  "name": "Office,', '  "force": "Exampleshire Police"', '}'])).toMatchObject({ line: 2, message: expect.stringMatching(/^a quotation mark on this line is not closed/) });
  });
});
