// The endpoints whose answer depends on what the emulator remembers: token issuing (token-handlers.ts),
// web-authorization codes (web-auth-handlers.ts), QR codes and media (here). Every other endpoint
// answers with its descriptor's example (exampleAnswer).
import { randomBytes } from 'node:crypto';
import type { ZodMiniType } from 'zod/mini';
import type { CatalogEntry } from './catalog.js';
import { type Handler, type Json, patch } from './handler-base.js';
import { TOKEN_HANDLERS } from './token-handlers.js';
import { WEB_AUTH_HANDLERS } from './web-auth-handlers.js';

export type { HandlerContext, HandlerResult } from './handler-base.js';

const qrcodeCreate: Handler = (ctx) => {
  const permanent = String(ctx.params.action_name).startsWith('QR_LIMIT');
  const id = randomBytes(12).toString('base64url');
  const ticket = Buffer.from(`http://weixin.qq.com/q/${id}`).toString('base64');
  const expire = Math.min(Number(ctx.params.expire_seconds ?? 60) || 60, 2_592_000);
  return {
    json: {
      ticket,
      ...(permanent ? {} : { expire_seconds: expire }),
      url: `http://weixin.qq.com/q/${id}`,
    },
  };
};

const mediaUpload: Handler = async (ctx) => {
  const file = ctx.params.media;
  const mediaId = randomBytes(24).toString('base64url');
  if (file instanceof Blob) {
    ctx.state.storeMedia(mediaId, {
      bytes: new Uint8Array(await file.arrayBuffer()),
      contentType: file.type || 'application/octet-stream',
      filename: file instanceof File && file.name ? file.name : `${mediaId}.bin`,
    });
  }
  return {
    json: patch(ctx.entry.example, {
      type: ctx.params.type,
      media_id: mediaId,
      created_at: Math.floor(ctx.state.now() / 1000),
    }),
  };
};

/** What was uploaded under that media_id; anything else gets the default PNG. */
const mediaGet: Handler = (ctx) => {
  const stored = ctx.state.media.get(String(ctx.params.media_id));
  return stored ? { file: stored } : undefined;
};

/**
 * The example response, echoing the request where both name the same top-level scalar (the openid
 * of user.info, the agentid of agent.get), so answers read as answers to the question asked.
 */
export function exampleAnswer(entry: CatalogEntry, params: Json): Json {
  const example: Json = entry.example ?? { errcode: 0, errmsg: 'ok' };
  const out: Json = { ...example };
  for (const [k, v] of Object.entries(params)) {
    if (k in out && typeof v !== 'object' && typeof v === typeof out[k]) out[k] = v;
  }
  // An echo must not make the official example an answer its own schema refuses (an OCR request's
  // `type=photo` is not the response's `type: Front | Back`).
  const schema = entry.row.result as ZodMiniType | undefined;
  return schema && !schema.safeParse(out).success ? { ...example } : out;
}

export const HANDLERS: Readonly<Record<string, Handler>> = {
  ...TOKEN_HANDLERS,
  'oa.qrcode.create': qrcodeCreate,
  'shared.media.upload': mediaUpload,
  'work.media.upload': mediaUpload,
  'shared.media.get': mediaGet,
  'work.media.get': mediaGet,
  ...WEB_AUTH_HANDLERS,
};
