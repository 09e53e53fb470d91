import type { z } from 'astro/zod';

interface Definition {
  type: string;
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
