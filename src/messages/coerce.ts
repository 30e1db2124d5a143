// The zod pieces generated/messages/schemas.ts is made of. A push arrives as XML text (every leaf a
// string, lists shaped by how the tags repeat) or as JSON (numbers sometimes quoted: "CreateTime":
// "1620973045"); these turn either into the typed message: int/number from text, int64 kept as a
// string, lists normalized to arrays. Issues name what was expected, never the value that was found.
import { z } from 'zod';
import { coerceScalar, type Derivation, deriveValue, EXPECTED, INVALID, type ScalarType } from './decode.js';
import { toItems } from './items.js';

type Ctx = z.RefinementCtx;

function problem(ctx: Ctx, input: unknown, expected: string): never {
  ctx.issues.push({
    code: 'custom',
    message: input === undefined ? `required (${expected})` : `expected ${expected}`,
    input,
  });
  return z.NEVER as never;
}

/** A zod piece for one scalar type, by the rules in decode.ts (one implementation for both paths). */
const scalar = <T>(type: ScalarType) =>
  z.unknown().transform((v, ctx): T => {
    const value = coerceScalar(type, v);
    return value === INVALID ? problem(ctx, v, EXPECTED[type]) : (value as T);
  });

/** Text. Numbers and booleans (JSON pushes are not always consistent) become their text. */
export const string = scalar<string>('string');

/** An integer, from a number or its text. */
export const int = scalar<number>('int');

/** A number, from a number or its text (`23.137466`). */
export const number = scalar<number>('number');

/** A 64-bit id, kept as its decimal text so that no digit is lost. */
export const int64 = scalar<string>('int64');

/** A boolean, from true/false or their text, or 1/0. */
export const boolean = scalar<boolean>('boolean');

/** An optional field: absent or JSON null is undefined. */
export const optional = <T extends z.ZodType>(base: T) =>
  z.preprocess((v) => (v === null ? undefined : v), base.optional());

/** An optional number, id or boolean: absent, JSON null or an empty element ('') is undefined. */
export const optionalScalar = <T extends z.ZodType>(base: T) =>
  z.preprocess((v) => (v === null || v === '' ? undefined : v), base.optional());

/** Whatever is there (free-form content the doc does not type). */
export const any = z.unknown();

/** A discriminator tag: exactly this text. */
export const literal = <const V extends string>(value: V) =>
  z.unknown().transform((v, ctx): V => (v === value ? value : problem(ctx, v, JSON.stringify(value))));

/** One of the listed values, after coercing with `base`. */
export const oneOf = <const V extends string | number>(
  base: z.ZodType<string | number>,
  values: readonly V[],
) =>
  base.transform((v, ctx): V => {
    if ((values as readonly unknown[]).includes(v)) return v as V;
    return problem(ctx, v, `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
  });

/** A nested element. An empty element (`<Info></Info>`, parsed as '') is an empty object. */
export const object = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.preprocess((v) => (v === '' ? {} : v), z.looseObject(shape));

/** A whole message: the fields described, and any others WeChat adds, kept as they came. */
export const message = <S extends z.core.$ZodLooseShape>(shape: S) => z.looseObject(shape);

/**
 * A message with values derived from some of its fields' text (`[field, derivation]` pairs), by
 * deriveValue's rules. `T` is the message's type, derived properties included, as the generator
 * writes it.
 */
export const derived = <T>(base: z.ZodType, list: ReadonlyArray<readonly [string, Derivation]>) =>
  base.transform((m, ctx): T => {
    const out = m as Record<string, unknown>;
    for (const [field, d] of list) {
      const text = out[field];
      const result = typeof text === 'string' ? deriveValue(d, text) : { value: undefined };
      if ('at' in result) {
        ctx.issues.push({
          code: 'custom',
          message: `expected ${result.expected}`,
          input: result.found,
          path: result.at.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        });
      } else if (result.value !== undefined) out[d.name] = result.value;
      else if (d.name in out) out[d.name] = undefined;
    }
    return out as T;
  });

/** A list; see toItems for the shapes it accepts. */
export const array = <T extends z.ZodType>(item: T, itemFields?: readonly string[]) =>
  z.preprocess((v) => toItems(v, itemFields), z.array(item));

/** An object whose properties are built on first read: schemas cost nothing until a message needs one. */
export function lazily<T extends object>(factories: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(factories) as Array<keyof T>) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = factories[key]();
        Object.defineProperty(out, key, { value, enumerable: true, configurable: false, writable: false });
        return value;
      },
    });
  }
  return out;
}
