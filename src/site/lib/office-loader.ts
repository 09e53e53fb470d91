import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { formatProblem } from '../../domain/check/problems.ts';
import { collections, translationSchema, type CollectionName } from '../../domain/collections.ts';
import { withoutEditorsNote } from '../../domain/schemas/common.ts';
import { decodeText, entryId, fileState, isEntryFile, parseSourceFile, translatedFilePath, translationCode } from '../../domain/content-files.ts';
import { translationLanguages } from '../../domain/languages.ts';
import { bodyWriter } from './body-writer.ts';
import { cachedBodies, entryCacheDir, isCompiledBody, pruneBodies, readEntryData, translationCacheDir, writeEntryData, type CachedData } from './entry-cache.ts';
import { collectionFiles, isSystemFile, unreadableMessage } from '../../domain/office-files.ts';

/**
 * A mistake in the office's files, which the check reports in full. Astro prints an error's stack
 * trace when it has one; this one's would say nothing to an editor, and bury what does.
 */
function contentError(message: string): Error {
  const error = new Error(`${message}\nRun npm run check for the details.`);
  error.stack = '';
  return error;
}

/** The office's languages by their codes: its default, and the one it translates its entries into, if any. */
export interface LoaderLanguages {
  default: string;
  translation?: string;
}

/** An office file's text, as the check decodes it; a file that cannot be read or decoded stops the build with its path. */
function readText(path: string, filePath: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw contentError(`${filePath}: ${unreadableMessage(error)}.`);
  }
  const text = decodeText(bytes);
  if (typeof text !== 'string') throw contentError(`${filePath}, line ${text.line}: ${text.message}.`);
  return text;
}

/**
 * The entries of one collection's folder of the office. Like Astro's glob() loader, it validates
 * and renders only the files that changed since the last build (by the digest of their text);
 * unlike it, it neither reads a file whose size, inode and times are as they were, nor parses one
 * whose text is, and it keeps each entry's data and body beside the content store (see
 * entry-cache.ts). Files are found, decoded and their front matter parsed as the content check does
 * it, so the site publishes exactly what the check passed. An office that publishes in two
 * languages has its translation files (41-2020.cy.md) read beside them, into a cache of their own
 * (translationCacheDir), not into the content store: they are no entries.
 */
