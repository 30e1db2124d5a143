// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `qrcodeJump.add`: Add or modify a QR-code jump rule (增加或修改二维码规则 addJumpQRCode) */
export interface MpQrcodeJumpAddParams {
  /** The QR code rule (URL prefix) */
  prefix: string;
  /** The Mini Program to open; only for service-account QR code rules */
  appid?: string;
  /** Mini Program page */
  path: string;
  /** 0 add a rule, 1 modify an existing rule (published rules cannot be modified) */
  is_edit: 0 | 1;
  /** Test scope: 1 develop version, 2 trial version, 3 release version (ordinary QR rules) */
  open_version: 1 | 2 | 3;
  /**
   * Up to 5 full test QR code links matching the rule (ordinary QR rules)
   * (items ≤ 5)
   */
  debug_url?: Array<string>;
  /** Whether to own every sub-rule matching the prefix: 1 no, 2 yes (ordinary QR rules) */
  permit_sub_rule: 1 | 2;
}

/** Result of `qrcodeJump.add`: Add or modify a QR-code jump rule (增加或修改二维码规则 addJumpQRCode) */
export type MpQrcodeJumpAddResult = Record<string, unknown>;

/** Params of `qrcodeJump.delete`: Delete a QR-code jump rule (删除已设置的二维码规则 deleteJumpQRCode) */
export interface MpQrcodeJumpDeleteParams {
  /** The QR code rule */
  prefix: string;
  /** The Mini Program appid (service-account QR rules only) */
  appid?: string;
}

/** Result of `qrcodeJump.delete`: Delete a QR-code jump rule (删除已设置的二维码规则 deleteJumpQRCode) */
export type MpQrcodeJumpDeleteResult = Record<string, unknown>;
/** Params of `qrcodeJump.download`: Get the name and content of the ownership verification file (获取校验文件名称及内容 downloadQRCodeText) */
export type MpQrcodeJumpDownloadParams = Record<string, never>;

/** Result of `qrcodeJump.download`: Get the name and content of the ownership verification file (获取校验文件名称及内容 downloadQRCodeText) */
export interface MpQrcodeJumpDownloadResult {
  /** File name */
  file_name?: string;
  /** File content */
  file_content?: string;
}

/** Params of `qrcodeJump.get`: Get the QR-code jump rules already set (获取已设置的二维码规则 getJumpQRCode) */
export interface MpQrcodeJumpGetParams {
  /** The Mini Program appid (service-account QR rules only) */
  appid?: string;
  /**
   * 0 latest 10000 rules, 1 by prefix, 2 by page in creation order (service-account QR rules only)
   * @default 0
   */
  get_type?: 0 | 1 | 2;
  /**
   * Prefixes to query (required when get_type is 1), at most 200
   * (items ≤ 200)
   */
  prefix_list?: Array<string>;
  /**
   * Page number from 1 (required when get_type is 2)
   * (value ≥ 1)
   */
  page_num?: number;
  /**
   * Page size, at most 200 (required when get_type is 2)
   * (value ≤ 200)
   */
  page_size?: number;
}

/** Result of `qrcodeJump.get`: Get the QR-code jump rules already set (获取已设置的二维码规则 getJumpQRCode) */
export interface MpQrcodeJumpGetResult {
  /** The rules */
  rule_list?: Array<{
    /** The QR code rule (service-account rules are filtered out) */
    prefix?: string;
    /** Mini Program page */
    path?: string;
    /** 1 not published, 2 published */
    state?: 1 | 2;
    /** Test scope: 1 develop, 2 trial, 3 release (ordinary QR rules) */
    open_version?: 1 | 2 | 3;
    /** Whether it owns every matching sub-rule: 1 no, 2 yes */
    permit_sub_rule?: 1 | 2;
    /** Test links */
    debug_url?: Array<string>;
  }>;
  /** Whether QR code jump is switched on */
  qrcodejump_open?: number;
  /** Number of rules */
  list_size?: number;
  /** Publications left this month */
  qrcodejump_pub_quota?: number;
  /** Total number of rules (for paging) */
  total_count?: number;
}

/** Params of `qrcodeJump.publish`: Publish a QR-code jump rule so it applies to the release version (发布已设置的二维码规则 publishJumpQRCode) */
export interface MpQrcodeJumpPublishParams {
  /** The QR code rule */
  prefix: string;
}

/** Result of `qrcodeJump.publish`: Publish a QR-code jump rule so it applies to the release version (发布已设置的二维码规则 publishJumpQRCode) */
export type MpQrcodeJumpPublishResult = Record<string, unknown>;
