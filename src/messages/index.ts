// wxkit/messages: every push WeChat sends, typed (generated from spec/messages), the parser that
// turns a decrypted body into one, the type guards, and the passive-reply builders and renderer.
export * from '../../generated/messages/guards.js';
export type { MessageSchemas } from '../../generated/messages/schemas.js';
export { messageSchemas } from '../../generated/messages/schemas.js';
export type * from '../../generated/messages/types.js';
export type { Product } from '../http/endpoint.js';
export { MessageParseError } from './errors.js';
export type { MessageOf, ParseMessageOptions, UnknownMessage } from './parse.js';
export { parseMessage } from './parse.js';
export type { NewsArticle, ReplyEnvelope, ReplyOf } from './reply.js';
export { isReply, MAX_NEWS_ARTICLES, renderReply, renderReplyJson, reply } from './reply.js';
export { buildXml, parseXml } from './xml.js';