export function officeFolderLoader(collection: CollectionName, office: string, languages: LoaderLanguages = { default: 'en' }): Loader {
  const base = resolve(office, collections[collection].folder);
  return {
    name: 'office-folder',
    load: async (context) => {
      const cacheDir = entryCacheDir(context.collection);
      const cached = readEntryData(cacheDir);
      const root = fileURLToPath(context.config.root);
      let dirty = false;

      let bodies = cachedBodies(cacheDir);
      const writer = bodyWriter();
      /** Renders a file's Markdown and keeps its body, sanitised, in `dir` under the digest of its text. */
      const renderAndKeep = async (dir: string, file: { path: string; filePath: string; text: string; digest: string }) =>
        writer.write({ dir, digest: file.digest, html: (await context.renderMarkdown(file.text, { fileURL: pathToFileURL(file.path) })).html }, file.filePath);

      /** Brings one file's entry up to date; gives its id. */
      async function load(path: string): Promise<string> {
        const id = entryId(base, path);
        const filePath = relative(root, path).split(sep).join('/');
        const compiled = isCompiledBody({ filePath });
        const state = fileState(path);
        const last = cached.get(id);
        const kept = (digest: string) => context.store.get(id)?.digest === digest && last?.digest === digest && (compiled || bodies.has(digest));
        // A file whose state on disk is as it was needs no reading; one whose text is as it was, no parsing.
        if (!state || last?.stat !== state || !kept(last.digest)) {
          const text = readText(path, filePath);
          const digest = context.generateDigest(text);
          if (kept(digest)) cached.set(id, { ...last!, stat: state });
          else await refresh({ id, path, filePath, text, digest, state, compiled });
          dirty = true;
        }
        // Astro collects the modules to bundle anew at every sync.
        if (compiled) context.store.addModuleImport(filePath);
        return id;
      }

      /** Validates and renders a new or edited file, and keeps what it gives. */
      async function refresh(file: { id: string; path: string; filePath: string; text: string; digest: string; state: string; compiled: boolean }): Promise<void> {
        const source = parseSourceFile(collection, base, file.path, file.text);
        if (source.yamlError) throw contentError(`${file.filePath}, line ${source.yamlError.line}: the front matter is not valid YAML (${source.yamlError.message}).`);
        // The note to editors never leaves the check: nothing the site builds can read it.
        const data = withoutEditorsNote(await context.parseData({ id: file.id, data: (source.frontMatter ?? {}) as Record<string, unknown>, filePath: file.path }));
        if (!file.compiled) {
          await renderAndKeep(cacheDir, file);
          bodies.add(file.digest);
        }
        cached.set(file.id, { digest: file.digest, stat: file.state, json: JSON.stringify(data) });
        context.store.set({ id: file.id, data: {}, digest: file.digest, filePath: file.filePath, ...(file.compiled && { deferredRender: true }) });
      }

      function forget(id: string): void {
        context.store.delete(id);
        dirty = cached.delete(id) || dirty;
      }

      const translations = languages.translation === undefined ? undefined : translationLoader(languages.translation);

      /** The translations of the collection's entries into the office's second language: validated, and their bodies rendered and sanitised as every body is. */
      function translationLoader(code: string) {
        const dir = translationCacheDir(context.collection, code);
        const kept = readEntryData(dir);
        let bodies = cachedBodies(dir);
        let changed = false;
        return {
          code,
          /** Brings one translation file up to date; gives the id of the entry it translates. */
          async load(path: string): Promise<string> {
            const id = entryId(base, translatedFilePath(path));
            const filePath = relative(root, path).split(sep).join('/');
            const state = fileState(path);
            const last = kept.get(id);
            if (state && last?.stat === state && bodies.has(last.digest)) return id;
            const text = readText(path, filePath);
            const digest = context.generateDigest(text);
            let entry: CachedData;
            if (last?.digest === digest && bodies.has(digest)) entry = { ...last, stat: state };
            else {
              const source = parseSourceFile(collection, base, path, text);
              if (source.yamlError) throw contentError(`${filePath}, line ${source.yamlError.line}: the front matter is not valid YAML (${source.yamlError.message}).`);
              const parsed = translationSchema(collection).safeParse(source.frontMatter ?? {});
              if (!parsed.success) throw contentError(`${filePath}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}.`);
              await renderAndKeep(dir, { path, filePath, text, digest });
              bodies.add(digest);
              entry = { digest, stat: state, json: JSON.stringify(parsed.data) };
            }
            kept.set(id, entry);
            changed = true;
            return id;
          },
          forget(id: string): void {
            changed = kept.delete(id) || changed;
          },
          ids: () => [...kept.keys()],
          /** Takes the bodies on disk for those kept again, after some could not be written. */
          findBodies(): void {
            bodies = cachedBodies(dir);
          },
          /** Records the translations read, once their bodies are written (see save). */
          save(): void {
            if (!changed) return;
            writeEntryData(dir, kept);
            pruneBodies(dir, Array.from(kept.values(), ({ digest }) => digest));
            changed = false;
          },
        };
      }

      /** Records the entries read, once every body they name is on disk: a build never finds an entry without its body. */
      async function save(): Promise<void> {
        try {
          await writer.written();
        } catch (error) {
          // An entry whose body was not written is rendered again when it is next loaded.
          bodies = cachedBodies(cacheDir);
          translations?.findBodies();
          throw error;
        }
        translations?.save();
        if (!dirty) return;
        writeEntryData(cacheDir, cached);
        pruneBodies(cacheDir, Array.from(cached.values(), ({ digest }) => digest));
        dirty = false;
      }

      const { files, translations: translationFiles, problems } = collectionFiles(resolve(office), collection, languages.default);
      if (problems.length > 0) throw contentError(problems.map(formatProblem).join('\n'));
      const present = new Set<string>();
      for (const { path } of files) present.add(await load(path));
      for (const id of [...context.store.keys(), ...cached.keys()]) if (!present.has(id)) forget(id);
      if (translations) {
        const translated = new Set<string>();
        for (const { path, code } of translationFiles) if (code === translations.code) translated.add(await translations.load(path));
        for (const id of translations.ids()) if (!translated.has(id)) translations.forget(id);
      }
      await save();

      // The development server: entries follow their files as they are edited.
      if (!context.watcher || !existsSync(base)) return;
      context.watcher.add(base);
      const inFolder = (path: string) => path.startsWith(`${base}${sep}`) && isEntryFile(basename(path)) && !isSystemFile(basename(path));
      const otherLanguages = translationLanguages(languages.default);
      // One change at a time, loaded and saved before the next: a save waits for the bodies of its own entries only.
      let handled = Promise.resolve();
      context.watcher.on('all', (event, path) => {
        if (inFolder(path)) handled = handled.then(() => follow(event, path));
      });
      async function follow(event: string, path: string): Promise<void> {
        try {
          const code = translationCode(basename(path), otherLanguages);
          if (code !== undefined) {
            if (translations?.code !== code) return;
            if (event === 'unlink') translations.forget(entryId(base, translatedFilePath(path)));
            else if (event === 'add' || event === 'change') await translations.load(path);
          } else if (event === 'unlink') forget(entryId(base, path));
          else if (event === 'add' || event === 'change') await load(path);
          await save();
        } catch (error) {
          context.logger.error(`${relative(root, path)}: ${(error as Error).message}`);
        }
      }
    },
  };
}
