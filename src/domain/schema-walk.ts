import type { z } from 'astro/zod';

interface Definition {
  type: string;
  defaultValue?: unknown;
  entries?: Record<string, string>;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

function definition(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

/** The schema under its wrappers: optional, nullable, default and the input side of a transform. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = definition(current);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return current;
    current = inner;
  }
}

/** The fields of an object schema, or null when it is not one. */
export function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  return definition(unwrap(schema)).shape ?? null;
}

/** The schema of the value at a path inside data the schema describes ("mtfp", 0, "table"). */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | null {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) return null;
    const def = definition(unwrap(current));
    current = typeof key === 'number' ? def.element : def.shape?.[String(key)];
  }
  return current ?? null;
}

/** Each schema's merged metadata, found once: the check asks it of every field of every entry. */
const metaFound = new WeakMap<z.ZodType, Readonly<Record<string, unknown>>>();

/** Everything a field's wrappers and its schema say about it (description, labels, format...), outermost first. */
export function metaOf(schema: z.ZodType): Readonly<Record<string, unknown>> {
  let found = metaFound.get(schema);
  if (!found) metaFound.set(schema, (found = Object.freeze(mergedMeta(schema))));
  return found;
}

function mergedMeta(schema: z.ZodType): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  let current: z.ZodType | undefined = schema;
  while (current) {
    for (const [key, value] of Object.entries(current.meta() ?? {})) if (!(key in merged)) merged[key] = value;
    const def = definition(current);
    current = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  }
  return merged;
}

/** Whether a field may be left out: it is optional or has a default. */
export function isOptional(schema: z.ZodType): boolean {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const def = definition(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') return true;
    current = def.innerType;
  }
  return false;
}

/** The value a field takes when it is left out, where its schema gives one (`.default(true)`). */
export function defaultOf(schema: z.ZodType): unknown {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const def = definition(current);
    if (def.type === 'default') return def.defaultValue;
    current = def.innerType;
  }
  return undefined;
}

/** The kind of value under a field's wrappers: string, number, boolean, enum, array, object, union... */
export function kindOf(schema: z.ZodType): string {
  return definition(unwrap(schema)).type;
}

/** The element schema of an array field. */
export function elementOf(schema: z.ZodType): z.ZodType | undefined {
  return definition(unwrap(schema)).element;
}

/** The allowed values of an enumeration field. */
export function enumValues(schema: z.ZodType): string[] {
  return Object.values(definition(unwrap(schema)).entries ?? {});
}

/** Every value in `data` held by a field whose schema has the given format, with its path. */
export function valuesWithFormat(schema: z.ZodType, data: unknown, format: string, path: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
  if (data === undefined || data === null) return [];
  if ((metaOf(schema) as { format?: string }).format === format) return typeof data === 'string' ? [{ path, value: data }] : [];
  const element = elementOf(schema);
  if (element && Array.isArray(data)) return data.flatMap((item, index) => valuesWithFormat(element, item, format, [...path, index]));
  const fields = fieldsOf(schema);
  if (fields && typeof data === 'object') {
    return Object.entries(fields).flatMap(([name, field]) => valuesWithFormat(field, (data as Record<string, unknown>)[name], format, [...path, name]));
  }
  return [];
}
