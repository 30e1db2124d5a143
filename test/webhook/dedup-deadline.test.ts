// Duplicate pushes (WeChat retries an unanswered push up to three times) and the reply deadline
// (WeChat gives up after 5 s), with fake timers where time matters.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSlowBot, customMessageFor } from '../../examples/late-reply.js';
import { createOfficialAccount } from '../../src/index.js';
import { reply } from '../../src/messages/index.js';
import { MemoryStore, type Store } from '../../src/tokens/store.js';
import { dedupKey } from '../../src/webhook/dedup.js';
import { createWebhook, LateReplyError, type WebhookResponse } from '../../src/webhook/index.js';
import { fakeFetch } from '../helpers/fake-fetch.js';
import {
  APPID,
  eventXml,
  KEY,
  msgId,
  now,
  openReply,
  type Push,
  plainPush,
  safePush,
  TOKEN,
  tag,
  textXml,
  USER,
} from './helpers.js';

const send = (bot: { handle: (r: any) => Promise<WebhookResponse> }, p: Push) =>
  bot.handle({ method: 'POST', url: p.url, body: p.body });

const oa = (extra: Partial<Parameters<typeof createWebhook<'oa'>>[0]> = {}) =>
  createWebhook({ product: 'oa', token: TOKEN, encodingAESKey: KEY, receiveId: APPID, ...extra });

