// zod issues as `{ path, message }` for ValidationError. No zod import here: this runs on the call
// path, and zod itself loads with the first area a client calls into.
interface Issue {
  code?: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  values?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  discriminator?: string;
  options?: unknown[];
  /** invalid_union: each alternative's own issues. */
  errors?: unknown[][];
}

/**
 * zod/mini ships no messages ("Invalid input"): say what was expected, from the issue's own facts.
 * Custom messages (int64, upload) are kept.
 */
export function issueMessage(issue: Issue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${String(issue.expected)}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}${unit}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}${unit}`;
    case 'invalid_union': {
      // A union of literals (an int enum): name the values.
      const values = (issue.errors ?? []).flatMap((alt) =>
        alt.length === 1 && (alt[0] as Issue).code === 'invalid_value'
          ? ((alt[0] as Issue).values ?? [])
          : [],
      );
      if (values.length && values.length === (issue.errors ?? []).length) {
        return `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
      }
      return issue.discriminator
        ? `expected ${issue.discriminator} to be one of ${(issue.options ?? []).map((v) => JSON.stringify(v)).join(', ')}`
        : 'matches none of the allowed shapes';
    }
    case 'unrecognized_keys':
      return 'unknown keys';
    default:
      return issue.message || 'invalid';
  }
}

/** Issues as `{ path, message }`, paths dotted. */
export const issuesOf = (error: { issues: readonly Issue[] }) =>
  error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: issueMessage(i) }));
