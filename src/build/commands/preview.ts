// Serves the site last built into dist/ as a static host would, headers included: npm run preview [-- --port 4321]
import { existsSync } from 'node:fs';
import { serve } from '../static-server.ts';
import { commandOptions } from '../command-line.ts';
import { deployment } from '../../domain/deployment.ts';

const values = commandOptions({ port: { type: 'string', default: '4321' }, out: { type: 'string', default: 'dist' } }, 'npm run preview [-- --port 4321] [-- --out dist]');
if (!existsSync(values.out)) {
  console.error(`There is no built site in ${values.out}/: run npm run build first.`);
  process.exit(2);
}
// At the base path the site is built for (BASE_PATH, or the path of the site's address), where its pages link to.
const server = await serve(values.out, { port: Number(values.port), base: deployment().base }).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${values.port} is in use, perhaps by another preview still running: stop that one, or choose another port (npm run preview -- --port 4322).`);
  process.exit(2);
});
console.log(`Serving ${values.out}/ at ${server.url}/ (Ctrl+C to stop).`);
