// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `license.activateAccount`: Activate an account code for a member (激活账号) */
export interface WorkSuiteLicenseActivateAccountParams {
  /** Account activation code */
  active_code: string;
  /** Corp id the activation code belongs to */
  corpid: string;
  /** UserID of the member to bind (one basic and one interop account per userid; same-type codes add up to at most 5 years, else 701030; a new same-type code renews only when the old one has at most 20 days left) */
  userid: string;
}

/** Result of `license.activateAccount`: Activate an account code for a member (激活账号) */
export type WorkSuiteLicenseActivateAccountResult = Record<string, unknown>;

/** Params of `license.batchActivateAccount`: Activate account codes for several members (激活账号 · 批量激活账号) */
export interface WorkSuiteLicenseBatchActivateAccountParams {
  /** Corp id of the members */
  corpid: string;
  /**
   * Accounts to activate, at most 1000 members per call
   * (items ≤ 1000)
   */
  active_list: Array<{
    /** Account activation code */
    active_code: string;
    /** UserID of the member to activate */
    userid: string;
  }>;
}

/** Result of `license.batchActivateAccount`: Activate account codes for several members (激活账号 · 批量激活账号) */
export interface WorkSuiteLicenseBatchActivateAccountResult {
  /** Result per account */
  active_result?: Array<{
    /** Activation code */
    active_code?: string;
    /** UserID of the member */
    userid?: string;
    /** Result for this account (0 success) */
    errcode?: number;
  }>;
}

/** Params of `license.batchGetActiveInfoByCode`: Get several activation codes' status and binding (获取激活码详情 · 批量获取激活码详情) */
export interface WorkSuiteLicenseBatchGetActiveInfoByCodeParams {
  /** Corp id to query */
  corpid: string;
  /**
   * Activation codes, at most 1000
   * (items ≤ 1000)
   */
  active_code_list: Array<string>;
}

/** Result of `license.batchGetActiveInfoByCode`: Get several activation codes' status and binding (获取激活码详情 · 批量获取激活码详情) */
export interface WorkSuiteLicenseBatchGetActiveInfoByCodeResult {
  /** The account codes */
  active_info_list?: Array<{
    /** Account activation code */
    active_code?: string;
    /** Account type: 1 basic, 2 interop (互通) */
    type?: number;
    /** Status: 1 unbound, 2 bound and valid, 3 expired (see get_active_info_by_code for the others) */
    status?: number;
    /** UserID the code is bound to (encrypted); absent when not activated */
    userid?: string;
    /** Creation time; the code must be activated within 365 days */
    create_time?: number;
    /** Activation time */
    active_time?: number;
    /** Expiry time; absent when not activated */
    expire_time?: number;
  }>;
  /** Codes that are not valid */
  invalid_active_code_list?: Array<string>;
}

/** Params of `license.batchShareActiveCode`: Share activation codes with a downstream corp (分配激活码给下游/下级企业) */
export interface WorkSuiteLicenseBatchShareActiveCodeParams {
  /** Upstream / parent corp id */
  from_corpid: string;
  /** Downstream / child corp id */
  to_corpid: string;
  /**
   * Codes to share, at most 1000 and at most twice the downstream corp's member count
   * (items ≤ 1000)
   */
  share_list: Array<{
    /** Activation code to share */
    active_code: string;
  }>;
  /**
   * Scene: 0 upstream/downstream (default), 1 corp interconnection (企业互联)
   * @default 0
   */
  corp_link_type?: 0 | 1;
}

/** Result of `license.batchShareActiveCode`: Share activation codes with a downstream corp (分配激活码给下游/下级企业) */
export interface WorkSuiteLicenseBatchShareActiveCodeResult {
  /** Results, for failed codes only */
  share_result?: Array<{
    /** Activation code */
    active_code?: string;
    /** Error code */
    errcode?: number;
    /** Error message */
    errmsg?: string;
  }>;
}

/** Params of `license.batchTransferLicense`: Transfer members' licences to other members (账号继承) */
export interface WorkSuiteLicenseBatchTransferLicenseParams {
  /** Corp id of the members */
  corpid: string;
  /**
   * Transfers, at most 1000 accounts per call
   * (items ≤ 1000)
   */
  transfer_list: Array<{
    /** UserID of the member handing over */
    handover_userid: string;
    /** UserID of the member taking over */
    takeover_userid: string;
  }>;
}

