// Type tests: the generated message types, guards, unions, parseMessage's result and the reply builders.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ComponentVerifyTicketNotification,
  type InboundMessage,
  isSubscribeEvent,
  isTextMessage,
  isWorkCreateUserEvent,
  type MessageOf,
  type MiniProgramSubscribeMsgSentEvent,
  messageSchemas,
  type OfficialAccountMessage,
  type OpenPlatformMessage,
  parseMessage,
  type Reply,
  renderReply,
  reply,
  type SubscribeEvent,
  type TextMessage,
  type UnknownMessage,
  type WorkCreateUserEvent,
  type WorkMessage,
  type WorkTextMessage,
} from '../../src/messages/index.js';

declare const anything: unknown;
declare const oa: OfficialAccountMessage;
declare const any: InboundMessage;
declare const work: WorkMessage;

describe('message types', () => {
  it('type discriminators as literals, int64 as string, int as number', () => {
    expectTypeOf<TextMessage['MsgType']>().toEqualTypeOf<'text'>();
    expectTypeOf<SubscribeEvent['Event']>().toEqualTypeOf<'subscribe'>();
    expectTypeOf<ComponentVerifyTicketNotification['InfoType']>().toEqualTypeOf<'component_verify_ticket'>();
    expectTypeOf<TextMessage['MsgId']>().toEqualTypeOf<string>();
    expectTypeOf<TextMessage['CreateTime']>().toEqualTypeOf<number>();
    expectTypeOf<MiniProgramSubscribeMsgSentEvent['List']>().toEqualTypeOf<
      Array<{ TemplateId: string; MsgID: string; ErrorCode: number; ErrorStatus: string }> | undefined
    >();
  });

  it('guards narrow anything to their message', () => {
    if (isTextMessage(anything)) {
      expectTypeOf(anything).toEqualTypeOf<TextMessage>();
      expectTypeOf(anything.Content).toEqualTypeOf<string>();
    }
    if (isSubscribeEvent(oa)) expectTypeOf(oa.EventKey).toEqualTypeOf<string | undefined>();
    if (isWorkCreateUserEvent(work)) expectTypeOf(work.UserID).toEqualTypeOf<string>();
  });

  it('product unions narrow by MsgType / Event / ChangeType', () => {
    if (oa.MsgType === 'text') expectTypeOf(oa).toEqualTypeOf<TextMessage>();
    if (oa.MsgType === 'event' && oa.Event === 'subscribe') expectTypeOf(oa).toEqualTypeOf<SubscribeEvent>();
    // Open-platform and suite notifications have no MsgType (they go by InfoType): check for it first.
    if ('MsgType' in any && any.MsgType === 'text')
      expectTypeOf(any).toEqualTypeOf<TextMessage | WorkTextMessage>();
    if (work.MsgType === 'event' && work.Event === 'change_contact' && work.ChangeType === 'create_user') {
      expectTypeOf(work).toEqualTypeOf<WorkCreateUserEvent>();
    }
    expectTypeOf<Extract<OfficialAccountMessage, { MsgType: 'text' }>>().toEqualTypeOf<TextMessage>();
    // @ts-expect-error Content is not on every message: narrow first
    oa.Content;
  });

  it('parseMessage returns the product union (or an unknown push)', () => {
    expectTypeOf(parseMessage('', { product: 'oa' })).toEqualTypeOf<
      OfficialAccountMessage | UnknownMessage
    >();
    expectTypeOf(parseMessage('', { product: 'open' })).toEqualTypeOf<OpenPlatformMessage | UnknownMessage>();
    expectTypeOf(parseMessage('')).toEqualTypeOf<InboundMessage | UnknownMessage>();
    expectTypeOf<MessageOf>().toEqualTypeOf<InboundMessage>();
    const m = parseMessage('', { product: 'oa' });
    if (isTextMessage(m)) expectTypeOf(m.Content).toEqualTypeOf<string>();
  });

  it('schemas output their message type', () => {
    expectTypeOf(messageSchemas.TextMessage.parse(anything)).toEqualTypeOf<TextMessage>();
  });

  it('reply builders return Replies that renderReply takes', () => {
    expectTypeOf(reply.text('x')).toExtend<Reply>();
    expectTypeOf(reply.text('x').MsgType).toEqualTypeOf<'text'>();
    expectTypeOf(reply.news)
      .parameter(0)
      .toEqualTypeOf<readonly { title: string; description: string; picUrl: string; url: string }[]>();
    expectTypeOf(
      renderReply(reply.image('m'), { ToUserName: 'a', FromUserName: 'b' }),
    ).toEqualTypeOf<string>();
    // @ts-expect-error video needs a mediaId
    reply.video({ title: 't' });
    // @ts-expect-error not a reply
    renderReply({ MsgType: 'text' }, { ToUserName: 'a', FromUserName: 'b' });
  });
});
