// Passive replies. A builder returns a plain Reply object (its type comes from the reply descriptor);
// renderReply writes it as the XML WeChat expects, taking the envelope (who to, who from, when)
// from the caller — the webhook swaps To/From of the inbound message. What fields a reply has and in
// which order they are written comes from generated/messages/table.ts.
import { replyTable } from '../../generated/messages/table.js';
import type {
  ImageReply,
  MusicReply,
  NewsReply,
  Reply,
  ReplyBuilderName,
  TextReply,
  TransferCustomerServiceReply,
  VideoReply,
  VoiceReply,
} from '../../generated/messages/types.js';
import type { ReplyEntry } from './entries.js';
import { clip } from './errors.js';
import { cdata, xmlElement } from './xml.js';

type Envelope = 'ToUserName' | 'FromUserName' | 'CreateTime';
/** A reply of one kind, as a builder returns it. */
export type ReplyOf<R> = Omit<R, Envelope>;

/** Who the reply goes to and from: the inbound message's FromUserName and ToUserName, swapped. */
export interface ReplyEnvelope {
  ToUserName: string;
  FromUserName: string;
  /** Unix seconds; default now. */
  CreateTime?: number;
}

/** One article of a news reply. */
export interface NewsArticle {
  title: string;
  description: string;
  /** JPG or PNG; 360*200 for the large picture, 200*200 for the small ones. */
  picUrl: string;
  /** Opened when the article is tapped. */
  url: string;
}

/** WeChat's limit for one news reply. */
export const MAX_NEWS_ARTICLES = 8;

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new TypeError(`reply: ${what} must be a string`);
  return value;
}

/** Optional fields are left out rather than written empty. */
function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** The reply builders: `return reply.text('hi')` from a handler. */
export const reply = {
  /** Text; line breaks show in the chat. */
  text: (content: string): ReplyOf<TextReply> => ({ MsgType: 'text', Content: text(content, 'content') }),

  /** An image, by the media id of an uploaded image. */
  image: (mediaId: string): ReplyOf<ImageReply> => ({
    MsgType: 'image',
    Image: { MediaId: text(mediaId, 'mediaId') },
  }),

  /** A voice clip, by the media id of an uploaded voice file. */
  voice: (mediaId: string): ReplyOf<VoiceReply> => ({
    MsgType: 'voice',
    Voice: { MediaId: text(mediaId, 'mediaId') },
  }),

  /** A video, by the media id of an uploaded video. */
  video: (v: { mediaId: string; title?: string; description?: string }): ReplyOf<VideoReply> => ({
    MsgType: 'video',
    Video: compact({ MediaId: text(v.mediaId, 'mediaId'), Title: v.title, Description: v.description }),
  }),

  /** Music; the thumbnail is the media id of an uploaded image. */
  music: (m: {
    thumbMediaId: string;
    title?: string;
    description?: string;
    musicUrl?: string;
    /** Played instead of musicUrl on Wi-Fi. */
    hqMusicUrl?: string;
  }): ReplyOf<MusicReply> => ({
    MsgType: 'music',
    Music: compact({
      Title: m.title,
      Description: m.description,
      MusicUrl: m.musicUrl,
      HQMusicUrl: m.hqMusicUrl,
      ThumbMediaId: text(m.thumbMediaId, 'thumbMediaId'),
    }),
  }),

  /** News articles: 1 to 8 (WeChat shows only the first when answering an ordinary user message). */
  news: (articles: readonly NewsArticle[]): ReplyOf<NewsReply> => {
    if (!Array.isArray(articles) || articles.length === 0) {
      throw new RangeError('reply.news: give at least one article');
    }
    if (articles.length > MAX_NEWS_ARTICLES) {
      throw new RangeError(
        `reply.news: ${articles.length} articles; a news reply holds at most ${MAX_NEWS_ARTICLES}`,
      );
    }
    return {
      MsgType: 'news',
      ArticleCount: articles.length,
      Articles: articles.map((a, i) => ({
        Title: text(a.title, `articles[${i}].title`),
        Description: text(a.description, `articles[${i}].description`),
        PicUrl: text(a.picUrl, `articles[${i}].picUrl`),
        Url: text(a.url, `articles[${i}].url`),
      })),
    };
  },

  /** Hand the conversation to the customer-service system, optionally to one agent (account@wechat-id). */
  transferCustomerService: (kfAccount?: string): ReplyOf<TransferCustomerServiceReply> =>
    kfAccount === undefined
      ? { MsgType: 'transfer_customer_service' }
      : { MsgType: 'transfer_customer_service', TransInfo: { KfAccount: text(kfAccount, 'kfAccount') } },
} satisfies Record<ReplyBuilderName, (...args: never[]) => Reply>;

/** True for a Reply object (what a builder returns), judged by its MsgType. */
export function isReply(value: unknown): value is Reply {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { MsgType?: unknown }).MsgType;
  return typeof type === 'string' && Object.hasOwn(replyTable, type);
}

function entryOf(r: Reply): ReplyEntry {
  const type = (r as { MsgType?: unknown } | null)?.MsgType;
  if (typeof type !== 'string' || !Object.hasOwn(replyTable, type)) {
    throw new TypeError(
      `not a reply: MsgType must be one of ${Object.keys(replyTable).join(', ')}` +
        (typeof type === 'string' ? ` (got ${JSON.stringify(clip(type))})` : ''),
    );
  }
  return replyTable[type]!;
}

function createTimeOf(envelope: ReplyEnvelope): number {
  const t = envelope.CreateTime ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(t) || t < 0) throw new RangeError('reply: CreateTime must be Unix seconds');
  return t;
}

/** The reply as the XML body WeChat expects (before encryption, in safe mode). */
export function renderReply(r: Reply, envelope: ReplyEnvelope): string {
  const entry = entryOf(r);
  let xml =
    `<xml><ToUserName>${cdata(text(envelope.ToUserName, 'ToUserName'))}</ToUserName>` +
    `<FromUserName>${cdata(text(envelope.FromUserName, 'FromUserName'))}</FromUserName>` +
    `<CreateTime>${createTimeOf(envelope)}</CreateTime>` +
    `<MsgType>${cdata(r.MsgType)}</MsgType>`;
  const body = r as unknown as Record<string, unknown>;
  for (const f of entry.fields) xml += xmlElement(f, body[f], 1);
  return `${xml}</xml>`;
}

/** The reply as JSON, for a Mini Program whose message push is set to JSON. */
export function renderReplyJson(r: Reply, envelope: ReplyEnvelope): string {
  const entry = entryOf(r);
  const out: Record<string, unknown> = {
    ToUserName: text(envelope.ToUserName, 'ToUserName'),
    FromUserName: text(envelope.FromUserName, 'FromUserName'),
    CreateTime: createTimeOf(envelope),
    MsgType: r.MsgType,
  };
  const body = r as unknown as Record<string, unknown>;
  for (const f of entry.fields) if (body[f] !== undefined) out[f] = body[f];
  return JSON.stringify(out);
}
