// The one error the message layer throws for bad input. Its message says what is wrong and where
// (an offset, a tag or field name), never the body itself: pushes carry user content and secrets
// (auth codes, tickets).
import { WxkitError } from '../errors.js';

export class MessageParseError extends WxkitError {
  override readonly name: string = 'MessageParseError';
  /** The descriptor the body matched, when it matched one but did not fit it. */
  readonly messageName: string | undefined;
  /** One line per problem, e.g. `CreateTime: expected an integer`. */
  readonly issues: readonly string[];

  constructor(message: string, init: { messageName?: string; issues?: readonly string[] } = {}) {
    super(message);
    this.messageName = init.messageName;
    this.issues = init.issues ?? [];
  }
}

/** At most `max` characters of a name taken from the input, so an error message stays short. */
export const clip = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max)}…` : s);
