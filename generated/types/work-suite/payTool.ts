// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `payTool.closeOrder`: Cancel a collection order (取消收款订单) */
export interface WorkSuitePayToolCloseOrderParams {
  /** Collection order id (at most 64 bytes) */
  order_id: string;
  /** Random string, at most 32 bytes, not repeated within 15 minutes */
  nonce_str: string;
  /** Unix time in seconds (China time zone), within 15 minutes of Tencent's clock */
  ts: number;
  /** Signature made with the 收银台API调用密钥 (see the page's 签名算法) */
  sig: string;
}

/** Result of `payTool.closeOrder`: Cancel a collection order (取消收款订单) */
export type WorkSuitePayToolCloseOrderResult = Record<string, unknown>;

/** Params of `payTool.getInvoiceList`: List the invoices customers asked for on app orders (获取发票列表) */
export interface WorkSuitePayToolGetInvoiceListParams {
  /** Start of the application time range; give start_time and end_time together or neither */
  start_time?: number;
  /** End of the application time range; give start_time and end_time together or neither */
  end_time?: number;
  /** Paging cursor from the previous call; omit on the first call */
  cursor?: string;
  /**
   * Maximum number of records (max 100, default 50)
   * (value ≤ 100)
   * @default 50
   */
  limit?: number;
}

/** Result of `payTool.getInvoiceList`: List the invoices customers asked for on app orders (获取发票列表) */
export interface WorkSuitePayToolGetInvoiceListResult {
  /** 1 if there are more records, 0 if not */
  has_more?: 0 | 1;
  /** Paging cursor for the next page */
  next_cursor?: string;
  /** Invoices (fields after order_id from the official sample) */
  invoice_list?: Array<{
    /** Order the invoice was asked for */
    order_id?: string;
    /** Customer corp id */
    custom_corpid?: string;
    /** Application time */
    apply_time?: number;
    /** Invoice type */
    invoice_type?: number;
    /** Amount paid, in fen (分) */
    paid_price?: number;
    /** Invoice status */
    invoice_status?: number;
    /** Invoice title (抬头) */
    invoice_title?: string;
    /** Taxpayer id */
    tax_number?: string;
    /** How the invoice is sent */
    send_way?: number;
    /** Contact name */
    contact_name?: string;
    /** Contact phone */
    contact_tel?: string;
    /** Contact address (province|city|district …) */
    contact_addr?: string;
    /** Postcode */
    contact_postcode?: string;
    /** Email receiving the invoice */
    receive_email?: string;
    /** Company address */
    company_addr?: string;
    /** Company phone */
    company_tel?: string;
    /** Bank name */
    bank_name?: string;
    /** Bank account number */
    bank_account_number?: string;
    /** Invoice note */
    invoice_note?: string;
  }>;
}

/** Params of `payTool.getOrderDetail`: Get a collection order's details (获取收款订单详情) */
export interface WorkSuitePayToolGetOrderDetailParams {
  /** Order id */
  order_id: string;
  /** Random string, at most 32 bytes, not repeated within 15 minutes */
  nonce_str: string;
  /** Unix time in seconds (China time zone), within 15 minutes of Tencent's clock */
  ts: number;
  /** Signature made with the 收银台API调用密钥 (see the page's 签名算法) */
  sig: string;
}

/** Result of `payTool.getOrderDetail`: Get a collection order's details (获取收款订单详情) */
export interface WorkSuitePayToolGetOrderDetailResult {
  /** The order (fields from the official sample) */
  pay_order?: {
    /** Order id */
    order_id?: string;
    /** Creation time */
    create_time?: number;
    /** Customer corp id */
    custom_corpid?: string;
    /** What was bought */
    buy_content?: string;
    /** Original price, in fen (分) */
    origin_price?: number;
    /** Price paid, in fen */
    paid_price?: number;
    /** Order status */
    order_status?: number;
    /** Order source */
    order_from?: number;
    /** Userid of the order's creator */
    creator?: string;
    /** Payment method */
    pay_type?: number;
    /** Customer corp name */
    custom_corp_name?: string;
    /** Payment channel */
    pay_channel?: number;
    /** Order id at the payment channel */
    channel_order_id?: string;
    /** Payment time */
    paid_time?: number;
    /** Business: 1 plain third-party app, 2 customised app, 3 industry solution */
    business_type?: number;
    /** Income type */
    income_type?: number;
    /** Income time */
    income_time?: number;
    /** Income amount */
    income_amount?: number;
    /** What was bought; its shape depends on business_type (third_app, …) */
    product_list?: unknown;
  };
}

