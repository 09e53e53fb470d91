// The thread of body-writer.ts: sanitises and writes each body it is given, and says so, in turn.
import { parentPort } from 'node:worker_threads';
import type { BodyWritten, NumberedBody } from './body-writer.ts';
import { writeBody } from './entry-cache.ts';
import { sanitizeBody } from './sanitize.ts';

parentPort!.on('message', ({ number, dir, digest, html }: NumberedBody) => {
  let written: BodyWritten = { number };
  try {
    writeBody(dir, digest, sanitizeBody(html));
  } catch (error) {
    written = { number, error: (error as Error).message };
  }
  parentPort!.postMessage(written);
});
