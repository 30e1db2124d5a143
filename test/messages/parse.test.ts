// parseMessage: format detection, dispatch by match tags (and product), coercion, unknown pushes and
// bad input. The official samples are covered by contract.test.ts; these are the edges.
import { describe, expect, it } from 'vitest';
import {
  isPicSysphotoEvent,
  isTextMessage,
  isWorkTextMessage,
  MessageParseError,
  messageSchemas,
  parseMessage,
} from '../../src/messages/index.js';

const text = (extra = '') =>
  `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o_user]]></FromUserName>` +
  `<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content>` +
  `<MsgId>24412345678901234567</MsgId>${extra}</xml>`;

function parseError(run: () => unknown): MessageParseError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(MessageParseError);
    return e as MessageParseError;
  }
  throw new Error('expected a MessageParseError');
}

describe('parseMessage', () => {
  it('parses XML into typed values: int from text, int64 kept whole as a string', () => {
    const m = parseMessage(text(), { product: 'oa' });
    expect(m).toEqual({
      ToUserName: 'gh_1',
      FromUserName: 'o_user',
      CreateTime: 1700000000,
      MsgType: 'text',
      Content: 'hi',
      MsgId: '24412345678901234567',
    });
    expect(isTextMessage(m)).toBe(true);
  });

  it('accepts bytes (UTF-8, with or without a BOM) and detects the format', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${text()}`);
    expect(parseMessage(bytes, { product: 'oa' })).toMatchObject({ Content: 'hi' });
    expect(parseMessage(Buffer.from(text().replace('hi', '你好')))).toMatchObject({ Content: '你好' });
    expect(parseError(() => parseMessage(new Uint8Array([0x3c, 0xff, 0xfe]))).message).toMatch(
      /not valid UTF-8/,
    );
  });

  it('keeps fields the descriptor does not list (WeChat adds fields without notice)', () => {
    expect(parseMessage(text('<NewField>x</NewField>'), { product: 'oa' })).toMatchObject({ NewField: 'x' });
  });

  describe('JSON', () => {
    const json = (o: Record<string, unknown>) =>
      JSON.stringify({ ToUserName: 'gh_1', FromUserName: 'o_user', CreateTime: 1700000000, ...o });

    it('keeps 64-bit ids whole even when they come as JSON numbers', () => {
      const body = json({ MsgType: 'text', Content: 'hi', MsgId: 0 }).replace(
        '"MsgId":0',
        '"MsgId":12345678901234567891',
      );
      expect(parseMessage(body, { product: 'miniprogram' })).toMatchObject({ MsgId: '12345678901234567891' });
      // Long digit runs inside strings are left alone.
      const inString = json({ MsgType: 'text', Content: '12345678901234567891', MsgId: 1 });
      expect(parseMessage(inString)).toMatchObject({ Content: '12345678901234567891', MsgId: '1' });
    });

    it('coerces numbers sent as strings, and a lone object in place of a list', () => {
      const m = parseMessage(
        json({
          CreateTime: '1620963428',
          MsgType: 'event',
          Event: 'subscribe_msg_sent_event',
          List: { TemplateId: 't', MsgID: '1864323726461255680', ErrorCode: '0', ErrorStatus: 'success' },
        }),
        { product: 'miniprogram' },
      );
      expect(m).toMatchObject({
        CreateTime: 1620963428,
        List: [{ TemplateId: 't', MsgID: '1864323726461255680', ErrorCode: 0, ErrorStatus: 'success' }],
      });
    });

    it('treats null as absent for optional fields, and as missing for required ones', () => {
      const m = parseMessage(json({ MsgType: 'text', Content: 'x', MsgId: 1, MsgDataId: null, Idx: null }), {
        product: 'oa',
      });
      expect(m).toMatchObject({ Content: 'x' });
      expect((m as Record<string, unknown>).MsgDataId).toBeUndefined();
      const e = parseError(() =>
        parseMessage(json({ MsgType: 'text', Content: null, MsgId: 1 }), { product: 'oa' }),
      );
      expect(e.issues).toEqual(['Content: expected text']);
    });

    it('takes format: json when told, and refuses what is not a JSON object', () => {
      expect(
        parseMessage(` ${json({ MsgType: 'text', Content: 'x', MsgId: 1 })}`, { format: 'json' }),
      ).toMatchObject({
        Content: 'x',
      });
      expect(parseError(() => parseMessage('[1,2]', { format: 'json' })).message).toMatch(
        /not a JSON object/,
      );
      const bad = parseError(() => parseMessage('{"Content": "SECRET", ', { format: 'json' }));
      expect(bad.message).toMatch(/not valid JSON/);
      expect(bad.message).not.toContain('SECRET');
    });
  });

  describe('dispatch', () => {
    it('restricts descriptors to the product when given', () => {
      // WeCom's text message also has AgentID; an OA-shaped text does not fit it.
      const e = parseError(() => parseMessage(text(), { product: 'work' }));
      expect(e.messageName).toBe('WorkTextMessage');
      expect(e.issues).toContain('AgentID: required (an integer)');
      // The open platform has no text message at all.
      expect(parseMessage(text(), { product: 'open' })).toMatchObject({
        MsgType: 'text',
        CreateTime: '1700000000',
      });
    });

    it('without a product, prefers the descriptor whose fields are present', () => {
      const work = parseMessage(text('<AgentID>1000002</AgentID>'));
      expect(isWorkTextMessage(work) && work.AgentID).toBe(1000002);
      expect(parseMessage(text())).not.toHaveProperty('AgentID');
    });

    it('picks the most specific match: WeCom change_contact by ChangeType', () => {
      const xml = (changeType: string) =>
        `<xml><ToUserName>corp</ToUserName><FromUserName>sys</FromUserName><CreateTime>1</CreateTime>` +
        `<MsgType>event</MsgType><Event>change_contact</Event><ChangeType>${changeType}</ChangeType>` +
        `<Id>2</Id><ParentId>1</ParentId></xml>`;
      expect(parseMessage(xml('create_party'), { product: 'work' })).toMatchObject({ Id: 2, ParentId: 1 });
      // A ChangeType nothing describes is an unknown push, kept raw.
      expect(parseMessage(xml('create_galaxy'), { product: 'work' })).toMatchObject({ Id: '2' });
    });

    it('never treats a push as a reply, even when the MsgType is a reply type', () => {
      const music = text().replace('<![CDATA[text]]>', '<![CDATA[music]]>');
      expect(parseMessage(music)).toMatchObject({ MsgType: 'music', CreateTime: '1700000000' });
    });

    it('returns an unknown push as its raw fields instead of throwing', () => {
      const unknown = text().replace('<![CDATA[text]]>', '<![CDATA[hologram]]>');
      const m = parseMessage(unknown, { product: 'oa' });
      expect(m).toEqual({
        ToUserName: 'gh_1',
        FromUserName: 'o_user',
        CreateTime: '1700000000',
        MsgType: 'hologram',
        Content: 'hi',
        MsgId: '24412345678901234567',
      });
      const event = parseMessage('<xml><MsgType>event</MsgType><Event>brand_new_event</Event></xml>');
      expect(event).toEqual({ MsgType: 'event', Event: 'brand_new_event' });
      expect(parseMessage({ InfoType: 'something_new' })).toEqual({ InfoType: 'something_new' });
    });
  });

  describe('lists', () => {
    const pics = (list: string) =>
      `<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>1</CreateTime>` +
      `<MsgType>event</MsgType><Event>pic_sysphoto</Event><EventKey>k</EventKey>` +
      `<SendPicsInfo><Count>2</Count>${list}</SendPicsInfo></xml>`;

    it('reads <item> wrappers with one or many items, and an empty list', () => {
      const two = parseMessage(
        pics('<PicList><item><PicMd5Sum>x</PicMd5Sum></item><item><PicMd5Sum>y</PicMd5Sum></item></PicList>'),
      );
      expect(isPicSysphotoEvent(two) && two.SendPicsInfo.PicList).toEqual([
        { PicMd5Sum: 'x' },
        { PicMd5Sum: 'y' },
      ]);
      const one = parseMessage(pics('<PicList><item><PicMd5Sum>x</PicMd5Sum></item></PicList>'));
      expect(isPicSysphotoEvent(one) && one.SendPicsInfo.PicList).toEqual([{ PicMd5Sum: 'x' }]);
      const none = parseMessage(pics('<PicList></PicList>'));
      expect(isPicSysphotoEvent(none) && none.SendPicsInfo.PicList).toEqual([]);
    });

    it('reads a single-field item that is not in a wrapper as the item itself', () => {
      // <List><TemplateId>…</TemplateId></List>: TemplateId is the item's own field, not a wrapper tag.
      const schema = messageSchemas.SubscribeMsgChangeEvent;
      const parsed = schema.parse({
        ToUserName: 'a',
        FromUserName: 'b',
        CreateTime: '1',
        MsgType: 'event',
        Event: 'subscribe_msg_change_event',
        SubscribeMsgChangeEvent: { List: { TemplateId: 't', SubscribeStatusString: 'reject' } },
      });
      expect(parsed.SubscribeMsgChangeEvent?.List).toEqual([
        { TemplateId: 't', SubscribeStatusString: 'reject' },
      ]);
    });

    it('reads repeated scalar tags (fail_idx) as a list of numbers', () => {
      const xml =
        '<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>1</CreateTime>' +
        '<MsgType>event</MsgType><Event>PUBLISHJOBFINISH</Event><PublishEventInfo><publish_id>2247503051</publish_id>' +
        '<publish_status>2</publish_status><fail_idx>1</fail_idx><fail_idx>2</fail_idx></PublishEventInfo></xml>';
      expect(parseMessage(xml, { product: 'oa' })).toMatchObject({
        PublishEventInfo: { publish_id: '2247503051', publish_status: 2, fail_idx: [1, 2] },
      });
      const single = xml.replace('<fail_idx>2</fail_idx>', '');
      expect(parseMessage(single, { product: 'oa' })).toMatchObject({ PublishEventInfo: { fail_idx: [1] } });
    });
  });

  describe('bad input', () => {
    it('refuses empty bodies and bodies that are neither XML nor JSON', () => {
      expect(parseError(() => parseMessage('')).message).toMatch(/empty body/);
      expect(parseError(() => parseMessage(new Uint8Array())).message).toMatch(/empty body/);
      expect(parseError(() => parseMessage(' \n')).message).toMatch(/empty body/);
      expect(parseError(() => parseMessage('hello')).message).toMatch(/neither XML nor JSON/);
      expect(parseError(() => parseMessage(null as never)).message).toMatch(/not an object/);
      expect(parseError(() => parseMessage([] as never)).message).toMatch(/not an object/);
    });

    it('refuses DOCTYPE / ENTITY, truncated and deeply nested XML', () => {
      const xxe = `<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY e SYSTEM "file:///etc/passwd">]>${text('<X>&e;</X>')}`;
      expect(parseError(() => parseMessage(xxe)).message).toMatch(/DOCTYPE and ENTITY/);
      expect(parseError(() => parseMessage(text().slice(0, -10))).message).toMatch(/malformed XML/);
      expect(parseError(() => parseMessage(`<xml>${'<a>'.repeat(350_000)}`)).message).toMatch(
        /nested deeper/,
      );
    });

    it('says which fields do not fit, without quoting their values', () => {
      const e = parseError(() =>
        parseMessage(
          text()
            .replace('1700000000', 'SECRET-NOT-A-NUMBER')
            .replace('<Content><![CDATA[hi]]></Content>', ''),
          {
            product: 'oa',
          },
        ),
      );
      expect(e.messageName).toBe('TextMessage');
      expect(e.issues).toEqual(['CreateTime: expected an integer', 'Content: required (text)']);
      expect(e.message).toMatch(/matched TextMessage but does not fit it/);
      expect(e.message).not.toContain('SECRET');
    });

    it('treats an empty element as absent for an optional number, and as an error for a required one', () => {
      const base =
        '<xml><ToUserName>c</ToUserName><FromUserName>sys</FromUserName><CreateTime>1</CreateTime><MsgType>event</MsgType>' +
        '<Event>change_contact</Event><ChangeType>create_user</ChangeType><UserID>u</UserID>';
      const m = parseMessage(`${base}<MainDepartment></MainDepartment></xml>`, { product: 'work' });
      expect(m).toMatchObject({ UserID: 'u' });
      expect((m as Record<string, unknown>).MainDepartment).toBeUndefined();
      const e = parseError(() =>
        parseMessage(base.replace('<CreateTime>1</CreateTime>', '<CreateTime></CreateTime>') + '</xml>'),
      );
      expect(e.issues).toEqual(['CreateTime: expected an integer']);
    });
  });
});
