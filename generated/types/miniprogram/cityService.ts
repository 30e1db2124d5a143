// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `cityService.getServicePath`: Get a link to a restricted City Service page (获取城市服务限定页面链接) */
export interface MpCityServiceGetServicePathParams {
  /** Page type: 0 service homepage, 1 City Service home, 2 health code, 3 topic page, 5 service list page */
  page_type: 0 | 1 | 2 | 3 | 5;
  /** Source channel: 0 Official Account, 1 Mini Program, 2 SMS, 3 other (5 vendor, service homepage only) */
  src_channel: number;
  /** Set 1 to get an h5 URL (not needed with OpenSDK) */
  need_path_type?: number;
  /** Set 2 to get an h5 URL (not needed with OpenSDK) */
  device_type?: number;
  /** City name (prefecture-level city); required when page_type is 1, 3 or 5 */
  city_name?: string;
  /** Topic page name; required when page_type is 3 */
  content_name?: string;
  /** Extra parameters such as the keyword; required when page_type is 5 */
  ext_params?: Array<{
    /** Parameter name (keyword for the service list keyword) */
    key: string;
    /** Value: the service list name (a City Service tag name) */
    value: string;
  }>;
  /** Service id; required when page_type is 0 */
  service_id?: number;
  /** Pass-through parameters as a JSON array string of {"key","value"} string pairs (at most 10, unique keys; key=city is the user's city); required when page_type is 0 */
  params?: string;
  /** The user's city id (Tencent's internal coding); may be given when page_type is 0 */
  city_id?: string;
}

/** Result of `cityService.getServicePath`: Get a link to a restricted City Service page (获取城市服务限定页面链接) */
export interface MpCityServiceGetServicePathResult {
  /** Path of the page */
  path?: string;
  /** Parameters of the path (service homepage) */
  query_string?: string;
  /** Type */
  business_type?: string;
  /** Mini Program appid (service list page) */
  app_id?: string;
  /** Original id (service list page) */
  username?: string;
}

/** Params of `cityService.sendMsgData`: Send a City Service message-channel message (消息通路发消息) */
export interface MpCityServiceSendMsgDataParams {
  /** The user's openid */
  openid: string;
  /** Template id City Service assigned to the Official Account */
  biz_template_id: string;
  /** Result page style id; required when the template has a result page */
  result_page_style_id?: string;
  /** Service record style id; required when the template has service records */
  deal_msg_style_id?: string;
  /** Card style id; required when the template has a card */
  card_style_id?: string;
  /** Order number; service records with the same order number are merged */
  order_no: string;
  /** Jump link for the service notification, result page and to-do reminder; required when there is a result page */
  url?: string;
  /** Template data as the template requires; color applies only to the service notification */
  data: Record<string, {
    value: string;
    color?: string;
  }>;
}

/** Result of `cityService.sendMsgData`: Send a City Service message-channel message (消息通路发消息) */
export interface MpCityServiceSendMsgDataResult {
  /** Open this URL instead of your own result page; empty when no result_page_style_id was given */
  result_page_url?: string;
}
