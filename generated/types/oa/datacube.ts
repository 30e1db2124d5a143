// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `datacube.getArticleSummary`: Get each mass-sent article's reads on a day (获取图文群发每日数据) */
export interface DatacubeGetArticleSummaryParams {
  /** Start date, YYYY-MM-DD */
  begin_date: string;
  /** End date, YYYY-MM-DD (max span 1 day; at most yesterday) */
  end_date: string;
}

/** Result of `datacube.getArticleSummary`: Get each mass-sent article's reads on a day (获取图文群发每日数据) */
export interface DatacubeGetArticleSummaryResult {
  /** Every mass-sent article read on the date */
  list: Array<{
    /** Date of the data, between begin_date and end_date */
    ref_date?: string;
    /** msg_data_id and article index joined by _, e.g. 12003_3 */
    msgid?: string;
    /** Article title */
    title?: string;
    /** Readers of the article page */
    int_page_read_user?: number;
    /** Reads of the article page */
    int_page_read_count?: number;
    /** Readers of the original page (阅读原文); 0 when there is none */
    ori_page_read_user?: number;
    /** Reads of the original page */
    ori_page_read_count?: number;
    /** Users who shared */
    share_user?: number;
    /** Shares */
    share_count?: number;
    /** Users who added it to favourites */
    add_to_fav_user?: number;
    /** Adds to favourites */
    add_to_fav_count?: number;
  }>;
}

/** Params of `datacube.getArticleTotal`: Get cumulative stats of the articles mass-sent on a day (获取图文群发总数据) */
export interface DatacubeGetArticleTotalParams {
  /** Start date, YYYY-MM-DD */
  begin_date: string;
  /** End date, YYYY-MM-DD (max span 1 day; at most yesterday) */
  end_date: string;
}

/** Result of `datacube.getArticleTotal`: Get cumulative stats of the articles mass-sent on a day (获取图文群发总数据) */
export interface DatacubeGetArticleTotalResult {
  /** One entry per article mass-sent in the range */
  list: Array<{
    /** Date the article was mass-sent */
    ref_date?: string;
    /** msg_data_id and article index joined by _, e.g. 12003_3 */
    msgid?: string;
    /** Article title */
    title?: string;
    /** Totals up to each stat_date (at most 7 days after sending) */
    details?: Array<{
      /** Date counted up to (ref_date is the sending date) */
      stat_date?: string;
      /** Recipients, about the follower count */
      target_user?: number;
      /** Readers of the article page */
      int_page_read_user?: number;
      /** Reads of the article page */
      int_page_read_count?: number;
      /** Readers of the original page; 0 when there is none */
      ori_page_read_user?: number;
      /** Reads of the original page */
      ori_page_read_count?: number;
      /** Users who shared */
      share_user?: number;
      /** Shares */
      share_count?: number;
      /** Users who added it to favourites */
      add_to_fav_user?: number;
      /** Adds to favourites */
      add_to_fav_count?: number;
      /** Readers from the account chat */
      int_page_from_session_read_user?: number;
      /** Reads from the account chat */
      int_page_from_session_read_count?: number;
      /** Readers from the history page */
      int_page_from_hist_msg_read_user?: number;
      /** Reads from the history page */
      int_page_from_hist_msg_read_count?: number;
      /** Readers from Moments */
      int_page_from_feed_read_user?: number;
      /** Reads from Moments */
      int_page_from_feed_read_count?: number;
      /** Readers from friends' shares */
      int_page_from_friends_read_user?: number;
      /** Reads from friends' shares */
      int_page_from_friends_read_count?: number;
      /** Readers from other scenes */
      int_page_from_other_read_user?: number;
      /** Reads from other scenes */
      int_page_from_other_read_count?: number;
      /** Users who shared to Moments from the chat */
      feed_share_from_session_user?: number;
      /** Shares to Moments from the chat */
      feed_share_from_session_cnt?: number;
      /** Users who shared to Moments from Moments */
      feed_share_from_feed_user?: number;
      /** Shares to Moments from Moments */
      feed_share_from_feed_cnt?: number;
      /** Users who shared to Moments from other scenes */
      feed_share_from_other_user?: number;
      /** Shares to Moments from other scenes */
      feed_share_from_other_cnt?: number;
    }>;
  }>;
}

