// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `famousBrand.apply`: Apply for a brand for the Mini Program (品牌申请 famousBrandApply) */
export interface MpFamousBrandApplyParams {
  /** The brand application */
  Application: {
    /** Application kind: 1 well-known brand, 2 already uses the shop product component */
    apply_for: 1 | 2;
    /** Brand information; required when apply_for is 1 (well-known brand) */
    audit_info?: {
      /** Brand name */
      brand_name: string;
      /** Brand type: 1 MIIT consumer-goods list, 2 CCFA online retail, 3 China time-honored brand, 4 e-commerce flagship store, 5 Global 500 brand, 6 China 500 brand, 7 recognised famous trademark, 8 MIIT growing consumer brands */
      brand_type: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
      /** E-commerce platform of the flagship store; required when brand_type is 4 */
      flagship_in_which_ec_platform?: string;
      /** Proof of the official flagship store (image media ids from the temporary-media upload); required when brand_type is 4 */
      ec_platform_proof_list?: Array<string>;
      /** Other supporting material (image media ids from the temporary-media upload) */
      other_material_list?: Array<string>;
      /** Proof of a recognised famous trademark (image media ids); required when brand_type is 7 */
      authority_certified_proof_list?: Array<string>;
    };
  };
}

/** Result of `famousBrand.apply`: Apply for a brand for the Mini Program (品牌申请 famousBrandApply) */
export type MpFamousBrandApplyResult = Record<string, unknown>;
/** Params of `famousBrand.getApplyStatus`: Get the status of the Mini Program's brand application (小程序品牌申请状态查询 getFamousBrandApplyStatus) */
export type MpFamousBrandGetApplyStatusParams = Record<string, never>;

/** Result of `famousBrand.getApplyStatus`: Get the status of the Mini Program's brand application (小程序品牌申请状态查询 getFamousBrandApplyStatus) */
export interface MpFamousBrandGetApplyStatusResult {
  /** Application progress */
  progress?: {
    /** Status: 1 in platform review, 2 rejected, 3 approved */
    status?: number;
  };
  /** The brand application */
  application?: {
    /** Application kind: 1 well-known brand, 2 already uses the shop product component */
    apply_for?: 1 | 2;
    /** Review information */
    audit_info?: {
      /** Review reason; only set when rejected */
      audit_reason?: string;
    };
    /** Status: 1 in platform review, 2 rejected, 3 approved */
    status?: number;
  };
}
