// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../../src/http/types.js';
import type * as T_miniprogram_auth from '../types/miniprogram/auth.js';
import type * as T_miniprogram_business from '../types/miniprogram/business.js';
import type * as T_miniprogram_cityService from '../types/miniprogram/cityService.js';
import type * as T_miniprogram_cloudbase from '../types/miniprogram/cloudbase.js';
import type * as T_miniprogram_comment from '../types/miniprogram/comment.js';
import type * as T_miniprogram_customService from '../types/miniprogram/customService.js';
import type * as T_miniprogram_datacube from '../types/miniprogram/datacube.js';
import type * as T_miniprogram_employeeRelation from '../types/miniprogram/employeeRelation.js';
import type * as T_miniprogram_famousBrand from '../types/miniprogram/famousBrand.js';
import type * as T_miniprogram_hardware from '../types/miniprogram/hardware.js';
import type * as T_miniprogram_hardwareDevice from '../types/miniprogram/hardwareDevice.js';
import type * as T_miniprogram_iot from '../types/miniprogram/iot.js';
import type * as T_miniprogram_laborUse from '../types/miniprogram/laborUse.js';
import type * as T_miniprogram_live from '../types/miniprogram/live.js';
import type * as T_miniprogram_message from '../types/miniprogram/message.js';
import type * as T_miniprogram_nearbyPoi from '../types/miniprogram/nearbyPoi.js';
import type * as T_miniprogram_operation from '../types/miniprogram/operation.js';
import type * as T_miniprogram_phone from '../types/miniprogram/phone.js';
import type * as T_miniprogram_plugin from '../types/miniprogram/plugin.js';
import type * as T_miniprogram_qrcodeJump from '../types/miniprogram/qrcodeJump.js';
import type * as T_miniprogram_retail from '../types/miniprogram/retail.js';
import type * as T_miniprogram_search from '../types/miniprogram/search.js';
import type * as T_miniprogram_security from '../types/miniprogram/security.js';
import type * as T_miniprogram_shortLink from '../types/miniprogram/shortLink.js';
import type * as T_miniprogram_soter from '../types/miniprogram/soter.js';
import type * as T_miniprogram_updatableMessage from '../types/miniprogram/updatableMessage.js';
import type * as T_miniprogram_urlLink from '../types/miniprogram/urlLink.js';
import type * as T_miniprogram_urlScheme from '../types/miniprogram/urlScheme.js';
import type * as T_miniprogram_wxacode from '../types/miniprogram/wxacode.js';
import type * as T_open_accountInfo from '../types/open/accountInfo.js';
import type * as T_open_ams from '../types/open/ams.js';
import type * as T_open_authorizer from '../types/open/authorizer.js';
import type * as T_open_basicInfo from '../types/open/basicInfo.js';
import type * as T_open_betaMiniProgram from '../types/open/betaMiniProgram.js';
import type * as T_open_category from '../types/open/category.js';
import type * as T_open_code from '../types/open/code.js';
import type * as T_open_domain from '../types/open/domain.js';
import type * as T_open_embedded from '../types/open/embedded.js';
import type * as T_open_expressPlugin from '../types/open/expressPlugin.js';
import type * as T_open_fastRegister from '../types/open/fastRegister.js';
import type * as T_open_icp from '../types/open/icp.js';
import type * as T_open_liveAccess from '../types/open/liveAccess.js';
import type * as T_open_openAccount from '../types/open/openAccount.js';
import type * as T_open_privacy from '../types/open/privacy.js';
import type * as T_open_record from '../types/open/record.js';
import type * as T_open_serviceMarket from '../types/open/serviceMarket.js';
import type * as T_open_showItem from '../types/open/showItem.js';
import type * as T_open_supportVersion from '../types/open/supportVersion.js';
import type * as T_open_tester from '../types/open/tester.js';
import type * as T_open_userOrder from '../types/open/userOrder.js';
import type * as T_open_weData from '../types/open/weData.js';
import type * as T_open_wmpf from '../types/open/wmpf.js';
import type * as T_open_wxVerify from '../types/open/wxVerify.js';
import type * as T_open_wxaAuth from '../types/open/wxaAuth.js';
import type * as T_shared_customService from '../types/shared/customService.js';
import type * as T_shared_donut from '../types/shared/donut.js';
import type * as T_shared_media from '../types/shared/media.js';
import type * as T_shared_ocr from '../types/shared/ocr.js';
import type * as T_shared_quota from '../types/shared/quota.js';
import type * as T_shared_subscribe from '../types/shared/subscribe.js';
import type * as T_shared_token from '../types/shared/token.js';
/** Every described endpoint the MiniProgram client can call, as `client.api.<area>.<method>(params)`. */
export interface MiniProgramApi {
  accountInfo: {
    /**
     * Get the account's basic information (获取基本信息 getAccountBasicInfo)
     * 
     * `POST /cgi-bin/account/getaccountbasicinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_getaccountbasicinfo
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getBasicInfo(params?: T_open_accountInfo.OpenAccountInfoGetBasicInfoParams, options?: CallOptions): Promise<T_open_accountInfo.OpenAccountInfoGetBasicInfoResult>;
    /**
     * Change the Mini Program's head image (修改头像 setHeadImage)
     * 
     * `POST /cgi-bin/account/modifyheadimage` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_setheadimage.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    modifyHeadImage(params: T_open_accountInfo.OpenAccountInfoModifyHeadImageParams, options?: CallOptions): Promise<T_open_accountInfo.OpenAccountInfoModifyHeadImageResult>;
    /**
     * Change the Mini Program's introduction (设置小程序介绍 setSignature)
     * 
     * `POST /cgi-bin/account/modifysignature` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_setsignature.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    modifySignature(params: T_open_accountInfo.OpenAccountInfoModifySignatureParams, options?: CallOptions): Promise<T_open_accountInfo.OpenAccountInfoModifySignatureResult>;
  };
  ams: {
    /**
     * Check whether the Mini Program can open ad monetization (检测是否能开通流量主 AgencyCheckCanOpenPublisher)
     * 
     * `POST /wxa/operationams?action=agency_check_can_open_publisher` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ams/open/api_agencycheckcanopenpublisher
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    checkCanOpenPublisher(params?: T_open_ams.OpenAmsCheckCanOpenPublisherParams, options?: CallOptions): Promise<T_open_ams.OpenAmsCheckCanOpenPublisherResult>;
    /**
     * Open ad monetization (流量主) for the Mini Program (开通流量主 AgencyCreatePublisher)
     * 
     * `POST /wxa/operationams?action=agency_create_publisher` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ams/open/api_agencycreatepublisher
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createPublisher(params?: T_open_ams.OpenAmsCreatePublisherParams, options?: CallOptions): Promise<T_open_ams.OpenAmsCreatePublisherResult>;
  };
  auth: {
    /**
     * Check that encrypted data was generated by WeChat in the last 3 days (检查加密信息 checkEncryptedData)
     * 
     * `POST /wxa/business/checkencryptedmsg` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/user-info/basic-info/api_checkencrypteddata.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    checkEncryptedData(params: T_miniprogram_auth.MpAuthCheckEncryptedDataParams, options?: CallOptions): Promise<T_miniprogram_auth.MpAuthCheckEncryptedDataResult>;
    /**
     * Check that a stored session_key is still valid (检验登录态 checkSessionKey)
     * 
     * `GET /wxa/checksession` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/user-login/api_checksessionkey.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    checkSession(params: T_miniprogram_auth.MpAuthCheckSessionParams, options?: CallOptions): Promise<T_miniprogram_auth.MpAuthCheckSessionResult>;
    /**
     * Exchange a wx.login code for the user's session (小程序登录凭证校验 code2Session)
     * 
     * `GET /sns/jscode2session` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/user-login/api_code2session.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    code2Session(params: T_miniprogram_auth.MpAuthCode2SessionParams, options?: CallOptions): Promise<T_miniprogram_auth.MpAuthCode2SessionResult>;
    /**
     * Get a user's UnionId within 5 minutes after they paid (支付后获取Unionid getPaidUnionid)
     * 
     * `GET /wxa/getpaidunionid` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/user-info/basic-info/api_getpaidunionid.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPaidUnionId(params: T_miniprogram_auth.MpAuthGetPaidUnionIdParams, options?: CallOptions): Promise<T_miniprogram_auth.MpAuthGetPaidUnionIdResult>;
    /**
     * Exchange a wx.pluginLogin code for the plugin user's openpid (获取插件用户openpid getPluginOpenPId)
     * 
     * `POST /wxa/getpluginopenpid` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/user-info/basic-info/api_getpluginopenpid.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPluginOpenPId(params: T_miniprogram_auth.MpAuthGetPluginOpenPIdParams, options?: CallOptions): Promise<T_miniprogram_auth.MpAuthGetPluginOpenPIdResult>;
    /**
     * Get the user's last 3 encryptKeys, each valid 3600 s (获取用户encryptKey getUserEncryptKey)
     * 
     * `GET /wxa/business/getuserencryptkey` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/user-info/internet/api_getuserencryptkey.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserEncryptKey(params: T_miniprogram_auth.MpAuthGetUserEncryptKeyParams, options?: CallOptions): Promise<T_miniprogram_auth.MpAuthGetUserEncryptKeyResult>;
    /**
     * Reset a user's session_key (重置登录态 ResetUserSessionKey)
     * 
     * `GET /wxa/resetusersessionkey` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/user-login/api_resetusersessionkey.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    resetUserSessionKey(params: T_miniprogram_auth.MpAuthResetUserSessionKeyParams, options?: CallOptions): Promise<T_miniprogram_auth.MpAuthResetUserSessionKeyResult>;
  };
  authorizer: {
    /**
     * Get an option setting of the authorized account (获取授权方选项信息 getAuthorizerOptionInfo)
     * 
     * `POST /cgi-bin/component/get_authorizer_option` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/authorization-management/api_getauthorizeroptioninfo.html
     * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/authorization-management/getAuthorizerOptionInfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getOption(params: T_open_authorizer.OpenAuthorizerGetOptionParams, options?: CallOptions): Promise<T_open_authorizer.OpenAuthorizerGetOptionResult>;
    /**
     * Set an option of the authorized account (设置授权方选项信息 setAuthorizerOptionInfo)
     * 
     * `POST /cgi-bin/component/set_authorizer_option` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/authorization-management/api_setauthorizeroptioninfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setOption(params: T_open_authorizer.OpenAuthorizerSetOptionParams, options?: CallOptions): Promise<T_open_authorizer.OpenAuthorizerSetOptionResult>;
  };
  basicInfo: {
    /**
     * Get or set data prefetch and periodic data update (数据预拉取和数据周期性更新 getFetchdataSetting)
     * 
     * `POST /wxa/fetchdatasetting` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_getfetchdatasetting.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Mini_Program_Basic_Info/get_fetchdatasetting.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Mini_Program_Basic_Info/set_pre_fetchdatasetting.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Mini_Program_Basic_Info/set_period_fetchdatasetting.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    fetchDataSetting(params: T_open_basicInfo.OpenBasicInfoFetchDataSettingParams, options?: CallOptions): Promise<T_open_basicInfo.OpenBasicInfoFetchDataSettingResult>;
    /**
     * Query the review status of a name change (查询小程序名称审核状态 getNickNameStatus)
     * 
     * `POST /wxa/api_wxa_querynickname` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_getnicknamestatus.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getNickNameStatus(params: T_open_basicInfo.OpenBasicInfoGetNickNameStatusParams, options?: CallOptions): Promise<T_open_basicInfo.OpenBasicInfoGetNickNameStatusResult>;
    /**
     * Query whether the Mini Program can be found by search (获取搜索状态 getSearchStatus)
     * 
     * `GET /wxa/getwxasearchstatus` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_getsearchstatus.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getSearchStatus(params?: T_open_basicInfo.OpenBasicInfoGetSearchStatusParams, options?: CallOptions): Promise<T_open_basicInfo.OpenBasicInfoGetSearchStatusResult>;
    /**
     * Set the Mini Program's name (设置小程序名称 setNickName)
     * 
     * `POST /wxa/setnickname` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_setnickname.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/product/Register_Mini_Programs/fast_registration_of_mini_program.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setNickName(params: T_open_basicInfo.OpenBasicInfoSetNickNameParams, options?: CallOptions): Promise<T_open_basicInfo.OpenBasicInfoSetNickNameResult>;
    /**
     * Set whether the Mini Program can be found by search (设置搜索状态 setSearchStatus)
     * 
     * `POST /wxa/changewxasearchstatus` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_setsearchstatus.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setSearchStatus(params: T_open_basicInfo.OpenBasicInfoSetSearchStatusParams, options?: CallOptions): Promise<T_open_basicInfo.OpenBasicInfoSetSearchStatusResult>;
  };
  betaMiniProgram: {
    /**
     * Rename a trial Mini Program (修改试用小程序名称 modifyBetaMiniprogramNickName)
     * 
     * `POST /wxa/setbetaweappnickname` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/register-management/fast-regist-beta/api_modifybetaminiprogramnickname
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/beta_Mini_Programs/fastmodify.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setNickName(params: T_open_betaMiniProgram.OpenBetaMiniProgramSetNickNameParams, options?: CallOptions): Promise<T_open_betaMiniProgram.OpenBetaMiniProgramSetNickNameResult>;
  };
  business: {
    /**
     * Get one customer-service sub-merchant (客服子商户拉取单个商户信息)
     * 
     * `POST /cgi-bin/business/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/kf-mgnt/kf-management/api_getbusiness.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params?: T_miniprogram_business.MpBusinessGetParams, options?: CallOptions): Promise<T_miniprogram_business.MpBusinessGetResult>;
    /**
     * List customer-service sub-merchants (客服子商户拉取多个商户信息)
     * 
     * `POST /cgi-bin/business/list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/kf-mgnt/kf-management/api_listbusiness.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    list(params: T_miniprogram_business.MpBusinessListParams, options?: CallOptions): Promise<T_miniprogram_business.MpBusinessListResult>;
    /**
     * Create a customer-service sub-merchant (客服子商户创建商户)
     * 
     * `POST /cgi-bin/business/register` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/kf-mgnt/kf-management/api_registerbusiness.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    register(params: T_miniprogram_business.MpBusinessRegisterParams, options?: CallOptions): Promise<T_miniprogram_business.MpBusinessRegisterResult>;
    /**
     * Update a customer-service sub-merchant (客服子商户更新商户信息)
     * 
     * `POST /cgi-bin/business/update` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/kf-mgnt/kf-management/api_updatebusiness.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    update(params: T_miniprogram_business.MpBusinessUpdateParams, options?: CallOptions): Promise<T_miniprogram_business.MpBusinessUpdateResult>;
  };
  category: {
    /**
     * Add categories to the Mini Program (添加类目 addCategory)
     * 
     * `POST /cgi-bin/wxopen/addcategory` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/category-management/api_addcategory.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/category/addcategory.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    add(params: T_open_category.OpenCategoryAddParams, options?: CallOptions): Promise<T_open_category.OpenCategoryAddResult>;
    /**
     * Delete a category of the Mini Program (删除类目 deleteCategory)
     * 
     * `POST /cgi-bin/wxopen/deletecategory` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/category-management/api_deletecategory.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_open_category.OpenCategoryDeleteParams, options?: CallOptions): Promise<T_open_category.OpenCategoryDeleteResult>;
    /**
     * Get all the categories the Mini Program may set (获取可设置的所有类目 getAllCategories)
     * 
     * `GET /cgi-bin/wxopen/getallcategories` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/category-management/api_getallcategories.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/category/getallcategories.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAllCategories(params?: T_open_category.OpenCategoryGetAllCategoriesParams, options?: CallOptions): Promise<T_open_category.OpenCategoryGetAllCategoriesResult>;
    /**
     * Get the category names usable when submitting code for review (获取类目名称信息 getAllCategoryName)
     * 
     * `GET /wxa/get_category` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/category-management/api_getallcategoryname.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAllCategoryName(params?: T_open_category.OpenCategoryGetAllCategoryNameParams, options?: CallOptions): Promise<T_open_category.OpenCategoryGetAllCategoryNameResult>;
    /**
     * Get the categories settable by a given type of principal (获取不同类型主体可设置的类目 getAllCategoriesByType)
     * 
     * `POST /cgi-bin/wxopen/getcategoriesbytype` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/category-management/api_getallcategoriesbytype.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/category/getcategorybytype.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCategoriesByType(params?: T_open_category.OpenCategoryGetCategoriesByTypeParams, options?: CallOptions): Promise<T_open_category.OpenCategoryGetCategoriesByTypeResult>;
    /**
     * Get the categories set on the Mini Program (获取已设置的所有类目 getSettingCategories)
     * 
     * `GET /cgi-bin/wxopen/getcategory` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/category-management/api_getsettingcategories.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getSettingCategories(params?: T_open_category.OpenCategoryGetSettingCategoriesParams, options?: CallOptions): Promise<T_open_category.OpenCategoryGetSettingCategoriesResult>;
    /**
     * Modify the qualification documents of a category (修改类目资质信息 modifyCategory)
     * 
     * `POST /cgi-bin/wxopen/modifycategory` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/category-management/api_modifycategory.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    modify(params: T_open_category.OpenCategoryModifyParams, options?: CallOptions): Promise<T_open_category.OpenCategoryModifyResult>;
  };
  cityService: {
    /**
     * Get a link to a restricted City Service page (获取城市服务限定页面链接)
     * 
     * `POST /cityservice/getservicepath` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cityservice/basic/api_cityserviceservicehomepath.html
     * @see https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/cityservice/InterconnectionCapabilities/API/JumpPage/ServiceList.html
     * @see https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/cityservice/InterconnectionCapabilities/API/JumpPage/ServiceHomepage.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getServicePath(params: T_miniprogram_cityService.MpCityServiceGetServicePathParams, options?: CallOptions): Promise<T_miniprogram_cityService.MpCityServiceGetServicePathResult>;
    /**
     * Send a City Service message-channel message (消息通路发消息)
     * 
     * `POST /cityservice/sendmsgdata` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cityservice/basic/api_cityservice_sendmsgdata.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    sendMsgData(params: T_miniprogram_cityService.MpCityServiceSendMsgDataParams, options?: CallOptions): Promise<T_miniprogram_cityService.MpCityServiceSendMsgDataResult>;
  };
  cloudbase: {
    /**
     * Schedule a cloud function to run after a delay (延时调用云函数)
     * 
     * `POST /tcb/adddelayedfunctiontask` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/functions/api_adddelayedfunctiontask
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addDelayedFunctionTask(params: T_miniprogram_cloudbase.MpCloudbaseAddDelayedFunctionTaskParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseAddDelayedFunctionTaskResult>;
    /**
     * Delete files from cloud storage (删除文件)
     * 
     * `POST /tcb/batchdeletefile` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-http-api/storage/batchDeleteFile.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchDeleteFile(params: T_miniprogram_cloudbase.MpCloudbaseBatchDeleteFileParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseBatchDeleteFileResult>;
    /**
     * Get temporary download links for files in cloud storage (获取文件下载链接)
     * 
     * `POST /tcb/batchdownloadfile` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-http-api/storage/batchDownloadFile.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchDownloadFile(params: T_miniprogram_cloudbase.MpCloudbaseBatchDownloadFileParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseBatchDownloadFileResult>;
    /**
     * Check whether the Mini Program has a bound phone number (查询是否绑定手机号)
     * 
     * `POST /tcb/checkmobile` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/admin-management/api_checkmobileconfig
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    checkMobile(params?: T_miniprogram_cloudbase.MpCloudbaseCheckMobileParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseCheckMobileResult>;
    /**
     * Open CloudBase for the Mini Program (开通云开发)
     * 
     * `POST /tcb/createclouduser` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/admin-management/api_createclouduser.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createCloudUser(params?: T_miniprogram_cloudbase.MpCloudbaseCreateCloudUserParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseCreateCloudUserResult>;
    /**
     * Create a pay-as-you-go cloud environment (创建云环境)
     * 
     * `POST /tcb/createenvandresource` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/common/createenv.html
     * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/cloudbase-common/env-management/createEnv.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createEnvAndResource(params: T_miniprogram_cloudbase.MpCloudbaseCreateEnvAndResourceParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseCreateEnvAndResourceResult>;
    /**
     * Create a cloud function (创建云函数)
     * 
     * `POST /tcb/createfunction` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/scf-management/api_createfunction
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createFunction(params: T_miniprogram_cloudbase.MpCloudbaseCreateFunctionParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseCreateFunctionResult>;
    /**
     * Create a pressure test of a Mini Program page (创建压测任务)
     * 
     * `POST /tcb/createpressuretesttask` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.createPressureTest.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createPressureTestTask(params: T_miniprogram_cloudbase.MpCloudbaseCreatePressureTestTaskParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseCreatePressureTestTaskResult>;
    /**
     * Create a task that sends SMS to the numbers of an uploaded CSV file (创建发短信任务)
     * 
     * `POST /tcb/createsendsmstask` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/others/api_createsendsmstask
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createSendSmsTask(params: T_miniprogram_cloudbase.MpCloudbaseCreateSendSmsTaskParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseCreateSendSmsTaskResult>;
    /**
     * Insert records into a cloud database collection (数据库插入记录)
     * 
     * `POST /tcb/databaseadd` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/database/api_adddatabaseitem
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    databaseAdd(params: T_miniprogram_cloudbase.MpCloudbaseDatabaseAddParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDatabaseAddResult>;
    /**
     * Run an aggregation on the cloud database (数据库聚合)
     * 
     * `POST /tcb/databaseaggregate` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/database/api_aggregatedatabase
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    databaseAggregate(params: T_miniprogram_cloudbase.MpCloudbaseDatabaseAggregateParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDatabaseAggregateResult>;
    /**
     * Create a collection in the cloud database (新增集合)
     * 
     * `POST /tcb/databasecollectionadd` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/database/api_adddatabasecollection
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    databaseCollectionAdd(params: T_miniprogram_cloudbase.MpCloudbaseDatabaseCollectionAddParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDatabaseCollectionAddResult>;
    /**
     * Delete a collection from the cloud database (删除集合)
     * 
     * `POST /tcb/databasecollectiondelete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/database/api_deletedatabasecollection
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    databaseCollectionDelete(params: T_miniprogram_cloudbase.MpCloudbaseDatabaseCollectionDeleteParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDatabaseCollectionDeleteResult>;
    /**
     * List the collections of a cloud environment with their sizes (获取集合信息)
     * 
     * `POST /tcb/databasecollectionget` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/database/api_getdatabasecollection
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    databaseCollectionGet(params: T_miniprogram_cloudbase.MpCloudbaseDatabaseCollectionGetParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDatabaseCollectionGetResult>;
    /**
     * Count the records of a collection or of a query (统计集合记录数)
     * 
     * `POST /tcb/databasecount` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/database/api_getdatabasecount
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    databaseCount(params: T_miniprogram_cloudbase.MpCloudbaseDatabaseCountParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDatabaseCountResult>;
    /**
     * Delete records from the cloud database (数据库删除记录)
     * 
     * `POST /tcb/databasedelete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/database/api_deletedatabaseitem
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    databaseDelete(params: T_miniprogram_cloudbase.MpCloudbaseDatabaseDeleteParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDatabaseDeleteResult>;
    /**
     * Export a collection to a file in cloud storage (数据库导出)
     * 
     * `POST /tcb/databasemigrateexport` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/database/api_exportdatabaseitem
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    databaseMigrateExport(params: T_miniprogram_cloudbase.MpCloudbaseDatabaseMigrateExportParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDatabaseMigrateExportResult>;
    /**
     * Import a file from cloud storage into a collection (数据库导入)
     * 
     * `POST /tcb/databasemigrateimport` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/database/api_importdatabaseitem
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    databaseMigrateImport(params: T_miniprogram_cloudbase.MpCloudbaseDatabaseMigrateImportParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDatabaseMigrateImportResult>;
    /**
     * Query the status of a database import or export job (数据库迁移状态查询)
     * 
     * `POST /tcb/databasemigratequeryinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-http-api/database/databaseMigrateQueryInfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    databaseMigrateQueryInfo(params: T_miniprogram_cloudbase.MpCloudbaseDatabaseMigrateQueryInfoParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDatabaseMigrateQueryInfoResult>;
    /**
     * Query records of the cloud database (数据库查询记录)
     * 
     * `POST /tcb/databasequery` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/db-management/api_getdatabaserecord
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    databaseQuery(params: T_miniprogram_cloudbase.MpCloudbaseDatabaseQueryParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDatabaseQueryResult>;
    /**
     * Update records of the cloud database (数据库更新记录)
     * 
     * `POST /tcb/databaseupdate` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/db-management/api_updatedatabaserecord
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    databaseUpdate(params: T_miniprogram_cloudbase.MpCloudbaseDatabaseUpdateParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDatabaseUpdateResult>;
    /**
     * Get upload URLs for extension files such as an SMS CSV file (描述扩展上传文件信息)
     * 
     * `POST /tcb/describeextensionuploadinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/others/api_describeextensionuploadinfo
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    describeExtensionUploadInfo(params: T_miniprogram_cloudbase.MpCloudbaseDescribeExtensionUploadInfoParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDescribeExtensionUploadInfoResult>;
    /**
     * Query the SMS records of the last two months (查询短信记录)
     * 
     * `POST /tcb/describesmsrecords` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/others/api_describesmsrecords
     * @see https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/cloudbase/cloudbase.describeSmsRecords.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    describeSmsRecords(params: T_miniprogram_cloudbase.MpCloudbaseDescribeSmsRecordsParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDescribeSmsRecordsResult>;
    /**
     * Get the download URL of a cloud function's code (获取云函数下载地址)
     * 
     * `POST /tcb/downloadfunction` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/scf-management/api_getfuntionlink.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    downloadFunction(params: T_miniprogram_cloudbase.MpCloudbaseDownloadFunctionParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseDownloadFunctionResult>;
    /**
     * Get a Mini Program configuration (获取小程序配置)
     * 
     * `POST /tcb/getappconfig` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/common/getAppConfig.html
     * @deprecated The official page says it is about to be taken down (即将下架); use cloudbase.getCallbackConfig
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAppConfig(params: T_miniprogram_cloudbase.MpCloudbaseGetAppConfigParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseGetAppConfigResult>;
    /**
     * Get the message-push configuration (cloud function and cloud hosting) (获取消息推送配置)
     * 
     * `POST /tcb/getcallbackconfig` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/msg-push/api_getcallbackconfig.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCallbackConfig(params?: T_miniprogram_cloudbase.MpCloudbaseGetCallbackConfigParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseGetCallbackConfigResult>;
    /**
     * Get the code-protection key used when uploading cloud function code (获取代码保护密钥)
     * 
     * `POST /tcb/getcodesecret` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/scf-management/api_getcodesecret
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCodeSecret(params?: T_miniprogram_cloudbase.MpCloudbaseGetCodeSecretParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseGetCodeSecretResult>;
    /**
     * Get the cloud environments of the Mini Program (获取云环境)
     * 
     * `POST /tcb/getenvinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/env-management/api_getenvinfo.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/common/getEnvInfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getEnvInfo(params?: T_miniprogram_cloudbase.MpCloudbaseGetEnvInfoParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseGetEnvInfoResult>;
    /**
     * Get a configuration of a cloud function (获取云函数配置)
     * 
     * `POST /tcb/getfuncconfig` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/scf-management/api_getfuntionconfig
     * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/cloudbase-common/scf-management/getFuntionConfig.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getFunctionConfig(params: T_miniprogram_cloudbase.MpCloudbaseGetFunctionConfigParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseGetFunctionConfigResult>;
    /**
     * Exchange cloudIDs for the open data they stand for (获取cloudID对应的数据)
     * 
     * `POST /wxa/getopendata` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/others/api_getopendata
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getOpenData(params: T_miniprogram_cloudbase.MpCloudbaseGetOpenDataParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseGetOpenDataResult>;
    /**
     * Get the report of a finished pressure test (获取压测报告)
     * 
     * `POST /tcb/getpressuretestreport` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.getPressureTestReport.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPressureTestReport(params: T_miniprogram_cloudbase.MpCloudbaseGetPressureTestReportParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseGetPressureTestReportResult>;
    /**
     * Get the status of a pressure test (获取压测状态)
     * 
     * `POST /tcb/getpressureteststatus` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/cloudbase/cloudbase.getPressureTestStatus.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPressureTestStatus(params: T_miniprogram_cloudbase.MpCloudbaseGetPressureTestStatusParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseGetPressureTestStatusResult>;
    /**
     * Get temporary Tencent Cloud API credentials, 10 calls an hour (获取腾讯云API调用凭证)
     * 
     * `POST /tcb/getqcloudtoken` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/others/api_getcloudtoken
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getQcloudToken(params: T_miniprogram_cloudbase.MpCloudbaseGetQcloudTokenParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseGetQcloudTokenResult>;
    /**
     * Get CloudBase SMS-marketing statistics (获取云开发数据)
     * 
     * `POST /tcb/getstatistics` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/others/api_getcloudbasestatistics
     * @see https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/cloudbase/cloudbase.getStatistics.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getStatistics(params: T_miniprogram_cloudbase.MpCloudbaseGetStatisticsParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseGetStatisticsResult>;
    /**
     * Get signed headers for uploading cloud function code (获取上传凭证)
     * 
     * `POST /tcb/getuploadsignature` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/scf-management/api_getyploadsignature
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUploadSignature(params: T_miniprogram_cloudbase.MpCloudbaseGetUploadSignatureParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseGetUploadSignatureResult>;
    /**
     * Get a real-time voice (VoIP) signature (获取实时语音签名)
     * 
     * `POST /wxa/getvoipsign` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/others/api_getcloudbasevoipsign
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getVoipSign(params: T_miniprogram_cloudbase.MpCloudbaseGetVoipSignParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseGetVoipSignResult>;
    /**
     * Trigger a cloud function over HTTP, without user identity (触发云函数)
     * 
     * `POST /tcb/invokecloudfunction` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/functions/api_invokecloudfunction
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    invokeCloudFunction(params: T_miniprogram_cloudbase.MpCloudbaseInvokeCloudFunctionParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseInvokeCloudFunctionResult>;
    /**
     * List the cloud functions of an environment (获取云函数列表)
     * 
     * `POST /tcb/listfunctions` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/scf-management/api_getfuntionlist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listFunctions(params: T_miniprogram_cloudbase.MpCloudbaseListFunctionsParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseListFunctionsResult>;
    /**
     * Turn an environment created in the Tencent Cloud console into a Mini Program environment (转换云环境)
     * 
     * `POST /tcb/modifyenv` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/env-management/api_changetcbenv.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    modifyEnv(params: T_miniprogram_cloudbase.MpCloudbaseModifyEnvParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseModifyEnvResult>;
    /**
     * Report a CloudBase SMS-marketing event (云开发上报接口)
     * 
     * `POST /tcb/cloudbasereport` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/others/api_cloudbasereportapi
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    report(params: T_miniprogram_cloudbase.MpCloudbaseReportParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseReportResult>;
    /**
     * Send an SMS that opens a CloudBase static website, which can open the Mini Program (发送短信)
     * 
     * `POST /tcb/sendsms` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/others/api_sendcloudbasesms
     * @see https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/cloudbase/cloudbase.sendSms.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    sendSms(params: T_miniprogram_cloudbase.MpCloudbaseSendSmsParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseSendSmsResult>;
    /**
     * Send an SMS that carries a URL Link to the Mini Program (发送短信v2)
     * 
     * `POST /tcb/sendsmsv2` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/others/api_newsendcloudbasesms
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    sendSmsV2(params: T_miniprogram_cloudbase.MpCloudbaseSendSmsV2Params, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseSendSmsV2Result>;
    /**
     * Upload the message-push configuration (cloud function and cloud hosting) (上传消息推送配置)
     * 
     * `POST /tcb/setcallbackconfig` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/msg-push/api_setcallbackconfig.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setCallbackConfig(params?: T_miniprogram_cloudbase.MpCloudbaseSetCallbackConfigParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseSetCallbackConfigResult>;
    /**
     * Share an environment with an authorized account (环境共享)
     * 
     * `POST /tcb/shareenv` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/common/shareenv.html
     * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/cloudbase-common/env-management/shareEnv.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    shareEnv(params: T_miniprogram_cloudbase.MpCloudbaseShareEnvParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseShareEnvResult>;
    /**
     * Create and drop indexes of a collection (更新数据库索引)
     * 
     * `POST /tcb/updateindex` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/cloudbase/database/api_updatedatabaseindexs
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateIndex(params: T_miniprogram_cloudbase.MpCloudbaseUpdateIndexParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseUpdateIndexResult>;
    /**
     * Upload a Mini Program configuration (上传小程序配置)
     * 
     * `POST /tcb/uploadappconfig` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/common/uploadAppConfig.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadAppConfig(params: T_miniprogram_cloudbase.MpCloudbaseUploadAppConfigParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseUploadAppConfigResult>;
    /**
     * Get an upload link (URL and signature) for a file in cloud storage (获取文件上传链接)
     * 
     * `POST /tcb/uploadfile` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-http-api/storage/uploadFile.html
     * @see https://developers.weixin.qq.com/miniprogram/dev/wxcloudrun/src/development/storage/service/upload.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadFile(params: T_miniprogram_cloudbase.MpCloudbaseUploadFileParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseUploadFileResult>;
    /**
     * Upload a configuration of a cloud function (上传云函数配置)
     * 
     * `POST /tcb/uploadfuncconfig` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/scf-management/getUploadFuntionConfig.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/common/uploadFuncConfig.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadFunctionConfig(params: T_miniprogram_cloudbase.MpCloudbaseUploadFunctionConfigParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseUploadFunctionConfigResult>;
    /**
     * Get or set the permission to use cloudbase_access_token and its API whitelist (管理微信令牌权限)
     * 
     * `POST /tcb/usecloudaccesstoken` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-batch/env-mgnt/api_setcloudaccesstoken.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/common/usecloudaccesstoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    useCloudAccessToken(params: T_miniprogram_cloudbase.MpCloudbaseUseCloudAccessTokenParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseUseCloudAccessTokenResult>;
    /**
     * List the WeChat Pay merchant numbers bound by authorization (获取授权绑定的商户号列表)
     * 
     * `POST /tcb/wxpaylist` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/wechatpay/api_getwechatpaylist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    wxpayList(params?: T_miniprogram_cloudbase.MpCloudbaseWxpayListParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseWxpayListResult>;
    /**
     * Request a merchant-number authorization (binding, JSAPI or refund) (申请商户号授权)
     * 
     * `POST /tcb/wxpayopenauth` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/cloudbase-common/wechatpay/api_getwechatpayauth.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/common/wxpayopenauth.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    wxpayOpenAuth(params: T_miniprogram_cloudbase.MpCloudbaseWxpayOpenAuthParams, options?: CallOptions): Promise<T_miniprogram_cloudbase.MpCloudbaseWxpayOpenAuthResult>;
  };
  code: {
    /**
     * Upload code for an authorized Mini Program and create its trial version (上传代码并生成体验版 commit)
     * 
     * `POST /wxa/commit` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_commit
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    commit(params: T_open_code.OpenCodeCommitParams, options?: CallOptions): Promise<T_open_code.OpenCodeCommitResult>;
    /**
     * Get the status of a review (查询审核单状态 getAuditStatus)
     * 
     * `POST /wxa/get_auditstatus` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_getauditstatus
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/get_auditstatus.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuditStatus(params: T_open_code.OpenCodeGetAuditStatusParams, options?: CallOptions): Promise<T_open_code.OpenCodeGetAuditStatusResult>;
    /**
     * Get the current phased release plan (获取分阶段发布详情 getGrayReleasePlan)
     * 
     * `GET /wxa/getgrayreleaseplan` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_getgrayreleaseplan.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/getgrayreleaseplan.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getGrayReleasePlan(params?: T_open_code.OpenCodeGetGrayReleasePlanParams, options?: CallOptions): Promise<T_open_code.OpenCodeGetGrayReleasePlanResult>;
    /**
     * List the versions the Mini Program can roll back to, at most 5 (获取可回退的小程序版本)
     * 
     * `GET /wxa/revertcoderelease?action=get_history_version` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_revertcoderelease.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/get_history_version.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getHistoryVersion(params?: T_open_code.OpenCodeGetHistoryVersionParams, options?: CallOptions): Promise<T_open_code.OpenCodeGetHistoryVersionResult>;
    /**
     * Get the status of the latest review (查询最新一次审核单状态 getLatestAuditStatus)
     * 
     * `GET /wxa/get_latest_auditstatus` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_getlatestauditstatus
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/get_latest_auditstatus.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getLatestAuditStatus(params?: T_open_code.OpenCodeGetLatestAuditStatusParams, options?: CallOptions): Promise<T_open_code.OpenCodeGetLatestAuditStatusResult>;
    /**
     * List the pages of the uploaded code (获取已上传的代码页面列表 getCodePage)
     * 
     * `GET /wxa/get_page` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_getcodepage
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/get_page.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPage(params?: T_open_code.OpenCodeGetPageParams, options?: CallOptions): Promise<T_open_code.OpenCodeGetPageResult>;
    /**
     * Get the privacy-API check of the uploaded code (获取隐私接口检测结果 getCodePrivacyInfo)
     * 
     * `GET /wxa/security/get_code_privacy_info` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_getcodeprivacyinfo
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPrivacyInfo(params?: T_open_code.OpenCodeGetPrivacyInfoParams, options?: CallOptions): Promise<T_open_code.OpenCodeGetPrivacyInfoResult>;
    /**
     * Get the trial version's QR code image (获取体验版二维码 getTrialQRCode)
     * 
     * `GET /wxa/get_qrcode` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_gettrialqrcode
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/get_qrcode.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getQrcode(params?: T_open_code.OpenCodeGetQrcodeParams, options?: CallOptions): Promise<WechatFile>;
    /**
     * Get the trial and online version information (查询小程序版本信息 getVersionInfo)
     * 
     * `POST /wxa/getversioninfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_getversioninfo.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/get_versioninfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getVersionInfo(params?: T_open_code.OpenCodeGetVersionInfoParams, options?: CallOptions): Promise<T_open_code.OpenCodeGetVersionInfoResult>;
    /**
     * Get the Mini Program's service status (查询小程序服务状态 getVisitStatus)
     * 
     * `POST /wxa/getvisitstatus` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_getvisitstatus.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/get_visitstatus.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getVisitStatus(params?: T_open_code.OpenCodeGetVisitStatusParams, options?: CallOptions): Promise<T_open_code.OpenCodeGetVisitStatusResult>;
    /**
     * Start or widen a phased (gray) release (分阶段发布 grayRelease)
     * 
     * `POST /wxa/grayrelease` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_grayrelease
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/grayrelease.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    grayRelease(params: T_open_code.OpenCodeGrayReleaseParams, options?: CallOptions): Promise<T_open_code.OpenCodeGrayReleaseResult>;
    /**
     * Get the platform's monthly review quota and expedite count (查询服务商审核额度 setCodeAuditQuota)
     * 
     * `GET /wxa/queryquota` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_setcodeauditquota
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/query_quota.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryQuota(params?: T_open_code.OpenCodeQueryQuotaParams, options?: CallOptions): Promise<T_open_code.OpenCodeQueryQuotaResult>;
    /**
     * Release the last approved version (发布已通过审核的小程序 release)
     * 
     * `POST /wxa/release` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_release
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/release.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    release(params?: T_open_code.OpenCodeReleaseParams, options?: CallOptions): Promise<T_open_code.OpenCodeReleaseResult>;
    /**
     * Cancel the phased release (取消分阶段发布 revertGrayRelease)
     * 
     * `GET /wxa/revertgrayrelease` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_revertgrayrelease.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/revertgrayrelease.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    revertGrayRelease(params?: T_open_code.OpenCodeRevertGrayReleaseParams, options?: CallOptions): Promise<T_open_code.OpenCodeRevertGrayReleaseResult>;
    /**
     * Roll the online version back to the previous or a given version (小程序版本回退 revertCodeRelease)
     * 
     * `GET /wxa/revertcoderelease` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_revertcoderelease.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/revertcoderelease.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    revertRelease(params?: T_open_code.OpenCodeRevertReleaseParams, options?: CallOptions): Promise<T_open_code.OpenCodeRevertReleaseResult>;
    /**
     * Pause or resume the Mini Program's service (设置小程序服务状态 setVisitStatus)
     * 
     * `POST /wxa/change_visitstatus` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_setvisitstatus.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/change_visitstatus.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setVisitStatus(params: T_open_code.OpenCodeSetVisitStatusParams, options?: CallOptions): Promise<T_open_code.OpenCodeSetVisitStatusResult>;
    /**
     * Expedite a submitted code review (加急代码审核 speedupCodeAudit)
     * 
     * `POST /wxa/speedupaudit` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_speedupcodeaudit
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/speedup_audit.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    speedupAudit(params: T_open_code.OpenCodeSpeedupAuditParams, options?: CallOptions): Promise<T_open_code.OpenCodeSpeedupAuditResult>;
    /**
     * Submit the uploaded code for review (提交代码审核 submitAudit)
     * 
     * `POST /wxa/submit_audit` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_submitaudit
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/submit_audit.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    submitAudit(params?: T_open_code.OpenCodeSubmitAuditParams, options?: CallOptions): Promise<T_open_code.OpenCodeSubmitAuditResult>;
    /**
     * Withdraw the current code review (撤回代码审核 undoAudit)
     * 
     * `GET /wxa/undocodeaudit` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_undoaudit.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/undocodeaudit.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    undoAudit(params?: T_open_code.OpenCodeUndoAuditParams, options?: CallOptions): Promise<T_open_code.OpenCodeUndoAuditResult>;
    /**
     * Upload a screenshot or screen recording for code review (上传提审素材 uploadMediaToCodeAudit)
     * 
     * `POST /wxa/uploadmedia` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_uploadmediatocodeaudit
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadMedia(params: T_open_code.OpenCodeUploadMediaParams, options?: CallOptions): Promise<T_open_code.OpenCodeUploadMediaResult>;
  };
  comment: {
    /**
     * Reply to a comment under a review (创建回复 addCommentReply)
     * 
     * `POST /wxaapi/comment/commentreply/add` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/transaction-guarantee/comment/api_addcommentreply.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addCommentReply(params: T_miniprogram_comment.MpCommentAddCommentReplyParams, options?: CallOptions): Promise<T_miniprogram_comment.MpCommentAddCommentReplyResult>;
    /**
     * Report a settlement of a bad review to the platform (确认和解 confirmCompromise)
     * 
     * `POST /wxaapi/comment/confirmcompromise` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/transaction-guarantee/comment/api_confirmcompromise.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    confirmCompromise(params: T_miniprogram_comment.MpCommentConfirmCompromiseParams, options?: CallOptions): Promise<T_miniprogram_comment.MpCommentConfirmCompromiseResult>;
    /**
     * Delete a reply to a comment (删除回复 deleteCommentReply)
     * 
     * `POST /wxaapi/comment/commentreply/delete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/transaction-guarantee/comment/api_deletecommentreply.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteCommentReply(params: T_miniprogram_comment.MpCommentDeleteCommentReplyParams, options?: CallOptions): Promise<T_miniprogram_comment.MpCommentDeleteCommentReplyResult>;
    /**
     * Get the details of a transaction review (查询评价详情 getCommentInfo)
     * 
     * `GET /wxaapi/comment/commentinfo/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/transaction-guarantee/comment/api_getcommentinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getInfo(params: T_miniprogram_comment.MpCommentGetInfoParams, options?: CallOptions): Promise<T_miniprogram_comment.MpCommentGetInfoResult>;
    /**
     * List the Mini Program's transaction reviews (查询评价列表 getCommentList)
     * 
     * `GET /wxaapi/comment/mpcommentlist/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/transaction-guarantee/comment/api_getccommentlist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getList(params: T_miniprogram_comment.MpCommentGetListParams, options?: CallOptions): Promise<T_miniprogram_comment.MpCommentGetListResult>;
    /**
     * List the comment and replies under a review (查询评论列表 getCommentReplyList)
     * 
     * `GET /wxaapi/comment/replyandcommentreplylist/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/transaction-guarantee/comment/api_getcommentreplylist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getReplyList(params: T_miniprogram_comment.MpCommentGetReplyListParams, options?: CallOptions): Promise<T_miniprogram_comment.MpCommentGetReplyListResult>;
    /**
     * Reset the API customer-service quota of a review (重置Api客服quota resetApiKfQuota)
     * 
     * `POST /wxaapi/comment/apikfquota/reset` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/transaction-guarantee/comment/api_resetapikfquota.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    resetApiKfQuota(params: T_miniprogram_comment.MpCommentResetApiKfQuotaParams, options?: CallOptions): Promise<T_miniprogram_comment.MpCommentResetApiKfQuotaResult>;
  };
  customService: {
    /**
     * Add a customer service account (添加客服账号)
     * 
     * `POST /customservice/kfaccount/add` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/subscription/api/customer/servicermanage/api_addkfaccount.html
     * @see https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_addkfaccount.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addAccount(params: T_shared_customService.CustomServiceAddAccountParams, options?: CallOptions): Promise<T_shared_customService.CustomServiceAddAccountResult>;
    /**
     * Bind WeChat Customer Service (WeCom) to the Mini Program (绑定微信客服)
     * 
     * `POST /customservice/work/bind` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/kf-work/api_bindkfwork.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    bindKfWork(params: T_miniprogram_customService.MpCustomServiceBindKfWorkParams, options?: CallOptions): Promise<T_miniprogram_customService.MpCustomServiceBindKfWorkResult>;
    /**
     * Remove a customer-service account's administrator role (取消客服管理员)
     * 
     * `GET /customservice/kfaccount/canceladmin` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/kf-mgnt/kf-message/api_cancelkfadmin.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    cancelAdmin(params: T_miniprogram_customService.MpCustomServiceCancelAdminParams, options?: CallOptions): Promise<T_miniprogram_customService.MpCustomServiceCancelAdminResult>;
    /**
     * Delete a customer service account (删除客服账号)
     * 
     * `POST /customservice/kfaccount/del` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_delkfaccount.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteAccount(params: T_shared_customService.CustomServiceDeleteAccountParams, options?: CallOptions): Promise<T_shared_customService.CustomServiceDeleteAccountResult>;
    /**
     * List all customer service accounts (获取所有客服账号)
     * 
     * `GET /cgi-bin/customservice/getkflist` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/subscription/api/customer/servicermanage/api_getkflist.html
     * @see https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_getkflist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAccountList(params?: T_shared_customService.CustomServiceGetAccountListParams, options?: CallOptions): Promise<T_shared_customService.CustomServiceGetAccountListResult>;
    /**
     * Get the Mini Program's WeChat Customer Service binding (查询绑定情况)
     * 
     * `GET /customservice/work/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/kf-work/api_getkfworkbound.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getKfWorkBound(params?: T_miniprogram_customService.MpCustomServiceGetKfWorkBoundParams, options?: CallOptions): Promise<T_miniprogram_customService.MpCustomServiceGetKfWorkBoundResult>;
    /**
     * List the customer service accounts now online (获取在线客服列表)
     * 
     * `GET /cgi-bin/customservice/getonlinekflist` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_getonlinekflist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getOnlineAccountList(params?: T_shared_customService.CustomServiceGetOnlineAccountListParams, options?: CallOptions): Promise<T_shared_customService.CustomServiceGetOnlineAccountListResult>;
    /**
     * Make a customer-service account an administrator (设置客服管理员)
     * 
     * `GET /customservice/kfaccount/setadmin` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/kf-mgnt/kf-message/api_setkfadmin.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setAdmin(params: T_miniprogram_customService.MpCustomServiceSetAdminParams, options?: CallOptions): Promise<T_miniprogram_customService.MpCustomServiceSetAdminResult>;
    /**
     * Unbind WeChat Customer Service from the Mini Program (解除绑定微信客服)
     * 
     * `POST /customservice/work/unbind` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/kf-work/api_unbindkfwork.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unbindKfWork(params: T_miniprogram_customService.MpCustomServiceUnbindKfWorkParams, options?: CallOptions): Promise<T_miniprogram_customService.MpCustomServiceUnbindKfWorkResult>;
  };
  datacube: {
    /**
     * Get daily visit retention (获取用户访问小程序日留存)
     * 
     * `POST /datacube/getweanalysisappiddailyretaininfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/data-analysis/visit-retain/api_getdailyretain.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getDailyRetain(params: T_miniprogram_datacube.MpDatacubeGetDailyRetainParams, options?: CallOptions): Promise<T_miniprogram_datacube.MpDatacubeGetDailyRetainResult>;
    /**
     * Get the Mini Program visit overview (获取用户访问小程序数据概况)
     * 
     * `POST /datacube/getweanalysisappiddailysummarytrend` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/data-analysis/others/api_getdailysummary.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getDailySummary(params: T_miniprogram_datacube.MpDatacubeGetDailySummaryParams, options?: CallOptions): Promise<T_miniprogram_datacube.MpDatacubeGetDailySummaryResult>;
    /**
     * Get the daily visit trend (获取用户访问小程序数据日趋势)
     * 
     * `POST /datacube/getweanalysisappiddailyvisittrend` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/data-analysis/visit-trend/api_getdailyvisittrend.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getDailyVisitTrend(params: T_miniprogram_datacube.MpDatacubeGetDailyVisitTrendParams, options?: CallOptions): Promise<T_miniprogram_datacube.MpDatacubeGetDailyVisitTrendResult>;
    /**
     * Get Mini Game analysis data (获取小游戏分析数据)
     * 
     * `POST /datacube/getgameanalysisdata` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/minigame/dev/api-backend/data-analysis/api_analysis.getgameanalysisdata.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getGameAnalysisData(params: T_miniprogram_datacube.MpDatacubeGetGameAnalysisDataParams, options?: CallOptions): Promise<T_miniprogram_datacube.MpDatacubeGetGameAnalysisDataResult>;
    /**
     * Get monthly visit retention (获取用户访问小程序月留存)
     * 
     * `POST /datacube/getweanalysisappidmonthlyretaininfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/data-analysis/visit-retain/api_getmonthlyretain.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getMonthlyRetain(params: T_miniprogram_datacube.MpDatacubeGetMonthlyRetainParams, options?: CallOptions): Promise<T_miniprogram_datacube.MpDatacubeGetMonthlyRetainResult>;
    /**
     * Get the monthly visit trend, up to last month (获取用户访问小程序数据月趋势)
     * 
     * `POST /datacube/getweanalysisappidmonthlyvisittrend` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/data-analysis/visit-trend/api_getmonthlyvisittrend.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getMonthlyVisitTrend(params: T_miniprogram_datacube.MpDatacubeGetMonthlyVisitTrendParams, options?: CallOptions): Promise<T_miniprogram_datacube.MpDatacubeGetMonthlyVisitTrendResult>;
    /**
     * Get the portrait of new or active users (获取小程序用户画像分布)
     * 
     * `POST /datacube/getweanalysisappiduserportrait` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/data-analysis/others/api_getuserportrait.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserPortrait(params: T_miniprogram_datacube.MpDatacubeGetUserPortraitParams, options?: CallOptions): Promise<T_miniprogram_datacube.MpDatacubeGetUserPortraitResult>;
    /**
     * Get the visit distribution by source, stay time and depth (获取用户小程序访问分布数据)
     * 
     * `POST /datacube/getweanalysisappidvisitdistribution` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/data-analysis/others/api_getvisitdistribution.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getVisitDistribution(params: T_miniprogram_datacube.MpDatacubeGetVisitDistributionParams, options?: CallOptions): Promise<T_miniprogram_datacube.MpDatacubeGetVisitDistributionResult>;
    /**
     * Get page visit data, top 200 pages by page_visit_pv (获取访问页面数据)
     * 
     * `POST /datacube/getweanalysisappidvisitpage` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/data-analysis/others/api_getvisitpage.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getVisitPage(params: T_miniprogram_datacube.MpDatacubeGetVisitPageParams, options?: CallOptions): Promise<T_miniprogram_datacube.MpDatacubeGetVisitPageResult>;
    /**
     * Get weekly visit retention (获取用户访问小程序周留存)
     * 
     * `POST /datacube/getweanalysisappidweeklyretaininfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/data-analysis/visit-retain/api_getweeklyretain.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getWeeklyRetain(params: T_miniprogram_datacube.MpDatacubeGetWeeklyRetainParams, options?: CallOptions): Promise<T_miniprogram_datacube.MpDatacubeGetWeeklyRetainResult>;
    /**
     * Get the weekly visit trend (获取用户访问小程序数据周趋势)
     * 
     * `POST /datacube/getweanalysisappidweeklyvisittrend` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/data-analysis/visit-trend/api_getweeklyvisittrend.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getWeeklyVisitTrend(params: T_miniprogram_datacube.MpDatacubeGetWeeklyVisitTrendParams, options?: CallOptions): Promise<T_miniprogram_datacube.MpDatacubeGetWeeklyVisitTrendResult>;
  };
  domain: {
    /**
     * Get the business domains in effect after release (获取发布后生效业务域名列表 getEffectiveJumpDomain)
     * 
     * `POST /wxa/get_effective_webviewdomain` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/domain-management/api_geteffectivejumpdomain.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getEffectiveJumpDomain(params?: T_open_domain.OpenDomainGetEffectiveJumpDomainParams, options?: CallOptions): Promise<T_open_domain.OpenDomainGetEffectiveJumpDomainResult>;
    /**
     * Get the verification file for configuring business domains (获取业务域名校验文件 getJumpDomainConfirmFile)
     * 
     * `POST /wxa/get_webviewdomain_confirmfile` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/domain-management/api_getjumpdomainconfirmfile.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getJumpDomainConfirmFile(params?: T_open_domain.OpenDomainGetJumpDomainConfirmFileParams, options?: CallOptions): Promise<T_open_domain.OpenDomainGetJumpDomainConfirmFileResult>;
    /**
     * Get the DNS prefetch domains (获取DNS预解析域名 getPrefetchDomain)
     * 
     * `GET /wxa/get_prefetchdnsdomain` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/domain-management/api_getprefetchdomain.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPrefetchDomain(params?: T_open_domain.OpenDomainGetPrefetchDomainParams, options?: CallOptions): Promise<T_open_domain.OpenDomainGetPrefetchDomainResult>;
    /**
     * Configure the Mini Program's business (web-view) domains (配置小程序业务域名 modifyJumpDomain)
     * 
     * `POST /wxa/setwebviewdomain` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/domain-management/api_modifyjumpdomain.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    modifyJumpDomain(params?: T_open_domain.OpenDomainModifyJumpDomainParams, options?: CallOptions): Promise<T_open_domain.OpenDomainModifyJumpDomainResult>;
    /**
     * Configure the Mini Program's server domains (配置小程序服务器域名 modifyServerDomain)
     * 
     * `POST /wxa/modify_domain` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/domain-management/api_modifyserverdomain.html
     * @see https://developers.weixin.qq.com/doc/oplatform/en/Third-party_Platforms/Mini_Programs/Server_Address_Configuration.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    modifyServerDomain(params: T_open_domain.OpenDomainModifyServerDomainParams, options?: CallOptions): Promise<T_open_domain.OpenDomainModifyServerDomainResult>;
    /**
     * Set the DNS prefetch domains (设置DNS预解析域名 setPrefetchDomain)
     * 
     * `POST /wxa/set_prefetchdnsdomain` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/domain-management/api_setprefetchdomain.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setPrefetchDomain(params: T_open_domain.OpenDomainSetPrefetchDomainParams, options?: CallOptions): Promise<T_open_domain.OpenDomainSetPrefetchDomainResult>;
  };
  donut: {
    /**
     * Exchange a multi-platform app login code for the user's identity info (登录凭证校验)
     * 
     * `GET /donut/code2verifyinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/miniapp/openapi/code2Verifyinfo
     * @see https://dev.weixin.qq.com/docs/framework/dev/openapi/code2Verifyinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    code2VerifyInfo(params: T_shared_donut.DonutCode2VerifyInfoParams, options?: CallOptions): Promise<T_shared_donut.DonutCode2VerifyInfoResult>;
    /**
     * Unbind the Apple account from a multi-platform user (解绑苹果账号)
     * 
     * `POST /donut/unbindapple` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/miniapp/openapi/unbindapple
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unbindApple(params: T_shared_donut.DonutUnbindAppleParams, options?: CallOptions): Promise<T_shared_donut.DonutUnbindAppleResult>;
    /**
     * Unbind the phone number from a multi-platform user (解绑手机号)
     * 
     * `POST /donut/unbindphone` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/en/miniapp/openapi/unbindphone.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unbindPhone(params: T_shared_donut.DonutUnbindPhoneParams, options?: CallOptions): Promise<T_shared_donut.DonutUnbindPhoneResult>;
    /**
     * Unbind WeChat from a multi-platform user (解绑微信)
     * 
     * `POST /donut/unbindweixin` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/miniapp/openapi/unbindweixin.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unbindWeixin(params: T_shared_donut.DonutUnbindWeixinParams, options?: CallOptions): Promise<T_shared_donut.DonutUnbindWeixinResult>;
    /**
     * Deregister a multi-platform user (注销用户)
     * 
     * `POST /donut/unregisteruser` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/miniapp/openapi/unregisteruser
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unregisterUser(params: T_shared_donut.DonutUnregisterUserParams, options?: CallOptions): Promise<T_shared_donut.DonutUnregisterUserResult>;
  };
  embedded: {
    /**
     * Apply to add a half-screen Mini Program (添加半屏小程序 addEmbedded)
     * 
     * `POST /wxaapi/wxaembedded/add_embedded` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/embedded-management/api_addembedded
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/EmbeddedMiniProgram/add_embedded.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    add(params: T_open_embedded.OpenEmbeddedAddParams, options?: CallOptions): Promise<T_open_embedded.OpenEmbeddedAddResult>;
    /**
     * Delete an added half-screen Mini Program (删除半屏小程序 deleteEmbedded)
     * 
     * `POST /wxaapi/wxaembedded/del_embedded` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/embedded-management/api_deleteembedded.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_open_embedded.OpenEmbeddedDeleteParams, options?: CallOptions): Promise<T_open_embedded.OpenEmbeddedDeleteResult>;
    /**
     * List the half-screen Mini Programs this Mini Program may open (获取半屏小程序调用列表 getEmbeddedList)
     * 
     * `GET /wxaapi/wxaembedded/get_list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/embedded-management/api_getembeddedlist
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/EmbeddedMiniProgram/get_list.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    list(params?: T_open_embedded.OpenEmbeddedListParams, options?: CallOptions): Promise<T_open_embedded.OpenEmbeddedListResult>;
    /**
     * List the Mini Programs authorized to open this one half-screen (获取半屏小程序授权列表 getOwnList)
     * 
     * `GET /wxaapi/wxaembedded/get_own_list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/embedded-management/api_getownlist
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/EmbeddedMiniProgram/get_own_list.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listAuthorized(params?: T_open_embedded.OpenEmbeddedListAuthorizedParams, options?: CallOptions): Promise<T_open_embedded.OpenEmbeddedListAuthorizedResult>;
    /**
     * Cancel a Mini Program's authorization to open this one half-screen (取消授权小程序 deleteAuthorizedEmbedded)
     * 
     * `POST /wxaapi/wxaembedded/del_authorize` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/embedded-management/api_deleteauthorizedembedded.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    revokeAuthorization(params: T_open_embedded.OpenEmbeddedRevokeAuthorizationParams, options?: CallOptions): Promise<T_open_embedded.OpenEmbeddedRevokeAuthorizationResult>;
    /**
     * Set how applications to open this Mini Program half-screen are handled (设置授权方式 setAuthorizedEmbedded)
     * 
     * `POST /wxaapi/wxaembedded/set_authorize` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/embedded-management/api_setauthorizedembedded
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/EmbeddedMiniProgram/set_authorize.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setAuthorizeMode(params: T_open_embedded.OpenEmbeddedSetAuthorizeModeParams, options?: CallOptions): Promise<T_open_embedded.OpenEmbeddedSetAuthorizeModeResult>;
  };
  employeeRelation: {
    /**
     * Push a template message to a user bound by an employment relation, via the Mini Program assistant (推送用工消息 SendEmployeeRelationMsg)
     * 
     * `POST /cgi-bin/message/wxopen/employeerelationmsg/send` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/laboruse/api_sendemployeerelationmsg.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    sendMsg(params: T_miniprogram_employeeRelation.MpEmployeeRelationSendMsgParams, options?: CallOptions): Promise<T_miniprogram_employeeRelation.MpEmployeeRelationSendMsgResult>;
  };
  expressPlugin: {
    /**
     * Apply for the logistics message capability (申请开通物流消息 applyMsgPlugin)
     * 
     * `POST /cgi-bin/express/delivery/open_msg/open_openmsg` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/logistics-service/api_applymsgplugin
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    applyMsg(params?: T_open_expressPlugin.OpenExpressPluginApplyMsgParams, options?: CallOptions): Promise<T_open_expressPlugin.OpenExpressPluginApplyMsgResult>;
    /**
     * Apply for the logistics query component (申请开通物流查询组件 applyQueryPlugin)
     * 
     * `POST /cgi-bin/express/delivery/open_msg/open_query_plugin` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/miniprogram-management/logistics-service/applyQueryPlugin.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    applyQuery(params?: T_open_expressPlugin.OpenExpressPluginApplyQueryParams, options?: CallOptions): Promise<T_open_expressPlugin.OpenExpressPluginApplyQueryResult>;
    /**
     * Apply for the logistics return component (申请开通物流退货组件 applyReturnPlugin)
     * 
     * `POST /cgi-bin/express/delivery/return/open_return` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/logistics-service/api_applyreturnplugin
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    applyReturn(params?: T_open_expressPlugin.OpenExpressPluginApplyReturnParams, options?: CallOptions): Promise<T_open_expressPlugin.OpenExpressPluginApplyReturnResult>;
  };
  famousBrand: {
    /**
     * Apply for a brand for the Mini Program (品牌申请 famousBrandApply)
     * 
     * `POST /wxa/sec/famousbrand/apply` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_famousbrandapply.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    apply(params: T_miniprogram_famousBrand.MpFamousBrandApplyParams, options?: CallOptions): Promise<T_miniprogram_famousBrand.MpFamousBrandApplyResult>;
    /**
     * Get the status of the Mini Program's brand application (小程序品牌申请状态查询 getFamousBrandApplyStatus)
     * 
     * `POST /wxa/sec/famousbrand/get_status` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/order_shipping/api_getfamousbrandapplystatus.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getApplyStatus(params?: T_miniprogram_famousBrand.MpFamousBrandGetApplyStatusParams, options?: CallOptions): Promise<T_miniprogram_famousBrand.MpFamousBrandGetApplyStatusResult>;
  };
  fastRegister: {
    /**
     * Complete the rebinding of the Mini Program's administrator (换绑管理员 componentrebindadmin)
     * 
     * `POST /cgi-bin/account/componentrebindadmin` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/product/Register_Mini_Programs/fast_registration_of_mini_program.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    rebindAdmin(params: T_open_fastRegister.OpenFastRegisterRebindAdminParams, options?: CallOptions): Promise<T_open_fastRegister.OpenFastRegisterRebindAdminResult>;
  };
  hardware: {
    /**
     * Get a device ticket, valid 5 minutes (获取设备票据)
     * 
     * `POST /wxa/getsnticket` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/hardware-device/api_getsnticket.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getSnTicket(params: T_miniprogram_hardware.MpHardwareGetSnTicketParams, options?: CallOptions): Promise<T_miniprogram_hardware.MpHardwareGetSnTicketResult>;
  };
  hardwareDevice: {
    /**
     * Add devices to a device group (设备组添加设备 addIotGroupDevice)
     * 
     * `POST /wxa/business/group/adddevice` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/hardware-device/api_addiotgroupdevice.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addGroupDevice(params: T_miniprogram_hardwareDevice.MpHardwareDeviceAddGroupDeviceParams, options?: CallOptions): Promise<T_miniprogram_hardwareDevice.MpHardwareDeviceAddGroupDeviceResult>;
    /**
     * Create a device group so users can subscribe to several devices at once (创建设备组 createIotGroupId)
     * 
     * `POST /wxa/business/group/createid` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/hardware-device/api_createiotgroupid.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createGroup(params: T_miniprogram_hardwareDevice.MpHardwareDeviceCreateGroupParams, options?: CallOptions): Promise<T_miniprogram_hardwareDevice.MpHardwareDeviceCreateGroupResult>;
    /**
     * Get a device group's information and devices (查询设备组信息 getIotGroupInfo)
     * 
     * `POST /wxa/business/group/getinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/hardware-device/api_getiotgroupinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getGroupInfo(params: T_miniprogram_hardwareDevice.MpHardwareDeviceGetGroupInfoParams, options?: CallOptions): Promise<T_miniprogram_hardwareDevice.MpHardwareDeviceGetGroupInfoResult>;
    /**
     * Remove devices from a device group (设备组删除设备 removeIotGroupDevice)
     * 
     * `POST /wxa/business/group/removedevice` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/hardware-device/api_removeiotgroupdevice.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    removeGroupDevice(params: T_miniprogram_hardwareDevice.MpHardwareDeviceRemoveGroupDeviceParams, options?: CallOptions): Promise<T_miniprogram_hardwareDevice.MpHardwareDeviceRemoveGroupDeviceResult>;
  };
  icp: {
    /**
     * Apply for the Mini Program's ICP filing (申请小程序备案 applyIcpFiling)
     * 
     * `POST /wxa/icp/apply_icp_filing` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    applyFiling(params: T_open_icp.OpenIcpApplyFilingParams, options?: CallOptions): Promise<T_open_icp.OpenIcpApplyFilingResult>;
    /**
     * Withdraw the Mini Program's ICP filing application in progress (撤回小程序备案申请 cancelApplyIcpFiling)
     * 
     * `POST /wxa/icp/cancel_apply_icp_filing` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_cancelapplyicpfiling.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    cancelApplyFiling(params?: T_open_icp.OpenIcpCancelApplyFilingParams, options?: CallOptions): Promise<T_open_icp.OpenIcpCancelApplyFilingResult>;
    /**
     * Cancel the Mini Program's completed ICP filing (注销小程序备案 cancelIcpfiling)
     * 
     * `POST /wxa/icp/cancel_icp_filing` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_cancelicpfiling.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    cancelFiling(params: T_open_icp.OpenIcpCancelFilingParams, options?: CallOptions): Promise<T_open_icp.OpenIcpCancelFilingResult>;
    /**
     * Start face verification of the Mini Program's administrator for ICP filing (发起小程序管理员人脸核身 createIcpVerifyTask)
     * 
     * `POST /wxa/icp/create_icp_verifytask` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_createicpverifytask.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createVerifyTask(params?: T_open_icp.OpenIcpCreateVerifyTaskParams, options?: CallOptions): Promise<T_open_icp.OpenIcpCreateVerifyTaskResult>;
    /**
     * Get the Mini Program's ICP filing state and the reasons of a rejection (获取小程序备案状态及驳回原因 getIcpEntranceInfo)
     * 
     * `GET /wxa/icp/get_icp_entrance_info` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_geticpentranceinfo
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getEntranceInfo(params?: T_open_icp.OpenIcpGetEntranceInfoParams, options?: CallOptions): Promise<T_open_icp.OpenIcpGetEntranceInfoResult>;
    /**
     * Download an uploaded ICP filing image or video (获取小程序备案媒体材料 getIcpMedia)
     * 
     * `GET /wxa/icp/get_icp_media` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_geticpmedia.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getMedia(params: T_open_icp.OpenIcpGetMediaParams, options?: CallOptions): Promise<WechatFile>;
    /**
     * Get the Mini Program's completed ICP filing (获取小程序已备案详情 getOnlineIcpOrder)
     * 
     * `GET /wxa/icp/get_online_icp_order` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_getonlineicporder.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getOnlineOrder(params?: T_open_icp.OpenIcpGetOnlineOrderParams, options?: CallOptions): Promise<T_open_icp.OpenIcpGetOnlineOrderResult>;
    /**
     * Get the certificate types for ICP filing (获取证件类型 queryIcpCertificateTypes)
     * 
     * `GET /wxa/icp/query_icp_certificate_types` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpCertificateTypes.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryCertificateTypes(params?: T_open_icp.OpenIcpQueryCertificateTypesParams, options?: CallOptions): Promise<T_open_icp.OpenIcpQueryCertificateTypesResult>;
    /**
     * Get the province, city and district codes for ICP filing (获取区域信息 queryIcpDistrictCode)
     * 
     * `GET /wxa/icp/query_icp_district_code` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_queryicpdistrictcode
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryDistrictCode(params?: T_open_icp.OpenIcpQueryDistrictCodeParams, options?: CallOptions): Promise<T_open_icp.OpenIcpQueryDistrictCodeResult>;
    /**
     * Get the pre-approval item types for ICP filing (获取前置审批项类型 queryIcpNrlxTypes)
     * 
     * `GET /wxa/icp/query_icp_nrlx_types` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpNrlxTypes.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryNrlxTypes(params?: T_open_icp.OpenIcpQueryNrlxTypesParams, options?: CallOptions): Promise<T_open_icp.OpenIcpQueryNrlxTypesResult>;
    /**
     * Get the Mini Program service content types for ICP filing (获取小程序服务内容类型 queryIcpServiceContentTypes)
     * 
     * `GET /wxa/icp/query_icp_service_content_types` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_queryicpservicecontenttypes.html
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/record/queryIcpServiceContentTypes.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryServiceContentTypes(params?: T_open_icp.OpenIcpQueryServiceContentTypesParams, options?: CallOptions): Promise<T_open_icp.OpenIcpQueryServiceContentTypesResult>;
    /**
     * Get the subject types (单位性质) for ICP filing (获取单位性质 queryIcpSubjectTypes)
     * 
     * `GET /wxa/icp/query_icp_subject_types` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_queryicpsubjecttypes.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    querySubjectTypes(params?: T_open_icp.OpenIcpQuerySubjectTypesParams, options?: CallOptions): Promise<T_open_icp.OpenIcpQuerySubjectTypesResult>;
    /**
     * Query the state of a face verification task (查询人脸核身任务状态 queryIcpVerifyTask)
     * 
     * `POST /wxa/icp/query_icp_verifytask` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_queryicpverifytask.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryVerifyTask(params: T_open_icp.OpenIcpQueryVerifyTaskParams, options?: CallOptions): Promise<T_open_icp.OpenIcpQueryVerifyTaskResult>;
    /**
     * Upload an image or video for the ICP filing (上传小程序备案媒体材料 uploadIcpMedia)
     * 
     * `POST /wxa/icp/upload_icp_media` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_uploadicpmedia
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadMedia(params: T_open_icp.OpenIcpUploadMediaParams, options?: CallOptions): Promise<T_open_icp.OpenIcpUploadMediaResult>;
  };
  iot: {
    /**
     * Pre-register device SNs on the WeChat hardware platform (设备SN注册)
     * 
     * `POST /ilink/api/cloud_register_device` on api.weixin.qq.com
     * @see https://iot.weixin.qq.com/doc?page=3-4
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    cloudRegisterDevice(params: T_miniprogram_iot.MpIotCloudRegisterDeviceParams, options?: CallOptions): Promise<T_miniprogram_iot.MpIotCloudRegisterDeviceResult>;
  };
  laborUse: {
    /**
     * Unbind employment relationships bound in the B2C module (解绑用工关系 UnbindUserB2CAuthInfo)
     * 
     * `POST /wxa/business/unbinduserb2cauthinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/laboruse/api_unbinduserb2cauthinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unbindUserB2cAuthInfo(params: T_miniprogram_laborUse.MpLaborUseUnbindUserB2cAuthInfoParams, options?: CallOptions): Promise<T_miniprogram_laborUse.MpLaborUseUnbindUserB2cAuthInfoResult>;
  };
  live: {
    /**
     * Add assistants who manage a live room (添加管理直播间小助手 addveAssistant)
     * 
     * `POST /wxaapi/broadcast/room/addassistant` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/livebroadcast/liveBroadcast.addAssistant.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addAssistant(params: T_miniprogram_live.MpLiveAddAssistantParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveAddAssistantResult>;
    /**
     * Add goods to the goods library and submit them for review (添加并提审商品 addGoods)
     * 
     * `POST /wxaapi/broadcast/goods/add` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/commodity-management/api_addgoods.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addGoods(params: T_miniprogram_live.MpLiveAddGoodsParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveAddGoodsResult>;
    /**
     * Give a member the admin, anchor or operator role (设置成员角色 addRole)
     * 
     * `POST /wxaapi/broadcast/role/addrole` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/role-management/api_getrolelistdw.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addRole(params: T_miniprogram_live.MpLiveAddRoleParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveAddRoleResult>;
    /**
     * Import goods from the goods library into a live room (导入商品 importGoods)
     * 
     * `POST /wxaapi/broadcast/room/addgoods` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_importgoods.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addRoomGoods(params: T_miniprogram_live.MpLiveAddRoomGoodsParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveAddRoomGoodsResult>;
    /**
     * Add a sub-anchor to a live room (添加主播副号 addSubAnchor)
     * 
     * `POST /wxaapi/broadcast/room/addsubanchor` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_addsubanchor.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addSubAnchor(params: T_miniprogram_live.MpLiveAddSubAnchorParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveAddSubAnchorResult>;
    /**
     * Create a live room (创建直播间 createRoom)
     * 
     * `POST /wxaapi/broadcast/room/create` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_createroom.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createRoom(params: T_miniprogram_live.MpLiveCreateRoomParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveCreateRoomResult>;
    /**
     * Delete goods from the goods library, and from every room that sells them (删除商品 deleteGoodsInfo)
     * 
     * `POST /wxaapi/broadcast/goods/delete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/commodity-management/api_deletegoodsinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteGoods(params: T_miniprogram_live.MpLiveDeleteGoodsParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveDeleteGoodsResult>;
    /**
     * Remove the admin, anchor or operator role from a member (移除成员角色 deleteRole)
     * 
     * `POST /wxaapi/broadcast/role/deleterole` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/role-management/api_deleterole.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteRole(params: T_miniprogram_live.MpLiveDeleteRoleParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveDeleteRoleResult>;
    /**
     * Delete a live room (删除直播间 deleteRoom)
     * 
     * `POST /wxaapi/broadcast/room/deleteroom` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_deleteroom.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteRoom(params: T_miniprogram_live.MpLiveDeleteRoomParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveDeleteRoomResult>;
    /**
     * Delete goods from a live room (删除直播间商品 deleteDoods)
     * 
     * `POST /wxaapi/broadcast/goods/deleteInRoom` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_deletedoods.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteRoomGoods(params: T_miniprogram_live.MpLiveDeleteRoomGoodsParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveDeleteRoomGoodsResult>;
    /**
     * Remove the sub-anchor of a live room (删除主播副号 deleteSubAnchor)
     * 
     * `POST /wxaapi/broadcast/room/deletesubanchor` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/livebroadcast/liveBroadcast.deleteSubAnchor.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteSubAnchor(params: T_miniprogram_live.MpLiveDeleteSubAnchorParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveDeleteSubAnchorResult>;
    /**
     * Edit a live room (编辑直播间 editRoom)
     * 
     * `POST /wxaapi/broadcast/room/editroom` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_editroom.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    editRoom(params: T_miniprogram_live.MpLiveEditRoomParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveEditRoomResult>;
    /**
     * List the assistants of a live room (查询直播间小助手 getAssistantList)
     * 
     * `GET /wxaapi/broadcast/room/getassistantlist` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_getassistantlist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAssistantList(params: T_miniprogram_live.MpLiveGetAssistantListParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveGetAssistantListResult>;
    /**
     * Get the global goods key of the live pendant (直播挂件获取全局KEY getdefault_goodskey)
     * 
     * `GET /wxaapi/broadcast/goods/getkey` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_getdefault_goodskey.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getDefaultGoodsKey(params?: T_miniprogram_live.MpLiveGetDefaultGoodsKeyParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveGetDefaultGoodsKeyResult>;
    /**
     * List the long-term subscribers of the live rooms (获取长期订阅用户 getFollowers)
     * 
     * `POST /wxa/business/get_wxa_followers` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/subscribe-management/api_getfollowers.html
     * @see https://developers.weixin.qq.com/miniprogram/dev/framework/liveplayer/subscribe-api.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getFollowers(params?: T_miniprogram_live.MpLiveGetFollowersParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveGetFollowersResult>;
    /**
     * Get goods information and review status (获取商品的信息与审核状态 getGoodsAuditInfo)
     * 
     * `POST /wxa/business/getgoodswarehouse` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/commodity-management/api_getgoodsauditinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getGoodsAuditInfo(params: T_miniprogram_live.MpLiveGetGoodsAuditInfoParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveGetGoodsAuditInfoResult>;
    /**
     * List the goods of the goods library by review status (获取商品列表 getGoodsInfo)
     * 
     * `GET /wxaapi/broadcast/goods/getapproved` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/commodity-management/api_getgoodsinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getGoodsList(params: T_miniprogram_live.MpLiveGetGoodsListParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveGetGoodsListResult>;
    /**
     * Get the download link of a goods explanation video (下载商品讲解视频 downloadGoodsVideo)
     * 
     * `POST /wxaapi/broadcast/goods/getVideo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_downloadgoodsvideo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getGoodsVideo(params: T_miniprogram_live.MpLiveGetGoodsVideoParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveGetGoodsVideoResult>;
    /**
     * List live rooms, or get the replays of a room (获取直播间列表和回放 getLiveInfo)
     * 
     * `POST /wxa/business/getliveinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_getliveinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getLiveInfo(params: T_miniprogram_live.MpLiveGetLiveInfoParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveGetLiveInfoResult>;
    /**
     * Get the push-stream address of a live room (获取直播间推流地址 getPushUrl)
     * 
     * `GET /wxaapi/broadcast/room/getpushurl` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_getpushurl.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPushUrl(params: T_miniprogram_live.MpLiveGetPushUrlParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveGetPushUrlResult>;
    /**
     * List the live members and their roles (查询成员列表 getRoleList)
     * 
     * `GET /wxaapi/broadcast/role/getrolelist` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/role-management/api_getrolelist.html
     * @see https://developers.weixin.qq.com/miniprogram/dev/framework/liveplayer/role-manage.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getRoleList(params?: T_miniprogram_live.MpLiveGetRoleListParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveGetRoleListResult>;
    /**
     * Get the share QR code of a live room (获取直播间分享二维码 getSharedCode)
     * 
     * `GET /wxaapi/broadcast/room/getsharedcode` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_getsharedcode.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getSharedCode(params: T_miniprogram_live.MpLiveGetSharedCodeParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveGetSharedCodeResult>;
    /**
     * Get the sub-anchor of a live room (获取主播副号 getSubAnchor)
     * 
     * `GET /wxaapi/broadcast/room/getsubanchor` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_getsubanchor.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getSubAnchor(params: T_miniprogram_live.MpLiveGetSubAnchorParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveGetSubAnchorResult>;
    /**
     * Modify a live room assistant (修改直播间小助手 modifyAssistant)
     * 
     * `POST /wxaapi/broadcast/room/modifyassistant` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/livebroadcast/liveBroadcast.modifyAssistant.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    modifyAssistant(params: T_miniprogram_live.MpLiveModifyAssistantParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveModifyAssistantResult>;
    /**
     * Change the sub-anchor of a live room (修改主播副号 modifySubAnchor)
     * 
     * `POST /wxaapi/broadcast/room/modifysubanchor` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/livebroadcast/studio-management/modifySubAnchor.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    modifySubAnchor(params: T_miniprogram_live.MpLiveModifySubAnchorParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveModifySubAnchorResult>;
    /**
     * Push goods to the viewers of a live room (推送商品 pushGoods)
     * 
     * `POST /wxaapi/broadcast/goods/push` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/livebroadcast/liveBroadcast.goodsPush.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    pushGoods(params: T_miniprogram_live.MpLivePushGoodsParams, options?: CallOptions): Promise<T_miniprogram_live.MpLivePushGoodsResult>;
    /**
     * Push the live-start event to long-term subscribers (发送直播开始事件 pushMessage)
     * 
     * `POST /wxa/business/push_message` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/subscribe-management/api_pushmessage.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    pushMessage(params: T_miniprogram_live.MpLivePushMessageParams, options?: CallOptions): Promise<T_miniprogram_live.MpLivePushMessageResult>;
    /**
     * Remove a live room assistant (删除直播间小助手 removeAssistant)
     * 
     * `POST /wxaapi/broadcast/room/removeassistant` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/livebroadcast/studio-management/removeAssistant.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    removeAssistant(params: T_miniprogram_live.MpLiveRemoveAssistantParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveRemoveAssistantResult>;
    /**
     * Withdraw the review of goods; the review quota is not returned (撤回商品审核 resetAudit)
     * 
     * `POST /wxaapi/broadcast/goods/resetaudit` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/industry/liveplayer/commodity-api.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    resetGoodsAudit(params: T_miniprogram_live.MpLiveResetGoodsAuditParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveResetGoodsAuditResult>;
    /**
     * Submit withdrawn goods for review again (重新提交商品审核 resubmitAudit)
     * 
     * `POST /wxaapi/broadcast/goods/audit` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/commodity-management/api_resubmitaudit.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    resubmitGoodsAudit(params: T_miniprogram_live.MpLiveResubmitGoodsAuditParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveResubmitGoodsAuditResult>;
    /**
     * Set the global goods key used by the live pendant (直播挂件设置全局KEY setdefault_goodskey)
     * 
     * `POST /wxaapi/broadcast/goods/setkey` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_setdefault_goodskey.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setDefaultGoodsKey(params: T_miniprogram_live.MpLiveSetDefaultGoodsKeyParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveSetDefaultGoodsKeyResult>;
    /**
     * Put goods in a live room on or off sale (上下架商品 SaleGoods)
     * 
     * `POST /wxaapi/broadcast/goods/onsale` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_salegoods.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setGoodsOnSale(params: T_miniprogram_live.MpLiveSetGoodsOnSaleParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveSetGoodsOnSaleResult>;
    /**
     * Reorder the goods of a live room (直播间商品排序 sortGoods)
     * 
     * `POST /wxaapi/broadcast/goods/sort` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_sortgoods.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    sortGoods(params: T_miniprogram_live.MpLiveSortGoodsParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveSortGoodsResult>;
    /**
     * Mute or unmute all comments in a live room (禁言管理 updateComment)
     * 
     * `POST /wxaapi/broadcast/room/updatecomment` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_updatecomment.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateComment(params: T_miniprogram_live.MpLiveUpdateCommentParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveUpdateCommentResult>;
    /**
     * Turn official inclusion of a live room on or off (官方收录管理 updateFeedPublic)
     * 
     * `POST /wxaapi/broadcast/room/updatefeedpublic` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_updatefeedpublic.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateFeedPublic(params: T_miniprogram_live.MpLiveUpdateFeedPublicParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveUpdateFeedPublicResult>;
    /**
     * Update goods in the goods library (更新商品 updateGoodsinfo)
     * 
     * `POST /wxaapi/broadcast/goods/update` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/commodity-management/api_updategoodsinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateGoods(params: T_miniprogram_live.MpLiveUpdateGoodsParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveUpdateGoodsResult>;
    /**
     * Turn customer service of a live room on or off (客服功能管理 updateKF)
     * 
     * `POST /wxaapi/broadcast/room/updatekf` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/livebroadcast/studio-management/api_updatekf.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateKf(params: T_miniprogram_live.MpLiveUpdateKfParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveUpdateKfResult>;
    /**
     * Turn the replay of a live room on or off (回放功能管理 updateReplay)
     * 
     * `POST /wxaapi/broadcast/room/updatereplay` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/livebroadcast/liveBroadcast.updateReplay.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateReplay(params: T_miniprogram_live.MpLiveUpdateReplayParams, options?: CallOptions): Promise<T_miniprogram_live.MpLiveUpdateReplayResult>;
  };
  liveAccess: {
    /**
     * Apply for the Mini Program's live-streaming capability (申请开通直播 applyLivelnfo)
     * 
     * `POST /wxa/business/applyliveinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/live-player/api_applylivelnfo
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Business/live_player/applyliveinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    apply(params: T_open_liveAccess.OpenLiveAccessApplyParams, options?: CallOptions): Promise<T_open_liveAccess.OpenLiveAccessApplyResult>;
  };
  media: {
    /**
     * Download a temporary media file; videos come back as JSON with a download URL (获取临时素材)
     * 
     * `GET /cgi-bin/media/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/material/temporary/api_getmedia.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_shared_media.MediaGetParams, options?: CallOptions): Promise<WechatFile | T_shared_media.MediaGetResult>;
    /**
     * Upload a temporary media file, kept for 3 days (新增临时素材)
     * 
     * `POST /cgi-bin/media/upload` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/material/temporary/api_uploadtempmedia.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    upload(params: T_shared_media.MediaUploadParams, options?: CallOptions): Promise<T_shared_media.MediaUploadResult>;
  };
  message: {
    custom: {
      /**
       * Send a customer-service message, optionally as a sub-merchant (发送客服消息)
       * 
       * `POST /cgi-bin/message/custom/business/send` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/customer-message/api_send_msg_custom.html
       * @see https://developers.weixin.qq.com/miniprogram/introduction/custom.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      businessSend(params: T_miniprogram_message.MpMessageCustomBusinessSendParams, options?: CallOptions): Promise<T_miniprogram_message.MpMessageCustomBusinessSendResult>;
      /**
       * Show or cancel the customer-service "typing" status to a user (客服输入状态)
       * 
       * `POST /cgi-bin/message/custom/business/typing` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/kf-mgnt/kf-message/api_typing.html
       * @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/kf-mgnt/kf-message/setTyping.html
       * @see https://developers.weixin.qq.com/doc/subscription/api/customer/message/api_typing.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      businessTyping(params: T_miniprogram_message.MpMessageCustomBusinessTypingParams, options?: CallOptions): Promise<T_miniprogram_message.MpMessageCustomBusinessTypingResult>;
      /**
       * Send a customer-service message to a user who wrote to the Mini Program (发送客服消息)
       * 
       * `POST /cgi-bin/message/custom/send` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/customer-message/api_send_msg_custom.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      send(params: T_miniprogram_message.MpMessageCustomSendParams, options?: CallOptions): Promise<T_miniprogram_message.MpMessageCustomSendResult>;
    };
    device: {
      /**
       * Send a device subscribe message to users (发送设备消息)
       * 
       * `POST /cgi-bin/message/device/subscribe/send` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/hardware-device/api_sendhardwaredevicemessage.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      send(params: T_miniprogram_message.MpMessageDeviceSendParams, options?: CallOptions): Promise<T_miniprogram_message.MpMessageDeviceSendResult>;
    };
    subscribe: {
      /**
       * Get the state of a service card (查询服务卡片状态)
       * 
       * `POST /wxa/get_user_notify` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/subscribe-message/api_getusernotify.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getUserNotify(params: T_miniprogram_message.MpMessageSubscribeGetUserNotifyParams, options?: CallOptions): Promise<T_miniprogram_message.MpMessageSubscribeGetUserNotifyResult>;
      /**
       * Send a subscribe message to a user (发送订阅消息 sendMessage)
       * 
       * `POST /cgi-bin/message/subscribe/send` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/subscribe-message/api_sendmessage.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      send(params: T_miniprogram_message.MpMessageSubscribeSendParams, options?: CallOptions): Promise<T_miniprogram_message.MpMessageSubscribeSendResult>;
      /**
       * Activate or update a service card (激活与更新服务卡片)
       * 
       * `POST /wxa/set_user_notify` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/subscribe-message/api_setusernotify.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      setUserNotify(params: T_miniprogram_message.MpMessageSubscribeSetUserNotifyParams, options?: CallOptions): Promise<T_miniprogram_message.MpMessageSubscribeSetUserNotifyResult>;
      /**
       * Update a service card's extra information (更新服务卡片扩展信息)
       * 
       * `POST /wxa/set_user_notifyext` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/subscribe-message/api_setusernotifyext.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      setUserNotifyExt(params: T_miniprogram_message.MpMessageSubscribeSetUserNotifyExtParams, options?: CallOptions): Promise<T_miniprogram_message.MpMessageSubscribeSetUserNotifyExtResult>;
    };
  };
  nearbyPoi: {
    /**
     * Add a place for Mini Programs Nearby (添加地点 addNearbyPoi)
     * 
     * `POST /wxa/addnearbypoi` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/nearby-poi/api_addnearbypoi.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    add(params: T_miniprogram_nearbyPoi.MpNearbyPoiAddParams, options?: CallOptions): Promise<T_miniprogram_nearbyPoi.MpNearbyPoiAddResult>;
    /**
     * Delete a place from Mini Programs Nearby (删除地点 deleteNearbyPoi)
     * 
     * `POST /wxa/delnearbypoi` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/nearby-poi/api_deletenearbypoi.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_miniprogram_nearbyPoi.MpNearbyPoiDeleteParams, options?: CallOptions): Promise<T_miniprogram_nearbyPoi.MpNearbyPoiDeleteResult>;
    /**
     * List the Mini Program's nearby places (查看地点 getNearbyPoiList)
     * 
     * `POST /wxa/getnearbypoilist` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/nearby-poi/api_getnearbypoilist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getList(params: T_miniprogram_nearbyPoi.MpNearbyPoiGetListParams, options?: CallOptions): Promise<T_miniprogram_nearbyPoi.MpNearbyPoiGetListResult>;
    /**
     * Show or hide the Mini Program at a nearby place (设置展示状态 setShowStatus)
     * 
     * `POST /wxa/setnearbypoishowstatus` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/nearby-poi/api_setshowstatus.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setShowStatus(params: T_miniprogram_nearbyPoi.MpNearbyPoiSetShowStatusParams, options?: CallOptions): Promise<T_miniprogram_nearbyPoi.MpNearbyPoiSetShowStatusResult>;
  };
  ocr: {
    /**
     * Detect the subject of an image and suggest crops for given aspect ratios (图片智能裁剪)
     * 
     * `POST /cv/img/aicrop` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/openpoc/image/api_imgaicrop
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/img-ocr/img/api_imgaicrop.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    aiCrop(params?: T_shared_ocr.OcrAiCropParams, options?: CallOptions): Promise<T_shared_ocr.OcrAiCropResult>;
    /**
     * Recognize the card number on a bank card (银行卡识别)
     * 
     * `POST /cv/ocr/bankcard` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/openpoc/ocr/api_bankcardocr.html
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/img-ocr/ocr/api_bankcardocr.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    bankCard(params?: T_shared_ocr.OcrBankCardParams, options?: CallOptions): Promise<T_shared_ocr.OcrBankCardResult>;
    /**
     * Recognize a business license; only the fields present on the image come back (营业执照识别)
     * 
     * `POST /cv/ocr/bizlicense` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/openpoc/ocr/api_bizlicenseocr
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/img-ocr/ocr/api_bizlicenseocr.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    businessLicense(params?: T_shared_ocr.OcrBusinessLicenseParams, options?: CallOptions): Promise<T_shared_ocr.OcrBusinessLicenseResult>;
    /**
     * Recognize general printed text with its positions (通用印刷体识别)
     * 
     * `POST /cv/ocr/comm` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/openpoc/ocr/api_commocr
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/img-ocr/ocr/api_commocr.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    common(params?: T_shared_ocr.OcrCommonParams, options?: CallOptions): Promise<T_shared_ocr.OcrCommonResult>;
    /**
     * Recognize a driver's license (驾驶证识别)
     * 
     * `POST /cv/ocr/drivinglicense` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/openpoc/ocr/api_drivinglicenseocr
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/img-ocr/ocr/api_drivinglicenseocr.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    drivingLicense(params?: T_shared_ocr.OcrDrivingLicenseParams, options?: CallOptions): Promise<T_shared_ocr.OcrDrivingLicenseResult>;
    /**
     * Recognize the front or back of a Chinese ID card (身份证识别)
     * 
     * `POST /cv/ocr/idcard` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/openpoc/ocr/api_idcardocr
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    idCard(params?: T_shared_ocr.OcrIdCardParams, options?: CallOptions): Promise<T_shared_ocr.OcrIdCardResult>;
    /**
     * Recognize a vehicle license plate (车牌号识别)
     * 
     * `POST /cv/ocr/platenum` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/OCR.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    plateNumber(params?: T_shared_ocr.OcrPlateNumberParams, options?: CallOptions): Promise<T_shared_ocr.OcrPlateNumberResult>;
    /**
     * Decode the QR codes, barcodes, DataMatrix and PDF417 codes in an image (二维码/条码识别)
     * 
     * `POST /cv/img/qrcode` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/openpoc/image/api_imgqrcode
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/img-ocr/img/api_imgqrcode.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    scanQrCode(params?: T_shared_ocr.OcrScanQrCodeParams, options?: CallOptions): Promise<T_shared_ocr.OcrScanQrCodeResult>;
    /**
     * Recognize a motor vehicle license (行驶证识别)
     * 
     * `POST /cv/ocr/driving` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/openpoc/ocr/api_drivingocr
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/img-ocr/ocr/api_drivingocr.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    vehicleLicense(params?: T_shared_ocr.OcrVehicleLicenseParams, options?: CallOptions): Promise<T_shared_ocr.OcrVehicleLicenseResult>;
  };
  openAccount: {
    /**
     * Bind the authorized account to an Open Platform account (绑定开放平台账号 bindOpenAccount)
     * 
     * `POST /cgi-bin/open/bind` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/openplatform-management/api_bindopenaccount.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/account/bind.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    bind(params: T_open_openAccount.OpenOpenAccountBindParams, options?: CallOptions): Promise<T_open_openAccount.OpenOpenAccountBindResult>;
    /**
     * Create an Open Platform account and bind the authorized account to it (创建开放平台账号并绑定公众号/小程序)
     * 
     * `POST /cgi-bin/open/create` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/account/create.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    create(params?: T_open_openAccount.OpenOpenAccountCreateParams, options?: CallOptions): Promise<T_open_openAccount.OpenOpenAccountCreateResult>;
    /**
     * Get the Open Platform account the authorized account is bound to (获取开放平台账号 getOpenAccount)
     * 
     * `POST /cgi-bin/open/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/openplatform-management/api_getopenaccount.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/account/get.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params?: T_open_openAccount.OpenOpenAccountGetParams, options?: CallOptions): Promise<T_open_openAccount.OpenOpenAccountGetResult>;
    /**
     * Check whether the authorized account is bound to an Open Platform account (查询绑定的开放平台账号 getBindOpenAccount)
     * 
     * `GET /cgi-bin/open/have` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_getbindopenaccount
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    hasBound(params?: T_open_openAccount.OpenOpenAccountHasBoundParams, options?: CallOptions): Promise<T_open_openAccount.OpenOpenAccountHasBoundResult>;
    /**
     * Check whether the bound Open Platform account has the same entity (查询开放平台账号是否与小程序同主体 getBindOpenAccountEntity)
     * 
     * `GET /cgi-bin/open/sameentity` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_getbindopenaccountentity.md
     * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/miniprogram-management/basic-info-management/getBindOpenAccountEntity.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    isSameEntity(params?: T_open_openAccount.OpenOpenAccountIsSameEntityParams, options?: CallOptions): Promise<T_open_openAccount.OpenOpenAccountIsSameEntityResult>;
    /**
     * Unbind the authorized account from its Open Platform account (解除绑定开放平台账号 unbindOpenAccount)
     * 
     * `POST /cgi-bin/open/unbind` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/openplatform-management/api_unbindopenaccount
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/account/unbind.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unbind(params: T_open_openAccount.OpenOpenAccountUnbindParams, options?: CallOptions): Promise<T_open_openAccount.OpenOpenAccountUnbindResult>;
  };
  operation: {
    /**
     * Get the Mini Program's domain configuration (查询域名配置 getDomainInfo)
     * 
     * `POST /wxa/getwxadevinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/operation/api_getdomaininfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getDomainInfo(params?: T_miniprogram_operation.MpOperationGetDomainInfoParams, options?: CallOptions): Promise<T_miniprogram_operation.MpOperationGetDomainInfoResult>;
    /**
     * List user feedback (获取用户反馈列表 getFeedback)
     * 
     * `GET /wxaapi/feedback/list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/operation/api_getfeedback.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getFeedback(params: T_miniprogram_operation.MpOperationGetFeedbackParams, options?: CallOptions): Promise<T_miniprogram_operation.MpOperationGetFeedbackResult>;
    /**
     * Download a feedback image by its mediaId (获取mediaId图片 getFeedbackmedia)
     * 
     * `GET /cgi-bin/media/getfeedbackmedia` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/operation/api_getfeedbackmedia.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getFeedbackmedia(params: T_miniprogram_operation.MpOperationGetFeedbackmediaParams, options?: CallOptions): Promise<WechatFile>;
    /**
     * Get the details of a JS error (查询js错误详情 getJsErrDetail)
     * 
     * `POST /wxaapi/log/jserr_detail` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/operation/api_getjserrdetail.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getJsErrDetail(params: T_miniprogram_operation.MpOperationGetJsErrDetailParams, options?: CallOptions): Promise<T_miniprogram_operation.MpOperationGetJsErrDetailResult>;
    /**
     * List JS errors (查询错误列表 getJsErrList)
     * 
     * `POST /wxaapi/log/jserr_list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/operation/api_getjserrlist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getJsErrList(params: T_miniprogram_operation.MpOperationGetJsErrListParams, options?: CallOptions): Promise<T_miniprogram_operation.MpOperationGetJsErrListResult>;
    /**
     * Get performance data (获取性能数据 getPerformance)
     * 
     * `POST /wxaapi/log/get_performance` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/operation/api_getperformance.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPerformance(params: T_miniprogram_operation.MpOperationGetPerformanceParams, options?: CallOptions): Promise<T_miniprogram_operation.MpOperationGetPerformanceResult>;
    /**
     * Get launch and runtime performance data (获取小程序性能数据 getPerformanceData)
     * 
     * `POST /wxa/business/performance/boot` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/data-analysis/others/api_getperformancedata.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPerformanceData(params: T_miniprogram_operation.MpOperationGetPerformanceDataParams, options?: CallOptions): Promise<T_miniprogram_operation.MpOperationGetPerformanceDataResult>;
    /**
     * List the visit sources for performance queries (获取访问来源 getSceneList)
     * 
     * `GET /wxaapi/log/get_scene` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/operation/api_getscenelist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getSceneList(params?: T_miniprogram_operation.MpOperationGetSceneListParams, options?: CallOptions): Promise<T_miniprogram_operation.MpOperationGetSceneListResult>;
    /**
     * List the client versions for performance queries (获取客户端版本 getVersionList)
     * 
     * `GET /wxaapi/log/get_client_version` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/operation/api_getversionlist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getVersionList(params?: T_miniprogram_operation.MpOperationGetVersionListParams, options?: CallOptions): Promise<T_miniprogram_operation.MpOperationGetVersionListResult>;
    /**
     * Search the real-time logs (查询实时日志 realtimelogSearch)
     * 
     * `GET /wxaapi/userlog/userlog_search` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/operation/api_realtimelogsearch.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    realtimelogSearch(params: T_miniprogram_operation.MpOperationRealtimelogSearchParams, options?: CallOptions): Promise<T_miniprogram_operation.MpOperationRealtimelogSearchResult>;
  };
  phone: {
    /**
     * Exchange a phone-number code for the user's phone number (获取手机号 getPhoneNumber)
     * 
     * `POST /wxa/business/getuserphonenumber` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/user-info/phone-number/api_getphonenumber.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getNumber(params: T_miniprogram_phone.MpPhoneGetNumberParams, options?: CallOptions): Promise<T_miniprogram_phone.MpPhoneGetNumberResult>;
  };
  plugin: {
    /**
     * Apply for, list, update or remove the plugins a Mini Program uses (插件管理 managePlugin)
     * 
     * `POST /wxa/plugin` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/plugin-management/api_manageplugin.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    manage(params: T_miniprogram_plugin.MpPluginManageParams, options?: CallOptions): Promise<T_miniprogram_plugin.MpPluginManageResult>;
    /**
     * As a plugin developer, list plugin users or agree to, refuse or delete applications (插件申请管理 managePluginApplication)
     * 
     * `POST /wxa/devplugin` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/plugin-management/api_managepluginapplication.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    manageApplication(params: T_miniprogram_plugin.MpPluginManageApplicationParams, options?: CallOptions): Promise<T_miniprogram_plugin.MpPluginManageApplicationResult>;
  };
  privacy: {
    /**
     * Apply for a privacy API (e.g. a location API) of the Mini Program (申请隐私接口 applyPrivacyInterface)
     * 
     * `POST /wxa/security/apply_privacy_interface` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/privacy-api-management/api_applyprivacyinterface.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/apply_api/apply_privacy_interface.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    applyInterface(params: T_open_privacy.OpenPrivacyApplyInterfaceParams, options?: CallOptions): Promise<T_open_privacy.OpenPrivacyApplyInterfaceResult>;
    /**
     * Get the privacy APIs that need an application, with their state (获取隐私接口列表 getPrivacyInterface)
     * 
     * `GET /wxa/security/get_privacy_interface` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/privacy-api-management/api_getprivacyinterface.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/apply_api/get_privacy_interface.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getInterface(params?: T_open_privacy.OpenPrivacyGetInterfaceParams, options?: CallOptions): Promise<T_open_privacy.OpenPrivacyGetInterfaceResult>;
    /**
     * Get the Mini Program's order page path information (获取订单页path信息 getOrderPathInfo)
     * 
     * `POST /wxa/security/getorderpathinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_getorderpathinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getOrderPathInfo(params: T_open_privacy.OpenPrivacyGetOrderPathInfoParams, options?: CallOptions): Promise<T_open_privacy.OpenPrivacyGetOrderPathInfoResult>;
    /**
     * Get the Mini Program's user privacy guidelines (查询小程序用户隐私保护指引 getPrivacySetting)
     * 
     * `POST /cgi-bin/component/getprivacysetting` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/privacy-management/api_getprivacysetting.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/privacy_config/get_privacy_setting.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getSetting(params?: T_open_privacy.OpenPrivacyGetSettingParams, options?: CallOptions): Promise<T_open_privacy.OpenPrivacyGetSettingResult>;
    /**
     * Configure the Mini Program's user privacy guidelines (配置小程序用户隐私保护指引 setPrivacySetting)
     * 
     * `POST /cgi-bin/component/setprivacysetting` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/privacy-management/api_setprivacysetting.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/privacy_config/set_privacy_setting.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setSetting(params: T_open_privacy.OpenPrivacySetSettingParams, options?: CallOptions): Promise<T_open_privacy.OpenPrivacySetSettingResult>;
    /**
     * Upload a custom user privacy guidelines file (上传小程序用户隐私保护指引 uploadPrivacySetting)
     * 
     * `POST /cgi-bin/component/uploadprivacyextfile` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/privacy-management/api_uploadprivacysetting
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/privacy_config/upload_privacy_exfile.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadExtFile(params: T_open_privacy.OpenPrivacyUploadExtFileParams, options?: CallOptions): Promise<T_open_privacy.OpenPrivacyUploadExtFileResult>;
  };
  qrcodeJump: {
    /**
     * Add or modify a QR-code jump rule (增加或修改二维码规则 addJumpQRCode)
     * 
     * `POST /cgi-bin/wxopen/qrcodejumpadd` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/jumpqrcode-config/addJumpQRCode.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/qrcode/qrcodejumpadd.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    add(params: T_miniprogram_qrcodeJump.MpQrcodeJumpAddParams, options?: CallOptions): Promise<T_miniprogram_qrcodeJump.MpQrcodeJumpAddResult>;
    /**
     * Delete a QR-code jump rule (删除已设置的二维码规则 deleteJumpQRCode)
     * 
     * `POST /cgi-bin/wxopen/qrcodejumpdelete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/jumpqrcode-config/deleteJumpQRCode.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_miniprogram_qrcodeJump.MpQrcodeJumpDeleteParams, options?: CallOptions): Promise<T_miniprogram_qrcodeJump.MpQrcodeJumpDeleteResult>;
    /**
     * Get the name and content of the ownership verification file (获取校验文件名称及内容 downloadQRCodeText)
     * 
     * `POST /cgi-bin/wxopen/qrcodejumpdownload` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/jumpqrcode-config/api_downloadqrcodetext.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    download(params?: T_miniprogram_qrcodeJump.MpQrcodeJumpDownloadParams, options?: CallOptions): Promise<T_miniprogram_qrcodeJump.MpQrcodeJumpDownloadResult>;
    /**
     * Get the QR-code jump rules already set (获取已设置的二维码规则 getJumpQRCode)
     * 
     * `POST /cgi-bin/wxopen/qrcodejumpget` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/jumpqrcode-config/getJumpQRCode.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/qrcode/qrcodejumpget.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Official__Accounts/qrcode/qrcodejumpget.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params?: T_miniprogram_qrcodeJump.MpQrcodeJumpGetParams, options?: CallOptions): Promise<T_miniprogram_qrcodeJump.MpQrcodeJumpGetResult>;
    /**
     * Publish a QR-code jump rule so it applies to the release version (发布已设置的二维码规则 publishJumpQRCode)
     * 
     * `POST /cgi-bin/wxopen/qrcodejumppublish` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/jumpqrcode-config/publishJumpQRCode.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/qrcode/qrcodejumppublish.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    publish(params: T_miniprogram_qrcodeJump.MpQrcodeJumpPublishParams, options?: CallOptions): Promise<T_miniprogram_qrcodeJump.MpQrcodeJumpPublishResult>;
  };
  quota: {
    /**
     * Reset the daily API call quota of an account (重置API调用次数)
     * 
     * `POST /cgi-bin/clear_quota` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/apimanage/api_clearquota.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    clear(params?: T_shared_quota.QuotaClearParams, options?: CallOptions): Promise<T_shared_quota.QuotaClearResult>;
    /**
     * Reset the daily call count of one API (重置指定API调用次数)
     * 
     * `POST /cgi-bin/openapi/quota/clear` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/subscription/api/apimanage/api_clearapiquota
     * @see https://developers.weixin.qq.com/doc/channels/api/basic/api_clearapiquota.md
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    clearApi(params: T_shared_quota.QuotaClearApiParams, options?: CallOptions): Promise<T_shared_quota.QuotaClearApiResult>;
    /**
     * Reset the daily API call quota using the AppSecret, no access_token needed (使用AppSecret重置API调用次数)
     * 
     * `POST /cgi-bin/clear_quota/v2` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/apimanage/api_clearquotabyappsecret.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    clearByAppSecret(params?: T_shared_quota.QuotaClearByAppSecretParams, options?: CallOptions): Promise<T_shared_quota.QuotaClearByAppSecretResult>;
    /**
     * Get an API's daily quota, usage and rate limits for this account (查询API调用额度)
     * 
     * `POST /cgi-bin/openapi/quota/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/apimanage/api_getapiquota
     * @see https://developers.weixin.qq.com/doc/channels/API/apimgnt/getApiQuota.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_shared_quota.QuotaGetParams, options?: CallOptions): Promise<T_shared_quota.QuotaGetResult>;
    /**
     * Look up the details of a failed call by the rid in its error message (查询rid信息)
     * 
     * `POST /cgi-bin/openapi/rid/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/apimanage/api_getridinfo
     * @see https://developers.weixin.qq.com/doc/service/openApi/get_rid_info.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getRid(params: T_shared_quota.QuotaGetRidParams, options?: CallOptions): Promise<T_shared_quota.QuotaGetRidResult>;
  };
  record: {
    /**
     * Get the appeal records of a violation (获取小程序申诉记录 getAppealRecords)
     * 
     * `POST /wxa/getappealrecords` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record-management/api_getappealrecords
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/records/getappealrecords.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAppealRecords(params: T_open_record.OpenRecordGetAppealRecordsParams, options?: CallOptions): Promise<T_open_record.OpenRecordGetAppealRecordsResult>;
    /**
     * Get the Mini Program's violation penalty records (获取小程序违规处罚记录 getIllegalRecords)
     * 
     * `POST /wxa/getillegalrecords` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record-management/api_getillegalrecords.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/records/getillegalrecords.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getIllegalRecords(params?: T_open_record.OpenRecordGetIllegalRecordsParams, options?: CallOptions): Promise<T_open_record.OpenRecordGetIllegalRecordsResult>;
  };
  retail: {
    /**
     * Pre-register store information for B2b store authentication (预录入门店信息 batchcreateretail)
     * 
     * `POST /wxa/business/batchcreateretail` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/B2b/store_assistant/api_batchcreateretail.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchCreate(params: T_miniprogram_retail.MpRetailBatchCreateParams, options?: CallOptions): Promise<T_miniprogram_retail.MpRetailBatchCreateResult>;
    /**
     * Get the store information of an authenticated and authorized store user (门店信息查询 getRetailInfo)
     * 
     * `POST /wxa/business/getretailinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/B2b/store_assistant/api_getretailinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getInfo(params?: T_miniprogram_retail.MpRetailGetInfoParams, options?: CallOptions): Promise<T_miniprogram_retail.MpRetailGetInfoResult>;
    /**
     * Send a B2b store-assistant template message to store owners (模板消息列表及下发 retailNotifyBusiness)
     * 
     * `POST /wxa/business/retailnotifybusiness` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/B2b/notify/api_retailnotifybusiness.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    notifyBusiness(params: T_miniprogram_retail.MpRetailNotifyBusinessParams, options?: CallOptions): Promise<T_miniprogram_retail.MpRetailNotifyBusinessResult>;
  };
  search: {
    /**
     * Search the Mini Program's product pages by image (search.imageSearch 图片搜索)
     * 
     * `POST /wxa/imagesearch` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/search/search.imageSearch.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    imageSearch(params: T_miniprogram_search.MpSearchImageSearchParams, options?: CallOptions): Promise<T_miniprogram_search.MpSearchImageSearchResult>;
    /**
     * Import sample data for WeChat Search widget traffic allocation (导入抽样数据 setdynamicdata)
     * 
     * `POST /wxa/setdynamicdata` on api.weixin.qq.com
     * @see https://wsad.weixin.qq.com/wsad/zh_CN/htmledition/widget-docs-v3/html/custom/quickstart/implement/import/index.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setDynamicData(params: T_miniprogram_search.MpSearchSetDynamicDataParams, options?: CallOptions): Promise<T_miniprogram_search.MpSearchSetDynamicDataResult>;
    /**
     * Search the Mini Program's own indexed pages by keyword (search.siteSearch 小程序内部搜索)
     * 
     * `POST /wxa/sitesearch` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/search/search.siteSearch.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    siteSearch(params: T_miniprogram_search.MpSearchSiteSearchParams, options?: CallOptions): Promise<T_miniprogram_search.MpSearchSiteSearchResult>;
    /**
     * Push page paths and structured content for WeChat Search (搜一搜数据推送 submitpages)
     * 
     * `POST /wxa/search/wxaapi_submitpages` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/wxsearch/api_submitpages.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    submitPages(params: T_miniprogram_search.MpSearchSubmitPagesParams, options?: CallOptions): Promise<T_miniprogram_search.MpSearchSubmitPagesResult>;
  };
  security: {
    /**
     * Get a user's risk rank from the submitted user data (获取用户安全等级 getUserRiskRank)
     * 
     * `POST /wxa/getuserriskrank` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/safety-control-capability/api_getuserriskrank.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserRiskRank(params: T_miniprogram_security.MpSecurityGetUserRiskRankParams, options?: CallOptions): Promise<T_miniprogram_security.MpSecurityGetUserRiskRankResult>;
    /**
     * Check an uploaded image for illegal or non-compliant content, v1 (security.imgSecCheck)
     * 
     * `POST /wxa/img_sec_check` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/framework/security.imgSecCheck.html
     * @deprecated version 1.0, no longer updated or maintained since 2021-09-01; use security.mediaCheckAsync
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    imgSecCheck(params: T_miniprogram_security.MpSecurityImgSecCheckParams, options?: CallOptions): Promise<T_miniprogram_security.MpSecurityImgSecCheckResult>;
    /**
     * Check an image or audio file asynchronously; the result is pushed later, v2 (多媒体内容安全识别 mediaCheckAsync)
     * 
     * `POST /wxa/media_check_async` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_mediacheckasync.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    mediaCheckAsync(params: T_miniprogram_security.MpSecurityMediaCheckAsyncParams, options?: CallOptions): Promise<T_miniprogram_security.MpSecurityMediaCheckAsyncResult>;
    /**
     * Check a text for illegal or non-compliant content, v2 (文本内容安全识别 msgSecCheck)
     * 
     * `POST /wxa/msg_sec_check` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_msgseccheck.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    msgSecCheck(params: T_miniprogram_security.MpSecurityMsgSecCheckParams, options?: CallOptions): Promise<T_miniprogram_security.MpSecurityMsgSecCheckResult>;
  };
  serviceMarket: {
    /**
     * Verify a service-market login code (登录验证 login_auth)
     * 
     * `POST /wxa/servicemarket/service/login_auth` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/partner/service_market/interface/value_added/servicemarket_login_auth
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    loginAuth(params: T_open_serviceMarket.OpenServiceMarketLoginAuthParams, options?: CallOptions): Promise<T_open_serviceMarket.OpenServiceMarketLoginAuthResult>;
  };
  shortLink: {
    /**
     * Generate a Short Link that opens the Mini Program inside WeChat (获取ShortLink generateShortLink)
     * 
     * `POST /wxa/genwxashortlink` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/short-link/api_generateshortlink.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    generate(params: T_miniprogram_shortLink.MpShortLinkGenerateParams, options?: CallOptions): Promise<T_miniprogram_shortLink.MpShortLinkGenerateResult>;
  };
  showItem: {
    /**
     * Get the Official Account shown by the scan-to-follow component (获取已设置公众号信息 getShowItem)
     * 
     * `GET /wxa/getshowwxaitem` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/subscribe-component/api_getshowitem
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/subscribe_component/getshowwxaitem.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params?: T_open_showItem.OpenShowItemGetParams, options?: CallOptions): Promise<T_open_showItem.OpenShowItemGetResult>;
    /**
     * List the Official Accounts the component may show (获取可设置公众号列表 getLinkForShow)
     * 
     * `GET /wxa/getwxamplinkforshow` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/subscribe-component/api_getlinkforshow
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/subscribe_component/getwxamplinkforshow.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listLinkable(params: T_open_showItem.OpenShowItemListLinkableParams, options?: CallOptions): Promise<T_open_showItem.OpenShowItemListLinkableResult>;
    /**
     * Set the Official Account shown by the scan-to-follow component (设置扫码关注的公众号 setShowItem)
     * 
     * `POST /wxa/updateshowwxaitem` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/subscribe-component/api_setshowitem.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/subscribe_component/updateshowwxaitem.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    set(params: T_open_showItem.OpenShowItemSetParams, options?: CallOptions): Promise<T_open_showItem.OpenShowItemSetResult>;
  };
  soter: {
    /**
     * Verify a SOTER biometric-authentication key signature (生物认证秘钥签名验证 verifySignature)
     * 
     * `POST /cgi-bin/soter/verify_signature` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/soter/api_verifysignature.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    verifySignature(params: T_miniprogram_soter.MpSoterVerifySignatureParams, options?: CallOptions): Promise<T_miniprogram_soter.MpSoterVerifySignatureResult>;
  };
  subscribe: {
    /**
     * Copy a public template into the account's private template library (选用模板)
     * 
     * `POST /wxaapi/newtmpl/addtemplate` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/subscribe-message/api_addwxanewtemplate.html
     * @see https://developers.weixin.qq.com/doc/service/en/api/notify/notify/api_addwxanewtemplate.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addTemplate(params: T_shared_subscribe.SubscribeAddTemplateParams, options?: CallOptions): Promise<T_shared_subscribe.SubscribeAddTemplateResult>;
    /**
     * Delete a template from the account's private template library (删除模板)
     * 
     * `POST /wxaapi/newtmpl/deltemplate` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/subscribe-message/api_delwxanewtemplate.md
     * @see https://developers.weixin.qq.com/doc/service/en/api/notify/notify/api_delwxanewtemplate
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteTemplate(params: T_shared_subscribe.SubscribeDeleteTemplateParams, options?: CallOptions): Promise<T_shared_subscribe.SubscribeDeleteTemplateResult>;
    /**
     * Get the account's categories, used to query public templates (获取类目)
     * 
     * `GET /wxaapi/newtmpl/getcategory` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/subscribe-message/api_getcategory
     * @see https://developers.weixin.qq.com/doc/service/en/api/notify/notify/api_getcategory
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCategory(params?: T_shared_subscribe.SubscribeGetCategoryParams, options?: CallOptions): Promise<T_shared_subscribe.SubscribeGetCategoryResult>;
    /**
     * List the keywords of a public template title (获取模板中的关键词)
     * 
     * `GET /wxaapi/newtmpl/getpubtemplatekeywords` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/subscribe-message/api_getpubnewtemplatekeywords.md
     * @see https://developers.weixin.qq.com/doc/service/api/notify/notify/api_getpubnewtemplatekeywords
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPubTemplateKeywords(params: T_shared_subscribe.SubscribeGetPubTemplateKeywordsParams, options?: CallOptions): Promise<T_shared_subscribe.SubscribeGetPubTemplateKeywordsResult>;
    /**
     * List the public template titles of the account's categories (获取类目下的公共模板)
     * 
     * `GET /wxaapi/newtmpl/getpubtemplatetitles` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/subscribe-message/api_getpubnewtemplatetitles
     * @see https://developers.weixin.qq.com/doc/service/api/notify/notify/api_getpubnewtemplatetitles.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPubTemplateTitles(params: T_shared_subscribe.SubscribeGetPubTemplateTitlesParams, options?: CallOptions): Promise<T_shared_subscribe.SubscribeGetPubTemplateTitlesResult>;
    /**
     * List the templates in the account's private template library (获取已有模板列表)
     * 
     * `GET /wxaapi/newtmpl/gettemplate` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/subscribe-message/api_getwxapubnewtemplate.html
     * @see https://developers.weixin.qq.com/doc/service/api/notify/notify/api_getwxapubnewtemplate.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getTemplates(params?: T_shared_subscribe.SubscribeGetTemplatesParams, options?: CallOptions): Promise<T_shared_subscribe.SubscribeGetTemplatesResult>;
  };
  supportVersion: {
    /**
     * Get the minimum base library version and the users per version (查询各版本用户占比 getSupportVersion)
     * 
     * `POST /cgi-bin/wxopen/getweappsupportversion` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_getsupportversion
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/getweappsupportversion.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params?: T_open_supportVersion.OpenSupportVersionGetParams, options?: CallOptions): Promise<T_open_supportVersion.OpenSupportVersionGetResult>;
    /**
     * Set the minimum base library version (设置最低基础库版本 setSupportVersion)
     * 
     * `POST /cgi-bin/wxopen/setweappsupportversion` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_setsupportversion.md
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/code/setweappsupportversion.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    set(params: T_open_supportVersion.OpenSupportVersionSetParams, options?: CallOptions): Promise<T_open_supportVersion.OpenSupportVersionSetResult>;
  };
  tester: {
    /**
     * Bind a WeChat user as a tester of the Mini Program (绑定体验者 bindTester)
     * 
     * `POST /wxa/bind_tester` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/member-management/api_bindtester.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    bind(params: T_open_tester.OpenTesterBindParams, options?: CallOptions): Promise<T_open_tester.OpenTesterBindResult>;
    /**
     * List the Mini Program's bound testers (获取体验者列表 getTester)
     * 
     * `POST /wxa/memberauth` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/member-management/api_gettester.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    list(params: T_open_tester.OpenTesterListParams, options?: CallOptions): Promise<T_open_tester.OpenTesterListResult>;
    /**
     * Unbind a tester from the Mini Program (解除绑定体验者 unbindTester)
     * 
     * `POST /wxa/unbind_tester` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/member-management/api_unbindtester.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unbind(params?: T_open_tester.OpenTesterUnbindParams, options?: CallOptions): Promise<T_open_tester.OpenTesterUnbindResult>;
  };
  token: {
    /**
     * Get the API access_token; stable_token (token.getStable) is preferred (获取接口调用凭据)
     * 
     * `GET /cgi-bin/token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/base/api_getaccesstoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_shared_token.TokenGetParams, options?: CallOptions): Promise<T_shared_token.TokenGetResult>;
    /**
     * Get a stable API access_token, isolated from /cgi-bin/token (获取稳定版接口调用凭据)
     * 
     * `POST /cgi-bin/stable_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/base/api_getstableaccesstoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getStable(params: T_shared_token.TokenGetStableParams, options?: CallOptions): Promise<T_shared_token.TokenGetStableResult>;
  };
  updatableMessage: {
    /**
     * Create the activity_id of a shared updatable message (创建activity_id createActivityId)
     * 
     * `GET /cgi-bin/message/wxopen/activityid/create` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/updatable-message/api_createactivityid.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createActivityId(params?: T_miniprogram_updatableMessage.MpUpdatableMessageCreateActivityIdParams, options?: CallOptions): Promise<T_miniprogram_updatableMessage.MpUpdatableMessageCreateActivityIdResult>;
    /**
     * Modify a shared updatable message (修改动态消息 setUpdatableMsg)
     * 
     * `POST /cgi-bin/message/wxopen/updatablemsg/send` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/updatable-message/api_setupdatablemsg.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setUpdatableMsg(params: T_miniprogram_updatableMessage.MpUpdatableMessageSetUpdatableMsgParams, options?: CallOptions): Promise<T_miniprogram_updatableMessage.MpUpdatableMessageSetUpdatableMsgResult>;
  };
  urlLink: {
    /**
     * Generate an encrypted URL Link that opens the Mini Program (获取加密URLLink generateUrlLink)
     * 
     * `POST /wxa/generate_urllink` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/url-link/api_generateurllink.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    generate(params?: T_miniprogram_urlLink.MpUrlLinkGenerateParams, options?: CallOptions): Promise<T_miniprogram_urlLink.MpUrlLinkGenerateResult>;
    /**
     * Query an encrypted URL Link, or the day's remaining visits (查询加密URLLink queryUrlLink)
     * 
     * `POST /wxa/query_urllink` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/url-link/api_queryurllink.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    query(params?: T_miniprogram_urlLink.MpUrlLinkQueryParams, options?: CallOptions): Promise<T_miniprogram_urlLink.MpUrlLinkQueryResult>;
  };
  urlScheme: {
    /**
     * Generate an encrypted URL Scheme that opens the Mini Program (获取加密scheme码 generateScheme)
     * 
     * `POST /wxa/generatescheme` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/url-scheme/api_generatescheme.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    generate(params?: T_miniprogram_urlScheme.MpUrlSchemeGenerateParams, options?: CallOptions): Promise<T_miniprogram_urlScheme.MpUrlSchemeGenerateResult>;
    /**
     * Generate a Mini Program scheme for an NFC tag (获取NFC的小程序scheme generateNFCScheme)
     * 
     * `POST /wxa/generatenfcscheme` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/url-scheme/api_generatenfcscheme.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    generateNfc(params: T_miniprogram_urlScheme.MpUrlSchemeGenerateNfcParams, options?: CallOptions): Promise<T_miniprogram_urlScheme.MpUrlSchemeGenerateNfcResult>;
    /**
     * Query an encrypted or plain URL Scheme, or the day's remaining visits (查询scheme码 queryScheme)
     * 
     * `POST /wxa/queryscheme` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/url-scheme/api_queryscheme.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    query(params?: T_miniprogram_urlScheme.MpUrlSchemeQueryParams, options?: CallOptions): Promise<T_miniprogram_urlScheme.MpUrlSchemeQueryResult>;
  };
  userOrder: {
    /**
     * Submit the shopping-order integration for review (提交购物订单接入审核 confirmProductPermission)
     * 
     * `POST /user-order/orders-permission/confirm` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/shopping-orders/confirmProductPermission.html
     * @deprecated WeChat no longer maintains the shopping-order feature (购物订单: 该功能已停止维护)
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    confirmPermission(params?: T_open_userOrder.OpenUserOrderConfirmPermissionParams, options?: CallOptions): Promise<T_open_userOrder.OpenUserOrderConfirmPermissionResult>;
    /**
     * Open the shopping-order product permission (开通购物订单产品权限 openShoppingOrderProductPermission)
     * 
     * `POST /user-order/orders-permission/open` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/shopping-orders/openShoppingOrderProductPermission.html
     * @deprecated WeChat no longer maintains the shopping-order feature (购物订单: 该功能已停止维护)
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    openPermission(params?: T_open_userOrder.OpenUserOrderOpenPermissionParams, options?: CallOptions): Promise<T_open_userOrder.OpenUserOrderOpenPermissionResult>;
  };
  weData: {
    /**
     * Get the merchant's WeData permission sets (获取商家We分析权限集列表 weDataGetPermList)
     * 
     * `POST /wedata/wedata_get_perm_list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/we-analysis/api_wedatagetpermlist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPermList(params?: T_open_weData.OpenWeDataGetPermListParams, options?: CallOptions): Promise<T_open_weData.OpenWeDataGetPermListResult>;
    /**
     * Get a WeData PC login link for a user (用户PC端登录 wedata_login)
     * 
     * `POST /wedata/wedata_login` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/we-analysis/api_wedata_login.html
     * @see https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/miniprogram-management/we-analysis/wedata_login.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    login(params: T_open_weData.OpenWeDataLoginParams, options?: CallOptions): Promise<T_open_weData.OpenWeDataLoginResult>;
    /**
     * List the users and their WeChat bindings (查询用户绑定列表 weDataQueryBindList)
     * 
     * `POST /wedata/wedata_query_bind_list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/we-analysis/api_wedataquerybindlist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryBindList(params?: T_open_weData.OpenWeDataQueryBindListParams, options?: CallOptions): Promise<T_open_weData.OpenWeDataQueryBindListResult>;
    /**
     * Set a user's WeData permission sets, all at once (设置用户We分析权限集 weDataSetUserPerm)
     * 
     * `POST /wedata/wedata_set_user_perm` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/we-analysis/api_wedatasetuserperm
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setUserPerm(params: T_open_weData.OpenWeDataSetUserPermParams, options?: CallOptions): Promise<T_open_weData.OpenWeDataSetUserPermResult>;
    /**
     * Unbind a user from their WeChat account (用户解绑 weDataUnbindUser)
     * 
     * `POST /wedata/wedata_unbind_user` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/we-analysis/api_wedataunbinduser.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unbindUser(params: T_open_weData.OpenWeDataUnbindUserParams, options?: CallOptions): Promise<T_open_weData.OpenWeDataUnbindUserResult>;
  };
  wmpf: {
    /**
     * Register device ids for the Mini Program hardware framework (注册设备ID addDevice)
     * 
     * `POST /wxa/business/runtime/adddevice` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Miniprogram_Frame/api/backend/addDevice
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addDevice(params: T_open_wmpf.OpenWmpfAddDeviceParams, options?: CallOptions): Promise<T_open_wmpf.OpenWmpfAddDeviceResult>;
    /**
     * Push a message to WMPF (向WMPF推送消息 pushAppMsg)
     * 
     * `POST /wxa/business/runtime/pushappmsg` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Miniprogram_Frame/api/backend/pushAppMsg
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    pushAppMsg(params: T_open_wmpf.OpenWmpfPushAppMsgParams, options?: CallOptions): Promise<T_open_wmpf.OpenWmpfPushAppMsgResult>;
  };
  wxVerify: {
    /**
     * Check a name against the WeChat-verification naming rules (小程序名称检测 checkNickName)
     * 
     * `POST /cgi-bin/wxverify/checkwxverifynickname` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_checknickname
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    checkNickName(params: T_open_wxVerify.OpenWxVerifyCheckNickNameParams, options?: CallOptions): Promise<T_open_wxVerify.OpenWxVerifyCheckNickNameResult>;
  };
  wxaAuth: {
    /**
     * Get the identity options for a personal Mini Program's verification (查询个人认证身份选项列表 secwxaapi_authidentitytree)
     * 
     * `GET /wxa/sec/authidentitytree` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/weapp-wxverify/api_secwxaapi_authidentitytree
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getIdentityTree(params?: T_open_wxaAuth.OpenWxaAuthGetIdentityTreeParams, options?: CallOptions): Promise<T_open_wxaAuth.OpenWxaAuthGetIdentityTreeResult>;
    /**
     * Query the progress of a Mini Program verification task (小程序认证进度查询 secwxaapi_queryauth)
     * 
     * `POST /wxa/sec/queryauth` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/weapp-wxverify/api_secwxaapi_queryauth
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryTask(params: T_open_wxaAuth.OpenWxaAuthQueryTaskParams, options?: CallOptions): Promise<T_open_wxaAuth.OpenWxaAuthQueryTaskResult>;
    /**
     * Resubmit the Mini Program verification after it was sent back (小程序认证重新提审 secwxaapi_reauth)
     * 
     * `POST /wxa/sec/reauth` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/weapp-wxverify/api_secwxaapi_reauth.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    resubmit(params: T_open_wxaAuth.OpenWxaAuthResubmitParams, options?: CallOptions): Promise<T_open_wxaAuth.OpenWxaAuthResubmitResult>;
    /**
     * Apply for the Mini Program's WeChat verification (小程序认证 secwxaapi_wxaauth)
     * 
     * `POST /wxa/sec/wxaauth` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/weapp-wxverify/api_secwxaapi_wxaauth
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    submit(params: T_open_wxaAuth.OpenWxaAuthSubmitParams, options?: CallOptions): Promise<T_open_wxaAuth.OpenWxaAuthSubmitResult>;
    /**
     * Upload a supplementary material image for the Mini Program verification (小程序认证上传补充材料 secwxaapi_uploadauthmaterial)
     * 
     * `POST /wxa/sec/uploadauthmaterial` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/weapp-wxverify/api_secwxaapi_uploadauthmaterial.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadMaterial(params: T_open_wxaAuth.OpenWxaAuthUploadMaterialParams, options?: CallOptions): Promise<T_open_wxaAuth.OpenWxaAuthUploadMaterialResult>;
  };
  wxacode: {
    /**
     * Get a Mini Program QR code image, for a limited number of codes (获取小程序二维码 createQRCode)
     * 
     * `POST /cgi-bin/wxaapp/createwxaqrcode` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_createqrcode.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createQRCode(params: T_miniprogram_wxacode.MpWxacodeCreateQRCodeParams, options?: CallOptions): Promise<WechatFile>;
    /**
     * Get a Mini Program code image, for a limited number of codes (获取小程序码 getQRCode)
     * 
     * `POST /wxa/getwxacode` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getqrcode.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_miniprogram_wxacode.MpWxacodeGetParams, options?: CallOptions): Promise<WechatFile>;
    /**
     * Get an unlimited-quantity Mini Program code image (获取不限制的小程序码 getUnlimitedQRCode)
     * 
     * `POST /wxa/getwxacodeunlimit` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getunlimitedqrcode.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUnlimited(params: T_miniprogram_wxacode.MpWxacodeGetUnlimitedParams, options?: CallOptions): Promise<WechatFile>;
  };
}