/** Params of `datacube.getCardBizuinInfo`: Get the account's daily coupon and card overview (拉取卡券概况数据) */
export interface DatacubeGetCardBizuinInfoParams {
  /** Start date, e.g. 2015-06-15 (exactly this format) */
  begin_date: string;
  /** End date, e.g. 2015-06-30 (range at most 62 days) */
  end_date: string;
  /** Card source: 0 created on the platform, 1 created through the API */
  cond_source: 0 | 1;
}

/** Result of `datacube.getCardBizuinInfo`: Get the account's daily coupon and card overview (拉取卡券概况数据) */
export interface DatacubeGetCardBizuinInfoResult {
  /** The data, one row per date */
  list: Array<{
    /** Date */
    ref_date?: string;
    /** Views */
    view_cnt?: number;
    /** Viewers */
    view_user?: number;
    /** Cards received */
    receive_cnt?: number;
    /** Users who received */
    receive_user?: number;
    /** Cards used */
    verify_cnt?: number;
    /** Users who used */
    verify_user?: number;
    /** Cards given to others */
    given_cnt?: number;
    /** Users who gave */
    given_user?: number;
    /** Cards expired */
    expire_cnt?: number;
    /** Users whose cards expired */
    expire_user?: number;
  }>;
}

/** Params of `datacube.getCardCardInfo`: Get daily data of free coupons, optionally for one card (获取免费券数据) */
export interface DatacubeGetCardCardInfoParams {
  /** Start date, e.g. 2015-06-15 (exactly this format) */
  begin_date: string;
  /** End date, e.g. 2015-06-30 (range at most 62 days) */
  end_date: string;
  /** Card source: 0 created on the platform, 1 created through the API */
  cond_source: 0 | 1;
  /** Card id: only that card's data when given */
  card_id?: string;
}

/** Result of `datacube.getCardCardInfo`: Get daily data of free coupons, optionally for one card (获取免费券数据) */
export interface DatacubeGetCardCardInfoResult {
  /** The data, one row per date and card */
  list: Array<{
    /** Date */
    ref_date?: string;
    /** Card id */
    card_id?: string;
    /** 0 discount, 1 cash, 2 gift, 3 coupon, 4 group-buy (special tickets are not covered) */
    card_type?: 0 | 1 | 2 | 3 | 4;
    /** Views */
    view_cnt?: number;
    /** Viewers */
    view_user?: number;
    /** Cards received */
    receive_cnt?: number;
    /** Users who received */
    receive_user?: number;
    /** Cards used */
    verify_cnt?: number;
    /** Users who used */
    verify_user?: number;
    /** Cards given to others */
    given_cnt?: number;
    /** Users who gave */
    given_user?: number;
    /** Cards expired */
    expire_cnt?: number;
    /** Users whose cards expired */
    expire_user?: number;
  }>;
}

/** Params of `datacube.getCardMemberCardDetail`: Get daily data of one member card (拉取单张会员卡数据) */
export interface DatacubeGetCardMemberCardDetailParams {
  /** Start date, e.g. 2015-06-15 (range at most 62 days) */
  begin_date: string;
  /** End date, e.g. 2015-06-30 */
  end_date: string;
  /** Member card id */
  card_id: string;
}

/** Result of `datacube.getCardMemberCardDetail`: Get daily data of one member card (拉取单张会员卡数据) */
export interface DatacubeGetCardMemberCardDetailResult {
  /** The data, one row per date */
  list: Array<{
    /** Date */
    ref_date?: string;
    /** Sub-merchant type */
    merchanttype?: number;
    /** Card id */
    cardid?: string;
    /** Sub-merchant id */
    submerchantid?: number;
    /** Views */
    view_cnt?: number;
    /** Viewers */
    view_user?: number;
    /** Cards received */
    receive_cnt?: number;
    /** Users who received */
    receive_user?: number;
    /** Cards used */
    verify_cnt?: number;
    /** Users who used */
    verify_user?: number;
    /** Activations */
    active_cnt?: number;
    /** Users who activated */
    active_user?: number;
    /** Valid members in total */
    total_user?: number;
    /** New users */
    new_user?: number;
    /** Amount due, in fen (quick-pay member cards only) */
    payOriginalFee?: number;
    /** Amount received, in fen (quick-pay member cards only) */
    fee?: number;
  }>;
}

