// wxkit webhook: the callback URL of an account (createWebhook) or of many (createWebhookGateway).
export type { Bot } from './bot.js';
export { createWebhook } from './bot.js';
export type { WebhookRejection } from './errors.js';
export { LateReplyError, WebhookError } from './errors.js';
export type { GatewayOptions, GatewayPush, WebhookGateway } from './gateway.js';
export { createWebhookGateway } from './gateway.js';
export type {
  ByEventKey,
  ByMsgType,
  EventKeyOf,
  Handler,
  HandlerResult,
  Middleware,
  MsgTypeOf,
  PushSummary,
  WebhookContext,
  WebhookErrorContext,
  WebhookMode,
  WebhookOptions,
  WebhookRequest,
  WebhookResponse,
} from './types.js';
