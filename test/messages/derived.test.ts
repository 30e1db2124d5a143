// Derived values (a descriptor field's `derive`): the scene of a follow-by-QR event and WeCom's comma
// lists, typed beside the raw text, the same on both parsing paths (decode.test.ts holds the two
// against each other on every sample and on random corruptions).
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  isSubscribeEvent,
  isWorkCreateUserEvent,
  MessageParseError,
  messageSchemas,
  parseMessage,
} from '../../src/messages/index.js';

const subscribe = (eventKey?: string) =>
  `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o_user]]></FromUserName>` +
  `<CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>` +
  `${eventKey === undefined ? '' : `<EventKey><![CDATA[${eventKey}]]></EventKey>`}</xml>`;

const createUser = (fields: string) =>
  `<xml><ToUserName><![CDATA[ww1]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>` +
  `<CreateTime>1403610513</CreateTime><MsgType><![CDATA[event]]></MsgType>` +
  `<Event><![CDATA[change_contact]]></Event><ChangeType>create_user</ChangeType>` +
  `<UserID><![CDATA[zhangsan]]></UserID>${fields}</xml>`;

const updateTag = (fields: string, suite = false) =>
  suite
    ? `<xml><SuiteId>s</SuiteId><AuthCorpId>c</AuthCorpId><InfoType>change_contact</InfoType>` +
      `<TimeStamp>1403610513</TimeStamp><ChangeType>update_tag</ChangeType><TagId>1</TagId>${fields}</xml>`
    : `<xml><ToUserName>ww1</ToUserName><FromUserName>sys</FromUserName><CreateTime>1403610513</CreateTime>` +
      `<MsgType>event</MsgType><Event>change_contact</Event><ChangeType>update_tag</ChangeType>` +
      `<TagId>1</TagId>${fields}</xml>`;

describe('the scene of a follow through a parametric QR code', () => {
  it('is EventKey without qrscene_, beside EventKey', () => {
    const m = parseMessage(subscribe('qrscene_123123'), { product: 'oa' });
    expect(m).toMatchObject({ EventKey: 'qrscene_123123', QrScene: '123123' });
    if (!isSubscribeEvent(m)) throw new Error('expected a SubscribeEvent');
    expectTypeOf(m.QrScene).toEqualTypeOf<string | undefined>();
  });

  it('keeps a string scene (QR_STR_SCENE) as it is', () => {
    expect(parseMessage(subscribe('qrscene_promo_2024'), { product: 'oa' })).toMatchObject({
      QrScene: 'promo_2024',
    });
  });

  it('is absent for a plain follow (no EventKey, an empty one, or one without the prefix)', () => {
    for (const body of [subscribe(), subscribe(''), subscribe('last_trade_no')]) {
      const m = parseMessage(body, { product: 'oa' });
      expect(m).not.toHaveProperty('QrScene');
    }
  });
});

describe("WeCom's comma lists", () => {
  it('member events: departments and leader flags as numbers, leaders as UserIDs', () => {
    const m = parseMessage(
      createUser(
        '<Department><![CDATA[1,2,3]]></Department><IsLeaderInDept><![CDATA[1,0,0]]></IsLeaderInDept>' +
          '<DirectLeader><![CDATA[lisi,wangwu]]></DirectLeader>',
      ),
      { product: 'work' },
    );
    expect(m).toMatchObject({
      Department: '1,2,3',
      DepartmentList: [1, 2, 3],
      IsLeaderInDept: '1,0,0',
      IsLeaderInDeptList: [1, 0, 0],
      DirectLeader: 'lisi,wangwu',
      DirectLeaderList: ['lisi', 'wangwu'],
    });
    if (!isWorkCreateUserEvent(m)) throw new Error('expected a WorkCreateUserEvent');
    expectTypeOf(m.DepartmentList).toEqualTypeOf<number[] | undefined>();
    expectTypeOf(m.DirectLeaderList).toEqualTypeOf<string[] | undefined>();
  });

  it('one item, an empty element and an absent field', () => {
    const m = parseMessage(createUser('<Department>7</Department><DirectLeader></DirectLeader>'), {
      product: 'work',
    });
    expect(m).toMatchObject({ DepartmentList: [7], DirectLeaderList: [] });
    expect(m).not.toHaveProperty('IsLeaderInDeptList');
  });

  it('tag changes, for a corp app and for a suite', () => {
    const items =
      '<AddUserItems><![CDATA[zhangsan,lisi]]></AddUserItems><DelUserItems><![CDATA[zhangsan1]]></DelUserItems>' +
      '<AddPartyItems><![CDATA[1,2]]></AddPartyItems><DelPartyItems><![CDATA[3,4]]></DelPartyItems>';
    const want = {
      AddUserItemsList: ['zhangsan', 'lisi'],
      DelUserItemsList: ['zhangsan1'],
      AddPartyItemsList: [1, 2],
      DelPartyItemsList: [3, 4],
    };
    expect(parseMessage(updateTag(items), { product: 'work' })).toMatchObject(want);
    expect(parseMessage(updateTag(items, true), { product: 'work-suite' })).toMatchObject(want);
  });

  it('a department id that is not a number fails the push, naming the item, not its value', () => {
    let error: unknown;
    try {
      parseMessage(createUser('<Department><![CDATA[1,x9,3]]></Department>'), { product: 'work' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MessageParseError);
    expect((error as MessageParseError).issues).toEqual(['DepartmentList.1: expected an integer']);
    expect((error as Error).message).not.toContain('x9');
  });

  it('the zod schema derives the same values', () => {
    const raw = { ...(parseMessage(createUser('')) as object), Department: '4,5' };
    expect(messageSchemas.WorkCreateUserEvent.parse(raw)).toMatchObject({ DepartmentList: [4, 5] });
    const bad = messageSchemas.WorkCreateUserEvent.safeParse({ ...raw, Department: '4,x' });
    expect(bad.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['DepartmentList', 1], 'expected an integer'],
    ]);
  });
});
