// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../../src/http/types.js';
import type * as T_work_agent from '../types/work/agent.js';
import type * as T_work_basic from '../types/work/basic.js';
import type * as T_work_jssdk from '../types/work/jssdk.js';
import type * as T_work_media from '../types/work/media.js';
import type * as T_work_menu from '../types/work/menu.js';
import type * as T_work_token from '../types/work/token.js';
import type * as T_work_user from '../types/work/user.js';
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
    get(params: T_work_agent.WorkAgentGetParams, options?: CallOptions): Promise<T_work_agent.WorkAgentGetResult>;
    /**
     * Update an app's settings (设置应用)
     * 
     * `POST /cgi-bin/agent/set` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90228
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    set(params: T_work_agent.WorkAgentSetParams, options?: CallOptions): Promise<T_work_agent.WorkAgentSetResult>;
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
    getApiDomainIp(params?: T_work_basic.WorkBasicGetApiDomainIpParams, options?: CallOptions): Promise<T_work_basic.WorkBasicGetApiDomainIpResult>;
    /**
     * Get the IP ranges WeCom sends callbacks from, for firewall rules (获取企业微信回调IP段)
     * 
     * `GET /cgi-bin/getcallbackip` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98988
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCallbackIp(params?: T_work_basic.WorkBasicGetCallbackIpParams, options?: CallOptions): Promise<T_work_basic.WorkBasicGetCallbackIpResult>;
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
    getAgentTicket(params?: T_work_jssdk.WorkJssdkGetAgentTicketParams, options?: CallOptions): Promise<T_work_jssdk.WorkJssdkGetAgentTicketResult>;
    /**
     * Get the corp's jsapi_ticket, which signs wx.config, valid 7200 s (获取企业的jsapi_ticket)
     * 
     * `GET /cgi-bin/get_jsapi_ticket` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90506
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCorpTicket(params?: T_work_jssdk.WorkJssdkGetCorpTicketParams, options?: CallOptions): Promise<T_work_jssdk.WorkJssdkGetCorpTicketResult>;
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
    get(params: T_work_media.WorkMediaGetParams, options?: CallOptions): Promise<WechatFile>;
    /**
     * Upload a temporary media file, valid for 3 days (上传临时素材)
     * 
     * `POST /cgi-bin/media/upload` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90253
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    upload(params: T_work_media.WorkMediaUploadParams, options?: CallOptions): Promise<T_work_media.WorkMediaUploadResult>;
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
    create(params: T_work_menu.WorkMenuCreateParams, options?: CallOptions): Promise<T_work_menu.WorkMenuCreateResult>;
    /**
     * Delete an app's custom menu (删除菜单)
     * 
     * `GET /cgi-bin/menu/delete` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90233
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_work_menu.WorkMenuDeleteParams, options?: CallOptions): Promise<T_work_menu.WorkMenuDeleteResult>;
    /**
     * Get an app's custom menu (获取菜单)
     * 
     * `GET /cgi-bin/menu/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90232
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work_menu.WorkMenuGetParams, options?: CallOptions): Promise<T_work_menu.WorkMenuGetResult>;
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
    get(params: T_work_token.WorkTokenGetParams, options?: CallOptions): Promise<T_work_token.WorkTokenGetResult>;
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
    get(params: T_work_user.WorkUserGetParams, options?: CallOptions): Promise<T_work_user.WorkUserGetResult>;
  };
}
