// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `embedded.add`: Apply to add a half-screen Mini Program (添加半屏小程序 addEmbedded) */
export interface OpenEmbeddedAddParams {
  /** Appid of the half-screen Mini Program to add (at most 10 per Mini Program, 50 applications a day) */
  appid: string;
  /**
   * Reason for the application, at most 30 characters (errcode 89412)
   * (length ≤ 30)
   */
  apply_reason?: string;
}

/** Result of `embedded.add`: Apply to add a half-screen Mini Program (添加半屏小程序 addEmbedded) */
export type OpenEmbeddedAddResult = Record<string, unknown>;

/** Params of `embedded.delete`: Delete an added half-screen Mini Program (删除半屏小程序 deleteEmbedded) */
export interface OpenEmbeddedDeleteParams {
  /** Appid of the added half-screen Mini Program */
  appid: string;
}

/** Result of `embedded.delete`: Delete an added half-screen Mini Program (删除半屏小程序 deleteEmbedded) */
export type OpenEmbeddedDeleteResult = Record<string, unknown>;

/** Params of `embedded.list`: List the half-screen Mini Programs this Mini Program may open (获取半屏小程序调用列表 getEmbeddedList) */
export interface OpenEmbeddedListParams {
  /**
   * Paging offset, default 0
   * (value ≥ 0)
   * @default 0
   */
  start?: number;
  /**
   * Records per call, at most 1000, default 10
   * (value ≤ 1000)
   * @default 10
   */
  num?: number;
}

/** Result of `embedded.list`: List the half-screen Mini Programs this Mini Program may open (获取半屏小程序调用列表 getEmbeddedList) */
export interface OpenEmbeddedListResult {
  /** The half-screen Mini Programs */
  wxa_embedded_list?: Array<{
    /** Half-screen Mini Program appid */
    appid?: string;
    /** Time added (Unix seconds) */
    create_time?: number;
    /** Avatar URL */
    headimg?: string;
    /** Half-screen Mini Program nickname */
    nickname?: string;
    /** Application reason */
    reason?: string;
    /** Application status: 1 pending, 2 approved, 3 refused, 4 timed out, 5 withdrawn, 6 authorization cancelled (table says string; the sample sends numbers) */
    status?: 1 | 2 | 3 | 4 | 5 | 6;
    /** In the official sample (the owner's name), not in the table */
    name?: string;
  }>;
  /** Authorization mode: 0 admin confirms, 1 approved automatically, 2 refused automatically */
  embedded_flag?: 0 | 1 | 2;
}

/** Params of `embedded.listAuthorized`: List the Mini Programs authorized to open this one half-screen (获取半屏小程序授权列表 getOwnList) */
export interface OpenEmbeddedListAuthorizedParams {
  /**
   * Paging offset, default 0
   * (value ≥ 0)
   * @default 0
   */
  start?: number;
  /**
   * Records per call, at most 1000, default 10
   * (value ≤ 1000)
   * @default 10
   */
  num?: number;
}

/** Result of `embedded.listAuthorized`: List the Mini Programs authorized to open this one half-screen (获取半屏小程序授权列表 getOwnList) */
export interface OpenEmbeddedListAuthorizedResult {
  /** The authorized Mini Programs */
  wxa_embedded_list?: Array<{
    /** Mini Program appid */
    appid?: string;
    /** Time added (Unix seconds) */
    create_time?: number;
    /** Avatar URL */
    headimg?: string;
    /** Mini Program nickname */
    nickname?: string;
    /** Application reason */
    reason?: string;
    /** Application status: 1 pending, 2 approved, 3 refused, 4 timed out, 5 withdrawn, 6 authorization cancelled (table says string) */
    status?: 1 | 2 | 3 | 4 | 5 | 6;
  }>;
  /** Authorization mode: 0 admin confirms, 1 approved automatically, 2 refused automatically */
  embedded_flag?: 0 | 1 | 2;
}

/** Params of `embedded.revokeAuthorization`: Cancel a Mini Program's authorization to open this one half-screen (取消授权小程序 deleteAuthorizedEmbedded) */
export interface OpenEmbeddedRevokeAuthorizationParams {
  /** Appid of the Mini Program whose authorization is cancelled (from embedded.listAuthorized) */
  appid: string;
}

/** Result of `embedded.revokeAuthorization`: Cancel a Mini Program's authorization to open this one half-screen (取消授权小程序 deleteAuthorizedEmbedded) */
export type OpenEmbeddedRevokeAuthorizationResult = Record<string, unknown>;

/** Params of `embedded.setAuthorizeMode`: Set how applications to open this Mini Program half-screen are handled (设置授权方式 setAuthorizedEmbedded) */
export interface OpenEmbeddedSetAuthorizeModeParams {
  /** Authorization mode: 0 the admin verifies, 1 approved automatically, 2 refused automatically */
  flag: 0 | 1 | 2;
}

/** Result of `embedded.setAuthorizeMode`: Set how applications to open this Mini Program half-screen are handled (设置授权方式 setAuthorizedEmbedded) */
export type OpenEmbeddedSetAuthorizeModeResult = Record<string, unknown>;
