// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../../src/http/types.js';
import type * as T_work_suite_advancedApi from '../types/work-suite/advancedApi.js';
import type * as T_work_suite_contact from '../types/work-suite/contact.js';
import type * as T_work_suite_hardware from '../types/work-suite/hardware.js';
import type * as T_work_suite_idConvert from '../types/work-suite/idConvert.js';
import type * as T_work_suite_license from '../types/work-suite/license.js';
import type * as T_work_suite_payTool from '../types/work-suite/payTool.js';
import type * as T_work_suite_provider from '../types/work-suite/provider.js';
import type * as T_work_suite_suite from '../types/work-suite/suite.js';
/** Every described endpoint the WorkSuite client can call, as `client.api.<area>.<method>(params)`. */
export interface WorkSuiteApi {
  advancedApi: {
    /**
     * Cancel an unpaid chat archive API order (取消订单)
     * 
     * `POST /cgi-bin/advanced_api/cancel_order` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/100298
     * @see https://developer.work.weixin.qq.com/document/path/100258
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    cancelOrder(params: T_work_suite_advancedApi.WorkSuiteAdvancedApiCancelOrderParams, options?: CallOptions): Promise<T_work_suite_advancedApi.WorkSuiteAdvancedApiCancelOrderResult>;
    /**
     * Order the chat archive data API for a customer corp (下单购买)
     * 
     * `POST /cgi-bin/advanced_api/create_order` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/100257
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createOrder(params: T_work_suite_advancedApi.WorkSuiteAdvancedApiCreateOrderParams, options?: CallOptions): Promise<T_work_suite_advancedApi.WorkSuiteAdvancedApiCreateOrderResult>;
    /**
     * Get what a customer corp has bought of the chat archive API (获取企业已购信息)
     * 
     * `POST /cgi-bin/advanced_api/get_corp_buy_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/101400
     * @see https://developer.work.weixin.qq.com/document/path/100271
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCorpBuyInfo(params: T_work_suite_advancedApi.WorkSuiteAdvancedApiGetCorpBuyInfoParams, options?: CallOptions): Promise<T_work_suite_advancedApi.WorkSuiteAdvancedApiGetCorpBuyInfoResult>;
    /**
     * Get a chat archive API order (获取订单详情)
     * 
     * `POST /cgi-bin/advanced_api/get_order` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/101399
     * @see https://developer.work.weixin.qq.com/document/path/100261
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getOrder(params: T_work_suite_advancedApi.WorkSuiteAdvancedApiGetOrderParams, options?: CallOptions): Promise<T_work_suite_advancedApi.WorkSuiteAdvancedApiGetOrderResult>;
    /**
     * List the provider's chat archive API orders (获取订单列表)
     * 
     * `POST /cgi-bin/advanced_api/list_order` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/101398
     * @see https://developer.work.weixin.qq.com/document/path/100260
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listOrder(params?: T_work_suite_advancedApi.WorkSuiteAdvancedApiListOrderParams, options?: CallOptions): Promise<T_work_suite_advancedApi.WorkSuiteAdvancedApiListOrderResult>;
    /**
     * Pay an order from the provider's prepaid balance (使用余额支付订单 · 提交余额支付订单任务)
     * 
     * `POST /cgi-bin/advanced_api/submit_pay` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/101397
     * @see https://developer.work.weixin.qq.com/document/path/100259
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    submitPay(params: T_work_suite_advancedApi.WorkSuiteAdvancedApiSubmitPayParams, options?: CallOptions): Promise<T_work_suite_advancedApi.WorkSuiteAdvancedApiSubmitPayResult>;
  };
  contact: {
    /**
     * Run several contact searches in an authorizing corp at once (通讯录批量搜索)
     * 
     * `POST /cgi-bin/service/contact/batchsearch` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91844
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchSearch(params: T_work_suite_contact.WorkSuiteContactBatchSearchParams, options?: CallOptions): Promise<T_work_suite_contact.WorkSuiteContactBatchSearchResult>;
    /**
     * Get the result of an async contact id translation job (获取异步任务结果)
     * 
     * `GET /cgi-bin/service/batch/getresult` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91882
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getBatchResult(params: T_work_suite_contact.WorkSuiteContactGetBatchResultParams, options?: CallOptions): Promise<T_work_suite_contact.WorkSuiteContactGetBatchResultResult>;
    /**
     * Start an async job that translates userids and department ids in uploaded files into names (异步通讯录id转译)
     * 
     * `POST /cgi-bin/service/contact/id_translate` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91846
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    idTranslate(params: T_work_suite_contact.WorkSuiteContactIdTranslateParams, options?: CallOptions): Promise<T_work_suite_contact.WorkSuiteContactIdTranslateResult>;
    /**
     * Search an authorizing corp's contacts by name for members or departments (通讯录单个搜索)
     * 
     * `POST /cgi-bin/service/contact/search` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91844
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    search(params: T_work_suite_contact.WorkSuiteContactSearchParams, options?: CallOptions): Promise<T_work_suite_contact.WorkSuiteContactSearchResult>;
    /**
     * Sort userids of an authorizing corp by name pinyin or alias (通讯录userid排序)
     * 
     * `POST /cgi-bin/service/contact/sort` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92093
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    sort(params: T_work_suite_contact.WorkSuiteContactSortParams, options?: CallOptions): Promise<T_work_suite_contact.WorkSuiteContactSortResult>;
  };
  hardware: {
    /**
     * Add a device instance (添加设备实例)
     * 
     * `POST /cgi-bin/service/add_device` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90626
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addDevice(params: T_work_suite_hardware.WorkSuiteHardwareAddDeviceParams, options?: CallOptions): Promise<T_work_suite_hardware.WorkSuiteHardwareAddDeviceResult>;
    /**
     * Delete a device instance (删除设备实例)
     * 
     * `POST /cgi-bin/service/del_device` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92770
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delDevice(params: T_work_suite_hardware.WorkSuiteHardwareDelDeviceParams, options?: CallOptions): Promise<T_work_suite_hardware.WorkSuiteHardwareDelDeviceResult>;
    /**
     * Ask a device to upload its log file (上传设备日志)
     * 
     * `POST /cgi-bin/service/fetch_device_log` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91475
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    fetchDeviceLog(params: T_work_suite_hardware.WorkSuiteHardwareFetchDeviceLogParams, options?: CallOptions): Promise<T_work_suite_hardware.WorkSuiteHardwareFetchDeviceLogResult>;
    /**
     * Get the corp a device is bound to (查询设备绑定信息)
     * 
     * `POST /cgi-bin/service/get_device_auth_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90753
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getDeviceAuthInfo(params: T_work_suite_hardware.WorkSuiteHardwareGetDeviceAuthInfoParams, options?: CallOptions): Promise<T_work_suite_hardware.WorkSuiteHardwareGetDeviceAuthInfoResult>;
    /**
     * Get a device's custom feature string (获取设备自定义参数)
     * 
     * `POST /cgi-bin/hardware/get_device_feature` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92739
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getDeviceFeature(params: T_work_suite_hardware.WorkSuiteHardwareGetDeviceFeatureParams, options?: CallOptions): Promise<T_work_suite_hardware.WorkSuiteHardwareGetDeviceFeatureResult>;
    /**
     * List the devices the provider registered (获取设备列表)
     * 
     * `POST /cgi-bin/service/list_device` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91346
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listDevice(params: T_work_suite_hardware.WorkSuiteHardwareListDeviceParams, options?: CallOptions): Promise<T_work_suite_hardware.WorkSuiteHardwareListDeviceResult>;
    /**
     * Reset a device's SecretNo (重置设备SecretNo)
     * 
     * `POST /cgi-bin/service/reset_secret_no` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90753
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    resetSecretNo(params: T_work_suite_hardware.WorkSuiteHardwareResetSecretNoParams, options?: CallOptions): Promise<T_work_suite_hardware.WorkSuiteHardwareResetSecretNoResult>;
    /**
     * Set whether a print box supports a printer (设置打印机支持状态)
     * 
     * `POST /cgi-bin/service/set_printer_support_state` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92782
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setPrinterSupportState(params: T_work_suite_hardware.WorkSuiteHardwareSetPrinterSupportStateParams, options?: CallOptions): Promise<T_work_suite_hardware.WorkSuiteHardwareSetPrinterSupportStateResult>;
  };
  idConvert: {
    /**
     * Upgrade group chat ids for every corp that authorizes the custom-app template from now on (对所有新授权企业升级群ID)
     * 
     * `GET /cgi-bin/idconvert/upgrade_chatid_for_new_corp` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99601
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    upgradeChatIdForNewCorp(params?: T_work_suite_idConvert.WorkSuiteIdConvertUpgradeChatIdForNewCorpParams, options?: CallOptions): Promise<T_work_suite_idConvert.WorkSuiteIdConvertUpgradeChatIdForNewCorpResult>;
  };
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
     * Convert a corp's plain corpid to the service provider's encrypted corpid (corpid的转换)
     * 
     * `POST /cgi-bin/service/corpid_to_opencorpid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95604
     * @see https://developer.work.weixin.qq.com/document/path/97105
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    corpIdToOpenCorpId(params: T_work_suite_provider.WorkSuiteProviderCorpIdToOpenCorpIdParams, options?: CallOptions): Promise<T_work_suite_provider.WorkSuiteProviderCorpIdToOpenCorpIdResult>;
    /**
     * Mark a corp's external_userid migration as finished for the provider's third-party apps (设置迁移完成)
     * 
     * `POST /cgi-bin/service/externalcontact/finish_external_userid_migration` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95327
     * @see https://developer.work.weixin.qq.com/document/path/99375
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    finishExternalUserIdMigration(params: T_work_suite_provider.WorkSuiteProviderFinishExternalUserIdMigrationParams, options?: CallOptions): Promise<T_work_suite_provider.WorkSuiteProviderFinishExternalUserIdMigrationResult>;
    /**
     * Get the balance of the service provider's prepaid account (充值账户余额查询)
     * 
     * `GET /cgi-bin/service/get_account_balance` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/100137
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAccountBalance(params?: T_work_suite_provider.WorkSuiteProviderGetAccountBalanceParams, options?: CallOptions): Promise<T_work_suite_provider.WorkSuiteProviderGetAccountBalanceResult>;
    /**
     * Get the user who logged in to the provider's site by scanning (获取登录用户信息)
     * 
     * `POST /cgi-bin/service/get_login_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91125
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getLoginInfo(params: T_work_suite_provider.WorkSuiteProviderGetLoginInfoParams, options?: CallOptions): Promise<T_work_suite_provider.WorkSuiteProviderGetLoginInfoResult>;
    /**
     * Get a registration code from a promotion package (获取注册码)
     * 
     * `POST /cgi-bin/service/get_register_code` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90581
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getRegisterCode(params: T_work_suite_provider.WorkSuiteProviderGetRegisterCodeParams, options?: CallOptions): Promise<T_work_suite_provider.WorkSuiteProviderGetRegisterCodeResult>;
    /**
     * Get the registration status of a corp created through a registration code (查询注册状态)
     * 
     * `POST /cgi-bin/service/get_register_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90582
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getRegisterInfo(params: T_work_suite_provider.WorkSuiteProviderGetRegisterInfoParams, options?: CallOptions): Promise<T_work_suite_provider.WorkSuiteProviderGetRegisterInfoResult>;
    /**
     * Get the service provider's provider_access_token (获取服务商凭证)
     * 
     * `POST /cgi-bin/service/get_provider_token` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91200
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getToken(params: T_work_suite_provider.WorkSuiteProviderGetTokenParams, options?: CallOptions): Promise<T_work_suite_provider.WorkSuiteProviderGetTokenResult>;
    /**
     * Upload a temporary file as the service provider, valid for 3 days, e.g. for id translation (服务商上传临时素材)
     * 
     * `POST /cgi-bin/service/media/upload` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99310
     * @see https://developer.work.weixin.qq.com/document/path/91883
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadMedia(params: T_work_suite_provider.WorkSuiteProviderUploadMediaParams, options?: CallOptions): Promise<T_work_suite_provider.WorkSuiteProviderUploadMediaResult>;
  };
  suite: {
    externalContact: {
      /**
       * Convert a WeChat user's unionid and openid to the external_userid in authorizing corps (unionid转换为第三方external_userid)
       * 
       * `POST /cgi-bin/service/externalcontact/unionid_to_external_userid_3rd` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/95878
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      unionIdToExternalUserId(params: T_work_suite_suite.WorkSuiteSuiteExternalContactUnionIdToExternalUserIdParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteExternalContactUnionIdToExternalUserIdResult>;
    };
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
    miniprogram: {
      /**
       * Exchange a WeCom third-party mini program login code for the session (code2Session)
       * 
       * `GET /cgi-bin/service/miniprogram/jscode2session` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92423
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      code2Session(params: T_work_suite_suite.WorkSuiteSuiteMiniprogramCode2SessionParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteMiniprogramCode2SessionResult>;
    };
    oauth: {
      /**
       * Get the sensitive details of a signed-in member from a user_ticket (获取访问用户敏感信息)
       * 
       * `POST /cgi-bin/service/auth/getuserdetail3rd` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/91122
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getUserDetail(params: T_work_suite_suite.WorkSuiteSuiteOauthGetUserDetailParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteOauthGetUserDetailResult>;
      /**
       * Get the identity of a user signing in to a third-party app through web OAuth (获取访问用户身份)
       * 
       * `GET /cgi-bin/service/auth/getuserinfo3rd` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/91121
       * @see https://developer.work.weixin.qq.com/document/path/98179
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getUserInfo(params: T_work_suite_suite.WorkSuiteSuiteOauthGetUserInfoParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteOauthGetUserInfoResult>;
      /**
       * Get the identity of a user from a web OAuth code, older route with CorpId/UserId/DeviceId and school parents (获取访问用户身份)
       * 
       * `GET /cgi-bin/service/getuserinfo3rd` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/91711
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getUserInfoLegacy(params: T_work_suite_suite.WorkSuiteSuiteOauthGetUserInfoLegacyParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteOauthGetUserInfoLegacyResult>;
    };
    order: {
      /**
       * Get a paid-edition order of a third-party app (获取订单详情)
       * 
       * `POST /cgi-bin/service/get_order` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/91909
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      get(params: T_work_suite_suite.WorkSuiteSuiteOrderGetParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteOrderGetResult>;
      /**
       * List the paid-edition orders of a third-party app in a time range (获取订单列表)
       * 
       * `POST /cgi-bin/service/get_order_list` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/91910
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      list(params: T_work_suite_suite.WorkSuiteSuiteOrderListParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteOrderListResult>;
      /**
       * Extend a corp's trial of a paid third-party app; total trial at most 60 days (延长试用期)
       * 
       * `POST /cgi-bin/service/prolong_try` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/91913
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      prolongTry(params: T_work_suite_suite.WorkSuiteSuiteOrderProlongTryParams, options?: CallOptions): Promise<T_work_suite_suite.WorkSuiteSuiteOrderProlongTryResult>;
    };
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
