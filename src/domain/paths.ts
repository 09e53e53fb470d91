import { sep } from 'node:path';

/** Whether `path` is `folder` or inside it; both real paths. */
export const within = (folder: string, path: string) => path === folder || path.startsWith(`${folder}${sep}`);
