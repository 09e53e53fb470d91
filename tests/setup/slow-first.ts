import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that build sites or open Chromium (tests/build/, tests/browser/) start before the others,
 * which take seconds each and so fill the end of a run rather than one of them keeping a worker busy for
 * minutes after the other has finished. Within each kind, vitest's own order stands: the slowest first
 * once it has timed them, the largest first in a fresh checkout.
 */
export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const slow = (file: TestSpecification) => /^tests\/(build|browser)\//.test(relative(file.project.config.root, file.moduleId).split('\\').join('/'));
    return (await super.sort(files)).sort((a, b) => Number(slow(b)) - Number(slow(a)));
  }
}
