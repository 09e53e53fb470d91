// The office's folders followed for npm run watch. Node's recursive fs.watch follows each file on Linux,
// and loses a file saved by replacing it (a new file renamed over the old, as many editors and git save);
// chokidar, which follows folders, also follows each file, and made each rebuild of a 10,000-notice office
// 1 to 2 s slower (decision 0011). A folder's own watch reports every file in it, however it is saved.
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { within } from '../domain/paths.ts';

/**
 * Calls `changed` whenever a file or folder under `dir` is written, added, replaced or removed, except
 * those `ignored` by their name (and everything in an ignored folder). Folders added later are followed
 * too. `failed` is called if a folder cannot be followed (the system's limit on watches reached, say).
 */
export function watchFolders(dir: string, { ignored, changed, failed }: { ignored: (name: string) => boolean; changed: () => void; failed: (error: Error) => void }): void {
  const watchers = new Map<string, FSWatcher>();

  const forget = (folder: string) => {
    for (const [path, watcher] of watchers) {
      if (!within(folder, path)) continue;
      watcher.close();
      watchers.delete(path);
    }
  };

  const follow = (folder: string) => {
    if (watchers.has(folder)) return;
    try {
      const watcher = watch(folder, (_event, name) => {
        if (name && ignored(name)) return;
        if (name) {
          const path = join(folder, name);
          const stats = statSync(path, { throwIfNoEntry: false });
          if (stats?.isDirectory()) follow(path);
          else if (!stats) forget(path);
        }
        changed();
      });
      watcher.on('error', () => forget(folder));
      watchers.set(folder, watcher);
      for (const entry of readdirSync(folder, { withFileTypes: true })) if (entry.isDirectory() && !ignored(entry.name)) follow(join(folder, entry.name));
    } catch (error) {
      // Removed as it was found: its parent's watch reports it gone.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') forget(folder);
      else failed(error as Error);
    }
  };

  follow(dir);
}
