import { register } from 'node:module';

register('./typescript-in-package.mjs', import.meta.url);
