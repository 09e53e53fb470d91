import { createReadStream } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { requestedName } from './dev-requests.ts';
import { officeDir } from '../../domain/deployment.ts';
import { extensionOf, FILE_TYPES, FILES_FOLDER, publishableFile } from '../../domain/documents.ts';

/**
 * The office's papers on the development server, as they are edited: any file of the files folder the
 * site may publish (drafts' papers too, as the development server shows drafts). A build publishes
 * only the papers published entries link to (src/build/publish-files.ts).
 */
export function officeFiles(): AstroIntegration {
  return {
    name: 'office-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const prefix = `${server.config.base.replace(/\/?$/, '/')}${FILES_FOLDER}/`;
        server.middlewares.use((request, response, next) => {
          // Nothing outside the office's files folder, whatever the address asks for.
          const name = requestedName(request, prefix);
          const file = name === undefined ? undefined : publishableFile(officeDir(), name);
          if (!file) return next();
          response.writeHead(200, { 'Content-Type': FILE_TYPES[extensionOf(file)]!.mediaType });
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
