// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import { WechatApiError } from '../src/errors.js';
/** WeChat rejected a parameter (40003 openid, 40007 media_id, 47001 malformed body, ...). */
export class InvalidArgumentError extends WechatApiError {
  override readonly name: string = 'InvalidArgumentError';
}

/** The appid/secret (or corpid/corpsecret, suite or component credentials) were rejected. */
export class InvalidCredentialError extends WechatApiError {
  override readonly name: string = 'InvalidCredentialError';
}

/** The calling server's IP is not on the account's IP whitelist (WeChat MP/WeCom admin console). */
export class IpNotWhitelistedError extends WechatApiError {
  override readonly name: string = 'IpNotWhitelistedError';
}

/** A quota or frequency limit was reached (45009 daily quota, 45011 frequency). Do not retry in a loop. */
export class RateLimitError extends WechatApiError {
  override readonly name: string = 'RateLimitError';
}

/** WeChat is busy (-1). Safe to retry later. */
export class SystemBusyError extends WechatApiError {
  override readonly name: string = 'SystemBusyError';
}

/** The access token (or component/suite/provider token) is invalid or expired. The client refreshes and retries once by itself. */
export class TokenInvalidError extends WechatApiError {
  override readonly name: string = 'TokenInvalidError';
}

export interface ErrcodeInfo {
  name: string;
  meaning: string;
  retryable: boolean;
  tokenInvalid: boolean;
  errorClass?: typeof WechatApiError;
}

/** Every errcode named in spec/errcodes.yaml. */
export const errcodes: Record<string, ErrcodeInfo> = {
  "-1": { name: "system_busy", meaning: "System busy; retry later", retryable: true, tokenInvalid: false, errorClass: SystemBusyError },
  "40001": { name: "invalid_credential", meaning: "access_token invalid or not the latest (also: wrong AppSecret when fetching a token)", retryable: false, tokenInvalid: true, errorClass: TokenInvalidError },
  "40002": { name: "invalid_grant_type", meaning: "Invalid grant_type", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "40003": { name: "invalid_openid", meaning: "Invalid OpenID", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "40007": { name: "invalid_media_id", meaning: "Invalid media_id", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "40013": { name: "invalid_appid", meaning: "Invalid AppID or CorpID", retryable: false, tokenInvalid: false, errorClass: InvalidCredentialError },
  "40014": { name: "invalid_access_token", meaning: "Invalid access_token", retryable: false, tokenInvalid: true, errorClass: TokenInvalidError },
  "40029": { name: "invalid_code", meaning: "Invalid code (OAuth / js_code), or already used", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "40037": { name: "invalid_template_id", meaning: "Invalid template_id", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "40066": { name: "invalid_url", meaning: "Invalid URL: the API path does not match the docs (WeCom: invalid department list)", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "40082": { name: "invalid_suite_token", meaning: "Invalid suite_access_token", retryable: false, tokenInvalid: true, errorClass: TokenInvalidError },
  "40084": { name: "invalid_permanent_code", meaning: "WeCom: invalid permanent_code (wrong, authorization cancelled, or another provider's)", retryable: false, tokenInvalid: false, errorClass: InvalidCredentialError },
  "40085": { name: "invalid_suite_ticket", meaning: "WeCom: suite_ticket does not exist or has expired; wait for the next push", retryable: false, tokenInvalid: false, errorClass: InvalidCredentialError },
  "40097": { name: "invalid_args", meaning: "Invalid arguments (errmsg: invalid args)", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "40125": { name: "invalid_appsecret", meaning: "Invalid AppSecret", retryable: false, tokenInvalid: false, errorClass: InvalidCredentialError },
  "40164": { name: "ip_not_whitelisted", meaning: "The calling IP is not on the IP whitelist", retryable: false, tokenInvalid: false, errorClass: IpNotWhitelistedError },
  "40243": { name: "appsecret_frozen", meaning: "AppSecret has been frozen; unfreeze it in the console", retryable: false, tokenInvalid: false, errorClass: InvalidCredentialError },
  "41001": { name: "access_token_missing", meaning: "access_token missing", retryable: false, tokenInvalid: true, errorClass: TokenInvalidError },
  "41002": { name: "appid_missing", meaning: "appid missing", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "42001": { name: "access_token_expired", meaning: "access_token expired", retryable: false, tokenInvalid: true, errorClass: TokenInvalidError },
  "42007": { name: "access_token_refreshed_by_user", meaning: "The user changed password or the authorizer revoked tokens; refresh", retryable: false, tokenInvalid: true, errorClass: TokenInvalidError },
  "42009": { name: "suite_token_expired", meaning: "suite_access_token expired", retryable: false, tokenInvalid: true, errorClass: TokenInvalidError },
  "43001": { name: "require_get_method", meaning: "The API must be called with GET", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "43002": { name: "require_post_method", meaning: "The API must be called with POST", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "43101": { name: "user_refused_subscription", meaning: "The user refused subscription messages", retryable: false, tokenInvalid: false },
  "44002": { name: "empty_post_data", meaning: "Empty POST body", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "45009": { name: "api_daily_quota_reached", meaning: "The API's daily call quota is used up", retryable: false, tokenInvalid: false, errorClass: RateLimitError },
  "45011": { name: "api_minute_quota_reached", meaning: "API called too often; retry later", retryable: true, tokenInvalid: false, errorClass: RateLimitError },
  "45015": { name: "reply_time_limit_exceeded", meaning: "Customer-service window closed: the user has not talked to the account in 48 hours", retryable: false, tokenInvalid: false },
  "45047": { name: "custom_message_limit", meaning: "Too many customer-service messages in a row", retryable: false, tokenInvalid: false },
  "47001": { name: "data_format_error", meaning: "Malformed request body (JSON/XML)", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "48001": { name: "api_unauthorized", meaning: "The account has no permission for this API", retryable: false, tokenInvalid: false },
  "60011": { name: "no_privilege", meaning: "WeCom: the app has no permission for this member, department or tag", retryable: false, tokenInvalid: false },
  "60020": { name: "ip_not_allowed_work", meaning: "WeCom: the calling IP is not trusted for this app", retryable: false, tokenInvalid: false, errorClass: IpNotWhitelistedError },
  "61003": { name: "component_not_authorized", meaning: "Open platform: the authorizer has not authorized this component", retryable: false, tokenInvalid: false },
  "61004": { name: "component_ip_not_whitelisted", meaning: "Open platform: the calling IP is not on the component's whitelist", retryable: false, tokenInvalid: false, errorClass: IpNotWhitelistedError },
  "61005": { name: "component_ticket_expired", meaning: "Open platform: component_verify_ticket expired; wait for the next push", retryable: false, tokenInvalid: false, errorClass: InvalidCredentialError },
  "61006": { name: "component_ticket_invalid", meaning: "Open platform: component_verify_ticket invalid", retryable: false, tokenInvalid: false, errorClass: InvalidCredentialError },
  "61010": { name: "auth_code_expired", meaning: "Open platform: the authorization code (auth_code) has expired", retryable: false, tokenInvalid: false, errorClass: InvalidArgumentError },
  "61023": { name: "refresh_token_invalid", meaning: "Open platform: authorizer_refresh_token invalid; the account must authorize again", retryable: false, tokenInvalid: false, errorClass: InvalidCredentialError },
  "89503": { name: "risk_confirmation_required", meaning: "This call needs the admin's confirmation in WeChat (risk control)", retryable: false, tokenInvalid: false },
};
