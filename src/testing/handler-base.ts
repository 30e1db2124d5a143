// What every emulator handler is given and answers with, and the small helpers they share
// (handlers.ts, token-handlers.ts).
import type { CatalogEntry } from './catalog.js';
import type { EmulatorState, StoredMedia } from './state.js';
import type { IssuedToken } from './tokens.js';
import { type WechatErrorBody, wechatError } from './wechat-errors.js';

export type Json = Record<string, unknown>;

export type HandlerResult = { json: Json } | { error: WechatErrorBody } | { file: StoredMedia };

export interface HandlerContext {
  entry: CatalogEntry;
  params: Json;
  /** The request's token, already checked. */
  token?: IssuedToken;
  state: EmulatorState;
  /** Sends a fresh ticket notification to a component's or suite's ticket URL (api_start_push_ticket). */
  pushTicket(ownerId: string): void;
}

/** `undefined`: answer as for any endpoint (the example, or a PNG for binary ones). */
export type Handler = (ctx: HandlerContext) => HandlerResult | undefined | Promise<HandlerResult | undefined>;

export const ok = (json: Json): HandlerResult => ({ json: { errcode: 0, errmsg: 'ok', ...json } });
export const fail = (errcode: number, errmsg: string): HandlerResult => ({
  error: wechatError(errcode, errmsg),
});

/** The example with some fields replaced, each keeping the example's type (WeCom sends created_at as a string). */
export function patch(example: Json | undefined, values: Json): Json {
  const out: Json = { ...(example ?? {}) };
  for (const [k, v] of Object.entries(values)) {
    out[k] = typeof out[k] === 'string' && typeof v === 'number' ? String(v) : v;
  }
  return out;
}
