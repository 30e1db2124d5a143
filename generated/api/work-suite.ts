// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../../src/http/types.js';
import type * as T_work_suite_provider from '../types/work-suite/provider.js';
import type * as T_work_suite_suite from '../types/work-suite/suite.js';
/** Every described endpoint the WorkSuite client can call, as `client.api.<area>.<method>(params)`. */
export interface WorkSuiteApi {
  provider: {
    /**
     * Get the service provider's provider_access_token (获取服务商凭证)
     * 
     * `POST /cgi-bin/service/get_provider_token` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91200
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getToken(params: T_work_suite_provider.WorkSuiteProviderGetTokenParams, options?: CallOptions): Promise<T_work_suite_provider.WorkSuiteProviderGetTokenResult>;
  };
  suite: {
    /**
     * Get a corp's authorization info from its permanent code (获取企业授权信息)
     * 
     * `POST /cgi-bin/service/get_auth_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90604
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthInfo(params: T_work_suite_suite.WorkSuiteSuiteGetAuthInfoParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteGetAuthInfoResult>;
    /**
     * Get an authorizing corp's access_token from its permanent code (获取企业凭证)
     * 
     * `POST /cgi-bin/service/get_corp_token` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90605
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCorpToken(params: T_work_suite_suite.WorkSuiteSuiteGetCorpTokenParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteGetCorpTokenResult>;
    /**
     * Exchange a temporary auth code for the corp's permanent code, auth info and access_token (获取企业永久授权码); a faster v2 at /cgi-bin/service/v2/get_permanent_code returns less
     * 
     * `POST /cgi-bin/service/get_permanent_code` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90603
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPermanentCode(params: T_work_suite_suite.WorkSuiteSuiteGetPermanentCodeParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteGetPermanentCodeResult>;
    /**
     * Get a pre-auth code for a corp authorization (获取预授权码)
     * 
     * `GET /cgi-bin/service/get_pre_auth_code` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90601
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPreAuthCode(params?: T_work_suite_suite.WorkSuiteSuiteGetPreAuthCodeParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteGetPreAuthCodeResult>;
    /**
     * Get a third-party app's suite_access_token (获取第三方应用凭证)
     * 
     * `POST /cgi-bin/service/get_suite_token` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90600
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getToken(params: T_work_suite_suite.WorkSuiteSuiteGetTokenParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteGetTokenResult>;
    /**
     * Configure one authorization session, e.g. test mode for an unpublished app (设置授权配置)
     * 
     * `POST /cgi-bin/service/set_session_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90602
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setSessionInfo(params: T_work_suite_suite.WorkSuiteSuiteSetSessionInfoParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteSetSessionInfoResult>;
  };
}
