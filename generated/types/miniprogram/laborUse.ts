// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `laborUse.unbindUserB2cAuthInfo`: Unbind employment relationships bound in the B2C module (解绑用工关系 UnbindUserB2CAuthInfo) */
export interface MpLaborUseUnbindUserB2cAuthInfoParams {
  /** Openids of the users to unbind */
  openid_list: Array<string>;
}

/** Result of `laborUse.unbindUserB2cAuthInfo`: Unbind employment relationships bound in the B2C module (解绑用工关系 UnbindUserB2CAuthInfo) */
export type MpLaborUseUnbindUserB2cAuthInfoResult = Record<string, unknown>;
