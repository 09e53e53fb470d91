import { describe, expect, it } from 'vitest';
import { certificateOptions, summaryParagraphsNotInBody } from '../../src/domain/decision-text.ts';

const CERTIFICATE = `I certify that:

- a) there are no financial consequences as a result of this decision,
- b) the costs identified in this report can be met from existing revenue or capital budgets,

OR

- c) the costs identified in this report can be financed from reserves AND
- d) the decision can be taken on the basis of my assurance that Financial Regulations have been complied with.`;

describe('the options of a certificate', () => {
  it('reads each lettered option, without the template\'s joining words and closing punctuation', () => {
    expect(certificateOptions(CERTIFICATE)).toEqual([
      { letter: 'a', text: 'there are no financial consequences as a result of this decision' },
      { letter: 'b', text: 'the costs identified in this report can be met from existing revenue or capital budgets' },
      { letter: 'c', text: 'the costs identified in this report can be financed from reserves' },
      { letter: 'd', text: 'the decision can be taken on the basis of my assurance that Financial Regulations have been complied with' },
    ]);
  });

  it('finds none in a statement without lettered lines', () => {
    expect(certificateOptions('The recommendations as outlined above are approved.')).toEqual([]);
    expect(certificateOptions(undefined)).toEqual([]);
  });
});

describe('a summary that repeats the body', () => {
  const objective = 'There is a shared understanding of the importance of working closely together in order to deliver their respective priorities at a county wide and local level.';
  const own = 'This memorandum sets out the principles on which the council and the office will proceed with staffing and funding.';

  it('keeps only the paragraphs the body does not repeat, allowing a dropped article, full stop or section number', () => {
    const body = `1. Objective\n\n${objective.replace('at a county', 'at county').replace(/\.$/, '')}\n\n2.4 Something else entirely that the summary does not say at all, in many words here.`;
    expect(summaryParagraphsNotInBody(`${objective}\n\n${own}`, body)).toEqual([own]);
  });

  it('keeps a paragraph the body says differently, and short phrases', () => {
    const body = 'There is an understanding of the importance of working apart in order to deliver their own priorities at a county wide and local level, with exceptions.';
    expect(summaryParagraphsNotInBody(`${objective}\n\nNone`, `${body}\n\nNone`)).toEqual([objective, 'None']);
  });

  it('keeps a paragraph whose words the body has in another order', () => {
    const reordered = objective.replace(/\.$/, '').split(' ').reverse().join(' ');
    expect(summaryParagraphsNotInBody(objective, reordered)).toEqual([objective]);
  });
});