/** A Store with Redis-like latency and a log of calls: what a networked store looks like. */
class SlowStore implements Store {
  readonly inner = new MemoryStore();
  readonly calls: string[] = [];
  constructor(readonly delayMs = 5) {}
  #wait = () => new Promise((r) => setTimeout(r, this.delayMs));
  async get(key: string) {
    this.calls.push('get');
    await this.#wait();
    return this.inner.get(key);
  }
  async set(key: string, value: string, ttlMs: number) {
    this.calls.push(`set:${ttlMs}`);
    await this.#wait();
    return this.inner.set(key, value, ttlMs);
  }
  async setIfAbsent(key: string, value: string, ttlMs: number) {
    this.calls.push(`setIfAbsent:${ttlMs}`);
    await this.#wait();
    return this.inner.setIfAbsent(key, value, ttlMs);
  }
  async compareAndDelete(key: string, expected: string) {
    return this.inner.compareAndDelete(key, expected);
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('duplicate pushes', () => {
  it('gives a retry the first answer, re-encrypted, without running the handler again', async () => {
    let runs = 0;
    const bot = oa().on('text', (m) => `#${++runs} ${m.Content}`);
    const push = safePush(textXml('hi'));
    const first = await send(bot, push);
    const retry = await send(bot, push);
    expect(runs).toBe(1);
    expect(tag(openReply(first.body), 'Content')).toBe('#1 hi');
    expect(tag(openReply(retry.body), 'Content')).toBe('#1 hi');
    // A fresh envelope (own nonce and random), same content.
    expect(retry.body).not.toBe(first.body);
  });

  it('answers "success" to a retry that arrives while the first delivery is still running', async () => {
    let release!: () => void;
    let runs = 0;
    const bot = oa({ store: new SlowStore(2) }).on('text', async () => {
      runs++;
      await new Promise<void>((r) => {
        release = r;
      });
      return 'done';
    });
    const push = safePush(textXml('slow'));
    const first = send(bot, push);
    await vi.waitFor(() => expect(runs).toBe(1));
    const [a, b] = await Promise.all([send(bot, push), send(bot, push)]);
    expect([a.body, b.body]).toEqual(['success', 'success']);
    release();
    expect(tag(openReply((await first).body), 'Content')).toBe('done');
    expect(runs).toBe(1);
  });

  it('runs the handler once for concurrent deliveries of one push', async () => {
    let runs = 0;
    const bot = oa({ store: new SlowStore(3) }).on('text', () => void runs++);
    const push = safePush(textXml('burst'));
    const answers = await Promise.all(Array.from({ length: 20 }, () => send(bot, push)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(runs).toBe(1);
  });

  it('keys events by sender, time, Event and EventKey, and messages by MsgId', async () => {
    const seen: string[] = [];
    const bot = oa()
      .onEvent('CLICK', (e) => void seen.push(e.EventKey))
      .on('text', (m) => void seen.push(m.Content));
    const time = now();
    const click = (key: string, from = 'u1') =>
      safePush(eventXml('CLICK', `<EventKey><![CDATA[${key}]]></EventKey>`, { from, time }));
    for (const p of [click('A'), click('A'), click('B'), click('A', 'u2')]) await send(bot, p);
    const id = msgId();
    await send(bot, safePush(textXml('one', { id })));
    await send(bot, safePush(textXml('one again', { id })));
    expect(seen).toEqual(['A', 'B', 'A', 'one']);
  });

  it('keys notifications and contact changes by their whole body', () => {
    const a = { InfoType: 'suite_ticket', SuiteTicket: 't1' };
    expect(dedupKey(a, '<xml>1</xml>')).toBe(dedupKey(a, '<xml>1</xml>'));
    expect(dedupKey(a, '<xml>1</xml>')).not.toBe(dedupKey(a, '<xml>2</xml>'));
    expect(dedupKey({ MsgId: '9', MsgType: 'text' }, 'x')).toBe('msg:9');
    // Two contact changes of one second from "sys" must not collapse into one.
    const change = { FromUserName: 'sys', CreateTime: 1, Event: 'change_contact', ChangeType: 'update_user' };
    expect(dedupKey(change, '<UserID>a</UserID>')).not.toBe(dedupKey(change, '<UserID>b</UserID>'));
  });

  it('uses the Store interface, keeping a push as long as its timestamp is accepted (so a Redis store works the same)', async () => {
    const store = new SlowStore(1);
    const bot = oa({ store, dedupTtlMs: 12_345 }).on('text', () => 'ok');
    const push = safePush(textXml('x'));
    await send(bot, push);
    await send(bot, push);
    // The claim and the answer live until the timestamp leaves the 300 s window, not just 12 345 ms.
    expect(store.calls.map((c) => c.split(':')[0])).toEqual(['setIfAbsent', 'set', 'setIfAbsent', 'get']);
    for (const c of store.calls.filter((x) => x.includes(':'))) {
      const ttl = Number(c.split(':')[1]);
      expect(ttl).toBeGreaterThan(299_000);
      expect(ttl).toBeLessThanOrEqual(302_000);
    }
    // A dedup TTL longer than the window is kept as is.
    const longer = new SlowStore(1);
    await send(
      oa({ store: longer, dedupTtlMs: 600_000 }).on('text', () => 'ok'),
      safePush(textXml('y')),
    );
    const longTtl = Number(longer.calls[0]!.split(':')[1]);
    expect(longTtl).toBeGreaterThanOrEqual(600_000);
    expect(longTtl).toBeLessThan(601_000);
  });

  it('still answers when the store is down (without duplicate suppression) and reports it', async () => {
    const broken: Store = {
      get: () => Promise.reject(new Error('ECONNREFUSED')),
      set: () => Promise.reject(new Error('ECONNREFUSED')),
      setIfAbsent: () => Promise.reject(new Error('ECONNREFUSED')),
      compareAndDelete: () => Promise.reject(new Error('ECONNREFUSED')),
    };
    const onError = vi.fn();
    const bot = oa({ store: broken, onError }).on('text', () => 'still here');
    const throwing: Store = {
      ...broken,
      setIfAbsent: () => {
        throw new Error('not connected');
      },
    };
    const res2 = await send(
      oa({ store: throwing, onError: () => {} }).on('text', () => 'also here'),
      safePush(textXml('y')),
    );
    expect(tag(openReply(res2.body), 'Content')).toBe('also here');
    const res = await send(bot, safePush(textXml('x')));
    expect(tag(openReply(res.body), 'Content')).toBe('still here');
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
    expect(onError.mock.calls.map((c) => c[1].stage)).toEqual(['store', 'store']);
  });
});

describe('deadline', () => {
  it('answers "success" at the deadline and hands the late reply to onLateReply', async () => {
    vi.useFakeTimers();
    const onLateReply = vi.fn();
    const bot = oa({ onLateReply }).on('text', async (m) => {
      await new Promise((r) => setTimeout(r, 10_000));
      return reply.text(`late ${m.Content}`);
    });
    let answered: WebhookResponse | undefined;
    void send(bot, safePush(textXml('hi'))).then((r) => {
      answered = r;
    });
    await vi.advanceTimersByTimeAsync(4_499);
    expect(answered).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(answered).toMatchObject({ status: 200, body: 'success' });
    expect(onLateReply).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(5_501);
    expect(onLateReply).toHaveBeenCalledOnce();
    const [lateReply, message, ctx] = onLateReply.mock.calls[0]!;
    expect(lateReply).toEqual(reply.text('late hi'));
    expect(message).toMatchObject({ MsgType: 'text', Content: 'hi' });
    expect(ctx).toMatchObject({ account: APPID, mode: 'safe' });
  });

  it('keeps each push’s own deadline when several are in flight (one shared timer)', async () => {
    vi.useFakeTimers();
    const bot = oa({ deadlineMs: 3_000, onLateReply: () => {} }).on('text', async (m) => {
      // "fast" answers at once; the others would take 10 s.
      if (m.Content !== 'fast') await new Promise((r) => setTimeout(r, 10_000));
      return m.Content;
    });
    const answeredAt: Record<string, number> = {};
    const start = Date.now();
    const go = (content: string) =>
      void send(bot, safePush(textXml(content))).then((r) => {
        answeredAt[content] = Date.now() - start;
        expect(r.body === 'success').toBe(content !== 'fast');
      });
    go('a');
    await vi.advanceTimersByTimeAsync(1_000);
    go('b');
    go('fast');
    await vi.advanceTimersByTimeAsync(1_000);
    go('c');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(answeredAt).toEqual({ a: 3_000, fast: 1_000, b: 4_000, c: 5_000 });
  });

  it('gives a retry of a timed-out push "success" and never reruns the handler', async () => {
    vi.useFakeTimers();
    let runs = 0;
    const bot = oa({ deadlineMs: 100, onLateReply: () => {} }).on('text', async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 1_000));
      return 'late';
    });
    const push = safePush(textXml('x'));
    const first = send(bot, push);
    await vi.advanceTimersByTimeAsync(100);
    expect((await first).body).toBe('success');
    const retry = send(bot, push);
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await retry).body).toBe('success');
    expect(runs).toBe(1);
  });

