// Pushes that hand something out (a ticket, an authorization code) hand out a working one: the
// emulator issues it while building the push, as WeChat does, so the API accepts it afterwards.
import { randomBytes } from 'node:crypto';
import { isKind, type ResolvedAccount } from './accounts.js';

/** An authorization code works for an hour (the Open Platform docs). */
export const AUTHORIZATION_CODE_TTL_S = 3600;

/** What the emulator issues for a push. */
export interface PushIssuer {
  /** Records a new component_verify_ticket / suite_ticket as current for its owner. */
  ticket(owner: string, value: string): void;
  authorizationCode(authorizerAppId: string, componentAppId: string): string;
  suiteAuthCode(corpId: string, suiteId: string): string;
}

type Json = Record<string, unknown>;

const fresh = (prefix: string) => `${prefix}${randomBytes(36).toString('base64url')}`;

/** Fills `fields` with live tickets and codes, unless the caller set them (`overridden`). */
export function stampPush(fields: Json, account: ResolvedAccount, overridden: Json, issue: PushIssuer): void {
  const mine = (field: string) => !(field in overridden);
  const info = fields.InfoType;
  if (isKind(account, 'component')) {
    if (info === 'component_verify_ticket') {
      if (mine('ComponentVerifyTicket')) fields.ComponentVerifyTicket = fresh('ticket@@@');
      issue.ticket(account.componentAppId, String(fields.ComponentVerifyTicket));
    }
    if ((info === 'authorized' || info === 'updateauthorized') && mine('AuthorizationCode')) {
      const appId = String(fields.AuthorizerAppid ?? account.authorizers[0]?.appId);
      fields.AuthorizerAppid = appId;
      fields.AuthorizationCode = issue.authorizationCode(appId, account.componentAppId);
      if (mine('AuthorizationCodeExpiredTime')) {
        fields.AuthorizationCodeExpiredTime = Math.floor(Date.now() / 1000) + AUTHORIZATION_CODE_TTL_S;
      }
      if (mine('PreAuthCode')) fields.PreAuthCode = fresh('preauthcode@@@');
    }
  }
  if (isKind(account, 'suite')) {
    if (info === 'suite_ticket') {
      if (mine('SuiteTicket')) fields.SuiteTicket = fresh('');
      issue.ticket(account.suiteId, String(fields.SuiteTicket));
    }
    if ((info === 'create_auth' || info === 'reset_permanent_code') && mine('AuthCode')) {
      const corpId = String(fields.AuthCorpId ?? account.corps[0]?.corpId);
      fields.AuthCode = issue.suiteAuthCode(corpId, account.suiteId);
    }
  }
}
