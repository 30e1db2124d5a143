// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../../src/http/types.js';
import type * as T_miniprogram_auth from '../types/miniprogram/auth.js';
import type * as T_miniprogram_message from '../types/miniprogram/message.js';
import type * as T_miniprogram_phone from '../types/miniprogram/phone.js';
import type * as T_miniprogram_wxacode from '../types/miniprogram/wxacode.js';
import type * as T_shared_media from '../types/shared/media.js';
import type * as T_shared_message from '../types/shared/message.js';
import type * as T_shared_quota from '../types/shared/quota.js';
import type * as T_shared_token from '../types/shared/token.js';
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
    code2Session(params: T_miniprogram_auth.MpAuthCode2SessionParams, options?: CallOptions): Promise<T_miniprogram_auth.MpAuthCode2SessionResult>;
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
       * Send a customer-service message to a user who recently interacted (发送客服消息)
       * 
       * `POST /cgi-bin/message/custom/send` on api.weixin.qq.com
       * @see https://developers.weixin.qq.com/doc/service/api/customer/message/api_sendcustommessage.html
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      send(params: T_shared_message.MessageCustomSendParams, options?: CallOptions): Promise<T_shared_message.MessageCustomSendResult>;
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
      send(params: T_miniprogram_message.MpMessageSubscribeSendParams, options?: CallOptions): Promise<T_miniprogram_message.MpMessageSubscribeSendResult>;
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
    getNumber(params: T_miniprogram_phone.MpPhoneGetNumberParams, options?: CallOptions): Promise<T_miniprogram_phone.MpPhoneGetNumberResult>;
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
  wxacode: {
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
