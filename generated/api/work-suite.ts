// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../../src/http/types.js';
import type * as T_work_suite_license from '../types/work-suite/license.js';
import type * as T_work_suite_provider from '../types/work-suite/provider.js';
import type * as T_work_suite_suite from '../types/work-suite/suite.js';
/** Every described endpoint the WorkSuite client can call, as `client.api.<area>.<method>(params)`. */
export interface WorkSuiteApi {
  license: {
    /**
     * Create or extend a job of active accounts to renew (下单续期账号 · 创建续期任务)
     * 
     * `POST /cgi-bin/license/create_renew_order_job` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97183
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createRenewOrderJob(params: T_work_suite_license.WorkSuiteLicenseCreateRenewOrderJobParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseCreateRenewOrderJobResult>;
    /**
     * Get a multi-corp order's details and per-corp purchases (获取多企业订单详情)
     * 
     * `POST /cgi-bin/license/get_union_order` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98893
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUnionOrder(params: T_work_suite_license.WorkSuiteLicenseGetUnionOrderParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseGetUnionOrderResult>;
    /**
     * List the accounts of an order (获取订单中的帐号列表)
     * 
     * `POST /cgi-bin/license/list_order_account` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95649
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listOrderAccount(params: T_work_suite_license.WorkSuiteLicenseListOrderAccountParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseListOrderAccountResult>;
  };
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
     * List the admins of an authorized third-party app in a corp (获取应用的管理员列表)
     * 
     * `POST /cgi-bin/service/get_admin_list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90606
     * @deprecated no longer maintained (document/path/100072): use /cgi-bin/agent/get_admin_list with the corp's access_token
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAdminList(params: T_work_suite_suite.WorkSuiteSuiteGetAdminListParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteGetAdminListResult>;
    /**
     * Get the install QR code of a published third-party app (获取应用二维码)
     * 
     * `POST /cgi-bin/service/get_app_qrcode` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95430
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAppQrcode(params: T_work_suite_suite.WorkSuiteSuiteGetAppQrcodeParams, options?: CallOptions): Promise<WechatFile | T_work_suite_suite.WorkSuiteSuiteGetAppQrcodeResult>;
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
     * Get an authorization link with a state for custom-app (代开发) templates (获取带参授权链接)
     * 
     * `POST /cgi-bin/service/get_customized_auth_url` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98744
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCustomizedAuthUrl(params: T_work_suite_suite.WorkSuiteSuiteGetCustomizedAuthUrlParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteGetCustomizedAuthUrlResult>;
    /**
     * Exchange a temporary auth code for the corp's permanent code, auth info and access_token; a faster v2 at /cgi-bin/service/v2/get_permanent_code returns less (获取企业永久授权码)
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
