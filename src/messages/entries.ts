// The row types of generated/messages/table.ts.
import type { InboundMessageName, ReplyBuilderName, ReplyName } from '../../generated/messages/types.js';
import type { Product } from '../http/endpoint.js';

/** An inbound message or event descriptor, as the parser dispatches on it. */
export interface InboundEntry {
  name: InboundMessageName;
  kind: 'message' | 'event';
  products: readonly Product[];
  /** Discriminator tag -> value, e.g. { MsgType: 'event', Event: 'subscribe' }. */
  match: Readonly<Record<string, string>>;
  /** Top-level field names (to pick between descriptors of different products with the same match). */
  fields: readonly string[];
}

/** A passive reply descriptor. */
export interface ReplyEntry {
  name: ReplyName;
  builder: ReplyBuilderName;
  products: readonly Product[];
  /** Body fields (everything but the envelope and MsgType), in the order they are written. */
  fields: readonly string[];
}
