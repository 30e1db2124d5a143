// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `soter.verifySignature`: Verify a SOTER biometric-authentication key signature (生物认证秘钥签名验证 verifySignature) */
export interface MpSoterVerifySignatureParams {
  /** The user's openid */
  openid: string;
  /** The resultJSON from the wx.startSoterAuthentication success callback */
  json_string: string;
  /** The resultJSONSignature from the wx.startSoterAuthentication success callback */
  json_signature: string;
}

/** Result of `soter.verifySignature`: Verify a SOTER biometric-authentication key signature (生物认证秘钥签名验证 verifySignature) */
export interface MpSoterVerifySignatureResult {
  /** Whether the signature verifies */
  is_ok: boolean;
}
