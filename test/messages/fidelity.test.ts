// The official samples the hardening review found losing data parse whole: nested list items keep
// every field, numeric fields are numbers, and a JSON push's quoted CreateTime is converted.
import { describe, expect, it } from 'vitest';
import samples from '../../generated/messages/samples.json' with { type: 'json' };
import { parseMessage } from '../../src/messages/index.js';

const xml = (name: string) => (samples as Record<string, { xml?: string }>)[name]!.xml!;

describe('push fidelity on the official samples', () => {
  it('Open Platform authorized / updateauthorized: AuthorizationCodeExpiredTime is a number', () => {
    for (const name of ['ComponentAuthorizedNotification', 'ComponentUpdateAuthorizedNotification']) {
      const m = parseMessage(xml(name), { product: 'open' }) as unknown as Record<string, unknown>;
      expect(m.AuthorizationCodeExpiredTime).toBe(1413196360);
      expect(m.AuthorizationCode).toBe('授权码');
    }
  });

  it('photo menu events keep PicMd5Sum in each PicList item', () => {
    const m = parseMessage(xml('PicSysphotoEvent'), { product: 'oa' }) as unknown as {
      SendPicsInfo: { Count: number; PicList: Array<{ PicMd5Sum: string }> };
    };
    expect(m.SendPicsInfo).toEqual({
      Count: 1,
      PicList: [{ PicMd5Sum: '1b5f7c23b5bf75682a53e7b6d163e185' }],
    });
  });

  it('MASSSENDJOBFINISH keeps ArticleIdx in each ResultList item', () => {
    const m = parseMessage(xml('MassSendJobFinishEvent'), { product: 'oa' }) as unknown as {
      CopyrightCheckResult: { ResultList: Array<{ ArticleIdx: number }> };
    };
    expect(m.CopyrightCheckResult.ResultList.map((r) => r.ArticleIdx)).toEqual([1, 2]);
  });

  it('a JSON push with a quoted CreateTime gets a number', () => {
    const m = parseMessage(
      '{"ToUserName":"gh_x","FromUserName":"o","CreateTime":"1482048670","MsgType":"text","Content":"hi","MsgId":"1234567890123456"}',
      { format: 'json', product: 'miniprogram' },
    ) as unknown as Record<string, unknown>;
    expect(m.CreateTime).toBe(1482048670);
    expect(m.MsgId).toBe('1234567890123456');
  });
});
