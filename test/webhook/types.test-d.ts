// Type tests: handlers get the narrowed message type of their product, routing keys autocomplete
// from the spec, and anything undescribed falls back to UnknownMessage.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ClickEvent,
  ComponentVerifyTicketNotification,
  OfficialAccountMessage,
  Reply,
  SubscribeEvent,
  SuiteCreateUserNotification,
  SuiteTicketNotification,
  TextMessage,
  UnknownMessage,
  WorkCreateUserEvent,
  WorkDeleteUserEvent,
  WorkMessage,
  WorkTextMessage,
  WorkUpdateUserEvent,
} from '../../src/messages/index.js';
import {
  type ByEventKey,
  createWebhook,
  type EventKeyOf,
  type HandlerResult,
  type WebhookContext,
} from '../../src/webhook/index.js';

const oa = createWebhook({ product: 'oa', token: 't' });
const work = createWebhook({ product: 'work', token: 't', encodingAESKey: 'k'.repeat(43) });

describe('on(msgType)', () => {
  it('narrows to the product’s message of that MsgType', () => {
    oa.on('text', (msg, ctx) => {
      expectTypeOf(msg).toEqualTypeOf<TextMessage>();
      expectTypeOf(msg.Content).toEqualTypeOf<string>();
      expectTypeOf(msg.MsgId).toEqualTypeOf<string>();
      expectTypeOf(ctx).toEqualTypeOf<WebhookContext<'oa'>>();
      expectTypeOf(ctx.product).toEqualTypeOf<'oa'>();
    });
    work.on('text', (msg) => {
      expectTypeOf(msg).toEqualTypeOf<WorkTextMessage>();
      expectTypeOf(msg.AgentID).toEqualTypeOf<number>();
    });
  });

  it('refuses a routing key the product does not have (a typo never compiles)', () => {
    // @ts-expect-error 'txt' is not an Official Account MsgType
    oa.on('txt', () => {});
    // @ts-expect-error 'subscrbe' is not an Official Account event
    oa.onEvent('subscrbe', () => {});
    // @ts-expect-error WeCom's change_contact is not an Official Account event
    oa.onEvent('change_contact', () => {});
  });

  it('routes a MsgType the spec does not describe to fallback, as UnknownMessage', () => {
    oa.fallback((msg) => {
      expectTypeOf(msg).toExtend<UnknownMessage | OfficialAccountMessage>();
    });
  });
});

describe('onEvent(event)', () => {
  it('narrows by Event', () => {
    oa.onEvent('subscribe', (e) => {
      expectTypeOf(e).toEqualTypeOf<SubscribeEvent>();
    });
    oa.onEvent('CLICK', (e) => {
      expectTypeOf(e).toEqualTypeOf<ClickEvent>();
      expectTypeOf(e.EventKey).toEqualTypeOf<string>();
    });
  });

  it('takes change_contact whole or by ChangeType', () => {
    work.onEvent('change_contact', (e) => {
      expectTypeOf(e).toEqualTypeOf<Extract<WorkMessage, { Event: 'change_contact' }>>();
      expectTypeOf<WorkUpdateUserEvent>().toExtend<typeof e>();
      if (e.ChangeType === 'create_user') expectTypeOf(e).toEqualTypeOf<WorkCreateUserEvent>();
    });
    work.onEvent('change_contact.delete_user', (e) => {
      expectTypeOf(e).toEqualTypeOf<WorkDeleteUserEvent>();
    });
    expectTypeOf<'change_contact.create_user'>().toExtend<EventKeyOf<WorkMessage>>();
    expectTypeOf<ByEventKey<WorkMessage, 'change_contact'>>().toEqualTypeOf<
      Extract<WorkMessage, { Event: 'change_contact' }>
    >();
  });

  it('narrows open platform and suite notifications by InfoType', () => {
    createWebhook({ product: 'open', token: 't', encodingAESKey: 'k'.repeat(43) }).onEvent(
      'component_verify_ticket',
      (n) => {
        expectTypeOf(n).toEqualTypeOf<ComponentVerifyTicketNotification>();
      },
    );
    const suite = createWebhook({ product: 'work-suite', token: 't', encodingAESKey: 'k'.repeat(43) });
    suite.onEvent('suite_ticket', (n) => {
      expectTypeOf(n).toEqualTypeOf<SuiteTicketNotification>();
    });
    suite.onEvent('change_contact.create_user', (n) => {
      expectTypeOf(n).toEqualTypeOf<SuiteCreateUserNotification>();
    });
  });

  it('does not offer another product’s events', () => {
    expectTypeOf<'component_verify_ticket'>().not.toExtend<EventKeyOf<WorkMessage>>();
    expectTypeOf<'subscribe_msg_popup_event'>().toExtend<EventKeyOf<OfficialAccountMessage>>();
  });
});

describe('handler results', () => {
  it('accepts a Reply, a string or nothing, sync or async', () => {
    oa.on('text', () => 'hi');
    oa.on('text', async () => undefined);
    oa.on('text', () => {});
    expectTypeOf<Reply>().toExtend<HandlerResult>();
    // @ts-expect-error a number is not a reply
    oa.on('text', () => 42);
  });

  it('chains and keeps the product', () => {
    const bot = oa
      .on('text', () => 'a')
      .onEvent('subscribe', () => 'b')
      .use((_ctx, next) => next());
    expectTypeOf(bot).toEqualTypeOf(oa);
  });
});
