// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../../src/http/types.js';
import type * as T_oa_basic from '../types/oa/basic.js';
import type * as T_oa_menu from '../types/oa/menu.js';
import type * as T_oa_message from '../types/oa/message.js';
import type * as T_oa_oauth from '../types/oa/oauth.js';
import type * as T_oa_qrcode from '../types/oa/qrcode.js';
import type * as T_oa_tags from '../types/oa/tags.js';
import type * as T_oa_ticket from '../types/oa/ticket.js';
import type * as T_oa_user from '../types/oa/user.js';
import type * as T_shared_media from '../types/shared/media.js';
import type * as T_shared_message from '../types/shared/message.js';
import type * as T_shared_quota from '../types/shared/quota.js';
import type * as T_shared_token from '../types/shared/token.js';
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
    checkCallback(params: T_oa_basic.BasicCheckCallbackParams, options?: CallOptions): Promise<T_oa_basic.BasicCheckCallbackResult>;
    /**
     * List the IPs behind api.weixin.qq.com (获取微信API服务器IP)
     * 
     * `GET /cgi-bin/get_api_domain_ip` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/base/api_getapidomainip.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getApiDomainIp(params?: T_oa_basic.BasicGetApiDomainIpParams, options?: CallOptions): Promise<T_oa_basic.BasicGetApiDomainIpResult>;
    /**
     * List the IPs WeChat pushes callbacks from (获取微信推送服务器IP)
     * 
     * `GET /cgi-bin/getcallbackip` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/base/api_getcallbackip.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCallbackIp(params?: T_oa_basic.BasicGetCallbackIpParams, options?: CallOptions): Promise<T_oa_basic.BasicGetCallbackIpResult>;
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
  menu: {
    /**
     * Create a conditional (personalised) menu for matching users (创建个性化菜单)
     * 
     * `POST /cgi-bin/menu/addconditional` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_addconditionalmenu
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addConditional(params: T_oa_menu.MenuAddConditionalParams, options?: CallOptions): Promise<T_oa_menu.MenuAddConditionalResult>;
    /**
     * Create the default custom menu (创建自定义菜单)
     * 
     * `POST /cgi-bin/menu/create` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_createcustommenu
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    create(params: T_oa_menu.MenuCreateParams, options?: CallOptions): Promise<T_oa_menu.MenuCreateResult>;
    /**
     * Delete the custom menu, including every conditional menu (删除自定义菜单)
     * 
     * `GET /cgi-bin/menu/delete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_deletemenu
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params?: T_oa_menu.MenuDeleteParams, options?: CallOptions): Promise<T_oa_menu.MenuDeleteResult>;
    /**
     * Delete one conditional menu (删除个性化菜单)
     * 
     * `POST /cgi-bin/menu/delconditional` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_deleteconditionalmenu
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteConditional(params: T_oa_menu.MenuDeleteConditionalParams, options?: CallOptions): Promise<T_oa_menu.MenuDeleteConditionalResult>;
    /**
     * Get the menu set through the API, with its conditional menus (获取自定义菜单配置)
     * 
     * `GET /cgi-bin/menu/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_getmenu
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params?: T_oa_menu.MenuGetParams, options?: CallOptions): Promise<T_oa_menu.MenuGetResult>;
    /**
     * Get the menu currently in use, however it was set (查询自定义菜单信息)
     * 
     * `GET /cgi-bin/get_current_selfmenu_info` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_getcurrentselfmenuinfo
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCurrentSelfMenuInfo(params?: T_oa_menu.MenuGetCurrentSelfMenuInfoParams, options?: CallOptions): Promise<T_oa_menu.MenuGetCurrentSelfMenuInfoResult>;
    /**
     * Show which menu a given user would see (测试个性化菜单匹配结果)
     * 
     * `POST /cgi-bin/menu/trymatch` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/custommenu/api_trymatchmenu
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    tryMatch(params: T_oa_menu.MenuTryMatchParams, options?: CallOptions): Promise<T_oa_menu.MenuTryMatchResult>;
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
      send(params: T_shared_message.MessageCustomSendParams, options?: CallOptions): Promise<T_shared_message.MessageCustomSendResult>;
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
      send(params: T_oa_message.MessageTemplateSendParams, options?: CallOptions): Promise<T_oa_message.MessageTemplateSendResult>;
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
    checkAccessToken(params: T_oa_oauth.OauthCheckAccessTokenParams, options?: CallOptions): Promise<T_oa_oauth.OauthCheckAccessTokenResult>;
    /**
     * Exchange a web-authorization code for the user's OAuth access_token (通过code换取网页授权access_token)
     * 
     * `GET /sns/oauth2/access_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/Wechat_webpage_authorization.html#1
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAccessToken(params: T_oa_oauth.OauthGetAccessTokenParams, options?: CallOptions): Promise<T_oa_oauth.OauthGetAccessTokenResult>;
    /**
     * Get the authorized user's profile (needs scope snsapi_userinfo) (获取授权用户信息)
     * 
     * `GET /sns/userinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/webdev/access/api_snsuserinfo.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserInfo(params: T_oa_oauth.OauthGetUserInfoParams, options?: CallOptions): Promise<T_oa_oauth.OauthGetUserInfoResult>;
    /**
     * Refresh the user's OAuth access_token with the refresh_token (valid 30 days) (刷新用户授权凭证)
     * 
     * `GET /sns/oauth2/refresh_token` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/webdev/access/api_snsrefreshtoken.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    refreshAccessToken(params: T_oa_oauth.OauthRefreshAccessTokenParams, options?: CallOptions): Promise<T_oa_oauth.OauthRefreshAccessTokenResult>;
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
    create(params: T_oa_qrcode.QrcodeCreateParams, options?: CallOptions): Promise<T_oa_qrcode.QrcodeCreateResult>;
    /**
     * Download the QR code image for a ticket, no login needed (通过ticket换取二维码)
     * 
     * `GET /cgi-bin/showqrcode` on mp.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/Account_Management/Generating_a_Parametric_QR_Code.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    show(params: T_oa_qrcode.QrcodeShowParams, options?: CallOptions): Promise<WechatFile>;
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
    clear(params: T_shared_quota.QuotaClearParams, options?: CallOptions): Promise<T_shared_quota.QuotaClearResult>;
    /**
     * Reset the daily API call quota using the AppSecret, no access_token needed (使用AppSecret重置API调用次数)
     * 
     * `POST /cgi-bin/clear_quota/v2` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/apimanage/api_clearquotabyappsecret.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    clearByAppSecret(params: T_shared_quota.QuotaClearByAppSecretParams, options?: CallOptions): Promise<T_shared_quota.QuotaClearByAppSecretResult>;
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
    create(params: T_oa_tags.TagsCreateParams, options?: CallOptions): Promise<T_oa_tags.TagsCreateResult>;
    /**
     * Delete a tag (删除标签)
     * 
     * `POST /cgi-bin/tags/delete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_deletetag
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params?: T_oa_tags.TagsDeleteParams, options?: CallOptions): Promise<T_oa_tags.TagsDeleteResult>;
    /**
     * List the tags created on the account (获取标签)
     * 
     * `GET /cgi-bin/tags/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_gettags
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params?: T_oa_tags.TagsGetParams, options?: CallOptions): Promise<T_oa_tags.TagsGetResult>;
    /**
     * List the tag ids on one follower (获取用户的标签列表)
     * 
     * `POST /cgi-bin/tags/getidlist` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_gettagidlist
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getIdList(params: T_oa_tags.TagsGetIdListParams, options?: CallOptions): Promise<T_oa_tags.TagsGetIdListResult>;
    members: {
      /**
       * Blacklist several users, at most 20 per call (拉黑用户)
       * 
       * `POST /cgi-bin/tags/members/batchblacklist` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_batchblacklist
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchBlacklist(params: T_oa_tags.TagsMembersBatchBlacklistParams, options?: CallOptions): Promise<T_oa_tags.TagsMembersBatchBlacklistResult>;
      /**
       * Put a tag on several followers (批量为用户打标签)
       * 
       * `POST /cgi-bin/tags/members/batchtagging` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_batchtagging
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchTag(params: T_oa_tags.TagsMembersBatchTagParams, options?: CallOptions): Promise<T_oa_tags.TagsMembersBatchTagResult>;
      /**
       * Remove several users from the blacklist, at most 20 per call (取消拉黑用户)
       * 
       * `POST /cgi-bin/tags/members/batchunblacklist` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_batchunblacklist
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchUnblacklist(params: T_oa_tags.TagsMembersBatchUnblacklistParams, options?: CallOptions): Promise<T_oa_tags.TagsMembersBatchUnblacklistResult>;
      /**
       * Remove a tag from several followers (批量为用户取消标签)
       * 
       * `POST /cgi-bin/tags/members/batchuntagging` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_batchuntagging
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchUntag(params: T_oa_tags.TagsMembersBatchUntagParams, options?: CallOptions): Promise<T_oa_tags.TagsMembersBatchUntagResult>;
      /**
       * List the account's blacklisted users (获取公众号的黑名单列表)
       * 
       * `POST /cgi-bin/tags/members/getblacklist` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_getblacklist
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getBlacklist(params?: T_oa_tags.TagsMembersGetBlacklistParams, options?: CallOptions): Promise<T_oa_tags.TagsMembersGetBlacklistResult>;
    };
    /**
     * Rename a tag (编辑标签)
     * 
     * `POST /cgi-bin/tags/update` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_updatetag
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    update(params: T_oa_tags.TagsUpdateParams, options?: CallOptions): Promise<T_oa_tags.TagsUpdateResult>;
    /**
     * List the followers carrying a tag (获取标签下粉丝列表)
     * 
     * `POST /cgi-bin/user/tag/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/tag/api_gettagfans
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    users(params?: T_oa_tags.TagsUsersParams, options?: CallOptions): Promise<T_oa_tags.TagsUsersResult>;
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
    get(params: T_oa_ticket.TicketGetParams, options?: CallOptions): Promise<T_oa_ticket.TicketGetResult>;
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
  user: {
    /**
     * Get basic information of up to 100 followers at once (批量获取用户基本信息)
     * 
     * `POST /cgi-bin/user/info/batchget` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_batchuserinfo
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchGetInfo(params: T_oa_user.UserBatchGetInfoParams, options?: CallOptions): Promise<T_oa_user.UserBatchGetInfoResult>;
    /**
     * Get a user's basic information (获取用户基本信息)
     * 
     * `GET /cgi-bin/user/info` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_userinfo
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    info(params: T_oa_user.UserInfoParams, options?: CallOptions): Promise<T_oa_user.UserInfoResult>;
    /**
     * List the account's followers, 10000 OpenIDs per call (获取关注用户列表)
     * 
     * `GET /cgi-bin/user/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_getfans
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    list(params?: T_oa_user.UserListParams, options?: CallOptions): Promise<T_oa_user.UserListResult>;
  };
}
