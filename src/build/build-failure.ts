// What Astro's build process says when a build fails (src/build/astro-build.ts).

/**
 * Why the build failed, for the editor. Astro's own errors, and the content's, say what is wrong; a
 * fault in the code (the publisher's, or a package's it uses: "x.sort is not a function") says where
 * it happened and that the content is not to blame, as the message alone names nothing an editor made.
 */
export function buildFailure(error: unknown): string {
  if (!(error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError)) return error instanceof Error ? error.message : String(error);
  const where = error.stack?.split('\n').find((line) => /^\s+at .*(?:\/|\\)[^()]+:\d+:\d+\)?$/.test(line) && !line.includes('node:'))?.trim().replace(/^at (?:.* \()?(?:file:\/\/)?(.*?)\)?$/, '$1');
  return `${error.message}${where ? ` (at ${where})` : ''}. This is a fault in the publisher or in a package it uses, not in the office's content: report it, with this message and the versions of astro and pcc-transparency-publisher in package-lock.json.`;
}
