// The thread of body-writer.ts: keeps each body it is given, and says so, a message's bodies at a time.
import { parentPort } from 'node:worker_threads';
import { keepBody, type BodyWritten, type NumberedBody } from './body-writer.ts';

parentPort!.on('message', (bodies: NumberedBody[]) => {
  const written = bodies.map(({ number, ...body }): BodyWritten => {
    try {
      keepBody(body);
      return { number };
    } catch (error) {
      return { number, error: (error as Error).message };
    }
  });
  parentPort!.postMessage(written);
});
