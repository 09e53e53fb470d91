// The thread of body-writer.ts: keeps each body it is given, and says so, in turn.
import { parentPort } from 'node:worker_threads';
import { keepBody, type BodyWritten, type NumberedBody } from './body-writer.ts';

parentPort!.on('message', ({ number, ...body }: NumberedBody) => {
  let written: BodyWritten = { number };
  try {
    keepBody(body);
  } catch (error) {
    written = { number, error: (error as Error).message };
  }
  parentPort!.postMessage(written);
});