/** Result of `license.batchTransferLicense`: Transfer members' licences to other members (账号继承) */
export interface WorkSuiteLicenseBatchTransferLicenseResult {
  /** Result per transfer (from the official sample) */
  transfer_result?: Array<{
    /** Encrypted userid of the member handing over */
    handover_userid?: string;
    /** Encrypted userid of the member taking over */
    takeover_userid?: string;
    /** Result for this transfer (0 success; from the official sample) */
    errcode?: number;
  }>;
}

/** Params of `license.cancelOrder`: Cancel an unpaid licence order (取消订单) */
export interface WorkSuiteLicenseCancelOrderParams {
  /** Order id (only unpaid, unexpired purchase or renewal orders can be cancelled) */
  order_id: string;
  /** Corp id; required except for a multi-corp new-purchase order, where it is left out */
  corpid?: string;
}

/** Result of `license.cancelOrder`: Cancel an unpaid licence order (取消订单) */
export type WorkSuiteLicenseCancelOrderResult = Record<string, unknown>;

/** Params of `license.createNewOrder`: Order new accounts for a corp (下单购买账号) */
export interface WorkSuiteLicenseCreateNewOrderParams {
  /** Corp id */
  corpid: string;
  /** Buyer: plaintext userid of an admin of the provider's corp with the 购买接口许可 permission, who has logged in to WeCom bound to WeChat; anyone may pay */
  buyer_userid: string;
  /** Number of accounts; basic and interop (互通) may not both be 0 */
  account_count: {
    /** Basic accounts, at most 1000000 (1000 for a provider test corp) */
    base_count?: number;
    /** Interop (互通) accounts, at most 1000000 (1000 for a provider test corp) */
    external_contact_count?: number;
  };
  /** Duration bought: months*31+days days, 31 to 1860 days (a test corp can only buy 1 month, no days) */
  account_duration: {
    /** Months (31 days each) */
    months?: number;
    /** Days */
    days?: number;
  };
}

/** Result of `license.createNewOrder`: Order new accounts for a corp (下单购买账号) */
export interface WorkSuiteLicenseCreateNewOrderResult {
  /** Order id */
  order_id?: string;
}

/** Params of `license.createNewOrderJob`: Create or extend a multi-corp new-purchase job (下单购买多企业账号 · 创建多企业新购任务) */
export interface WorkSuiteLicenseCreateNewOrderJobParams {
  /**
   * Purchases per corp (BuyInfo), at most 10 per call and 100000 per jobid
   * (items ≤ 10)
   */
  buy_list: Array<{
    /** Corp id */
    corpid: string;
    /** Number of accounts; basic and interop may not both be 0 */
    account_count: {
      /** Basic accounts, at most 1000000 */
      base_count?: number;
      /** Interop (互通) accounts, at most 1000000 */
      external_contact_count?: number;
    };
    /** Duration: months*31+days days, 31 to 1860 days */
    account_duration: {
      /** Months (31 days each) */
      months?: number;
      /** Days */
      days?: number;
    };
    /** Turn on auto-activation: 0 off, 1 on (default on) @default 1 */
    auto_active_status?: 0 | 1;
  }>;
  /** Job id; omit to create a new job, pass the id from the first call to add more corps to it */
  jobid?: string;
}

/** Result of `license.createNewOrderJob`: Create or extend a multi-corp new-purchase job (下单购买多企业账号 · 创建多企业新购任务) */
export interface WorkSuiteLicenseCreateNewOrderJobResult {
  /** Job id; a new one is generated when the request named none */
  jobid?: string;
  /** Purchases that could not be added (InvalidInfo) */
  invalid_list?: Array<{
    /** Corp id of the invalid purchase */
    corpid?: string;
    /** Error code */
    errcode?: number;
    /** Error message */
    errmsg?: string;
  }>;
}

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

/** Params of `license.getActiveInfoByCode`: Get an activation code's status and binding (获取激活码详情) */
export interface WorkSuiteLicenseGetActiveInfoByCodeParams {
  /** Corp id to query */
  corpid: string;
  /** Activation code */
  active_code: string;
}

