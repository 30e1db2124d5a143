// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `domain.getEffectiveJumpDomain`: Get the business domains in effect after release (获取发布后生效业务域名列表 getEffectiveJumpDomain) */
export type OpenDomainGetEffectiveJumpDomainParams = Record<string, never>;

/** Result of `domain.getEffectiveJumpDomain`: Get the business domains in effect after release (获取发布后生效业务域名列表 getEffectiveJumpDomain) */
export interface OpenDomainGetEffectiveJumpDomainResult {
  /** Domains configured on the Mini Program admin platform (mp) */
  mp_webviewdomain?: Array<string>;
  /** Business domains configured with modifyJumpDomain (domain.modifyJumpDomain) */
  third_webviewdomain?: Array<string>;
  /** Business domains configured with modifyJumpDomainDirectly */
  direct_webviewdomain?: Array<string>;
  /** Domains in effect after the last code submission or release */
  effective_webviewdomain?: Array<string>;
}

/** Params of `domain.getJumpDomainConfirmFile`: Get the verification file for configuring business domains (获取业务域名校验文件 getJumpDomainConfirmFile) */
export type OpenDomainGetJumpDomainConfirmFileParams = Record<string, never>;

/** Result of `domain.getJumpDomainConfirmFile`: Get the verification file for configuring business domains (获取业务域名校验文件 getJumpDomainConfirmFile) */
export interface OpenDomainGetJumpDomainConfirmFileResult {
  /** File name (place the file, unchanged, in the domain's root directory) */
  file_name?: string;
  /** File content */
  file_content?: string;
}

/** Params of `domain.getPrefetchDomain`: Get the DNS prefetch domains (获取DNS预解析域名 getPrefetchDomain) */
export type OpenDomainGetPrefetchDomainParams = Record<string, never>;

/** Result of `domain.getPrefetchDomain`: Get the DNS prefetch domains (获取DNS预解析域名 getPrefetchDomain) */
export interface OpenDomainGetPrefetchDomainResult {
  /** DNS prefetch domains (the table says object; the samples print a list) */
  prefetch_dns_domain?: Array<{
    /** Domain */
    url?: string;
    /** Status: 0 normal (the table says string; the samples print a number) */
    status?: 0;
  }>;
  /** Total number of domains that may be configured */
  size_limit?: number;
}

/** Params of `domain.modifyJumpDomain`: Configure the Mini Program's business (web-view) domains (配置小程序业务域名 modifyJumpDomain) */
export interface OpenDomainModifyJumpDomainParams {
  /** add, delete, set (overwrite) or get; when left out, all business domains registered on the third-party platform are added */
  action?: "add" | "delete" | "set" | "get";
  /** Business domains, with the https:// scheme and no port; must be (subdomains of) the platform's registered business domains; at most 300; not needed for get */
  webviewdomain?: Array<string>;
}

/** Result of `domain.modifyJumpDomain`: Configure the Mini Program's business (web-view) domains (配置小程序业务域名 modifyJumpDomain) */
export type OpenDomainModifyJumpDomainResult = Record<string, unknown>;

/** Params of `domain.modifyServerDomain`: Configure the Mini Program's server domains (配置小程序服务器域名 modifyServerDomain) */
export interface OpenDomainModifyServerDomainParams {
  /** add, delete, set (overwrite) or get */
  action: "add" | "delete" | "set" | "get";
  /** request domains; not needed for get. Each list at most 200; domains must be registered on the platform first; 50 changes a month */
  requestdomain?: Array<string>;
  /** socket domains; not needed for get */
  wsrequestdomain?: Array<string>;
  /** uploadFile domains; not needed for get */
  uploaddomain?: Array<string>;
  /** downloadFile domains; not needed for get */
  downloaddomain?: Array<string>;
  /** udp domains; not needed for get */
  udpdomain?: Array<string>;
  /** tcp domains; not needed for get */
  tcpdomain?: Array<string>;
}

/** Result of `domain.modifyServerDomain`: Configure the Mini Program's server domains (配置小程序服务器域名 modifyServerDomain) */
export interface OpenDomainModifyServerDomainResult {
  /** request domains */
  requestdomain?: Array<string>;
  /** socket domains */
  wsrequestdomain?: Array<string>;
  /** uploadFile domains */
  uploaddomain?: Array<string>;
  /** downloadFile domains */
  downloaddomain?: Array<string>;
  /** udp domains */
  udpdomain?: Array<string>;
  /** tcp domains */
  tcpdomain?: Array<string>;
}

/** Params of `domain.setPrefetchDomain`: Set the DNS prefetch domains (设置DNS预解析域名 setPrefetchDomain) */
export interface OpenDomainSetPrefetchDomainParams {
  /** Domains to pre-resolve (at most size_limit, 5 by default; 50 changes a month; the table says object, the sample sends a list) */
  prefetch_dns_domain: Array<{
    /** Domain */
    url: string;
  }>;
}

/** Result of `domain.setPrefetchDomain`: Set the DNS prefetch domains (设置DNS预解析域名 setPrefetchDomain) */
export type OpenDomainSetPrefetchDomainResult = Record<string, unknown>;
