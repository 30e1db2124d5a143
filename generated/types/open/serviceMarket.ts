// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `serviceMarket.getPaidOrderList`: Get a user's paid service-market orders (获取用户已支付订单列表 get_paid_order_list) */
export interface OpenServiceMarketGetPaidOrderListParams {
  /** Service id (64-bit unsigned); left out or 0 for all services */
  service_id?: string | number;
  /** Mini Program appid; required when buyer_type is 1 */
  appid?: string;
  /** List offset */
  offset: number;
  /** List length */
  limit: number;
  /** The user's openid on the service platform; required when buyer_type is 2 */
  openid?: string;
  /**
   * Buyer type: 1 Mini Program, 2 WeChat user
   * @default 1
   */
  buyer_type?: 1 | 2;
}

/** Result of `serviceMarket.getPaidOrderList`: Get a user's paid service-market orders (获取用户已支付订单列表 get_paid_order_list) */
export interface OpenServiceMarketGetPaidOrderListResult {
  /** Orders */
  order_list?: Array<{
    /** Order id (64-bit unsigned) */
    order_id?: string;
    /** Start of validity (Unix seconds) */
    effective_time?: number;
    /** End of validity (Unix seconds) */
    expire_time?: number;
    /** Specification id */
    specification_id?: string;
    /** Service id (64-bit unsigned) */
    service_id?: string;
    /** Order amount, in fen */
    total_price?: number;
    /** Phone number, design services only */
    phone?: string;
  }>;
}

/** Params of `serviceMarket.getServiceBuyer`: Get a service user's validity periods (获取服务用户有效期 get_service_buyer) */
export interface OpenServiceMarketGetServiceBuyerParams {
  /** Service id (64-bit unsigned) */
  service_id: string | number;
  /** Mini Program appid; required when buyer_type is 1 */
  appid?: string;
  /** The user's openid on the service platform; required when buyer_type is 2 */
  openid?: string;
  /**
   * Buyer type: 1 Mini Program, 2 WeChat user
   * @default 1
   */
  buyer_type?: 1 | 2;
}

/** Result of `serviceMarket.getServiceBuyer`: Get a service user's validity periods (获取服务用户有效期 get_service_buyer) */
export interface OpenServiceMarketGetServiceBuyerResult {
  /** The service user */
  buyer?: {
    /** Mini Program appid, when buyer_type is 1 */
    appid?: string;
    /** Service id (64-bit unsigned) */
    service_id?: string;
    /** Purchased specifications */
    spec_list?: Array<{
      /** Specification id */
      specification_id?: string;
      /** Expiry time (Unix seconds) */
      expire_time?: number;
    }>;
    /** The user's openid on the service platform, when buyer_type is 2 */
    openid?: string;
  };
}

/** Params of `serviceMarket.getServiceBuyerList`: List the service users and their validity periods (获取服务用户有效期列表 get_service_buyer_list) */
export interface OpenServiceMarketGetServiceBuyerListParams {
  /** Service id (64-bit unsigned) */
  service_id: string | number;
  /** Offset */
  offset: number;
  /**
   * At most 10
   * (value ≤ 10)
   */
  limit: number;
  /**
   * Buyer type: 1 Mini Program, 2 WeChat user
   * @default 1
   */
  buyer_type?: 1 | 2;
}

/** Result of `serviceMarket.getServiceBuyerList`: List the service users and their validity periods (获取服务用户有效期列表 get_service_buyer_list) */
export interface OpenServiceMarketGetServiceBuyerListResult {
  /** Service users */
  buyer_list?: Array<{
    /** Mini Program appid, when buyer_type is 1 */
    appid?: string;
    /** Service id (64-bit unsigned) */
    service_id?: string;
    /** Purchased specifications */
    spec_list?: Array<{
      /** Specification id */
      specification_id?: string;
      /** Expiry time (Unix seconds) */
      expire_time?: number;
    }>;
    /** The user's openid on the service platform, when buyer_type is 2 */
    openid?: string;
  }>;
}

/** Params of `serviceMarket.loginAuth`: Verify a service-market login code (登录验证 login_auth) */
export interface OpenServiceMarketLoginAuthParams {
  /** Login code (登录code) the service market passes to the provider's page */
  code: string;
}

/** Result of `serviceMarket.loginAuth`: Verify a service-market login code (登录验证 login_auth) */
export interface OpenServiceMarketLoginAuthResult {
  /** Order number */
  order_id?: string;
  /** The user's openid, only when the buyer is a WeChat user */
  openid?: string;
  /** Mini Program appid, only when the buyer is a Mini Program */
  appid?: string;
  /** Service id */
  service_id?: string;
  /** sku id */
  sku_id?: string;
  /** Specification id */
  spec_id?: string;
}
