// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `wmpf.addDevice`: Register device ids for the Mini Program hardware framework (注册设备ID addDevice) */
export interface OpenWmpfAddDeviceParams {
  /** Product id (产品 id) */
  product_id: number;
  /** Device ids: the device SN codes, or ids the developer generates (IMEI, SN or derived unique ids) */
  device_id_list: Array<string>;
  /** Model name registered on the 微信终端合作平台 */
  model_name: string;
}

/** Result of `wmpf.addDevice`: Register device ids for the Mini Program hardware framework (注册设备ID addDevice) */
export type OpenWmpfAddDeviceResult = Record<string, unknown>;

/** Params of `wmpf.pushAppMsg`: Push a message to WMPF (向WMPF推送消息 pushAppMsg) */
export interface OpenWmpfPushAppMsgParams {
  /** Message content, at most 5 KB; the app receives it with the Mini Program's appid */
  msg: string;
  /** pushToken obtained from WMPF (wmpf.getWmpfPushToken or the GetPushToken task) */
  push_token: string;
}

/** Result of `wmpf.pushAppMsg`: Push a message to WMPF (向WMPF推送消息 pushAppMsg) */
export type OpenWmpfPushAppMsgResult = Record<string, unknown>;
