// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `basic.checkCallback`: Resolve and ping the account's callback URL from WeChat's side (网络通信检测) */
export interface BasicCheckCallbackParams {
  /** dns (resolve the domain), ping (ping the IPs) or all (both) */
  action: "all" | "dns" | "ping";
  /** Carrier to check from: CHINANET (Telecom), UNICOM, CAP (Tencent) or DEFAULT (chosen by IP) */
  check_operator: "CHINANET" | "UNICOM" | "CAP" | "DEFAULT";
}

/** Result of `basic.checkCallback`: Resolve and ping the account's callback URL from WeChat's side (网络通信检测) */
export interface BasicCheckCallbackResult {
  /** DNS results */
  dns?: Array<{
    /** Resolved IP */
    ip?: string;
    /** Carrier of that IP */
    real_operator?: string;
  }>;
  /** Ping results */
  ping?: Array<{
    /** IP pinged (one packet) */
    ip?: string;
    /** Carrier the ping came from (per check_operator) */
    from_operator?: string;
    /** Packet loss, 0% or 100% (a single packet is sent) */
    package_loss?: string;
    /** Average ping time, e.g. 23.079ms */
    time?: string;
  }>;
}

/** Params of `basic.getApiDomainIp`: List the IPs behind api.weixin.qq.com (获取微信API服务器IP) */
export type BasicGetApiDomainIpParams = Record<string, never>;

/** Result of `basic.getApiDomainIp`: List the IPs behind api.weixin.qq.com (获取微信API服务器IP) */
export interface BasicGetApiDomainIpResult {
  /** WeChat API server IPs or IP ranges */
  ip_list: Array<string>;
}

/** Params of `basic.getCallbackIp`: List the IPs WeChat pushes callbacks from (获取微信推送服务器IP) */
export type BasicGetCallbackIpParams = Record<string, never>;

/** Result of `basic.getCallbackIp`: List the IPs WeChat pushes callbacks from (获取微信推送服务器IP) */
export interface BasicGetCallbackIpResult {
  /** WeChat server IPs or IP ranges */
  ip_list: Array<string>;
}
