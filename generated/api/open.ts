// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../../src/http/types.js';
import type * as T_open_cloudbase from '../types/open/cloudbase.js';
import type * as T_open_component from '../types/open/component.js';
import type * as T_open_oauth from '../types/open/oauth.js';
/** Every described endpoint the OpenPlatform client can call, as `client.api.<area>.<method>(params)`. */
export interface OpenPlatformApi {
  cloudbase: {
    /**
     * Batch-query the environment ids shared with Mini Programs (批量查询小程序被共享的环境id / 查询环境共享信息)
     * 
     * `POST /componenttcb/batchgetenvid` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/batchgetenvid.html
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudrun-batch/cloudenv-mgnt/api_getsharecloudbaseenv
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchGetEnvId(params: T_open_cloudbase.OpenCloudbaseBatchGetEnvIdParams, options?: CallOptions): Promise<T_open_cloudbase.OpenCloudbaseBatchGetEnvIdResult>;
  };
  component: {
    /**
     * Log in a user of an authorized Mini Program on its behalf (小程序登录 thirdpartyCode2Session)
     * 
     * `GET /sns/component/jscode2session` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/login/api_thirdpartycode2session.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    code2Session(params: T_open_component.OpenComponentCode2SessionParams, options?: CallOptions): Promise<T_open_component.OpenComponentCode2SessionResult>;
    /**
     * Create a pre-authorization code for the authorization page (获取预授权码 getPreAuthCode)
     * 
     * `POST /cgi-bin/component/api_create_preauthcode` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_getpreauthcode.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createPreAuthCode(params?: T_open_component.OpenComponentCreatePreAuthCodeParams, options?: CallOptions): Promise<T_open_component.OpenComponentCreatePreAuthCodeResult>;
    /**
     * Get an authorized account's profile and granted permissions (获取授权账号详情 getAuthorizerInfo)
     * 
     * `POST /cgi-bin/component/api_get_authorizer_info` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/authorization-management/api_getauthorizerinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthorizerInfo(params: T_open_component.OpenComponentGetAuthorizerInfoParams, options?: CallOptions): Promise<T_open_component.OpenComponentGetAuthorizerInfoResult>;
    /**
     * List the accounts authorized to the platform (拉取已授权的账号信息 getAuthorizerList)
     * 
     * `POST /cgi-bin/component/api_get_authorizer_list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/authorization-management/api_getauthorizerlist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthorizerList(params: T_open_component.OpenComponentGetAuthorizerListParams, options?: CallOptions): Promise<T_open_component.OpenComponentGetAuthorizerListResult>;
    /**
     * Get an authorizer's option setting (获取授权方选项信息)
     * 
     * `POST /cgi-bin/component/api_get_authorizer_option` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/ThirdParty/Account_Authorization/api_get_authorizer_option.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthorizerOption(params: T_open_component.OpenComponentGetAuthorizerOptionParams, options?: CallOptions): Promise<T_open_component.OpenComponentGetAuthorizerOptionResult>;
    /**
     * Get or refresh an authorizer's access token (获取授权账号调用令牌 getAuthorizerAccessToken)
     * 
     * `POST /cgi-bin/component/api_authorizer_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_getauthorizeraccesstoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthorizerToken(params: T_open_component.OpenComponentGetAuthorizerTokenParams, options?: CallOptions): Promise<T_open_component.OpenComponentGetAuthorizerTokenResult>;
    /**
     * Get the platform's component_access_token (获取令牌 getComponentAccessToken)
     * 
     * `POST /cgi-bin/component/api_component_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_getcomponentaccesstoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getToken(params: T_open_component.OpenComponentGetTokenParams, options?: CallOptions): Promise<T_open_component.OpenComponentGetTokenResult>;
    /**
     * Exchange an authorization code for the authorizer's tokens and permissions (获取刷新令牌 getAuthorizerRefreshToken)
     * 
     * `POST /cgi-bin/component/api_query_auth` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_getauthorizerrefreshtoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryAuth(params: T_open_component.OpenComponentQueryAuthParams, options?: CallOptions): Promise<T_open_component.OpenComponentQueryAuthResult>;
    /**
     * Set an authorizer's option (设置授权方选项信息 setAuthorizerOption)
     * 
     * `POST /cgi-bin/component/api_set_authorizer_option` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/authorization-management/setAuthorizerOption.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setAuthorizerOption(params: T_open_component.OpenComponentSetAuthorizerOptionParams, options?: CallOptions): Promise<T_open_component.OpenComponentSetAuthorizerOptionResult>;
    /**
     * Start the component_verify_ticket push service (启动票据推送服务 startPushTicket)
     * 
     * `POST /cgi-bin/component/api_start_push_ticket` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_startpushticket.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    startPushTicket(params: T_open_component.OpenComponentStartPushTicketParams, options?: CallOptions): Promise<T_open_component.OpenComponentStartPushTicketResult>;
  };
  oauth: {
    /**
     * Exchange a web-authorization code for a user access token on behalf of an Official Account (通过 code 换取 access_token)
     * 
     * `GET /sns/oauth2/component/access_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Official_Accounts/official_account_website_authorization.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAccessToken(params: T_open_oauth.OpenOauthGetAccessTokenParams, options?: CallOptions): Promise<T_open_oauth.OpenOauthGetAccessTokenResult>;
    /**
     * Refresh a user's web-authorization access token on behalf of an Official Account (刷新 access_token)
     * 
     * `GET /sns/oauth2/component/refresh_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Official_Accounts/official_account_website_authorization.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    refreshAccessToken(params: T_open_oauth.OpenOauthRefreshAccessTokenParams, options?: CallOptions): Promise<T_open_oauth.OpenOauthRefreshAccessTokenResult>;
  };
}
