// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `advancedApi.cancelOrder`: Cancel an unpaid chat archive API order (取消订单) */
export interface WorkSuiteAdvancedApiCancelOrderParams {
  /** Order id; only unpaid orders that have not expired can be cancelled */
  order_id: string;
}

/** Result of `advancedApi.cancelOrder`: Cancel an unpaid chat archive API order (取消订单) */
export type WorkSuiteAdvancedApiCancelOrderResult = Record<string, unknown>;

/** Params of `advancedApi.createOrder`: Order the chat archive data API for a customer corp (下单购买) */
export interface WorkSuiteAdvancedApiCreateOrderParams {
  /**
   * Advanced API bought: 1 the chat archive data API (会话内容数据接口), the only value for now
   * @default 1
   */
  advanced_api_type?: 1;
  /** Customer corp id */
  custom_corpid: string;
  /** Orderer: plain userid of a member of the provider's corp with the 购买高级接口 or 高级接口管理 right (someone else may pay) */
  buyer_userid: string;
  /** Order type: 0 new, 1 add seats, 2 renew, 3 upgrade; a corp that never bought defaults to new */
  order_type?: 0 | 1 | 2 | 3;
  /** The chat archive order; required when advanced_api_type is 1 */
  chat_archive_api?: {
    /** 2 internal and external chats, 3 internal and external chats plus voice calls; for an upgrade, the target edition */
    edition: 2 | 3;
    /** For an upgrade, the edition upgraded from: only 2 @default 2 */
    old_edition?: 2;
    /** Seats: required for new, add and upgrade orders, range [1,1000000] (an upgrade at most the seats bought); a renewal defaults to the current seats */
    purchase_count?: number;
    /** Start time (unix seconds) for a new order or the renewal of an expired edition: from today 0:00 and within 90 days; defaults to today */
    take_effect_time?: number;
    /** From the official sample (Senparc: the validity of the old edition being added to or upgraded; table row unreadable) */
    old_edition_info?: {
      /** From the official sample (1704038000); start, unix seconds */
      begin_time?: number;
      /** From the official sample (1704038000); end, unix seconds */
      end_time?: number;
    };
    /** From the official sample (Senparc: the validity of the upgrade's target edition; table row unreadable) */
    target_edition_info?: {
      /** From the official sample (1704038000); start, unix seconds */
      begin_time?: number;
      /** From the official sample (1704038000); end, unix seconds */
      end_time?: number;
    };
  };
}

/** Result of `advancedApi.createOrder`: Order the chat archive data API for a customer corp (下单购买) */
export interface WorkSuiteAdvancedApiCreateOrderResult {
  /** The new order id (Senparc.Weixin.Work; the answer table could not be read) */
  order_id?: string;
}

/** Params of `advancedApi.getCorpBuyInfo`: Get what a customer corp has bought of the chat archive API (获取企业已购信息) */
export interface WorkSuiteAdvancedApiGetCorpBuyInfoParams {
  /** Advanced API bought: only the chat archive data API (会话内容数据接口), fixed to 1 */
  advanced_api_type?: 1;
  /** Customer corp id */
  custom_corpid: string;
}

/** Result of `advancedApi.getCorpBuyInfo`: Get what a customer corp has bought of the chat archive API (获取企业已购信息) */
export interface WorkSuiteAdvancedApiGetCorpBuyInfoResult {
  /** What the corp bought of the chat archive data API (会话内容数据接口的购买信息) */
  chat_archive_api_buy_info?: {
    /** Editions bought, trial editions excluded: only the latest pending, active or expired one per edition (an expired one is left out when the same edition is active or pending; an active and a pending one both come back) */
    edition_list?: Array<{
      /** Edition bought: 1 internal chats (bought in the past), 2 internal and external chats, 3 internal and external chats plus voice calls */
      edition?: 1 | 2 | 3;
      /** Seats bought */
      purchase_count?: number;
      /** Start, unix seconds */
      begin_time?: number;
      /** Expiry, unix seconds */
      end_time?: number;
    }>;
  };
}

