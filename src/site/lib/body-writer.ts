import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { writeBody } from './entry-cache.ts';
import { sanitizeBody } from './sanitize.ts';

/** A body to sanitise and keep: in the entry cache's folder `dir`, under the digest of its file's text. */
export interface BodyToWrite {
  dir: string;
  digest: string;
  html: string;
}

/** Sanitises a body and writes it into the entry cache. */
export function keepBody({ dir, digest, html }: BodyToWrite): void {
  writeBody(dir, digest, sanitizeBody(html));
}

/** A body as the thread is given it, numbered in the order it was given. */
export interface NumberedBody extends BodyToWrite {
  number: number;
}

/** What the thread tells of each body it was given: kept, or why not. */
export interface BodyWritten {
  number: number;
  error?: string;
}

/**
 * Bodies a sync keeps here before handing the rest to a thread: a rebuild's few edited entries cost
 * no thread's start (some 0.2 s to load the sanitiser), a first build's thousands are sanitised and
 * written beside the Markdown rendering, on the core that would otherwise wait for it.
 */
const KEPT_HERE = 64;

/** Bodies handed to the thread and not yet written: more, and the loader waits, so that a large office's HTML never piles up in memory. */
const MOST_WAITING = 256;

/** Bodies handed to the thread in one message, and told of in one reply: a message each would wake each thread 10,000 times at 10,000 entries. */
const BODIES_PER_MESSAGE = 16;

/** Built from a variable, so that no bundler takes the thread's module for an asset of the page it is bundled into. */
const WORKER_MODULE = fileURLToPath(new URL(['.', 'body-worker.ts'].join('/'), import.meta.url));

/**
 * Keeps the rendered bodies of a sync's new and edited entries (keepBody), the first
 * few here and the rest on a thread of its own (running `threadModule`: a test's may stop). `written`
 * settles when every body given is on disk, and fails with the file of the first that could not be kept.
 */
export function bodyWriter(threadModule = WORKER_MODULE) {
  let keptHere = 0;
  let given = 0;
  let worker: Worker | undefined;
  /** The files of the bodies given to the thread and not yet written, by number. */
  const waiting = new Map<number, string>();
  /** Those of them not yet handed to the thread. */
  let unsent: NumberedBody[] = [];
  let failure: Error | undefined;
  const listeners = new Set<() => void>();
  const heard = () => listeners.forEach((listener) => listener());

  function fail(message: string): void {
    failure ??= Object.assign(new Error(message), { stack: '' });
  }

  /** The thread has failed or ended: the bodies it had not written are lost, and said to be. */
  function stopped(thread: Worker, why: string): void {
    if (worker === thread) worker = undefined;
    if (waiting.size > 0) fail(`The bodies of ${waiting.size} entries were not kept: ${why}.`);
    waiting.clear();
    unsent = [];
    heard();
  }

  function start(): Worker {
    const thread = new Worker(threadModule);
    thread.on('message', (written: BodyWritten[]) => {
      for (const { number, error } of written) {
        if (error !== undefined) fail(`${waiting.get(number)}: its body could not be kept (${error}).`);
        waiting.delete(number);
      }
      // An idle thread never keeps Astro's process from ending; one with bodies to write does (see send), so that its end is heard.
      if (waiting.size === unsent.length) thread.unref();
      heard();
    });
    thread.on('error', (error) => stopped(thread, `the thread writing them failed (${error.message})`));
    thread.on('exit', () => stopped(thread, 'the thread writing them stopped'));
    // Held only while it has bodies (see send); after the listeners, which would hold it again.
    thread.unref();
    return thread;
  }

  /** Hands the thread the bodies not yet handed over: only then do they keep the process alive (see the thread's `message`). */
  function send(): void {
    if (unsent.length === 0) return;
    worker!.ref();
    worker!.postMessage(unsent);
    unsent = [];
  }

  /** Settles when fewer than `most` bodies are waiting, or the thread has failed; those not yet handed to it are handed first. */
  function fewerThan(most: number): Promise<void> {
    send();
    return new Promise((done) => {
      const check = () => {
        if (waiting.size >= most && !failure) return;
        listeners.delete(check);
        done();
      };
      listeners.add(check);
      check();
    });
  }

  return {
    /** Keeps `html`, sanitised, as the body of the entry in `filePath`. */
    async write(body: BodyToWrite, filePath: string): Promise<void> {
      if (failure) throw failure;
      if (keptHere < KEPT_HERE) {
        keptHere++;
        keepBody(body);
        return;
      }
      worker ??= start();
      const number = given++;
      waiting.set(number, filePath);
      unsent.push({ ...body, number });
      if (unsent.length === BODIES_PER_MESSAGE) send();
      if (waiting.size >= MOST_WAITING) await fewerThan(MOST_WAITING);
    },
    /**
     * Settles when every body given is written, or fails with the first that was not; the thread, its
     * work done, ends. For one caller at a time: the failure goes to the first to hear it.
     */
    async written(): Promise<void> {
      await fewerThan(1);
      keptHere = 0;
      void worker?.terminate();
      worker = undefined;
      if (failure) {
        const error = failure;
        failure = undefined;
        throw error;
      }
    },
  };
}
