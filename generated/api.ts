// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../src/http/types.js';
import type * as T_miniprogram from './types/miniprogram.js';
import type * as T_oa from './types/oa.js';
import type * as T_open from './types/open.js';
import type * as T_shared from './types/shared.js';
import type * as T_work from './types/work.js';
import type * as T_work_suite from './types/work-suite.js';
/** Every described endpoint the OfficialAccount client can call, as `client.api.<area>.<method>(params)`. */
export interface OfficialAccountApi {
  basic: {
    /**
     * Resolve and ping the account's callback URL from WeChat's side (网络通信检测)
     * 
     * `POST /cgi-bin/callback/check` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/base/api_callbackcheck.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    checkCallback(params: T_oa.BasicCheckCallbackParams, options?: CallOptions): Promise<T_oa.BasicCheckCallbackResult>;
    /**
     * List the IPs behind api.weixin.qq.com (获取微信API服务器IP)
     * 
     * `GET /cgi-bin/get_api_domain_ip` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/base/api_getapidomainip.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getApiDomainIp(params?: T_oa.BasicGetApiDomainIpParams, options?: CallOptions): Promise<T_oa.BasicGetApiDomainIpResult>;
    /**
     * List the IPs WeChat pushes callbacks from (获取微信推送服务器IP)
     * 
     * `GET /cgi-bin/getcallbackip` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/base/api_getcallbackip.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCallbackIp(params?: T_oa.BasicGetCallbackIpParams, options?: CallOptions): Promise<T_oa.BasicGetCallbackIpResult>;
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
    get(params: T_shared.MediaGetParams, options?: CallOptions): Promise<WechatFile | T_shared.MediaGetResult>;
    /**
     * Upload a temporary media file, kept for 3 days (新增临时素材)
     * 
     * `POST /cgi-bin/media/upload` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/material/temporary/api_uploadtempmedia.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    upload(params: T_shared.MediaUploadParams, options?: CallOptions): Promise<T_shared.MediaUploadResult>;
  };
  menu: {
    /**
     * Create a conditional (personalised) menu for matching users (创建个性化菜单)
     * 
     * `POST /cgi-bin/menu/addconditional` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_addconditionalmenu
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addConditional(params: T_oa.MenuAddConditionalParams, options?: CallOptions): Promise<T_oa.MenuAddConditionalResult>;
    /**
     * Create the default custom menu (创建自定义菜单)
     * 
     * `POST /cgi-bin/menu/create` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_createcustommenu
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    create(params: T_oa.MenuCreateParams, options?: CallOptions): Promise<T_oa.MenuCreateResult>;
    /**
     * Delete the custom menu, including every conditional menu (删除自定义菜单)
     * 
     * `GET /cgi-bin/menu/delete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_deletemenu
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params?: T_oa.MenuDeleteParams, options?: CallOptions): Promise<T_oa.MenuDeleteResult>;
    /**
     * Delete one conditional menu (删除个性化菜单)
     * 
     * `POST /cgi-bin/menu/delconditional` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_deleteconditionalmenu
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteConditional(params: T_oa.MenuDeleteConditionalParams, options?: CallOptions): Promise<T_oa.MenuDeleteConditionalResult>;
    /**
     * Get the menu set through the API, with its conditional menus (获取自定义菜单配置)
     * 
     * `GET /cgi-bin/menu/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_getmenu
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params?: T_oa.MenuGetParams, options?: CallOptions): Promise<T_oa.MenuGetResult>;
    /**
     * Get the menu currently in use, however it was set (查询自定义菜单信息)
     * 
     * `GET /cgi-bin/get_current_selfmenu_info` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_getcurrentselfmenuinfo
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCurrentSelfMenuInfo(params?: T_oa.MenuGetCurrentSelfMenuInfoParams, options?: CallOptions): Promise<T_oa.MenuGetCurrentSelfMenuInfoResult>;
    /**
     * Show which menu a given user would see (测试个性化菜单匹配结果)
     * 
     * `POST /cgi-bin/menu/trymatch` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_trymatchmenu
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    tryMatch(params: T_oa.MenuTryMatchParams, options?: CallOptions): Promise<T_oa.MenuTryMatchResult>;
  };
  message: {
    custom: {
      /**
       * Send a customer-service message to a user who recently interacted (发送客服消息)
       * 
       * `POST /cgi-bin/message/custom/send` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/customer/message/api_sendcustommessage.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      send(params: T_shared.MessageCustomSendParams, options?: CallOptions): Promise<T_shared.MessageCustomSendResult>;
    };
    template: {
      /**
       * Send a template message to a follower (发送模板消息)
       * 
       * `POST /cgi-bin/message/template/send` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/notify/template/api_sendtemplatemessage
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      send(params: T_oa.MessageTemplateSendParams, options?: CallOptions): Promise<T_oa.MessageTemplateSendResult>;
    };
  };
  oauth: {
    /**
     * Check whether a user's OAuth access_token is still valid (检验用户授权凭证)
     * 
     * `GET /sns/auth` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/webdev/access/api_snsauth.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    checkAccessToken(params: T_oa.OauthCheckAccessTokenParams, options?: CallOptions): Promise<T_oa.OauthCheckAccessTokenResult>;
    /**
     * Exchange a web-authorization code for the user's OAuth access_token (通过code换取网页授权access_token)
     * 
     * `GET /sns/oauth2/access_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/Wechat_webpage_authorization.html#1
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAccessToken(params: T_oa.OauthGetAccessTokenParams, options?: CallOptions): Promise<T_oa.OauthGetAccessTokenResult>;
    /**
     * Get the authorized user's profile (needs scope snsapi_userinfo) (获取授权用户信息)
     * 
     * `GET /sns/userinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/webdev/access/api_snsuserinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserInfo(params: T_oa.OauthGetUserInfoParams, options?: CallOptions): Promise<T_oa.OauthGetUserInfoResult>;
    /**
     * Refresh the user's OAuth access_token with the refresh_token (valid 30 days) (刷新用户授权凭证)
     * 
     * `GET /sns/oauth2/refresh_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/webdev/access/api_snsrefreshtoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    refreshAccessToken(params: T_oa.OauthRefreshAccessTokenParams, options?: CallOptions): Promise<T_oa.OauthRefreshAccessTokenResult>;
  };
  qrcode: {
    /**
     * Create a temporary or permanent parametric QR code ticket (生成带参数的二维码)
     * 
     * `POST /cgi-bin/qrcode/create` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/Account_Management/Generating_a_Parametric_QR_Code.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    create(params: T_oa.QrcodeCreateParams, options?: CallOptions): Promise<T_oa.QrcodeCreateResult>;
    /**
     * Download the QR code image for a ticket, no login needed (通过ticket换取二维码)
     * 
     * `GET /cgi-bin/showqrcode` on mp.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/Account_Management/Generating_a_Parametric_QR_Code.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    show(params: T_oa.QrcodeShowParams, options?: CallOptions): Promise<WechatFile>;
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
    clear(params: T_shared.QuotaClearParams, options?: CallOptions): Promise<T_shared.QuotaClearResult>;
    /**
     * Reset the daily API call quota using the AppSecret, no access_token needed (使用AppSecret重置API调用次数)
     * 
     * `POST /cgi-bin/clear_quota/v2` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/apimanage/api_clearquotabyappsecret.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    clearByAppSecret(params: T_shared.QuotaClearByAppSecretParams, options?: CallOptions): Promise<T_shared.QuotaClearByAppSecretResult>;
  };
  tags: {
    /**
     * Create a user tag, at most 100 per account (创建标签)
     * 
     * `POST /cgi-bin/tags/create` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_createtag
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    create(params: T_oa.TagsCreateParams, options?: CallOptions): Promise<T_oa.TagsCreateResult>;
    /**
     * Delete a tag (删除标签)
     * 
     * `POST /cgi-bin/tags/delete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_deletetag
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params?: T_oa.TagsDeleteParams, options?: CallOptions): Promise<T_oa.TagsDeleteResult>;
    /**
     * List the tags created on the account (获取标签)
     * 
     * `GET /cgi-bin/tags/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_gettags
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params?: T_oa.TagsGetParams, options?: CallOptions): Promise<T_oa.TagsGetResult>;
    /**
     * List the tag ids on one follower (获取用户的标签列表)
     * 
     * `POST /cgi-bin/tags/getidlist` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_gettagidlist
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getIdList(params: T_oa.TagsGetIdListParams, options?: CallOptions): Promise<T_oa.TagsGetIdListResult>;
    members: {
      /**
       * Blacklist several users, at most 20 per call (拉黑用户)
       * 
       * `POST /cgi-bin/tags/members/batchblacklist` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_batchblacklist
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchBlacklist(params: T_oa.TagsMembersBatchBlacklistParams, options?: CallOptions): Promise<T_oa.TagsMembersBatchBlacklistResult>;
      /**
       * Put a tag on several followers (批量为用户打标签)
       * 
       * `POST /cgi-bin/tags/members/batchtagging` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_batchtagging
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchTag(params: T_oa.TagsMembersBatchTagParams, options?: CallOptions): Promise<T_oa.TagsMembersBatchTagResult>;
      /**
       * Remove several users from the blacklist, at most 20 per call (取消拉黑用户)
       * 
       * `POST /cgi-bin/tags/members/batchunblacklist` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_batchunblacklist
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchUnblacklist(params: T_oa.TagsMembersBatchUnblacklistParams, options?: CallOptions): Promise<T_oa.TagsMembersBatchUnblacklistResult>;
      /**
       * Remove a tag from several followers (批量为用户取消标签)
       * 
       * `POST /cgi-bin/tags/members/batchuntagging` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_batchuntagging
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchUntag(params: T_oa.TagsMembersBatchUntagParams, options?: CallOptions): Promise<T_oa.TagsMembersBatchUntagResult>;
      /**
       * List the account's blacklisted users (获取公众号的黑名单列表)
       * 
       * `POST /cgi-bin/tags/members/getblacklist` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_getblacklist
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getBlacklist(params?: T_oa.TagsMembersGetBlacklistParams, options?: CallOptions): Promise<T_oa.TagsMembersGetBlacklistResult>;
    };
    /**
     * Rename a tag (编辑标签)
     * 
     * `POST /cgi-bin/tags/update` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_updatetag
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    update(params: T_oa.TagsUpdateParams, options?: CallOptions): Promise<T_oa.TagsUpdateResult>;
    /**
     * List the followers carrying a tag (获取标签下粉丝列表)
     * 
     * `POST /cgi-bin/user/tag/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_gettagfans
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    users(params?: T_oa.TagsUsersParams, options?: CallOptions): Promise<T_oa.TagsUsersResult>;
  };
  ticket: {
    /**
     * Get a JS-SDK (jsapi) or card (wx_card) api_ticket, valid 7200 s (获取sdk临时票据)
     * 
     * `GET /cgi-bin/ticket/getticket` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/webdev/jssdk/api_getticket.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_oa.TicketGetParams, options?: CallOptions): Promise<T_oa.TicketGetResult>;
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
    get(params: T_shared.TokenGetParams, options?: CallOptions): Promise<T_shared.TokenGetResult>;
    /**
     * Get a stable API access_token, isolated from /cgi-bin/token (获取稳定版接口调用凭据)
     * 
     * `POST /cgi-bin/stable_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/base/api_getstableaccesstoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getStable(params: T_shared.TokenGetStableParams, options?: CallOptions): Promise<T_shared.TokenGetStableResult>;
  };
  user: {
    /**
     * Get basic information of up to 100 followers at once (批量获取用户基本信息)
     * 
     * `POST /cgi-bin/user/info/batchget` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_batchuserinfo
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchGetInfo(params: T_oa.UserBatchGetInfoParams, options?: CallOptions): Promise<T_oa.UserBatchGetInfoResult>;
    /**
     * Get a user's basic information (获取用户基本信息)
     * 
     * `GET /cgi-bin/user/info` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_userinfo
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    info(params: T_oa.UserInfoParams, options?: CallOptions): Promise<T_oa.UserInfoResult>;
    /**
     * List the account's followers, 10000 OpenIDs per call (获取关注用户列表)
     * 
     * `GET /cgi-bin/user/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_getfans
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    list(params?: T_oa.UserListParams, options?: CallOptions): Promise<T_oa.UserListResult>;
  };
}

/** Every described endpoint the MiniProgram client can call, as `client.api.<area>.<method>(params)`. */
export interface MiniProgramApi {
  auth: {
    /**
     * Exchange a wx.login code for the user's session (小程序登录凭证校验 code2Session)
     * 
     * `GET /sns/jscode2session` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/user-login/api_code2session.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    code2Session(params: T_miniprogram.MpAuthCode2SessionParams, options?: CallOptions): Promise<T_miniprogram.MpAuthCode2SessionResult>;
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
    get(params: T_shared.MediaGetParams, options?: CallOptions): Promise<WechatFile | T_shared.MediaGetResult>;
    /**
     * Upload a temporary media file, kept for 3 days (新增临时素材)
     * 
     * `POST /cgi-bin/media/upload` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/material/temporary/api_uploadtempmedia.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    upload(params: T_shared.MediaUploadParams, options?: CallOptions): Promise<T_shared.MediaUploadResult>;
  };
  message: {
    custom: {
      /**
       * Send a customer-service message to a user who recently interacted (发送客服消息)
       * 
       * `POST /cgi-bin/message/custom/send` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/customer/message/api_sendcustommessage.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      send(params: T_shared.MessageCustomSendParams, options?: CallOptions): Promise<T_shared.MessageCustomSendResult>;
    };
    subscribe: {
      /**
       * Send a subscribe message to a user (发送订阅消息 sendMessage)
       * 
       * `POST /cgi-bin/message/subscribe/send` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/mp-message-management/subscribe-message/api_sendmessage.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      send(params: T_miniprogram.MpMessageSubscribeSendParams, options?: CallOptions): Promise<T_miniprogram.MpMessageSubscribeSendResult>;
    };
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
    getNumber(params: T_miniprogram.MpPhoneGetNumberParams, options?: CallOptions): Promise<T_miniprogram.MpPhoneGetNumberResult>;
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
    clear(params: T_shared.QuotaClearParams, options?: CallOptions): Promise<T_shared.QuotaClearResult>;
    /**
     * Reset the daily API call quota using the AppSecret, no access_token needed (使用AppSecret重置API调用次数)
     * 
     * `POST /cgi-bin/clear_quota/v2` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/apimanage/api_clearquotabyappsecret.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    clearByAppSecret(params: T_shared.QuotaClearByAppSecretParams, options?: CallOptions): Promise<T_shared.QuotaClearByAppSecretResult>;
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
    get(params: T_shared.TokenGetParams, options?: CallOptions): Promise<T_shared.TokenGetResult>;
    /**
     * Get a stable API access_token, isolated from /cgi-bin/token (获取稳定版接口调用凭据)
     * 
     * `POST /cgi-bin/stable_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/base/api_getstableaccesstoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getStable(params: T_shared.TokenGetStableParams, options?: CallOptions): Promise<T_shared.TokenGetStableResult>;
  };
  wxacode: {
    /**
     * Get an unlimited-quantity Mini Program code image (获取不限制的小程序码 getUnlimitedQRCode)
     * 
     * `POST /wxa/getwxacodeunlimit` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getunlimitedqrcode.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUnlimited(params: T_miniprogram.MpWxacodeGetUnlimitedParams, options?: CallOptions): Promise<WechatFile>;
  };
}

/** Every described endpoint the OpenPlatform client can call, as `client.api.<area>.<method>(params)`. */
export interface OpenPlatformApi {
  component: {
    /**
     * Log in a user of an authorized Mini Program on its behalf (小程序登录 thirdpartyCode2Session)
     * 
     * `GET /sns/component/jscode2session` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/login/api_thirdpartycode2session.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    code2Session(params: T_open.OpenComponentCode2SessionParams, options?: CallOptions): Promise<T_open.OpenComponentCode2SessionResult>;
    /**
     * Create a pre-authorization code for the authorization page (获取预授权码 getPreAuthCode)
     * 
     * `POST /cgi-bin/component/api_create_preauthcode` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_getpreauthcode.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createPreAuthCode(params: T_open.OpenComponentCreatePreAuthCodeParams, options?: CallOptions): Promise<T_open.OpenComponentCreatePreAuthCodeResult>;
    /**
     * Get an authorized account's profile and granted permissions (获取授权账号详情 getAuthorizerInfo)
     * 
     * `POST /cgi-bin/component/api_get_authorizer_info` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/authorization-management/api_getauthorizerinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthorizerInfo(params: T_open.OpenComponentGetAuthorizerInfoParams, options?: CallOptions): Promise<T_open.OpenComponentGetAuthorizerInfoResult>;
    /**
     * List the accounts authorized to the platform (拉取已授权的账号信息 getAuthorizerList)
     * 
     * `POST /cgi-bin/component/api_get_authorizer_list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/authorization-management/api_getauthorizerlist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthorizerList(params: T_open.OpenComponentGetAuthorizerListParams, options?: CallOptions): Promise<T_open.OpenComponentGetAuthorizerListResult>;
    /**
     * Get an authorizer's option setting (获取授权方选项信息)
     * 
     * `POST /cgi-bin/component/api_get_authorizer_option` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/ThirdParty/Account_Authorization/api_get_authorizer_option.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthorizerOption(params: T_open.OpenComponentGetAuthorizerOptionParams, options?: CallOptions): Promise<T_open.OpenComponentGetAuthorizerOptionResult>;
    /**
     * Get or refresh an authorizer's access token (获取授权账号调用令牌 getAuthorizerAccessToken)
     * 
     * `POST /cgi-bin/component/api_authorizer_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_getauthorizeraccesstoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAuthorizerToken(params: T_open.OpenComponentGetAuthorizerTokenParams, options?: CallOptions): Promise<T_open.OpenComponentGetAuthorizerTokenResult>;
    /**
     * Get the platform's component_access_token (获取令牌 getComponentAccessToken)
     * 
     * `POST /cgi-bin/component/api_component_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_getcomponentaccesstoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getToken(params: T_open.OpenComponentGetTokenParams, options?: CallOptions): Promise<T_open.OpenComponentGetTokenResult>;
    /**
     * Exchange an authorization code for the authorizer's tokens and permissions (获取刷新令牌 getAuthorizerRefreshToken)
     * 
     * `POST /cgi-bin/component/api_query_auth` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_getauthorizerrefreshtoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryAuth(params: T_open.OpenComponentQueryAuthParams, options?: CallOptions): Promise<T_open.OpenComponentQueryAuthResult>;
    /**
     * Set an authorizer's option (设置授权方选项信息 setAuthorizerOption)
     * 
     * `POST /cgi-bin/component/api_set_authorizer_option` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/authorization-management/setAuthorizerOption.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setAuthorizerOption(params: T_open.OpenComponentSetAuthorizerOptionParams, options?: CallOptions): Promise<T_open.OpenComponentSetAuthorizerOptionResult>;
    /**
     * Start the component_verify_ticket push service (启动票据推送服务 startPushTicket)
     * 
     * `POST /cgi-bin/component/api_start_push_ticket` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/ticket-token/api_startpushticket.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    startPushTicket(params: T_open.OpenComponentStartPushTicketParams, options?: CallOptions): Promise<T_open.OpenComponentStartPushTicketResult>;
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
    getAccessToken(params: T_open.OpenOauthGetAccessTokenParams, options?: CallOptions): Promise<T_open.OpenOauthGetAccessTokenResult>;
    /**
     * Refresh a user's web-authorization access token on behalf of an Official Account (刷新 access_token)
     * 
     * `GET /sns/oauth2/component/refresh_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Official_Accounts/official_account_website_authorization.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    refreshAccessToken(params: T_open.OpenOauthRefreshAccessTokenParams, options?: CallOptions): Promise<T_open.OpenOauthRefreshAccessTokenResult>;
  };
}

/** Every described endpoint the Work client can call, as `client.api.<area>.<method>(params)`. */
export interface WorkApi {
  agent: {
    /**
     * Get an app's details and visible range (获取应用 - 获取指定的应用详情)
     * 
     * `GET /cgi-bin/agent/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90227
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work.WorkAgentGetParams, options?: CallOptions): Promise<T_work.WorkAgentGetResult>;
    /**
     * Update an app's settings (设置应用)
     * 
     * `POST /cgi-bin/agent/set` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90228
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    set(params: T_work.WorkAgentSetParams, options?: CallOptions): Promise<T_work.WorkAgentSetResult>;
  };
  basic: {
    /**
     * Get the IP ranges behind qyapi.weixin.qq.com, for firewall rules (获取企业微信接口IP段 / 获取企业微信API域名IP段)
     * 
     * `GET /cgi-bin/get_api_domain_ip` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92520
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getApiDomainIp(params?: T_work.WorkBasicGetApiDomainIpParams, options?: CallOptions): Promise<T_work.WorkBasicGetApiDomainIpResult>;
    /**
     * Get the IP ranges WeCom sends callbacks from, for firewall rules (获取企业微信回调IP段)
     * 
     * `GET /cgi-bin/getcallbackip` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98988
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCallbackIp(params?: T_work.WorkBasicGetCallbackIpParams, options?: CallOptions): Promise<T_work.WorkBasicGetCallbackIpResult>;
  };
  jssdk: {
    /**
     * Get the app's jsapi_ticket, which signs wx.agentConfig, valid 7200 s (获取应用的jsapi_ticket)
     * 
     * `GET /cgi-bin/ticket/get?type=agent_config` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90506
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAgentTicket(params?: T_work.WorkJssdkGetAgentTicketParams, options?: CallOptions): Promise<T_work.WorkJssdkGetAgentTicketResult>;
    /**
     * Get the corp's jsapi_ticket, which signs wx.config, valid 7200 s (获取企业的jsapi_ticket)
     * 
     * `GET /cgi-bin/get_jsapi_ticket` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90506
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCorpTicket(params?: T_work.WorkJssdkGetCorpTicketParams, options?: CallOptions): Promise<T_work.WorkJssdkGetCorpTicketResult>;
  };
  media: {
    /**
     * Download a temporary media file (获取临时素材)
     * 
     * `GET /cgi-bin/media/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90254
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work.WorkMediaGetParams, options?: CallOptions): Promise<WechatFile>;
    /**
     * Upload a temporary media file, valid for 3 days (上传临时素材)
     * 
     * `POST /cgi-bin/media/upload` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90253
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    upload(params: T_work.WorkMediaUploadParams, options?: CallOptions): Promise<T_work.WorkMediaUploadResult>;
  };
  menu: {
    /**
     * Create an app's custom menu (创建菜单)
     * 
     * `POST /cgi-bin/menu/create` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90231
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    create(params: T_work.WorkMenuCreateParams, options?: CallOptions): Promise<T_work.WorkMenuCreateResult>;
    /**
     * Delete an app's custom menu (删除菜单)
     * 
     * `GET /cgi-bin/menu/delete` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90233
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_work.WorkMenuDeleteParams, options?: CallOptions): Promise<T_work.WorkMenuDeleteResult>;
    /**
     * Get an app's custom menu (获取菜单)
     * 
     * `GET /cgi-bin/menu/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90232
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work.WorkMenuGetParams, options?: CallOptions): Promise<T_work.WorkMenuGetResult>;
  };
  token: {
    /**
     * Get an app's access_token from the corp ID and the app secret (获取access_token)
     * 
     * `GET /cgi-bin/gettoken` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91039
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work.WorkTokenGetParams, options?: CallOptions): Promise<T_work.WorkTokenGetResult>;
  };
  user: {
    /**
     * Read a member's details (读取成员)
     * 
     * `GET /cgi-bin/user/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90196
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work.WorkUserGetParams, options?: CallOptions): Promise<T_work.WorkUserGetResult>;
  };
}

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
    getToken(params: T_work_suite.WorkSuiteProviderGetTokenParams, options?: CallOptions): Promise<T_work_suite.WorkSuiteProviderGetTokenResult>;
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
    getAuthInfo(params: T_work_suite.WorkSuiteSuiteGetAuthInfoParams, options?: CallOptions): Promise<T_work_suite.WorkSuiteSuiteGetAuthInfoResult>;
    /**
     * Get an authorizing corp's access_token from its permanent code (获取企业凭证)
     * 
     * `POST /cgi-bin/service/get_corp_token` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90605
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCorpToken(params: T_work_suite.WorkSuiteSuiteGetCorpTokenParams, options?: CallOptions): Promise<T_work_suite.WorkSuiteSuiteGetCorpTokenResult>;
    /**
     * Exchange a temporary auth code for the corp's permanent code, auth info and access_token (获取企业永久授权码); a faster v2 at /cgi-bin/service/v2/get_permanent_code returns less
     * 
     * `POST /cgi-bin/service/get_permanent_code` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90603
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPermanentCode(params: T_work_suite.WorkSuiteSuiteGetPermanentCodeParams, options?: CallOptions): Promise<T_work_suite.WorkSuiteSuiteGetPermanentCodeResult>;
    /**
     * Get a pre-auth code for a corp authorization (获取预授权码)
     * 
     * `GET /cgi-bin/service/get_pre_auth_code` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90601
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPreAuthCode(params?: T_work_suite.WorkSuiteSuiteGetPreAuthCodeParams, options?: CallOptions): Promise<T_work_suite.WorkSuiteSuiteGetPreAuthCodeResult>;
    /**
     * Get a third-party app's suite_access_token (获取第三方应用凭证)
     * 
     * `POST /cgi-bin/service/get_suite_token` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90600
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getToken(params: T_work_suite.WorkSuiteSuiteGetTokenParams, options?: CallOptions): Promise<T_work_suite.WorkSuiteSuiteGetTokenResult>;
    /**
     * Configure one authorization session, e.g. test mode for an unpublished app (设置授权配置)
     * 
     * `POST /cgi-bin/service/set_session_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90602
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setSessionInfo(params: T_work_suite.WorkSuiteSuiteSetSessionInfoParams, options?: CallOptions): Promise<T_work_suite.WorkSuiteSuiteSetSessionInfoResult>;
  };
}