/** Params of `advancedApi.getOrder`: Get a chat archive API order (获取订单详情) */
export interface WorkSuiteAdvancedApiGetOrderParams {
  /** Order id */
  order_id: string;
}

/** Result of `advancedApi.getOrder`: Get a chat archive API order (获取订单详情) */
export interface WorkSuiteAdvancedApiGetOrderResult {
  /** The order */
  order?: {
    /** Advanced API bought: 1 the chat archive data API (only value for now) */
    advanced_api_type?: number;
    /** Order id */
    order_id?: string;
    /** 0 new, 1 add seats, 2 renew, 3 upgrade */
    order_type?: 0 | 1 | 2 | 3;
    /** 0 unpaid, 1 paid, 2 cancelled, 3 unpaid and expired, 4 refund requested, 5 refunded, 6 refund refused */
    order_status?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
    /** Customer corp id (encrypted corpid) */
    custom_corpid?: string;
    /** Order time, unix seconds */
    create_time?: number;
    /** Orderer userid */
    buyer_userid?: string;
    /** Amount to pay (fen) */
    paid_price?: number;
    /** The chat archive order (advanced_api_type 1) */
    chat_archive_api?: {
      /** 2 internal and external chats, 3 plus voice calls */
      edition?: 2 | 3;
      /** Seats bought */
      purchase_count?: number;
      /** Duration in days */
      purchase_duration_days?: number;
      /** Start, unix seconds */
      take_effect_time?: number;
      /** Expiry, unix seconds */
      end_time?: number;
      /** Original price; only for upgrade orders */
      original_price?: number;
    };
  };
}

/** Params of `advancedApi.listOrder`: List the provider's chat archive API orders (获取订单列表) */
export interface WorkSuiteAdvancedApiListOrderParams {
  /** Customer corp id */
  custom_corpid?: string;
  /** Order time from (unix seconds); give it together with end_time or not at all */
  start_time?: number;
  /** Order time to, exclusive: orders in [start_time, end_time) */
  end_time?: number;
  /** Advanced API type: only 1, the chat archive data API */
  advanced_api_type?: 1;
  /** Paging cursor from the previous call; leave out on the first call */
  cursor?: string;
  /**
   * Page size, at most 1000, default 500
   * (value ≤ 1000)
   * @default 500
   */
  limit?: number;
}

/** Result of `advancedApi.listOrder`: List the provider's chat archive API orders (获取订单列表) */
export interface WorkSuiteAdvancedApiListOrderResult {
  /** Cursor for the next page */
  next_cursor?: string;
  /** 1 when there are more records */
  has_more?: 0 | 1;
  /** The orders */
  order_list?: Array<{
    /** Order id */
    order_id?: string;
    /** 0 new, 1 add seats, 2 renew, 3 upgrade */
    order_type?: 0 | 1 | 2 | 3;
    /** 0 unpaid, 1 paid, 2 cancelled, 3 unpaid and expired, 4 refund requested, 5 refunded, 6 refund refused */
    order_status?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
    /** Order time, unix seconds */
    create_time?: number;
  }>;
}

/** Params of `advancedApi.submitPay`: Pay an order from the provider's prepaid balance (使用余额支付订单 · 提交余额支付订单任务) */
export interface WorkSuiteAdvancedApiSubmitPayParams {
  /** Payer: plain userid of a member of the provider's corp with the 购买高级接口 or 高级接口管理 right (recorded in the balance statement) */
  payer_userid: string;
  /** The order to pay from the balance; its payment method cannot change afterwards */
  order_id: string;
}

/** Result of `advancedApi.submitPay`: Pay an order from the provider's prepaid balance (使用余额支付订单 · 提交余额支付订单任务) */
export type WorkSuiteAdvancedApiSubmitPayResult = Record<string, unknown>;