  it('reports a late reply with no onLateReply hook, and errors thrown by the hook', async () => {
    vi.useFakeTimers();
    const onError = vi.fn();
    const slow = async () => {
      await new Promise((r) => setTimeout(r, 50));
      return 'late';
    };
    const dropped = oa({ deadlineMs: 10, onError }).on('text', slow);
    void send(dropped, safePush(textXml('a')));
    await vi.advanceTimersByTimeAsync(100);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(LateReplyError);
    expect(onError.mock.calls[0]?.[1]).toMatchObject({ stage: 'late-reply' });

    onError.mockClear();
    const failing = oa({
      deadlineMs: 10,
      onError,
      onLateReply: () => Promise.reject(new Error('customer-service send failed')),
    }).on('text', slow);
    void send(failing, safePush(textXml('b')));
    await vi.advanceTimersByTimeAsync(100);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ message: 'customer-service send failed' });
  });

  it('refuses a deadline that is not a finite number of ms', () => {
    expect(() => oa({ deadlineMs: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => oa({ deadlineMs: -1 })).toThrow(RangeError);
  });

  it('does not call onLateReply for a handler that finishes in time or returns nothing late', async () => {
    vi.useFakeTimers();
    const onLateReply = vi.fn();
    const bot = oa({ deadlineMs: 10, onLateReply }).on('text', async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    void send(bot, safePush(textXml('a')));
    await vi.advanceTimersByTimeAsync(100);
    expect(onLateReply).not.toHaveBeenCalled();
  });
});

describe('the late-reply recipe (examples/late-reply.ts)', () => {
  it('sends a reply that missed the deadline as a customer-service message', async () => {
    vi.useFakeTimers();
    const { fetch, requests } = fakeFetch((req) =>
      req.url.pathname === '/cgi-bin/stable_token'
        ? { access_token: 'ACCESS_TOKEN', expires_in: 7200 }
        : { errcode: 0, errmsg: 'ok' },
    );
    const account = createOfficialAccount({ appId: APPID, appSecret: 'secret', fetch });
    const bot = createSlowBot(account, { token: TOKEN, deadlineMs: 1_000 });
    const answer = send(bot, plainPush(textXml('why?')));
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await answer).body).toBe('success');
    expect(requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5_000);
    await vi.waitFor(() =>
      expect(requests.map((r) => r.url.pathname)).toContain('/cgi-bin/message/custom/send'),
    );
    const sent = requests.find((r) => r.url.pathname === '/cgi-bin/message/custom/send')!;
    expect(JSON.parse(sent.text)).toEqual({
      touser: USER,
      msgtype: 'text',
      text: { content: 'After some thought: why?' },
    });
  });

  it('maps each reply kind it can, and skips the ones it cannot', () => {
    expect(customMessageFor('u', reply.image('M'))).toEqual({
      touser: 'u',
      msgtype: 'image',
      image: { media_id: 'M' },
    });
    expect(customMessageFor('u', reply.voice('V'))).toEqual({
      touser: 'u',
      msgtype: 'voice',
      voice: { media_id: 'V' },
    });
    expect(
      customMessageFor('u', reply.news([{ title: 't', description: 'd', picUrl: 'p', url: 'l' }])),
    ).toEqual({
      touser: 'u',
      msgtype: 'news',
      news: { articles: [{ title: 't', description: 'd', picurl: 'p', url: 'l' }] },
    });
    expect(customMessageFor('u', reply.video({ mediaId: 'v' }))).toBeUndefined();
    expect(customMessageFor('u', reply.transferCustomerService())).toBeUndefined();
  });
});