/** Params of `payTool.getOrderList`: List collection orders created in a time range (获取收款订单列表) */
export interface WorkSuitePayToolGetOrderListParams {
  /** Business: 1 plain third-party app, 2 customised app (代开发应用), 3 industry solution */
  business_type?: 1 | 2 | 3;
  /** Start time (Unix seconds) */
  start_time?: number;
  /** End time (Unix seconds) */
  end_time?: number;
  /** Paging cursor from the previous call; omit on the first call */
  cursor?: string;
  /** Number of records wanted, 1 to 2000 */
  limit?: number;
  /** Random string, at most 32 bytes, not repeated within 15 minutes */
  nonce_str: string;
  /** Unix time in seconds (China time zone), within 15 minutes of Tencent's clock */
  ts: number;
  /** Signature made with the 收银台API调用密钥 (see the page's 签名算法) */
  sig: string;
}

/** Result of `payTool.getOrderList`: List collection orders created in a time range (获取收款订单列表) */
export interface WorkSuitePayToolGetOrderListResult {
  /** Paging cursor for the next page */
  next_cursor?: string;
  /** 1 if there are more records */
  has_more?: number;
  /** Collection orders (fields from the official sample) */
  pay_order_list?: Array<{
    /** Collection order id */
    order_id?: string;
    /** Creation time */
    create_time?: number;
    /** Customer corp id */
    custom_corpid?: string;
    /** What was bought */
    buy_content?: string;
    /** Original price, in fen (分) */
    origin_price?: number;
    /** Price paid, in fen */
    paid_price?: number;
    /** Order status */
    order_status?: number;
    /** Order source */
    order_from?: number;
    /** Userid of the order's creator */
    creator?: string;
    /** Payment method (named after SKIT; cut in the copy read) */
    pay_type?: number;
  }>;
}

/** Params of `payTool.markInvoiceStatus`: Mark an app order's invoice status (标记开票状态) */
export interface WorkSuitePayToolMarkInvoiceStatusParams {
  /** Order whose invoice status is marked */
  order_id: string;
  /** Operator's userid; needs the 收银台-发票管理 permission */
  oper_userid: string;
  /** 1 paper invoice issued and posted, 2 e-invoice issued and emailed, 3 invoice cancelled (the corp may apply again); no effect if already invoiced */
  invoice_status: 1 | 2 | 3;
  /** Note shown to the customer, e.g. the posting number; at most 200 bytes */
  invoice_note?: string;
}

/** Result of `payTool.markInvoiceStatus`: Mark an app order's invoice status (标记开票状态) */
export type WorkSuitePayToolMarkInvoiceStatusResult = Record<string, unknown>;

/** Params of `payTool.openOrder`: Create a collection order (创建收款订单) */
export interface WorkSuitePayToolOpenOrderParams {
  /** Business: 1 plain third-party app, 2 customised app (代开发应用), 3 industry solution (行业解决方案); each has its own product_list */
  business_type: 1 | 2 | 3;
  /** Customer corp id */
  custom_corpid?: string;
  /** Payment method (the page describes customer payment, payment by the provider, and no-payment 免支付 orders) */
  pay_type?: number;
  /** media_id of the provider's bank receipt (费用凭证) */
  bank_receipt_media_id?: string;
  /** Userid of the order's creator */
  creator?: string;
  /** What is bought; the member matching business_type */
  product_list: {
    /** business_type 1: { order_type, buy_info_list: [{ suiteid, appid, edition_id, duration_days, take_effect_date, … }] } (from the official sample) */
    third_app?: unknown;
    /** business_type 2: the customised-app purchase (name from SKIT; table not read) */
    customized_app?: unknown;
    /** business_type 3: the industry-solution purchase (name from SKIT; table not read) */
    promotion_case?: unknown;
  };
  /** Random string, at most 32 bytes, not repeated within 15 minutes (signature field) */
  nonce_str?: string;
  /** Unix time in seconds, within 15 minutes of Tencent's clock (signature field) */
  ts?: number;
  /** Signature made with the 收银台API调用密钥 (signature field) */
  sig?: string;
}

/** Result of `payTool.openOrder`: Create a collection order (创建收款订单) */
export interface WorkSuitePayToolOpenOrderResult {
  /** Collection order id */
  order_id?: string;
  /** Order link: the payment link for customer-paid orders, the confirmation link for provider-paid and no-payment orders */
  order_url?: string;
  /** Original price in fen (分); only when the price can be determined */
  origin_price?: number;
  /** Discounted price in fen; only when the price can be determined (equal to origin_price for customised apps) */
  paid_price?: number;
}