/** Params of `datacube.getCardMemberCardInfo`: Get daily overview of member cards created on the platform (拉取会员卡概况数据) */
export interface DatacubeGetCardMemberCardInfoParams {
  /** Start date, e.g. 2015-06-15 (exactly this format) */
  begin_date: string;
  /** End date, e.g. 2015-06-30 (range at most 62 days) */
  end_date: string;
  /** Card source: 0 created on the platform, 1 created through the API */
  cond_source: 0 | 1;
}

/** Result of `datacube.getCardMemberCardInfo`: Get daily overview of member cards created on the platform (拉取会员卡概况数据) */
export interface DatacubeGetCardMemberCardInfoResult {
  /** The data, one row per date */
  list: Array<{
    /** Date */
    ref_date?: string;
    /** Views */
    view_cnt?: number;
    /** Viewers */
    view_user?: number;
    /** Cards received */
    receive_cnt?: number;
    /** Users who received */
    receive_user?: number;
    /** Users who activated */
    active_user?: number;
    /** Cards used */
    verify_cnt?: number;
    /** Users who used */
    verify_user?: number;
    /** Valid members in total */
    total_user?: number;
    /** Users who ever received the member card */
    total_receive_user?: number;
  }>;
}

/** Params of `datacube.getInterfaceSummary`: Get daily stats of passive replies through the server URL (获取被动回复概要数据) */
export interface DatacubeGetInterfaceSummaryParams {
  /** Start date, YYYY-MM-DD */
  begin_date: string;
  /** End date, YYYY-MM-DD (max span 30 days) */
  end_date: string;
}

/** Result of `datacube.getInterfaceSummary`: Get daily stats of passive replies through the server URL (获取被动回复概要数据) */
export interface DatacubeGetInterfaceSummaryResult {
  /** The data, one row per date */
  list: Array<{
    /** Date of the data */
    ref_date?: string;
    /** Passive replies to user messages received at the server URL */
    callback_count?: number;
    /** Failures among them */
    fail_count?: number;
    /** Total time; divided by callback_count gives the average */
    total_time_cost?: number;
    /** Longest time */
    max_time_cost?: number;
  }>;
}

/** Params of `datacube.getInterfaceSummaryHour`: Get hourly stats of passive replies through the server URL (获取被动回复分布数据) */
export interface DatacubeGetInterfaceSummaryHourParams {
  /** Start date, YYYY-MM-DD */
  begin_date: string;
  /** End date, YYYY-MM-DD (max span 1 day) */
  end_date: string;
}

/** Result of `datacube.getInterfaceSummaryHour`: Get hourly stats of passive replies through the server URL (获取被动回复分布数据) */
export interface DatacubeGetInterfaceSummaryHourResult {
  /** The data, one row per hour */
  list: Array<{
    /** Date of the data */
    ref_date?: string;
    /** Hour of the data */
    ref_hour?: number;
    /** Passive replies to user messages received at the server URL */
    callback_count?: number;
    /** Failures among them */
    fail_count?: number;
    /** Total time; divided by callback_count gives the average */
    total_time_cost?: number;
    /** Longest time */
    max_time_cost?: number;
  }>;
}

/** Params of `datacube.getUpstreamMsg`: Get daily overview of messages users sent to the account (获取消息发送概况数据) */
export interface DatacubeGetUpstreamMsgParams {
  /** Start date, yyyy-MM-dd */
  begin_date: string;
  /** End date, yyyy-MM-dd (span under 7 days; at most yesterday) */
  end_date: string;
}

