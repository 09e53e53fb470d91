import type { IncomingMessage } from 'node:http';

/**
 * The name a development-server request asks for under `prefix` ("a/b.pdf" for /files/a/b.pdf), decoded;
 * none when the request is for something else, or its name could lead out of the folder served.
 */
export function requestedName(request: IncomingMessage, prefix: string): string | undefined {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (!path.startsWith(prefix)) return undefined;
  let segments: string[];
  try {
    segments = path.slice(prefix.length).split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
  if (segments.some((segment) => segment === '..' || segment.includes('/') || segment.includes('\\'))) return undefined;
  return segments.join('/');
}
