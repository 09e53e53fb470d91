import { describe, expect, it } from 'vitest';
import { buildFailure } from '../../src/build/build-failure.ts';

describe('a failed build, as the editor is told', () => {
  it("gives Astro's and the content's own messages as they are", () => {
    expect(buildFailure(new Error('decisions/41-2020.md, line 3: the front matter is not valid YAML.'))).toBe('decisions/41-2020.md, line 3: the front matter is not valid YAML.');
  });

  it('says where a fault in the code happened, and that the content is not to blame', () => {
    const fault = new TypeError('(intermediate value).sort is not a function');
    fault.stack = `TypeError: ${fault.message}\n    at Object.getStaticPaths (file:///srv/office/node_modules/pcc-transparency-publisher/src/site/integrations/rendered-pages.ts:31:49)\n    at async node:internal/process/task_queues:105:5`;
    expect(buildFailure(fault)).toBe(
      "(intermediate value).sort is not a function (at /srv/office/node_modules/pcc-transparency-publisher/src/site/integrations/rendered-pages.ts:31:49). This is a fault in the publisher or in a package it uses, not in the office's content: report it, with this message and the versions of astro and pcc-transparency-publisher in package-lock.json.",
    );
  });
});
