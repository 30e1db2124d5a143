// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../../src/http/types.js';
import type * as T_work_suite_license from '../types/work-suite/license.js';
import type * as T_work_suite_payTool from '../types/work-suite/payTool.js';
import type * as T_work_suite_provider from '../types/work-suite/provider.js';
import type * as T_work_suite_suite from '../types/work-suite/suite.js';
/** Every described endpoint the WorkSuite client can call, as `client.api.<area>.<method>(params)`. */
export interface WorkSuiteApi {
  license: {
    /**
     * Activate an account code for a member (激活账号)
     * 
     * `POST /cgi-bin/license/active_account` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97188
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    activateAccount(params: T_work_suite_license.WorkSuiteLicenseActivateAccountParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseActivateAccountResult>;
    /**
     * Activate account codes for several members (激活账号 · 批量激活账号)
     * 
     * `POST /cgi-bin/license/batch_active_account` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97188
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchActivateAccount(params: T_work_suite_license.WorkSuiteLicenseBatchActivateAccountParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseBatchActivateAccountResult>;
    /**
     * Get several activation codes' status and binding (获取激活码详情 · 批量获取激活码详情)
     * 
     * `POST /cgi-bin/license/batch_get_active_info_by_code` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97189
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchGetActiveInfoByCode(params: T_work_suite_license.WorkSuiteLicenseBatchGetActiveInfoByCodeParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseBatchGetActiveInfoByCodeResult>;
    /**
     * Share activation codes with a downstream corp (分配激活码给下游/下级企业)
     * 
     * `POST /cgi-bin/license/batch_share_active_code` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97193
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchShareActiveCode(params: T_work_suite_license.WorkSuiteLicenseBatchShareActiveCodeParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseBatchShareActiveCodeResult>;
    /**
     * Transfer members' licences to other members (账号继承)
     * 
     * `POST /cgi-bin/license/batch_transfer_license` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97192
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchTransferLicense(params: T_work_suite_license.WorkSuiteLicenseBatchTransferLicenseParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseBatchTransferLicenseResult>;
    /**
     * Cancel an unpaid licence order (取消订单)
     * 
     * `POST /cgi-bin/license/cancel_order` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/96106
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    cancelOrder(params: T_work_suite_license.WorkSuiteLicenseCancelOrderParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseCancelOrderResult>;
    /**
     * Order new accounts for a corp (下单购买账号)
     * 
     * `POST /cgi-bin/license/create_new_order` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97182
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createNewOrder(params: T_work_suite_license.WorkSuiteLicenseCreateNewOrderParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseCreateNewOrderResult>;
    /**
     * Create or extend a multi-corp new-purchase job (下单购买多企业账号 · 创建多企业新购任务)
     * 
     * `POST /cgi-bin/license/create_new_order_job` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98887
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createNewOrderJob(params: T_work_suite_license.WorkSuiteLicenseCreateNewOrderJobParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseCreateNewOrderJobResult>;
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
     * Get an activation code's status and binding (获取激活码详情)
     * 
     * `POST /cgi-bin/license/get_active_info_by_code` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97189
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getActiveInfoByCode(params: T_work_suite_license.WorkSuiteLicenseGetActiveInfoByCodeParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseGetActiveInfoByCodeResult>;
    /**
     * Get a member's activation details (获取成员的激活详情)
     * 
     * `POST /cgi-bin/license/get_active_info_by_user` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97191
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getActiveInfoByUser(params: T_work_suite_license.WorkSuiteLicenseGetActiveInfoByUserParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseGetActiveInfoByUserResult>;
    /**
     * Get an app's licence check status and trial period for a corp (获取应用的接口许可状态)
     * 
     * `POST /cgi-bin/license/get_app_license_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97194
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAppLicenseInfo(params: T_work_suite_license.WorkSuiteLicenseGetAppLicenseInfoParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseGetAppLicenseInfoResult>;
    /**
     * Get a corp's licence auto-activation status (查询企业的许可自动激活状态)
     * 
     * `POST /cgi-bin/license/get_auto_active_status` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95874
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAutoActiveStatus(params: T_work_suite_license.WorkSuiteLicenseGetAutoActiveStatusParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseGetAutoActiveStatusResult>;
    /**
     * Get the result of submitting a multi-corp new-purchase order (获取多企业新购订单提交结果)
     * 
     * `POST /cgi-bin/license/new_order_job_result` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98887
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getNewOrderJobResult(params: T_work_suite_license.WorkSuiteLicenseGetNewOrderJobResultParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseGetNewOrderJobResultResult>;
    /**
     * Get an order's details (获取订单详情)
     * 
     * `POST /cgi-bin/license/get_order` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97185
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getOrder(params: T_work_suite_license.WorkSuiteLicenseGetOrderParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseGetOrderResult>;
    /**
     * Get the result of a balance pay job (使用余额支付订单 · 获取订单支付结果)
     * 
     * `POST /cgi-bin/license/pay_job_result` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99420
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPayJobResult(params: T_work_suite_license.WorkSuiteLicenseGetPayJobResultParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseGetPayJobResultResult>;
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
     * List a corp's activated accounts (获取企业的账号列表)
     * 
     * `POST /cgi-bin/license/list_actived_account` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95544
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listActivatedAccount(params: T_work_suite_license.WorkSuiteLicenseListActivatedAccountParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseListActivatedAccountResult>;
    /**
     * List the provider's licence orders in a time range (获取订单列表)
     * 
     * `POST /cgi-bin/license/list_order` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97184
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listOrder(params?: T_work_suite_license.WorkSuiteLicenseListOrderParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseListOrderResult>;
    /**
     * List the accounts of an order (获取订单中的帐号列表)
     * 
     * `POST /cgi-bin/license/list_order_account` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95649
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listOrderAccount(params: T_work_suite_license.WorkSuiteLicenseListOrderAccountParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseListOrderAccountResult>;
    /**
     * Turn a corp's licence auto-activation on or off (设置企业的许可自动激活状态)
     * 
     * `POST /cgi-bin/license/set_auto_active_status` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95873
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setAutoActiveStatus(params: T_work_suite_license.WorkSuiteLicenseSetAutoActiveStatusParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseSetAutoActiveStatusResult>;
    /**
     * Submit a multi-corp new-purchase job as an order (下单购买多企业账号 · 提交多企业新购订单)
     * 
     * `POST /cgi-bin/license/submit_new_order_job` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98887
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    submitNewOrderJob(params: T_work_suite_license.WorkSuiteLicenseSubmitNewOrderJobParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseSubmitNewOrderJobResult>;
    /**
     * Submit a renewal job as an order (下单续期账号 · 提交续期订单)
     * 
     * `POST /cgi-bin/license/submit_order_job` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97183
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    submitOrderJob(params: T_work_suite_license.WorkSuiteLicenseSubmitOrderJobParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseSubmitOrderJobResult>;
    /**
     * Pay an order from the prepaid balance (使用余额支付订单 · 提交余额支付订单任务)
     * 
     * `POST /cgi-bin/license/submit_pay_job` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99420
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    submitPayJob(params: T_work_suite_license.WorkSuiteLicenseSubmitPayJobParams, options?: CallOptions): Promise<T_work_suite_license.WorkSuiteLicenseSubmitPayJobResult>;
  };
  payTool: {
    /**
     * Cancel a collection order (取消收款订单)
     * 
     * `POST /cgi-bin/paytool/close_order` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98046
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    closeOrder(params: T_work_suite_payTool.WorkSuitePayToolCloseOrderParams, options?: CallOptions): Promise<T_work_suite_payTool.WorkSuitePayToolCloseOrderResult>;
    /**
     * List the invoices customers asked for on app orders (获取发票列表)
     * 
     * `POST /cgi-bin/paytool/get_invoice_list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99447
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getInvoiceList(params?: T_work_suite_payTool.WorkSuitePayToolGetInvoiceListParams, options?: CallOptions): Promise<T_work_suite_payTool.WorkSuitePayToolGetInvoiceListResult>;
    /**
     * Get a collection order's details (获取收款订单详情)
     * 
     * `POST /cgi-bin/paytool/get_order_detail` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99361
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getOrderDetail(params: T_work_suite_payTool.WorkSuitePayToolGetOrderDetailParams, options?: CallOptions): Promise<T_work_suite_payTool.WorkSuitePayToolGetOrderDetailResult>;
    /**
     * List collection orders created in a time range (获取收款订单列表)
     * 
     * `POST /cgi-bin/paytool/get_order_list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99360
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getOrderList(params: T_work_suite_payTool.WorkSuitePayToolGetOrderListParams, options?: CallOptions): Promise<T_work_suite_payTool.WorkSuitePayToolGetOrderListResult>;
    /**
     * Mark an app order's invoice status (标记开票状态)
     * 
     * `POST /cgi-bin/paytool/mark_invoice_status` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99437
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    markInvoiceStatus(params: T_work_suite_payTool.WorkSuitePayToolMarkInvoiceStatusParams, options?: CallOptions): Promise<T_work_suite_payTool.WorkSuitePayToolMarkInvoiceStatusResult>;
    /**
     * Create a collection order (创建收款订单)
     * 
     * `POST /cgi-bin/paytool/open_order` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98045
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    openOrder(params: T_work_suite_payTool.WorkSuitePayToolOpenOrderParams, options?: CallOptions): Promise<T_work_suite_payTool.WorkSuitePayToolOpenOrderResult>;
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