/** Result of `license.getActiveInfoByCode`: Get an activation code's status and binding (获取激活码详情) */
export interface WorkSuiteLicenseGetActiveInfoByCodeResult {
  /** The account code */
  active_info?: {
    /** Account activation code */
    active_code?: string;
    /** Account type: 1 basic, 2 interop (互通) */
    type?: number;
    /** Status: 1 unbound, 2 bound and valid, 3 expired, 4 awaiting transfer, 5 merged (invalid), 6 shared to a downstream corp */
    status?: number;
    /** UserID the code is bound to (encrypted); absent when not activated */
    userid?: string;
    /** Creation time (on payment); the code must be activated within 365 days */
    create_time?: number;
    /** Activation time */
    active_time?: number;
    /** Expiry time: first activation plus the duration bought; absent when not activated */
    expire_time?: number;
    /** Merge information (from the official sample) */
    merge_info?: {
      /** The code this one was merged into */
      to_active_code?: string;
      /** The code merged into this one */
      from_active_code?: string;
    };
    /** Sharing to a downstream corp (from the official sample) */
    share_info?: {
      /** Corp the code was shared to */
      to_corpid?: string;
      /** Corp the code was shared from */
      from_corpid?: string;
    };
  };
}

/** Params of `license.getActiveInfoByUser`: Get a member's activation details (获取成员的激活详情) */
export interface WorkSuiteLicenseGetActiveInfoByUserParams {
  /** Corp id */
  corpid: string;
  /** UserID of the member */
  userid: string;
}

/** Result of `license.getActiveInfoByUser`: Get a member's activation details (获取成员的激活详情) */
export interface WorkSuiteLicenseGetActiveInfoByUserResult {
  /** 0 not activated, 1 activated */
  active_status?: 0 | 1;
  /** The member's accounts (at most one of each type) */
  active_info_list?: Array<{
    /** Account activation code */
    active_code?: string;
    /** Account type: 1 basic, 2 interop (互通) */
    type?: number;
    /** Member userid (encrypted) */
    userid?: string;
    /** Activation time */
    active_time?: number;
    /** Expiry time */
    expire_time?: number;
  }>;
}

/** Params of `license.getAppLicenseInfo`: Get an app's licence check status and trial period for a corp (获取应用的接口许可状态) */
export interface WorkSuiteLicenseGetAppLicenseInfoParams {
  /** Corp id (the corp must have installed the app) */
  corpid: string;
  /** Suite id */
  suite_id: string;
  /** App id inside an old multi-app suite; new developers ignore it */
  appid?: number;
}

/** Result of `license.getAppLicenseInfo`: Get an app's licence check status and trial period for a corp (获取应用的接口许可状态) */
export interface WorkSuiteLicenseGetAppLicenseInfoResult {
  /** Licence check: 0 not enabled, 1 enabled (after the trial, accounts must be bought) */
  license_status?: 0 | 1;
  /** Trial period; only when license_status is 1 and the app has a trial */
  trail_info?: {
    /** Trial start time */
    start_time?: number;
    /** Trial end time (90 days after the first installation) */
    end_time?: number;
  };
  /** Time the licence check starts intercepting calls */
  license_check_time?: number;
}

/** Params of `license.getAutoActiveStatus`: Get a corp's licence auto-activation status (查询企业的许可自动激活状态) */
export interface WorkSuiteLicenseGetAutoActiveStatusParams {
  /** Corp id; answers only if the provider bought licences for it */
  corpid: string;
}

/** Result of `license.getAutoActiveStatus`: Get a corp's licence auto-activation status (查询企业的许可自动激活状态) */
export interface WorkSuiteLicenseGetAutoActiveStatusResult {
  /** Auto-activation: 0 off, 1 on */
  auto_active_status?: 0 | 1;
}

/** Params of `license.getNewOrderJobResult`: Get the result of submitting a multi-corp new-purchase order (获取多企业新购订单提交结果) */
export interface WorkSuiteLicenseGetNewOrderJobResultParams {
  /** Multi-corp new-purchase job id */
  jobid: string;
}

