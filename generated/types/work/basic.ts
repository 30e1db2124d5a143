// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `basic.getApiDomainIp`: Get the IP ranges behind qyapi.weixin.qq.com, for firewall rules (获取企业微信接口IP段 / 获取企业微信API域名IP段) */
export type WorkBasicGetApiDomainIpParams = Record<string, never>;

/** Result of `basic.getApiDomainIp`: Get the IP ranges behind qyapi.weixin.qq.com, for firewall rules (获取企业微信接口IP段 / 获取企业微信API域名IP段) */
export interface WorkBasicGetApiDomainIpResult {
  /** IP ranges of the WeCom API servers; they may change, so refresh them daily */
  ip_list: Array<string>;
}

/** Params of `basic.getCallbackIp`: Get the IP ranges WeCom sends callbacks from, for firewall rules (获取企业微信回调IP段) */
export type WorkBasicGetCallbackIpParams = Record<string, never>;

/** Result of `basic.getCallbackIp`: Get the IP ranges WeCom sends callbacks from, for firewall rules (获取企业微信回调IP段) */
export interface WorkBasicGetCallbackIpResult {
  /** IP ranges of the WeCom callback servers; they may change, so refresh them daily */
  ip_list: Array<string>;
}
