import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/** A development-server middleware's answer to `path`: what it sends, or "next" when it passes the request on. */
export async function middlewareAnswer(handler: Middleware, path: string): Promise<{ status: number; type: string; body: string }> {
  const server = createServer((request, response) =>
    handler(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('next');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    // node:http rather than fetch, which would tidy "../" out of the address before sending it.
    return await new Promise((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port, path }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, type: response.headers['content-type'] ?? '', body }));
      })
        .on('error', reject)
        .end();
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
