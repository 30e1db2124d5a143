// The error bodies the emulator answers with, worded like WeChat's own (errmsg ends in ` rid: …`,
// which WechatApiError picks up), so that client code meets the same shapes it will meet in production.
import { randomBytes } from 'node:crypto';
import type { Host, TokenKind } from '../http/endpoint.js';

export type WechatErrorBody = { errcode: number; errmsg: string };

const rid = () => {
  const hex = randomBytes(12).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 16)}-${hex.slice(16, 24)}`;
};

export const wechatError = (errcode: number, errmsg: string): WechatErrorBody => ({
  errcode,
  errmsg: `${errmsg} rid: ${rid()}`,
});

/** Default errmsg of the errcodes faults inject, as WeChat writes them. */
export const ERRMSG: Record<number, string> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40014: 'invalid access_token',
  40082: 'invalid suite_access_token',
  41001: 'access_token missing',
  42001: 'access_token expired',
  42009: 'suite_access_token expired',
  45009: 'reach max api daily quota limit',
  45011: 'api minute-quota reach limit  mustslower  retry next minute',
  48001: 'api unauthorized',
};

export const errmsgFor = (errcode: number) => ERRMSG[errcode] ?? `emulated error ${errcode}`;

/** What WeChat says when a request's token is missing, unknown or expired, per token kind and host. */
export function tokenError(
  kind: Exclude<TokenKind, 'none'>,
  host: Host,
  reason: 'missing' | 'invalid' | 'expired',
): WechatErrorBody {
  if (reason === 'missing') return wechatError(41001, `${kind} missing`);
  if (kind === 'suite_access_token') {
    return reason === 'expired'
      ? wechatError(42009, 'suite_access_token expired')
      : wechatError(40082, 'invalid suite_access_token');
  }
  if (reason === 'expired') return wechatError(42001, `${kind} expired`);
  if (host === 'qyapi.weixin.qq.com') return wechatError(40014, `invalid ${kind}`);
  return wechatError(40001, ERRMSG[40001]!);
}