/** Result of `license.getNewOrderJobResult`: Get the result of submitting a multi-corp new-purchase order (获取多企业新购订单提交结果) */
export interface WorkSuiteLicenseGetNewOrderJobResultResult {
  /** Result: 1 created, 2 being created (try again later), 3 failed */
  status?: number;
  /** Order id, once created */
  order_id?: string;
  /** Corps whose order failed, and why (FailInfo) */
  fail_list?: Array<{
    /** Corp id */
    corpid?: string;
    /** Error code */
    errcode?: number;
    /** Error message */
    errmsg?: string;
  }>;
}

/** Params of `license.getOrder`: Get an order's details (获取订单详情) */
export interface WorkSuiteLicenseGetOrderParams {
  /** Order id (not a multi-corp order: use get_union_order) */
  order_id: string;
}

/** Result of `license.getOrder`: Get an order's details (获取订单详情) */
export interface WorkSuiteLicenseGetOrderResult {
  /** Order details */
  order?: {
    /** Order id */
    order_id?: string;
    /** Order type: 1 buy accounts, 2 renew accounts, 5 edition-payment migration order, 6 historical contract migration order */
    order_type?: number;
    /** Order status: 0 awaiting payment, 1 paid, 2 cancelled, 3 unpaid and expired, 4 refund requested, 5 refunded, 6 refund refused, 7 invalid (test corp removed) */
    order_status?: number;
    /** Customer corp id (encrypted corpid) */
    corpid?: string;
    /** Order amount, in fen (分) */
    price?: number;
    /** Number of accounts in the order */
    account_count?: {
      /** Basic accounts */
      base_count?: number;
      /** Interop (互通) accounts */
      external_contact_count?: number;
    };
    /** Duration bought */
    account_duration?: {
      /** Months (31 days each), when the order named months */
      months?: number;
      /** Days, when a purchase order named days */
      days?: number;
      /** New expiry time, when a renewal order named one */
      new_expire_time?: number;
    };
    /** Creation time (Unix seconds; from the official sample, table row cut) */
    create_time?: number;
    /** Payment time (Unix seconds; from the official sample, table row cut) */
    pay_time?: number;
  };
}

/** Params of `license.getPayJobResult`: Get the result of a balance pay job (使用余额支付订单 · 获取订单支付结果) */
export interface WorkSuiteLicenseGetPayJobResultParams {
  /** jobid returned by submit_pay_job (readable for 7 days) */
  jobid: string;
}

