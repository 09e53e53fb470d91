import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblem } from '../../src/domain/json-errors.ts';

/** What the check says of `lines` as office.json, which JSON.parse must refuse too. */
function problemOf(lines: string[]) {
  const text = lines.join('\n');
  expect(() => JSON.parse(text)).toThrow();
  return jsonSyntaxProblem(text);
}

describe('a JSON syntax error in office.json', () => {
  it('is given on the line that lacks its comma, not the next, where the parser noticed', () => {
    expect(problemOf(['{', '  "name": "Office",', '  "shortName": "OPCC"', '  "force": "Exampleshire Police"', '}'])).toEqual({ line: 3, message: 'expected a comma at the end of this line, before the next item' });
    expect(problemOf(['{', '  "identifiers": ["a"', '    "b"]', '}']).line).toBe(2);
  });

  it('is given on the line of a comma after the last item of a group, a field or a list', () => {
    const trailing = { line: 3, message: 'a comma at the end of this line, after the last item of its group: delete it, as JSON allows none before the closing } or ]' };
    expect(problemOf(['{', '  "name": "Office",', '  "force": "Exampleshire Police",', '', '}'])).toEqual(trailing);
    expect(problemOf(['{', '  "identifiers": [', '    "a",', '  ]', '}'])).toEqual(trailing);
  });

  it('names the quotation marks JSON does not take, around a name or a value, on their line', () => {
    expect(problemOf(['{', '  “name”: "Office"', '}'])).toMatchObject({ line: 2, message: expect.stringMatching(/^curly quotation marks/) });
    expect(problemOf(['{', '  "shortName": "OPCC",', '  "name": “Office”', '}'])).toMatchObject({ line: 3, message: expect.stringMatching(/^curly quotation marks/) });
    expect(problemOf(['{', "  'name': 'Office'", '}'])).toMatchObject({ line: 2, message: expect.stringMatching(/^single quotation marks on this line: JSON needs double ones/) });
    expect(problemOf(['{', '  "a": 1,', "  \"name\": 'Office'", '}'])).toMatchObject({ line: 3, message: expect.stringMatching(/^single quotation marks/) });
    expect(problemOf(['{', '  "a": 1,', '  "name": Office', '}'])).toMatchObject({ line: 3, message: expect.stringMatching(/^Office on this line is not JSON: text goes in double quotation marks/) });
  });

  it('says a file that ends before its groups are closed is missing its }, and an empty file is empty', () => {
    expect(problemOf(['{', '  "name": "Office",', '  "contact": { "email": "a@example.org" }', ''])).toEqual({ line: 3, message: 'the file ends before a group it opened is closed: add the } it is missing at the end' });
    expect(problemOf(['  ', ''])).toEqual({ line: 1, message: 'the file is empty: expected the settings of the office between { and }' });
  });

  it('names a quotation mark not closed, a tab in the text and a comment', () => {
    expect(problemOf(['{', '  "name": "Office,', '  "force": "Exampleshire Police"', '}'])).toMatchObject({ line: 2, message: expect.stringMatching(/^a quotation mark on this line is not closed/) });
    expect(problemOf(['{', '  "name": "Office', ''])).toMatchObject({ line: 2, message: expect.stringMatching(/^a quotation mark on this line is not closed/) });
    expect(problemOf(['{', '  "name": "The\tOffice"', '}'])).toMatchObject({ line: 2, message: expect.stringMatching(/^a tab or another control character/) });
    expect(problemOf(['{', '  "name": "Office" // the full name', '}'])).toMatchObject({ line: 2, message: 'a comment on this line: JSON has none; delete it' });
  });
});