/** Result of `datacube.getUpstreamMsg`: Get daily overview of messages users sent to the account (获取消息发送概况数据) */
export interface DatacubeGetUpstreamMsgResult {
  /** The data, one row per date and message type */
  list: Array<{
    /** Date of the data, between begin_date and end_date */
    ref_date?: string;
    /** 1 text, 2 image, 3 voice, 4 video, 6 third-party app (link) */
    msg_type?: 1 | 2 | 3 | 4 | 6;
    /** Users who sent messages to the account */
    msg_user?: number;
    /** Messages sent */
    msg_count?: number;
  }>;
}

/** Params of `datacube.getUpstreamMsgDist`: Get the distribution of how many messages users sent (获取消息发送分布数据) */
export interface DatacubeGetUpstreamMsgDistParams {
  /** Start date, yyyy-MM-dd */
  begin_date: string;
  /** End date, yyyy-MM-dd (max span 15 days) */
  end_date: string;
}

/** Result of `datacube.getUpstreamMsgDist`: Get the distribution of how many messages users sent (获取消息发送分布数据) */
export interface DatacubeGetUpstreamMsgDistResult {
  /** The data, one row per date and interval */
  list: Array<{
    /** Date of the data, between begin_date and end_date */
    ref_date?: string;
    /** Messages sent that day: 0 none, 1 1-5, 2 6-10, 3 more than 10 */
    count_interval?: 0 | 1 | 2 | 3;
    /** Users who sent messages to the account */
    msg_user?: number;
  }>;
}

/** Params of `datacube.getUpstreamMsgDistMonth`: Get the monthly distribution of how many messages users sent (获取消息发送分布月数据) */
export interface DatacubeGetUpstreamMsgDistMonthParams {
  /** Start date, yyyy-MM-dd */
  begin_date: string;
  /** End date, yyyy-MM-dd (max span 15 days) */
  end_date: string;
}

/** Result of `datacube.getUpstreamMsgDistMonth`: Get the monthly distribution of how many messages users sent (获取消息发送分布月数据) */
export interface DatacubeGetUpstreamMsgDistMonthResult {
  /** The data, one row per month and interval */
  list: Array<{
    /** Date of the data (first day of the month) */
    ref_date?: string;
    /** Messages sent: 0 none, 1 1-5, 2 6-10, 3 more than 10 */
    count_interval?: 0 | 1 | 2 | 3;
    /** Users who sent messages to the account */
    msg_user?: number;
  }>;
}

/** Params of `datacube.getUpstreamMsgDistWeek`: Get the weekly distribution of how many messages users sent (获取消息发送分布周数据) */
export interface DatacubeGetUpstreamMsgDistWeekParams {
  /** Start date, yyyy-MM-dd */
  begin_date: string;
  /** End date, yyyy-MM-dd (max span 15 days) */
  end_date: string;
}

/** Result of `datacube.getUpstreamMsgDistWeek`: Get the weekly distribution of how many messages users sent (获取消息发送分布周数据) */
export interface DatacubeGetUpstreamMsgDistWeekResult {
  /** The data, one row per week and interval */
  list: Array<{
    /** Date of the data (first day of the week) */
    ref_date?: string;
    /** Messages sent: 0 none, 1 1-5, 2 6-10, 3 more than 10 */
    count_interval?: 0 | 1 | 2 | 3;
    /** Users who sent messages to the account */
    msg_user?: number;
  }>;
}

/** Params of `datacube.getUpstreamMsgHour`: Get hourly data of messages users sent to the account (获取消息发送分时数据) */
export interface DatacubeGetUpstreamMsgHourParams {
  /** Start date, yyyy-MM-dd */
  begin_date: string;
  /** End date, yyyy-MM-dd (max span 1 day: the same day) */
  end_date: string;
}

/** Result of `datacube.getUpstreamMsgHour`: Get hourly data of messages users sent to the account (获取消息发送分时数据) */
export interface DatacubeGetUpstreamMsgHourResult {
  /** The data, one row per hour and message type */
  list: Array<{
    /** Date of the data, between begin_date and end_date */
    ref_date?: string;
    /** Hour of the data (0, 100, ... 2300 in the older page) */
    ref_hour?: number;
    /** 1 text, 2 image, 3 voice, 4 video, 6 third-party app (link) */
    msg_type?: 1 | 2 | 3 | 4 | 6;
    /** Users who sent messages to the account */
    msg_user?: number;
    /** Messages sent */
    msg_count?: number;
  }>;
}

