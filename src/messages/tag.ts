// What the generated guards read: a top-level field of anything, without throwing on non-objects.
export const tag = (m: unknown, key: string): unknown =>
  typeof m === 'object' && m !== null ? (m as Record<string, unknown>)[key] : undefined;
