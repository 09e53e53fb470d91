import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Parent of every running process, read from /proc (Linux). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in brackets may hold spaces; the fields after it are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while being read.
    }
  }
  return parentOf;
}

/**
 * Resident memory, in bytes, of a process and all its descendants together (Astro's build, Pagefind's
 * indexer and any helpers), or undefined where /proc cannot tell.
 */
export function treeResidentBytes(root: number): number | undefined {
  if (!existsSync('/proc/self/statm')) return undefined;
  const parentOf = parents();
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parentOf) if (tree.has(parent) && !tree.has(pid)) { tree.add(pid); grew = true; }
  }
  let pages = 0;
  for (const pid of tree) {
    try {
      pages += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    } catch {
      // The process ended while being read.
    }
  }
  return pages * PAGE_BYTES;
}