/** Params of `datacube.getUpstreamMsgMonth`: Get monthly data of messages users sent to the account (获取消息发送月数据) */
export interface DatacubeGetUpstreamMsgMonthParams {
  /** Start date, yyyy-MM-dd */
  begin_date: string;
  /** End date, yyyy-MM-dd (max span 30 days; months are dated on their 1st) */
  end_date: string;
}

/** Result of `datacube.getUpstreamMsgMonth`: Get monthly data of messages users sent to the account (获取消息发送月数据) */
export interface DatacubeGetUpstreamMsgMonthResult {
  /** The data, one row per month and message type */
  list: Array<{
    /** Date of the data (first day of the month) */
    ref_date?: string;
    /** 1 text, 2 image, 3 voice, 4 video, 6 third-party app (link) */
    msg_type?: 1 | 2 | 3 | 4 | 6;
    /** Users who sent messages to the account */
    msg_user?: number;
    /** Messages sent */
    msg_count?: number;
  }>;
}

/** Params of `datacube.getUpstreamMsgWeek`: Get weekly data of messages users sent to the account (获取消息发送周数据) */
export interface DatacubeGetUpstreamMsgWeekParams {
  /** Start date, yyyy-MM-dd */
  begin_date: string;
  /** End date, yyyy-MM-dd (max span 30 days; weeks are dated on their Monday) */
  end_date: string;
}

/** Result of `datacube.getUpstreamMsgWeek`: Get weekly data of messages users sent to the account (获取消息发送周数据) */
export interface DatacubeGetUpstreamMsgWeekResult {
  /** The data, one row per week and message type */
  list: Array<{
    /** Date of the data (first day of the week) */
    ref_date?: string;
    /** 1 text, 2 image, 3 voice, 4 video, 6 third-party app (link) */
    msg_type?: 1 | 2 | 3 | 4 | 6;
    /** Users who sent messages to the account */
    msg_user?: number;
    /** Messages sent */
    msg_count?: number;
  }>;
}

/** Params of `datacube.getUserCumulate`: Get the daily total follower count (获取累计用户数据) */
export interface DatacubeGetUserCumulateParams {
  /** Start date, yyyy-MM-dd */
  begin_date: string;
  /** End date, yyyy-MM-dd (max span 7 days) */
  end_date: string;
}

/** Result of `datacube.getUserCumulate`: Get the daily total follower count (获取累计用户数据) */
export interface DatacubeGetUserCumulateResult {
  /** The data, one row per date */
  list: Array<{
    /** Date of the data */
    ref_date?: string;
    /** Total followers */
    cumulate_user?: number;
  }>;
}

/** Params of `datacube.getUserRead`: Get daily article reading overview (获取图文阅读概况数据) */
export interface DatacubeGetUserReadParams {
  /** Start date, YYYY-MM-DD */
  begin_date: string;
  /** End date, YYYY-MM-DD (max span 3 days; at most yesterday) */
  end_date: string;
}

/** Result of `datacube.getUserRead`: Get daily article reading overview (获取图文阅读概况数据) */
export interface DatacubeGetUserReadResult {
  /** The data, one row per date and channel */
  list: Array<{
    /** Date of the data, between begin_date and end_date */
    ref_date?: string;
    /** Where readers came from: 99999999 all, 0 chat, 1 friends, 2 Moments, 4 history page, 5 other, 6 看一看, 7 搜一搜 */
    user_source?: number;
    /** Readers of the article page */
    int_page_read_user?: number;
    /** Reads of the article page */
    int_page_read_count?: number;
    /** Readers of the original page; 0 when there is none */
    ori_page_read_user?: number;
    /** Reads of the original page */
    ori_page_read_count?: number;
    /** Users who shared */
    share_user?: number;
    /** Shares */
    share_count?: number;
    /** Users who added to favourites */
    add_to_fav_user?: number;
    /** Adds to favourites */
    add_to_fav_count?: number;
  }>;
}

