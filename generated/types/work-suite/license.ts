// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `license.createRenewOrderJob`: Create or extend a job of active accounts to renew (下单续期账号 · 创建续期任务) */
export interface WorkSuiteLicenseCreateRenewOrderJobParams {
  /** Corp id */
  corpid: string;
  /**
   * Accounts to renew, at most 1000 per call; one jobid holds at most 1000000 basic and 1000000 interop accounts
   * (items ≤ 1000)
   */
  account_list: Array<{
    /** UserID of the corp member to renew */
    userid: string;
    /** Account type: 1 basic account, 2 interop (互通) account */
    type: 1 | 2;
  }>;
  /** Job id; omit to create a new job, pass the id from the first call to add more userids to it */
  jobid?: string;
}

/** Result of `license.createRenewOrderJob`: Create or extend a job of active accounts to renew (下单续期账号 · 创建续期任务) */
export interface WorkSuiteLicenseCreateRenewOrderJobResult {
  /** Job id; a new one is generated when the request named none */
  jobid?: string;
  /** Accounts that could not be added to the job */
  invalid_account_list?: Array<{
    /** Error code for this account */
    errcode?: number;
    /** Error message for this account */
    errmsg?: string;
    /** UserID of the member */
    userid?: string;
    /** Account type: 1 basic, 2 interop */
    type?: number;
  }>;
}

/** Params of `license.getUnionOrder`: Get a multi-corp order's details and per-corp purchases (获取多企业订单详情) */
export interface WorkSuiteLicenseGetUnionOrderParams {
  /** Order id */
  order_id: string;
  /**
   * Maximum number of records to return (max 1000, default 500)
   * (value ≤ 1000)
   * @default 500
   */
  limit?: number;
  /** Paging cursor: the next_cursor of the previous call; omit on the first call */
  cursor?: string;
}

/** Result of `license.getUnionOrder`: Get a multi-corp order's details and per-corp purchases (获取多企业订单详情) */
export interface WorkSuiteLicenseGetUnionOrderResult {
  /** Order details (OrderInfo) */
  order?: {
    /** Order id */
    order_id?: string;
    /** Order type: 8 multi-corp new purchase (多企业新购订单) */
    order_type?: number;
    /** Order status: 0 awaiting payment, 1 paid, 2 cancelled (unpaid, closed), 3 unpaid and expired */
    order_status?: number;
    /** Order amount, in fen (分) */
    price?: number;
    /** Creation time (Unix time) */
    create_time?: number;
    /** Payment time (Unix time) */
    pay_time?: number;
  };
  /** 1 if there are more records, 0 if not */
  has_more?: 0 | 1;
  /** Paging cursor; pass it as cursor to get the next page */
  next_cursor?: string;
  /** Purchases per corp (BuyInfo); use sub_order_id with list_order_account for a corp's accounts */
  buy_list?: Array<{
    /** Sub-order id of this corp's purchase; pass it to list_order_account */
    sub_order_id?: string;
    /** Purchasing corp id */
    corpid?: string;
    /** Number of accounts bought */
    account_count?: {
      /** Number of basic accounts */
      base_count?: number;
      /** Number of interop (互通) accounts */
      external_contact_count?: number;
    };
    /** Duration the accounts were bought for */
    account_duration?: {
      /** Months */
      months?: number;
      /** Days */
      days?: number;
    };
  }>;
}

/** Params of `license.listOrderAccount`: List the accounts of an order (获取订单中的帐号列表) */
export interface WorkSuiteLicenseListOrderAccountParams {
  /** Order id */
  order_id: string;
  /** Maximum number of records to return */
  limit?: number;
  /** Paging cursor: the next_cursor of the previous call */
  cursor?: string;
}

/** Result of `license.listOrderAccount`: List the accounts of an order (获取订单中的帐号列表) */
export interface WorkSuiteLicenseListOrderAccountResult {
  /** Paging cursor for the next page */
  next_cursor: string;
  /** 1 if there are more records, 0 if not */
  has_more: number;
  /** The accounts of the order */
  account_list?: Array<{
    /** Account activation code */
    active_code: string;
    /** UserID the account is bound to */
    userid: string;
    /** Account type: 1 basic, 2 interop (互通) */
    type: number;
  }>;
}
