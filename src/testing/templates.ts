// Turning what a test asks to push (`{ type: 'TextMessage', Content: 'hi' }`, `{ type: 'click' }`, or
// plain fields) into the fields WeChat would send: the descriptor's official sample when the
// generator ships samples, its match tags, the account's addressing fields, fresh ids and times.
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inboundTable } from '../../generated/messages/table.js';
import type { Product } from '../http/endpoint.js';
import type { InboundEntry } from '../messages/entries.js';
import { parseXml } from '../messages/xml.js';
import { byKind, type ResolvedAccount } from './accounts.js';

type Json = Record<string, unknown>;

/** A message to push: plain fields, or `type` (a descriptor name, a MsgType, an Event or InfoType) plus overrides. */
export type PushMessage = Json & { type?: string };

/** The official sample bodies of one descriptor (generated/messages/samples.json). */
export interface MessageSample {
  xml?: string;
  json?: string;
}

// From src/testing/ or dist/chunks/, and from dist/; the file is optional: without it templates
// start from the match tags alone.
const SAMPLE_CANDIDATES = ['../../generated/messages/samples.json', '../generated/messages/samples.json'];
let samples: Promise<Record<string, MessageSample>> | undefined;

export function loadSamples(): Promise<Record<string, MessageSample>> {
  samples ??= (async () => {
    for (const candidate of SAMPLE_CANDIDATES) {
      try {
        return JSON.parse(await readFile(new URL(candidate, import.meta.url), 'utf8')) as Record<
          string,
          MessageSample
        >;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    return {};
  })();
  return samples;
}

const lower = (s: string | undefined) => s?.toLowerCase();

/**
 * The descriptor `type` names: its exact name (`TextMessage`), or, case-insensitively, a MsgType of
 * a message (`text`), an Event (`subscribe`, `click`), an InfoType (`suite_ticket`) or a ChangeType
 * (`create_user`). The account's product breaks ties (`click` is ClickEvent for an Official
 * Account, WorkClickEvent for WeCom).
 */
export function findMessageType(type: string, product?: Product): InboundEntry | undefined {
  const exact = inboundTable.find((e) => e.name === type);
  if (exact) return exact;
  const t = type.toLowerCase();
  const hits = inboundTable.filter((e) => {
    const m = e.match;
    return (
      lower(e.name) === t ||
      (e.kind === 'message' && lower(m.MsgType) === t) ||
      lower(m.Event) === t ||
      lower(m.InfoType) === t ||
      lower(m.ChangeType) === t
    );
  });
  // A bare InfoType/Event also names its ChangeType variants; the one without ChangeType is meant.
  hits.sort((a, b) => Object.keys(a.match).length - Object.keys(b.match).length);
  return (product && hits.find((e) => e.products.includes(product))) || hits[0];
}

/** Message types a product receives, for help texts and error messages. */
export function messageTypesOf(product: Product): string[] {
  return inboundTable.filter((e) => e.products.includes(product)).map((e) => e.name);
}

let lastMsgId = 0n;
/** A fresh 64-bit MsgId (WeChat's are 64-bit; a repeated one is a retry to the webhook's dedup). */
function freshMsgId(): string {
  const candidate = BigInt(Date.now()) * 1_000_000n + BigInt(randomInt(1_000_000));
  lastMsgId = candidate > lastMsgId ? candidate : lastMsgId + 1n;
  return lastMsgId.toString();
}

/** The fields that address a push to an account, for the fields its descriptor has. */
function addressing(account: ResolvedAccount, nowS: number): Json {
  return byKind<ResolvedAccount, Json>(account, {
    app: (a) => ({ ToUserName: a.originalId, FromUserName: DEMO_OPENID, CreateTime: nowS }),
    component: (a) => ({
      AppId: a.componentAppId,
      ToUserName: a.authorizers[0]?.originalId ?? a.componentAppId,
      FromUserName: DEMO_OPENID,
      CreateTime: nowS,
      AuthorizerAppid: a.authorizers[0]?.appId,
    }),
    corp: (a) => ({ ToUserName: a.corpId, FromUserName: DEMO_USERID, CreateTime: nowS, AgentID: a.agentId }),
    suite: (a) => ({
      SuiteId: a.suiteId,
      TimeStamp: nowS,
      AuthCorpId: a.corps[0]?.corpId,
      ToUserName: a.suiteId,
      FromUserName: DEMO_USERID,
      CreateTime: nowS,
    }),
  });
}

/** The follower every push comes from unless a message says otherwise. */
export const DEMO_OPENID = 'oWxkitEmulatorUser0000000001';
export const DEMO_USERID = 'zhangsan';

function sampleFields(sample: MessageSample | undefined, format: 'xml' | 'json'): Json {
  const text = format === 'json' ? (sample?.json ?? sample?.xml) : (sample?.xml ?? sample?.json);
  if (!text) return {};
  return text.trimStart().startsWith('{') ? (JSON.parse(text) as Json) : parseXml(text);
}

export interface ComposeOptions {
  account: ResolvedAccount;
  format: 'xml' | 'json';
  /** Default: loadSamples(). */
  samples?: Record<string, MessageSample>;
}

/**
 * The fields to push. With `type`: the descriptor's sample (or match tags), the account's
 * addressing fields it has, a fresh MsgId and CreateTime, then the overrides. Plain fields are kept
 * as given, only ToUserName/FromUserName/CreateTime filled in when a message (MsgType) lacks them.
 */
export async function composeMessage(
  message: PushMessage,
  o: ComposeOptions,
): Promise<{ fields: Json; entry?: InboundEntry }> {
  const { type, ...overrides } = message;
  const nowS = Math.floor(Date.now() / 1000);
  const address = addressing(o.account, nowS);
  if (type === undefined) {
    const fields: Json = { ...overrides };
    if (fields.MsgType !== undefined) {
      for (const k of ['ToUserName', 'FromUserName', 'CreateTime']) fields[k] ??= address[k];
    }
    return { fields };
  }
  const entry = findMessageType(type, o.account.product);
  if (!entry) {
    throw new TypeError(
      `push: no described message is called "${type}" (try a descriptor name such as TextMessage, or text, subscribe, click)`,
    );
  }
  const sample = (o.samples ?? (await loadSamples()))[entry.name];
  const fields: Json = { ...sampleFields(sample, o.format), ...entry.match };
  for (const f of entry.fields) {
    if (address[f] !== undefined) fields[f] = address[f];
  }
  if (entry.fields.includes('MsgId')) fields.MsgId = freshMsgId();
  // Keep the descriptor's field order (WeChat's), then anything the overrides add.
  const ordered: Json = {};
  for (const f of entry.fields) if (fields[f] !== undefined) ordered[f] = fields[f];
  return { fields: { ...ordered, ...fields, ...overrides }, entry };
}