/** Params of `datacube.getUserReadHour`: Get hourly article reading data (获取图文阅读分时数据) */
export interface DatacubeGetUserReadHourParams {
  /** Start date, YYYY-MM-DD */
  begin_date: string;
  /** End date, YYYY-MM-DD (max span 1 day; at most yesterday) */
  end_date: string;
}

/** Result of `datacube.getUserReadHour`: Get hourly article reading data (获取图文阅读分时数据) */
export interface DatacubeGetUserReadHourResult {
  /** The data, one row per hour and channel */
  list: Array<{
    /** Date of the data, between begin_date and end_date */
    ref_date?: string;
    /** Hour of the data */
    ref_hour?: number;
    /** Where readers came from: 99999999 all, 0 chat, 1 friends, 2 Moments, 4 history page, 5 other, 6 看一看, 7 搜一搜 */
    user_source?: number;
    /** Readers of the article page */
    int_page_read_user?: number;
    /** Reads of the article page */
    int_page_read_count?: number;
    /** Readers of the original page; 0 when there is none */
    ori_page_read_user?: number;
    /** Reads of the original page */
    ori_page_read_count?: number;
    /** Users who shared */
    share_user?: number;
    /** Shares */
    share_count?: number;
    /** Users who added to favourites */
    add_to_fav_user?: number;
    /** Adds to favourites */
    add_to_fav_count?: number;
  }>;
}

/** Params of `datacube.getUserShare`: Get daily article sharing overview (获取图文转发概况数据) */
export interface DatacubeGetUserShareParams {
  /** Start date, YYYY-MM-DD */
  begin_date: string;
  /** End date, YYYY-MM-DD (max span 7 days; at most yesterday) */
  end_date: string;
}

/** Result of `datacube.getUserShare`: Get daily article sharing overview (获取图文转发概况数据) */
export interface DatacubeGetUserShareResult {
  /** The data, one row per date and share scene */
  list: Array<{
    /** Date of the data, between begin_date and end_date */
    ref_date?: string;
    /** Share scene: 1 to a friend, 2 Moments, 255 other */
    share_scene?: number;
    /** Shares */
    share_count?: number;
    /** Users who shared */
    share_user?: number;
  }>;
}

/** Params of `datacube.getUserShareHour`: Get hourly article sharing data (获取图文转发分时数据) */
export interface DatacubeGetUserShareHourParams {
  /** Start date, YYYY-MM-DD */
  begin_date: string;
  /** End date, YYYY-MM-DD (max span 1 day; at most yesterday) */
  end_date: string;
}

/** Result of `datacube.getUserShareHour`: Get hourly article sharing data (获取图文转发分时数据) */
export interface DatacubeGetUserShareHourResult {
  /** The data, one row per hour and share scene */
  list: Array<{
    /** Date of the data, between begin_date and end_date */
    ref_date?: string;
    /** Hour of the data */
    ref_hour?: number;
    /** Users who shared */
    share_user?: number;
    /** Shares */
    share_count?: number;
    /** Share scene: 1 to a friend, 2 Moments, 255 other */
    share_scene?: number;
  }>;
}

/** Params of `datacube.getUserSummary`: Get daily follower gains and losses per channel (获取用户增减数据) */
export interface DatacubeGetUserSummaryParams {
  /** Start date, yyyy-MM-dd */
  begin_date: string;
  /** End date, yyyy-MM-dd (max span 7 days) */
  end_date: string;
}

/** Result of `datacube.getUserSummary`: Get daily follower gains and losses per channel (获取用户增减数据) */
export interface DatacubeGetUserSummaryResult {
  /** The data, one row per date and channel */
  list: Array<{
    /** Date of the data */
    ref_date?: string;
    /** Channel: 0 other, 1 account search, 17 card share, 30 QR scan, 57 account name in article, 100 WeChat ads, 161 reposts, 149 Mini Program, 200 Channels, 201 live */
    user_source?: number;
    /** New followers */
    new_user?: number;
    /** Unfollows (new_user - cancel_user = net gain) */
    cancel_user?: number;
  }>;
}
