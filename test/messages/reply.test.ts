// Passive replies: each builder's object, the XML (and JSON) it renders to, CDATA safety, limits.
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../codegen/load.js';
import { replyBuilderName } from '../../codegen/naming.js';
import { replyTable } from '../../generated/messages/table.js';
import {
  isReply,
  MAX_NEWS_ARTICLES,
  messageSchemas,
  parseXml,
  type Reply,
  renderReply,
  renderReplyJson,
  reply,
} from '../../src/messages/index.js';

const to = { ToUserName: 'o_user', FromUserName: 'gh_account', CreateTime: 1700000000 };
const head =
  '<xml><ToUserName><![CDATA[o_user]]></ToUserName><FromUserName><![CDATA[gh_account]]></FromUserName>' +
  '<CreateTime>1700000000</CreateTime>';
const article = (n: number) => ({ title: `t${n}`, description: `d${n}`, picUrl: `p${n}`, url: `u${n}` });

describe('reply builders and renderReply', () => {
  const cases: Array<[string, Reply, string]> = [
    ['text', reply.text('hello'), '<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hello]]></Content>'],
    [
      'image',
      reply.image('MEDIA'),
      '<MsgType><![CDATA[image]]></MsgType><Image><MediaId><![CDATA[MEDIA]]></MediaId></Image>',
    ],
    [
      'voice',
      reply.voice('MEDIA'),
      '<MsgType><![CDATA[voice]]></MsgType><Voice><MediaId><![CDATA[MEDIA]]></MediaId></Voice>',
    ],
    [
      'video',
      reply.video({ mediaId: 'M', title: 'T', description: 'D' }),
      '<MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[M]]></MediaId><Title><![CDATA[T]]></Title>' +
        '<Description><![CDATA[D]]></Description></Video>',
    ],
    [
      'video without the optional fields',
      reply.video({ mediaId: 'M' }),
      '<MsgType><![CDATA[video]]></MsgType><Video><MediaId><![CDATA[M]]></MediaId></Video>',
    ],
    [
      'music',
      reply.music({ title: 'T', description: 'D', musicUrl: 'U', hqMusicUrl: 'H', thumbMediaId: 'TH' }),
      '<MsgType><![CDATA[music]]></MsgType><Music><Title><![CDATA[T]]></Title><Description><![CDATA[D]]></Description>' +
        '<MusicUrl><![CDATA[U]]></MusicUrl><HQMusicUrl><![CDATA[H]]></HQMusicUrl><ThumbMediaId><![CDATA[TH]]></ThumbMediaId></Music>',
    ],
    [
      'news',
      reply.news([article(1), article(2)]),
      '<MsgType><![CDATA[news]]></MsgType><ArticleCount>2</ArticleCount><Articles>' +
        '<item><Title><![CDATA[t1]]></Title><Description><![CDATA[d1]]></Description><PicUrl><![CDATA[p1]]></PicUrl><Url><![CDATA[u1]]></Url></item>' +
        '<item><Title><![CDATA[t2]]></Title><Description><![CDATA[d2]]></Description><PicUrl><![CDATA[p2]]></PicUrl><Url><![CDATA[u2]]></Url></item>' +
        '</Articles>',
    ],
    [
      'transferCustomerService',
      reply.transferCustomerService(),
      '<MsgType><![CDATA[transfer_customer_service]]></MsgType>',
    ],
    [
      'transferCustomerService to one agent',
      reply.transferCustomerService('kf1@wx'),
      '<MsgType><![CDATA[transfer_customer_service]]></MsgType><TransInfo><KfAccount><![CDATA[kf1@wx]]></KfAccount></TransInfo>',
    ],
  ];

  for (const [name, r, body] of cases) {
    it(`${name}: renders the documented XML, which parses back through its reply schema`, () => {
      const xml = renderReply(r, to);
      expect(xml).toBe(`${head}${body}</xml>`);
      const entry = replyTable[r.MsgType]!;
      const back = messageSchemas[entry.name].parse(parseXml(xml));
      expect(back).toMatchObject({ ...to, MsgType: r.MsgType });
      expect(isReply(r)).toBe(true);
    });
  }

  it('has a builder for every reply descriptor', () => {
    const replies = loadSpec('spec').messages.filter((m) => m.kind === 'reply');
    expect(Object.keys(reply).sort()).toEqual(replies.map(replyBuilderName).sort());
    expect(
      Object.values(replyTable)
        .map((e) => e.builder)
        .sort(),
    ).toEqual(Object.keys(reply).sort());
  });

  it('escapes "]]>" in any text so the XML stays well-formed', () => {
    const evil = 'a]]><MsgType>news</MsgType><![CDATA[';
    const xml = renderReply(reply.text(evil), { ...to, ToUserName: ']]>' });
    expect(xml).toContain('<Content><![CDATA[a]]]]><![CDATA[><MsgType>news</MsgType><![CDATA[]]></Content>');
    expect(parseXml(xml)).toMatchObject({ ToUserName: ']]>', MsgType: 'text', Content: evil });
  });

  it(`news holds 1 to ${MAX_NEWS_ARTICLES} articles`, () => {
    const eight = Array.from({ length: MAX_NEWS_ARTICLES }, (_, i) => article(i));
    expect(reply.news(eight)).toMatchObject({ ArticleCount: 8 });
    expect(() => reply.news([...eight, article(9)])).toThrow(RangeError);
    expect(() => reply.news([...eight, article(9)])).toThrow(/9 articles; a news reply holds at most 8/);
    expect(() => reply.news([])).toThrow(/at least one article/);
  });

  it('defaults CreateTime to now, and refuses a bad one', () => {
    const before = Math.floor(Date.now() / 1000);
    const parsed = parseXml(renderReply(reply.text('x'), { ToUserName: 'a', FromUserName: 'b' }));
    expect(Number(parsed.CreateTime)).toBeGreaterThanOrEqual(before);
    expect(() => renderReply(reply.text('x'), { ...to, CreateTime: 1.5 })).toThrow(RangeError);
  });

  it('refuses what is not a reply, and builder arguments that are not strings', () => {
    expect(() => renderReply({ MsgType: 'hologram' } as never, to)).toThrow(/MsgType must be one of/);
    expect(() => renderReply(null as never, to)).toThrow(TypeError);
    expect(() => reply.text(42 as never)).toThrow(/content must be a string/);
    expect(() => reply.news([{ title: 't' } as never])).toThrow(
      /articles\[0\]\.description must be a string/,
    );
    expect(isReply({ MsgType: 'event' })).toBe(false);
    expect(isReply('text')).toBe(false);
  });

  it('writes the body fields in the descriptor order, whatever order the object has', () => {
    const shuffled: Reply = {
      Articles: [{ Url: 'u', Title: 't', Description: 'd', PicUrl: 'p' }],
      ArticleCount: 1,
      MsgType: 'news',
    };
    expect(renderReply(shuffled, to)).toMatch(
      /<MsgType><!\[CDATA\[news\]\]><\/MsgType><ArticleCount>1<\/ArticleCount><Articles>/,
    );
  });

  it('renders JSON for Mini Programs in JSON mode', () => {
    expect(JSON.parse(renderReplyJson(reply.transferCustomerService(), to))).toEqual({
      ...to,
      MsgType: 'transfer_customer_service',
    });
    expect(JSON.parse(renderReplyJson(reply.text('hi'), to))).toEqual({
      ...to,
      MsgType: 'text',
      Content: 'hi',
    });
  });
});