/** Result of `license.getPayJobResult`: Get the result of a balance pay job (使用余额支付订单 · 获取订单支付结果) */
export interface WorkSuiteLicenseGetPayJobResultResult {
  /** Pay job status */
  status?: number;
  /** Pay job result */
  pay_job_result?: {
    /** Error code of the payment */
    errcode?: number;
    /** Error message of the payment */
    errmsg?: string;
    /** Corps whose payment failed */
    fail_corp_list?: Array<{
      /** Corp id */
      corpid?: string;
      /** Error code */
      errcode?: number;
      /** Error message */
      errmsg?: string;
    }>;
  };
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
    /** Customer corp id (the encrypted corpid) */
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

/** Params of `license.listActivatedAccount`: List a corp's activated accounts (获取企业的账号列表) */
export interface WorkSuiteLicenseListActivatedAccountParams {
  /** Corp id (the upstream corp in an upstream/downstream scene) */
  corpid: string;
  /**
   * Maximum number of records (max 1000, default 500)
   * (value ≤ 1000)
   * @default 500
   */
  limit?: number;
  /** Paging cursor from the previous call; omit on the first call */
  cursor?: string;
}

/** Result of `license.listActivatedAccount`: List a corp's activated accounts (获取企业的账号列表) */
export interface WorkSuiteLicenseListActivatedAccountResult {
  /** Paging cursor for the next page; empty when there is no more */
  next_cursor?: string;
  /** Whether there are more records */
  has_more?: number;
  /** Activated members (expired ones included) */
  account_list?: Array<{
    /** Member userid (encrypted) */
    userid?: string;
    /** Account type: 1 basic, 2 interop (互通) */
    type?: number;
    /** Expiry time */
    expire_time?: number;
    /** Activation time */
    active_time?: number;
  }>;
}

/** Params of `license.listOrder`: List the provider's licence orders in a time range (获取订单列表) */
export interface WorkSuiteLicenseListOrderParams {
  /** Corp id; for a provider test corp the test orders are listed, otherwise only formal orders */
  corpid?: string;
  /** Start of the order time range (Unix seconds); give start_time and end_time together or neither */
  start_time?: number;
  /** End of the order time range (Unix seconds); at most 31 days after start_time */
  end_time?: number;
  /** Paging cursor from the previous call; omit on the first call */
  cursor?: string;
  /**
   * Maximum number of records (max 1000, default 500)
   * (value ≤ 1000)
   * @default 500
   */
  limit?: number;
}

/** Result of `license.listOrder`: List the provider's licence orders in a time range (获取订单列表) */
export interface WorkSuiteLicenseListOrderResult {
  /** Paging cursor for the next page */
  next_cursor?: string;
  /** 1 if there are more records, 0 if not */
  has_more?: 0 | 1;
  /** Orders */
  order_list?: Array<{
    /** Order id */
    order_id?: string;
    /** Order type: 1 buy accounts, 2 renew accounts, 5 historical corp migration, 8 multi-corp new purchase (parent order only, and only when corpid is omitted) */
    order_type?: number;
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

/** Params of `license.setAutoActiveStatus`: Turn a corp's licence auto-activation on or off (设置企业的许可自动激活状态) */
export interface WorkSuiteLicenseSetAutoActiveStatusParams {
  /** Corp id; the provider must have bought licences for it (paid, refunds included) */
  corpid: string;
  /** Auto-activation: 0 off, 1 on */
  auto_active_status: 0 | 1;
}

/** Result of `license.setAutoActiveStatus`: Turn a corp's licence auto-activation on or off (设置企业的许可自动激活状态) */
export type WorkSuiteLicenseSetAutoActiveStatusResult = Record<string, unknown>;

/** Params of `license.submitNewOrderJob`: Submit a multi-corp new-purchase job as an order (下单购买多企业账号 · 提交多企业新购订单) */
export interface WorkSuiteLicenseSubmitNewOrderJobParams {
  /** Multi-corp new-purchase job id */
  jobid: string;
  /** Buyer: userid of a member of the provider's corp who has logged in to WeCom bound to WeChat */
  buyer_userid: string;
}

/** Result of `license.submitNewOrderJob`: Submit a multi-corp new-purchase job as an order (下单购买多企业账号 · 提交多企业新购订单) */
export interface WorkSuiteLicenseSubmitNewOrderJobResult {
  /** Job id; ask new_order_job_result for the order */
  jobid?: string;
}

/** Params of `license.submitOrderJob`: Submit a renewal job as an order (下单续期账号 · 提交续期订单) */
export interface WorkSuiteLicenseSubmitOrderJobParams {
  /** Renewal job id from create_renew_order_job */
  jobid: string;
  /** Buyer: userid of a member of the provider's corp who has logged in to WeCom bound to WeChat */
  buyer_userid: string;
  /** Renewal duration */
  account_duration: {
    /** Months to renew (31 days each); a provider test corp can renew 1 month at a time */
    months?: number;
    /** New expiry time (Unix seconds), instead of months */
    new_expire_time?: number;
  };
}

/** Result of `license.submitOrderJob`: Submit a renewal job as an order (下单续期账号 · 提交续期订单) */
export interface WorkSuiteLicenseSubmitOrderJobResult {
  /** Order id */
  order_id?: string;
}

/** Params of `license.submitPayJob`: Pay an order from the prepaid balance (使用余额支付订单 · 提交余额支付订单任务) */
export interface WorkSuiteLicenseSubmitPayJobParams {
  /** Payer: plaintext userid of an admin of the provider's corp with the 购买接口许可 permission (recorded in the balance statement) */
  payer_userid: string;
  /** Licence order to pay from the balance (single-corp purchase, renewal or multi-corp purchase) */
  order_id: string;
}

/** Result of `license.submitPayJob`: Pay an order from the prepaid balance (使用余额支付订单 · 提交余额支付订单任务) */
export interface WorkSuiteLicenseSubmitPayJobResult {
  /** Pay job id; ask pay_job_result for the outcome */
  jobid?: string;
}
