// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../../src/http/types.js';
import type * as T_oa_autoReply from '../types/oa/autoReply.js';
import type * as T_oa_basic from '../types/oa/basic.js';
import type * as T_oa_comment from '../types/oa/comment.js';
import type * as T_oa_customService from '../types/oa/customService.js';
import type * as T_oa_datacube from '../types/oa/datacube.js';
import type * as T_oa_draft from '../types/oa/draft.js';
import type * as T_oa_freePublish from '../types/oa/freePublish.js';
import type * as T_oa_intp from '../types/oa/intp.js';
import type * as T_oa_material from '../types/oa/material.js';
import type * as T_oa_media from '../types/oa/media.js';
import type * as T_oa_menu from '../types/oa/menu.js';
import type * as T_oa_message from '../types/oa/message.js';
import type * as T_oa_oauth from '../types/oa/oauth.js';
import type * as T_oa_qrcode from '../types/oa/qrcode.js';
import type * as T_oa_semantic from '../types/oa/semantic.js';
import type * as T_oa_shortKey from '../types/oa/shortKey.js';
import type * as T_oa_shortUrl from '../types/oa/shortUrl.js';
import type * as T_oa_subscribe from '../types/oa/subscribe.js';
import type * as T_oa_tags from '../types/oa/tags.js';
import type * as T_oa_template from '../types/oa/template.js';
import type * as T_oa_ticket from '../types/oa/ticket.js';
import type * as T_oa_user from '../types/oa/user.js';
import type * as T_oa_voice from '../types/oa/voice.js';
import type * as T_open_accountInfo from '../types/open/accountInfo.js';
import type * as T_open_authorizer from '../types/open/authorizer.js';
import type * as T_open_fastRegister from '../types/open/fastRegister.js';
import type * as T_open_openAccount from '../types/open/openAccount.js';
import type * as T_open_userOrder from '../types/open/userOrder.js';
import type * as T_open_wxaLink from '../types/open/wxaLink.js';
import type * as T_shared_customService from '../types/shared/customService.js';
import type * as T_shared_donut from '../types/shared/donut.js';
import type * as T_shared_media from '../types/shared/media.js';
import type * as T_shared_message from '../types/shared/message.js';
import type * as T_shared_ocr from '../types/shared/ocr.js';
import type * as T_shared_quota from '../types/shared/quota.js';
import type * as T_shared_subscribe from '../types/shared/subscribe.js';
import type * as T_shared_token from '../types/shared/token.js';
/** Every described endpoint the OfficialAccount client can call, as `client.api.<area>.<method>(params)`. */
export interface OfficialAccountApi {
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
  autoReply: {
    /**
     * Get the auto-reply rules set on the Official Accounts Platform (获取自动回复规则)
     * 
     * `GET /cgi-bin/get_current_autoreply_info` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/notify/autoreplies/api_getcurrentautoreplyinfo.html
     * @see https://developers.weixin.qq.com/doc/service/en/Message_Management/Getting_Rules_for_Auto_Replies.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCurrentInfo(params?: T_oa_autoReply.AutoReplyGetCurrentInfoParams, options?: CallOptions): Promise<T_oa_autoReply.AutoReplyGetCurrentInfoResult>;
  };
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
  comment: {
    /**
     * Reply to a comment (回复评论)
     * 
     * `POST /cgi-bin/comment/reply/add` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/en/api/leaving/api_replycomment
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addReply(params: T_oa_comment.CommentAddReplyParams, options?: CallOptions): Promise<T_oa_comment.CommentAddReplyResult>;
    /**
     * Close comments on a mass-sent article (关闭已群发文章评论)
     * 
     * `POST /cgi-bin/comment/close` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/leaving/api_closecomment.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    close(params: T_oa_comment.CommentCloseParams, options?: CallOptions): Promise<T_oa_comment.CommentCloseResult>;
    /**
     * Delete a comment (删除评论)
     * 
     * `POST /cgi-bin/comment/delete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/leaving/api_delcomment.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_oa_comment.CommentDeleteParams, options?: CallOptions): Promise<T_oa_comment.CommentDeleteResult>;
    /**
     * Delete the reply to a comment (删除回复)
     * 
     * `POST /cgi-bin/comment/reply/delete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/leaving/api_delreplycomment.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteReply(params: T_oa_comment.CommentDeleteReplyParams, options?: CallOptions): Promise<T_oa_comment.CommentDeleteReplyResult>;
    /**
     * List the comments on an article (查看指定文章的评论数据)
     * 
     * `POST /cgi-bin/comment/list` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/leaving/api_listcomment.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    list(params: T_oa_comment.CommentListParams, options?: CallOptions): Promise<T_oa_comment.CommentListResult>;
    /**
     * Mark a comment as elected (评论标记精选)
     * 
     * `POST /cgi-bin/comment/markelect` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/en/api/leaving/api_electcomment
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    markElect(params: T_oa_comment.CommentMarkElectParams, options?: CallOptions): Promise<T_oa_comment.CommentMarkElectResult>;
    /**
     * Open comments on a mass-sent article (打开已群发文章评论)
     * 
     * `POST /cgi-bin/comment/open` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/leaving/api_openarticlecomment.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    open(params: T_oa_comment.CommentOpenParams, options?: CallOptions): Promise<T_oa_comment.CommentOpenResult>;
    /**
     * Remove a comment from the elected comments (评论取消精选)
     * 
     * `POST /cgi-bin/comment/unmarkelect` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/leaving/api_unelectcomment.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unmarkElect(params: T_oa_comment.CommentUnmarkElectParams, options?: CallOptions): Promise<T_oa_comment.CommentUnmarkElectResult>;
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
     * Close a customer service session (关闭会话)
     * 
     * `POST /customservice/kfsession/close` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/customer/messctrl/api_closesession.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    closeSession(params: T_oa_customService.CustomServiceCloseSessionParams, options?: CallOptions): Promise<T_oa_customService.CustomServiceCloseSessionResult>;
    /**
     * Open a session between a customer service account and a user (创建会话)
     * 
     * `POST /customservice/kfsession/create` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/customer/messctrl/api_createkfsession.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createSession(params: T_oa_customService.CustomServiceCreateSessionParams, options?: CallOptions): Promise<T_oa_customService.CustomServiceCreateSessionResult>;
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
     * Get customer service chat records (获取聊天记录)
     * 
     * `POST /customservice/msgrecord/getmsglist` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/customer/message/api_getmsglist.html
     * @see https://developers.weixin.qq.com/doc/service/Customer_Service/Obtain_chat_transcript.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getMsgList(params?: T_oa_customService.CustomServiceGetMsgListParams, options?: CallOptions): Promise<T_oa_customService.CustomServiceGetMsgListResult>;
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
     * Get a user's current customer service session (获取客户会话状态)
     * 
     * `GET /customservice/kfsession/getsession` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/customer/messctrl/api_getkfsession.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getSession(params: T_oa_customService.CustomServiceGetSessionParams, options?: CallOptions): Promise<T_oa_customService.CustomServiceGetSessionResult>;
    /**
     * List a customer service account's current sessions (获取客服会话列表)
     * 
     * `GET /customservice/kfsession/getsessionlist` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/customer/messctrl/api_getkfsessionlist.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getSessionList(params: T_oa_customService.CustomServiceGetSessionListParams, options?: CallOptions): Promise<T_oa_customService.CustomServiceGetSessionListResult>;
    /**
     * List the sessions waiting for an agent (获取未接入会话列表)
     * 
     * `GET /customservice/kfsession/getwaitcase` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/customer/messctrl/api_getwaitcase.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getWaitCase(params?: T_oa_customService.CustomServiceGetWaitCaseParams, options?: CallOptions): Promise<T_oa_customService.CustomServiceGetWaitCaseResult>;
    /**
     * Invite a WeChat user to bind a customer service account (邀请绑定客服账号)
     * 
     * `POST /customservice/kfaccount/inviteworker` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_invitekfworker.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    inviteWorker(params: T_oa_customService.CustomServiceInviteWorkerParams, options?: CallOptions): Promise<T_oa_customService.CustomServiceInviteWorkerResult>;
    /**
     * Change a customer service account's nickname (修改客服账号)
     * 
     * `POST /customservice/kfaccount/update` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_updatekfaccount.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateAccount(params: T_oa_customService.CustomServiceUpdateAccountParams, options?: CallOptions): Promise<T_oa_customService.CustomServiceUpdateAccountResult>;
    /**
     * Set a customer service account's avatar (设置客服头像)
     * 
     * `POST /customservice/kfaccount/uploadheadimg` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_uploadkfheadimg.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadAccountAvatar(params: T_oa_customService.CustomServiceUploadAccountAvatarParams, options?: CallOptions): Promise<T_oa_customService.CustomServiceUploadAccountAvatarResult>;
  };
  datacube: {
    /**
     * Get each mass-sent article's reads on a day (获取图文群发每日数据)
     * 
     * `POST /datacube/getarticlesummary` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/news/api_getarticlesummary
     * @deprecated No longer maintained; use getarticleread, getarticleshare, getbizsummary or getarticletotaldetail
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getArticleSummary(params: T_oa_datacube.DatacubeGetArticleSummaryParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetArticleSummaryResult>;
    /**
     * Get cumulative stats of the articles mass-sent on a day (获取图文群发总数据)
     * 
     * `POST /datacube/getarticletotal` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/news/api_getarticletotal
     * @deprecated No longer maintained; use getarticleread, getarticleshare, getbizsummary or getarticletotaldetail
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getArticleTotal(params: T_oa_datacube.DatacubeGetArticleTotalParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetArticleTotalResult>;
    /**
     * Get the account's daily coupon and card overview (拉取卡券概况数据)
     * 
     * `POST /datacube/getcardbizuininfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/offiaccount/Cards_and_Offer/Managing_Coupons_Vouchers_and_Cards.html#10
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCardBizuinInfo(params: T_oa_datacube.DatacubeGetCardBizuinInfoParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetCardBizuinInfoResult>;
    /**
     * Get daily data of free coupons, optionally for one card (获取免费券数据)
     * 
     * `POST /datacube/getcardcardinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/offiaccount/Cards_and_Offer/Managing_Coupons_Vouchers_and_Cards.html#11
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCardCardInfo(params: T_oa_datacube.DatacubeGetCardCardInfoParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetCardCardInfoResult>;
    /**
     * Get daily data of one member card (拉取单张会员卡数据)
     * 
     * `POST /datacube/getcardmembercarddetail` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/offiaccount/Cards_and_Offer/Managing_Coupons_Vouchers_and_Cards.html#13
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCardMemberCardDetail(params: T_oa_datacube.DatacubeGetCardMemberCardDetailParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetCardMemberCardDetailResult>;
    /**
     * Get daily overview of member cards created on the platform (拉取会员卡概况数据)
     * 
     * `POST /datacube/getcardmembercardinfo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/offiaccount/Cards_and_Offer/Managing_Coupons_Vouchers_and_Cards.html#12
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCardMemberCardInfo(params: T_oa_datacube.DatacubeGetCardMemberCardInfoParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetCardMemberCardInfoResult>;
    /**
     * Get daily stats of passive replies through the server URL (获取被动回复概要数据)
     * 
     * `POST /datacube/getinterfacesummary` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/api/api_getinterfacesummary
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getInterfaceSummary(params: T_oa_datacube.DatacubeGetInterfaceSummaryParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetInterfaceSummaryResult>;
    /**
     * Get hourly stats of passive replies through the server URL (获取被动回复分布数据)
     * 
     * `POST /datacube/getinterfacesummaryhour` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/api/api_getinterfacesummaryhour
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getInterfaceSummaryHour(params: T_oa_datacube.DatacubeGetInterfaceSummaryHourParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetInterfaceSummaryHourResult>;
    /**
     * Get daily overview of messages users sent to the account (获取消息发送概况数据)
     * 
     * `POST /datacube/getupstreammsg` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/mess/api_getupstreammsg
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUpstreamMsg(params: T_oa_datacube.DatacubeGetUpstreamMsgParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUpstreamMsgResult>;
    /**
     * Get the distribution of how many messages users sent (获取消息发送分布数据)
     * 
     * `POST /datacube/getupstreammsgdist` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/mess/api_getupstreammsgdist
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUpstreamMsgDist(params: T_oa_datacube.DatacubeGetUpstreamMsgDistParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUpstreamMsgDistResult>;
    /**
     * Get the monthly distribution of how many messages users sent (获取消息发送分布月数据)
     * 
     * `POST /datacube/getupstreammsgdistmonth` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/mess/api_getupstreammsgdistmonth
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUpstreamMsgDistMonth(params: T_oa_datacube.DatacubeGetUpstreamMsgDistMonthParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUpstreamMsgDistMonthResult>;
    /**
     * Get the weekly distribution of how many messages users sent (获取消息发送分布周数据)
     * 
     * `POST /datacube/getupstreammsgdistweek` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/mess/api_getupstreammsgdistweek
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUpstreamMsgDistWeek(params: T_oa_datacube.DatacubeGetUpstreamMsgDistWeekParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUpstreamMsgDistWeekResult>;
    /**
     * Get hourly data of messages users sent to the account (获取消息发送分时数据)
     * 
     * `POST /datacube/getupstreammsghour` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/mess/api_getupstreammsghour
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUpstreamMsgHour(params: T_oa_datacube.DatacubeGetUpstreamMsgHourParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUpstreamMsgHourResult>;
    /**
     * Get monthly data of messages users sent to the account (获取消息发送月数据)
     * 
     * `POST /datacube/getupstreammsgmonth` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/mess/api_getupstreammsgmonth
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUpstreamMsgMonth(params: T_oa_datacube.DatacubeGetUpstreamMsgMonthParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUpstreamMsgMonthResult>;
    /**
     * Get weekly data of messages users sent to the account (获取消息发送周数据)
     * 
     * `POST /datacube/getupstreammsgweek` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/mess/api_getupstreammsgweek
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUpstreamMsgWeek(params: T_oa_datacube.DatacubeGetUpstreamMsgWeekParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUpstreamMsgWeekResult>;
    /**
     * Get the daily total follower count (获取累计用户数据)
     * 
     * `POST /datacube/getusercumulate` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/user/api_getusercumulate
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserCumulate(params: T_oa_datacube.DatacubeGetUserCumulateParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUserCumulateResult>;
    /**
     * Get daily article reading overview (获取图文阅读概况数据)
     * 
     * `POST /datacube/getuserread` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/news/api_getuserread
     * @deprecated No longer maintained; use getarticleread, getarticleshare, getbizsummary or getarticletotaldetail
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserRead(params: T_oa_datacube.DatacubeGetUserReadParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUserReadResult>;
    /**
     * Get hourly article reading data (获取图文阅读分时数据)
     * 
     * `POST /datacube/getuserreadhour` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/news/api_getuserreadhour
     * @deprecated No longer maintained; use getarticleread, getarticleshare, getbizsummary or getarticletotaldetail
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserReadHour(params: T_oa_datacube.DatacubeGetUserReadHourParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUserReadHourResult>;
    /**
     * Get daily article sharing overview (获取图文转发概况数据)
     * 
     * `POST /datacube/getusershare` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/news/api_getusershare
     * @deprecated No longer maintained; use getarticleread, getarticleshare, getbizsummary or getarticletotaldetail
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserShare(params: T_oa_datacube.DatacubeGetUserShareParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUserShareResult>;
    /**
     * Get hourly article sharing data (获取图文转发分时数据)
     * 
     * `POST /datacube/getusersharehour` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/news/api_getusersharehour
     * @deprecated No longer maintained; use getarticleread, getarticleshare, getbizsummary or getarticletotaldetail
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserShareHour(params: T_oa_datacube.DatacubeGetUserShareHourParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUserShareHourResult>;
    /**
     * Get daily follower gains and losses per channel (获取用户增减数据)
     * 
     * `POST /datacube/getusersummary` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/wedata/user/api_getusersummary
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserSummary(params: T_oa_datacube.DatacubeGetUserSummaryParams, options?: CallOptions): Promise<T_oa_datacube.DatacubeGetUserSummaryResult>;
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
  draft: {
    /**
     * Add a draft to the draft box (新增草稿)
     * 
     * `POST /cgi-bin/draft/add` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/draftbox/draftmanage/api_draft_add.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    add(params: T_oa_draft.DraftAddParams, options?: CallOptions): Promise<T_oa_draft.DraftAddResult>;
    /**
     * List drafts (获取草稿列表)
     * 
     * `POST /cgi-bin/draft/batchget` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/draftbox/draftmanage/api_draft_batchget.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchGet(params: T_oa_draft.DraftBatchGetParams, options?: CallOptions): Promise<T_oa_draft.DraftBatchGetResult>;
    /**
     * Count the drafts (获取草稿的总数)
     * 
     * `GET /cgi-bin/draft/count` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/draftbox/draftmanage/api_draft_count.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    count(params?: T_oa_draft.DraftCountParams, options?: CallOptions): Promise<T_oa_draft.DraftCountResult>;
    /**
     * Delete a draft, for good (删除草稿)
     * 
     * `POST /cgi-bin/draft/delete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/draftbox/draftmanage/api_draft_delete.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_oa_draft.DraftDeleteParams, options?: CallOptions): Promise<T_oa_draft.DraftDeleteResult>;
    /**
     * Get a draft (获取草稿详情)
     * 
     * `POST /cgi-bin/draft/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/draftbox/draftmanage/api_getdraft.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_oa_draft.DraftGetParams, options?: CallOptions): Promise<T_oa_draft.DraftGetResult>;
    /**
     * Update one article of a draft (更新草稿)
     * 
     * `POST /cgi-bin/draft/update` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/draftbox/draftmanage/api_draft_update.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    update(params: T_oa_draft.DraftUpdateParams, options?: CallOptions): Promise<T_oa_draft.DraftUpdateResult>;
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
    /**
     * Register a Mini Program reusing the Official Account's entity (复用公众号主体快速注册小程序 registerMiniprogramByOffiaccount)
     * 
     * `POST /cgi-bin/account/fastregister` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/register-management/fast-registration-officalaccount/api_registerminiprogrambyoffiaccount.html
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Register_Mini_Programs/fast_registration_of_mini_program.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    registerMiniProgram(params: T_open_fastRegister.OpenFastRegisterRegisterMiniProgramParams, options?: CallOptions): Promise<T_open_fastRegister.OpenFastRegisterRegisterMiniProgramResult>;
  };
  freePublish: {
    /**
     * List the published messages (获取已发布的消息列表)
     * 
     * `POST /cgi-bin/freepublish/batchget` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/public/api_freepublish_batchget.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchGet(params: T_oa_freePublish.FreePublishBatchGetParams, options?: CallOptions): Promise<T_oa_freePublish.FreePublishBatchGetResult>;
    /**
     * Delete a published article, for good (删除发布文章)
     * 
     * `POST /cgi-bin/freepublish/delete` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/public/api_freepublishdelete.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_oa_freePublish.FreePublishDeleteParams, options?: CallOptions): Promise<T_oa_freePublish.FreePublishDeleteResult>;
    /**
     * Query the status of a publish task (发布状态查询)
     * 
     * `POST /cgi-bin/freepublish/get` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/public/api_freepublish_get.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_oa_freePublish.FreePublishGetParams, options?: CallOptions): Promise<T_oa_freePublish.FreePublishGetResult>;
    /**
     * Get a published article (获取已发布图文信息)
     * 
     * `POST /cgi-bin/freepublish/getarticle` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/public/api_freepublishgetarticle.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getArticle(params: T_oa_freePublish.FreePublishGetArticleParams, options?: CallOptions): Promise<T_oa_freePublish.FreePublishGetArticleResult>;
    /**
     * Submit a draft for publication (发布草稿)
     * 
     * `POST /cgi-bin/freepublish/submit` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/public/api_freepublish_submit.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    submit(params: T_oa_freePublish.FreePublishSubmitParams, options?: CallOptions): Promise<T_oa_freePublish.FreePublishSubmitResult>;
  };
  intp: {
    /**
     * Activate a range of QR codes for a marketing campaign (激活二维码接口)
     * 
     * `POST /intp/marketcode/codeactive` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/onecode/api_intp_marketcode_codeactive
     * @see https://developers.weixin.qq.com/doc/service/Unique_Item_Code/Unique_Item_Code_API_Documentation.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    activateCode(params: T_oa_intp.IntpActivateCodeParams, options?: CallOptions): Promise<T_oa_intp.IntpActivateCodeResult>;
    /**
     * Apply for a batch of marketing QR codes (申请二维码接口)
     * 
     * `POST /intp/marketcode/applycode` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/onecode/api_intp_marketcode_applycode
     * @see https://developers.weixin.qq.com/doc/service/Unique_Item_Code/Unique_Item_Code_API_Documentation.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    applyCode(params: T_oa_intp.IntpApplyCodeParams, options?: CallOptions): Promise<T_oa_intp.IntpApplyCodeResult>;
    /**
     * Download an encrypted package of generated QR codes (下载二维码包接口)
     * 
     * `POST /intp/marketcode/applycodedownload` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/onecode/api_intp_marketcode_applycodedownload
     * @see https://developers.weixin.qq.com/doc/service/Unique_Item_Code/Unique_Item_Code_API_Documentation.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    downloadCodePackage(params: T_oa_intp.IntpDownloadCodePackageParams, options?: CallOptions): Promise<T_oa_intp.IntpDownloadCodePackageResult>;
    /**
     * Get the link where a user authorizes sharing real-name info (获取用户实名信息-获取授权链接)
     * 
     * `POST /intp/realname/getauthurl` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/offiaccount/Non_tax_pay/API_document.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getRealNameAuthUrl(params?: T_oa_intp.IntpGetRealNameAuthUrlParams, options?: CallOptions): Promise<T_oa_intp.IntpGetRealNameAuthUrlResult>;
    /**
     * Query a QR code's activation status and activity info (查询二维码激活状态接口)
     * 
     * `POST /intp/marketcode/codeactivequery` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/onecode/api_intp_marketcode_codeactivequery
     * @see https://developers.weixin.qq.com/doc/service/Unique_Item_Code/Unique_Item_Code_API_Documentation.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryCodeActivation(params?: T_oa_intp.IntpQueryCodeActivationParams, options?: CallOptions): Promise<T_oa_intp.IntpQueryCodeActivationResult>;
    /**
     * Query a QR code application and its generated code ranges (查询二维码申请单接口)
     * 
     * `POST /intp/marketcode/applycodequery` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/onecode/api_intp_marketcode_applycodequery
     * @see https://developers.weixin.qq.com/doc/service/Unique_Item_Code/Unique_Item_Code_API_Documentation.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryCodeApplication(params?: T_oa_intp.IntpQueryCodeApplicationParams, options?: CallOptions): Promise<T_oa_intp.IntpQueryCodeApplicationResult>;
    /**
     * Exchange the code_ticket from a scan for the raw code and its activation info (CODE_TICKET换CODE接口)
     * 
     * `POST /intp/marketcode/tickettocode` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/onecode/api_intp_marketcode_tickettocode
     * @see https://developers.weixin.qq.com/doc/service/Unique_Item_Code/Unique_Item_Code_API_Documentation.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    ticketToCode(params: T_oa_intp.IntpTicketToCodeParams, options?: CallOptions): Promise<T_oa_intp.IntpTicketToCodeResult>;
  };
  material: {
    /**
     * Upload a permanent image, voice, video or thumbnail (上传永久素材)
     * 
     * `POST /cgi-bin/material/add_material` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/material/permanent/api_addmaterial.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    add(params: T_oa_material.MaterialAddParams, options?: CallOptions): Promise<T_oa_material.MaterialAddResult>;
    /**
     * List the permanent materials of one type (获取永久素材列表)
     * 
     * `POST /cgi-bin/material/batchget_material` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/material/permanent/api_batchgetmaterial.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchGet(params: T_oa_material.MaterialBatchGetParams, options?: CallOptions): Promise<T_oa_material.MaterialBatchGetResult>;
    /**
     * Count the permanent materials by type (获取永久素材总数)
     * 
     * `GET /cgi-bin/material/get_materialcount` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/material/permanent/api_getmaterialcount.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    count(params?: T_oa_material.MaterialCountParams, options?: CallOptions): Promise<T_oa_material.MaterialCountResult>;
    /**
     * Delete a permanent material (删除永久素材)
     * 
     * `POST /cgi-bin/material/del_material` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/material/permanent/api_delmaterial.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_oa_material.MaterialDeleteParams, options?: CallOptions): Promise<T_oa_material.MaterialDeleteResult>;
    /**
     * Get a permanent material; images, voices and thumbnails come back as the file itself (获取永久素材)
     * 
     * `POST /cgi-bin/material/get_material` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/material/permanent/api_getmaterial.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_oa_material.MaterialGetParams, options?: CallOptions): Promise<WechatFile | T_oa_material.MaterialGetResult>;
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
     * Download a JS-SDK uploadVoice recording as 16 kHz speex (获取高清语音素材)
     * 
     * `GET /cgi-bin/media/get/jssdk` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/material/temporary/api_gethdvoice.html
     * @see https://developers.weixin.qq.com/doc/service/Asset_Management/Get_temporary_materials.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getHdVoice(params: T_oa_media.MediaGetHdVoiceParams, options?: CallOptions): Promise<WechatFile>;
    /**
     * Upload a temporary media file, kept for 3 days (新增临时素材)
     * 
     * `POST /cgi-bin/media/upload` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/material/temporary/api_uploadtempmedia.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    upload(params: T_shared_media.MediaUploadParams, options?: CallOptions): Promise<T_shared_media.MediaUploadResult>;
    /**
     * Upload an image for use inside article content, getting its URL (上传图文消息图片)
     * 
     * `POST /cgi-bin/media/uploadimg` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/material/permanent/api_uploadimage.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadImage(params: T_oa_media.MediaUploadImageParams, options?: CallOptions): Promise<T_oa_media.MediaUploadImageResult>;
    /**
     * Upload news (article) material for a mass send (上传图文消息素材)
     * 
     * `POST /cgi-bin/media/uploadnews` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/notify/message/api_uploadnewsmsg.html
     * @deprecated The official page says this capability has moved to the draft box: use draft.add
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadNews(params: T_oa_media.MediaUploadNewsParams, options?: CallOptions): Promise<T_oa_media.MediaUploadNewsResult>;
    /**
     * Turn a video media_id into one usable in a mass send (上传视频素材用于群发)
     * 
     * `POST /cgi-bin/media/uploadvideo` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadVideo(params: T_oa_media.MediaUploadVideoParams, options?: CallOptions): Promise<T_oa_media.MediaUploadVideoResult>;
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
      send(params: T_oa_message.MessageCustomSendParams, options?: CallOptions): Promise<T_oa_message.MessageCustomSendResult>;
      /**
       * Show or cancel the customer-service "typing" status to a user (客服输入状态)
       * 
       * `POST /cgi-bin/message/custom/typing` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/customer/message/api_typing
       * @see https://developers.weixin.qq.com/doc/subscription/api/customer/message/api_typing
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      typing(params: T_shared_message.MessageCustomTypingParams, options?: CallOptions): Promise<T_shared_message.MessageCustomTypingResult>;
    };
    mass: {
      /**
       * Delete a mass message sent through the API (删除群发消息)
       * 
       * `POST /cgi-bin/message/mass/delete` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/notify/message/api_deletemassmsg
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      delete(params?: T_oa_message.MessageMassDeleteParams, options?: CallOptions): Promise<T_oa_message.MessageMassDeleteResult>;
      /**
       * Query the send status of a mass message (查询群发消息发送状态)
       * 
       * `POST /cgi-bin/message/mass/get` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/notify/message/api_massmsgget
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      get(params: T_oa_message.MessageMassGetParams, options?: CallOptions): Promise<T_oa_message.MessageMassGetResult>;
      /**
       * Get the mass-send speed (获取群发速度)
       * 
       * `POST /cgi-bin/message/mass/speed/get` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/notify/message/api_getspeed
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getSpeed(params?: T_oa_message.MessageMassGetSpeedParams, options?: CallOptions): Promise<T_oa_message.MessageMassGetSpeedResult>;
      /**
       * Send a message to one user to preview its layout on the phone (预览消息)
       * 
       * `POST /cgi-bin/message/mass/preview` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/notify/message/api_preview
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      preview(params: T_oa_message.MessageMassPreviewParams, options?: CallOptions): Promise<T_oa_message.MessageMassPreviewResult>;
      /**
       * Send a mass message to a list of OpenIDs (根据OpenID群发消息)
       * 
       * `POST /cgi-bin/message/mass/send` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/notify/message/api_masssend
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      send(params: T_oa_message.MessageMassSendParams, options?: CallOptions): Promise<T_oa_message.MessageMassSendResult>;
      /**
       * Send a mass message to all followers or to one tag (根据标签群发消息)
       * 
       * `POST /cgi-bin/message/mass/sendall` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/notify/message/api_sendall
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      sendAll(params: T_oa_message.MessageMassSendAllParams, options?: CallOptions): Promise<T_oa_message.MessageMassSendAllResult>;
      /**
       * Set the mass-send speed (设置群发速度)
       * 
       * `POST /cgi-bin/message/mass/speed/set` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/notify/message/api_setspeed
       * @see https://developers.weixin.qq.com/doc/subscription/api/notify/message/api_setspeed
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      setSpeed(params: T_oa_message.MessageMassSetSpeedParams, options?: CallOptions): Promise<T_oa_message.MessageMassSetSpeedResult>;
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
  semantic: {
    /**
     * Parse a natural-language query into structured semantics (语义理解)
     * 
     * `POST /semantic/semproxy/search` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/Natural_Language_Processing.html
     * @see https://developers.weixin.qq.com/doc/service/en/Intelligent_Interface/Natural_Language_Processing.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    search(params: T_oa_semantic.SemanticSearchParams, options?: CallOptions): Promise<T_oa_semantic.SemanticSearchResult>;
  };
  shortKey: {
    /**
     * Get back the long data stored under a short key (短链转长信息)
     * 
     * `POST /cgi-bin/shorten/fetch` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/qrcode/shorten/api_fetchshorten
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    fetch(params: T_oa_shortKey.ShortKeyFetchParams, options?: CallOptions): Promise<T_oa_shortKey.ShortKeyFetchResult>;
    /**
     * Turn up to 4KB of long data into a short key (长信息转短链)
     * 
     * `POST /cgi-bin/shorten/gen` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/qrcode/shorten/api_genshortkey
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    gen(params: T_oa_shortKey.ShortKeyGenParams, options?: CallOptions): Promise<T_oa_shortKey.ShortKeyGenResult>;
  };
  shortUrl: {
    /**
     * Convert a long URL into a short one (长链接转短链接)
     * 
     * `POST /cgi-bin/shorturl` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/offiaccount/Account_Management/URL_Shortener.html
     * @deprecated Stopped making short links after 2021-03-15: short_url now returns the long_url unchanged
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    create(params: T_oa_shortUrl.ShortUrlCreateParams, options?: CallOptions): Promise<T_oa_shortUrl.ShortUrlCreateResult>;
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
    /**
     * Send a subscription notification to a user who subscribed (发送订阅通知)
     * 
     * `POST /cgi-bin/message/subscribe/bizsend` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/notify/notify/api_sendnewsubscribemsg.html
     * @see https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    send(params: T_oa_subscribe.SubscribeSendParams, options?: CallOptions): Promise<T_oa_subscribe.SubscribeSendResult>;
    /**
     * Send a one-time subscription message to a user who authorized it (发送一次性订阅消息)
     * 
     * `POST /cgi-bin/message/template/subscribe` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/notify/subscribe/api_templatesubscribe.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    sendOneTime(params: T_oa_subscribe.SubscribeSendOneTimeParams, options?: CallOptions): Promise<T_oa_subscribe.SubscribeSendOneTimeResult>;
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
  template: {
    /**
     * Add a template from the category or industry template library and get its id (选用模板)
     * 
     * `POST /cgi-bin/template/api_add_template` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/notify/template/api_addtemplate
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    add(params: T_oa_template.TemplateAddParams, options?: CallOptions): Promise<T_oa_template.TemplateAddResult>;
    /**
     * Delete a template from the account (删除模板)
     * 
     * `POST /cgi-bin/template/del_private_template` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/notify/template/api_deletetemplate
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_oa_template.TemplateDeleteParams, options?: CallOptions): Promise<T_oa_template.TemplateDeleteResult>;
    /**
     * List every template added to the account (获取已选用模板列表)
     * 
     * `GET /cgi-bin/template/get_all_private_template` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/notify/template/api_getalltemplates
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAll(params?: T_oa_template.TemplateGetAllParams, options?: CallOptions): Promise<T_oa_template.TemplateGetAllResult>;
    /**
     * Get the industries set for the account (获取行业信息)
     * 
     * `GET /cgi-bin/template/get_industry` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/notify/template/api_getindustry
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getIndustry(params?: T_oa_template.TemplateGetIndustryParams, options?: CallOptions): Promise<T_oa_template.TemplateGetIndustryResult>;
    /**
     * Set the account's industries for template messages (设置所属行业)
     * 
     * `POST /cgi-bin/template/api_set_industry` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/notify/template/api_setindustry
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setIndustry(params: T_oa_template.TemplateSetIndustryParams, options?: CallOptions): Promise<T_oa_template.TemplateSetIndustryResult>;
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
     * Convert the old account's OpenIDs after an account migration (转换openid)
     * 
     * `POST /cgi-bin/changeopenid` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/changeopenid/api_changeopenid.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    changeOpenId(params: T_oa_user.UserChangeOpenIdParams, options?: CallOptions): Promise<T_oa_user.UserChangeOpenIdResult>;
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
    /**
     * Set the remark name of a follower (设置用户备注名)
     * 
     * `POST /cgi-bin/user/info/updateremark` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/usermanage/userinfo/api_updateremark
     * @see https://developers.weixin.qq.com/doc/subscription/api/usermanage/userinfo/api_updateremark.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateRemark(params: T_oa_user.UserUpdateRemarkParams, options?: CallOptions): Promise<T_oa_user.UserUpdateRemarkResult>;
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
  voice: {
    /**
     * Get the text recognised from an uploaded voice file (获取语音识别结果)
     * 
     * `POST /cgi-bin/media/voice/queryrecoresultfortext` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/openpoc/ai/api_queryrecoresultfortext.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    queryRecognitionResult(params: T_oa_voice.VoiceQueryRecognitionResultParams, options?: CallOptions): Promise<T_oa_voice.VoiceQueryRecognitionResultResult>;
    /**
     * Translate text between Chinese and English (微信翻译)
     * 
     * `POST /cgi-bin/media/voice/translatecontent` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/openpoc/ai/api_translatecontent.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    translateContent(params: T_oa_voice.VoiceTranslateContentParams, options?: CallOptions): Promise<T_oa_voice.VoiceTranslateContentResult>;
    /**
     * Upload a voice file for speech-to-text recognition (上传语音文件)
     * 
     * `POST /cgi-bin/media/voice/addvoicetorecofortext` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/service/api/openpoc/ai/api_addvoicetorecofortext.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadForRecognition(params: T_oa_voice.VoiceUploadForRecognitionParams, options?: CallOptions): Promise<T_oa_voice.VoiceUploadForRecognitionResult>;
  };
  wxaLink: {
    /**
     * Link a Mini Program to the Official Account (公众号关联小程序 linkMiniprogram)
     * 
     * `POST /cgi-bin/wxopen/wxamplink` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/officalaccount-management/link-miniprogram/api_linkminiprogram.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    link(params: T_open_wxaLink.OpenWxaLinkLinkParams, options?: CallOptions): Promise<T_open_wxaLink.OpenWxaLinkLinkResult>;
    /**
     * Get the Mini Programs linked to the Official Account (获取公众号关联的小程序 getLinkMiniprogram)
     * 
     * `POST /cgi-bin/wxopen/wxamplinkget` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/officalaccount-management/link-miniprogram/api_getlinkminiprogram
     * @see https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Official__Accounts/Mini_Program_Management_Permission.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    list(params?: T_open_wxaLink.OpenWxaLinkListParams, options?: CallOptions): Promise<T_open_wxaLink.OpenWxaLinkListResult>;
    /**
     * Unlink a Mini Program from the Official Account (公众号解除关联小程序 unlinkMiniprogram)
     * 
     * `POST /cgi-bin/wxopen/wxampunlink` on api.weixin.qq.com
     * @see https://developers.weixin.qq.com/doc/oplatform/openApi/officalaccount-management/link-miniprogram/api_unlinkminiprogram.html
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unlink(params: T_open_wxaLink.OpenWxaLinkUnlinkParams, options?: CallOptions): Promise<T_open_wxaLink.OpenWxaLinkUnlinkResult>;
  };
}
