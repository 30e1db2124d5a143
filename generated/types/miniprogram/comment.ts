// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `comment.addCommentReply`: Reply to a comment under a review (创建回复 addCommentReply) */
export interface MpCommentAddCommentReplyParams {
  /** Review id */
  commentId: string;
  /** Comment id */
  replyId: string;
  /** Reply text */
  content: string;
}

/** Result of `comment.addCommentReply`: Reply to a comment under a review (创建回复 addCommentReply) */
export interface MpCommentAddCommentReplyResult {
  /** Whether the request succeeded */
  success?: boolean;
}

/** Params of `comment.confirmCompromise`: Report a settlement of a bad review to the platform (确认和解 confirmCompromise) */
export interface MpCommentConfirmCompromiseParams {
  /** Review id */
  commentId: string;
  /** Settlement image mediaIds */
  picList: Array<string>;
  /** Settlement text */
  content: string;
}

/** Result of `comment.confirmCompromise`: Report a settlement of a bad review to the platform (确认和解 confirmCompromise) */
export interface MpCommentConfirmCompromiseResult {
  /** Whether the request succeeded */
  success?: boolean;
}

/** Params of `comment.deleteCommentReply`: Delete a reply to a comment (删除回复 deleteCommentReply) */
export interface MpCommentDeleteCommentReplyParams {
  /** Review id */
  commentId: string;
  /** Comment id */
  replyId: string;
  /** Reply id */
  commentReplyId: string;
}

/** Result of `comment.deleteCommentReply`: Delete a reply to a comment (删除回复 deleteCommentReply) */
export interface MpCommentDeleteCommentReplyResult {
  /** Whether the request succeeded */
  success?: boolean;
}

/** Params of `comment.getInfo`: Get the details of a transaction review (查询评价详情 getCommentInfo) */
export interface MpCommentGetInfoParams {
  /** Review id */
  commentId: string;
}

/** Result of `comment.getInfo`: Get the details of a transaction review (查询评价详情 getCommentInfo) */
export interface MpCommentGetInfoResult {
  /** The review */
  info?: {
    /** The review */
    content?: {
      /** Review id */
      commentId?: string;
      /** Amount in fen (the table says string, the example prints a number) */
      amount?: number;
      /** Order id */
      orderId?: string;
      /** Creation time (Unix seconds) */
      createTime?: string;
      /** Payment time (Unix seconds) */
      payTime?: string;
      /** Merchant order information */
      orderInfo?: {
        /** Merchant order number (WeChat Pay out_trade_no) */
        busiOrderId?: string;
      };
      /** Reviewed products */
      productInfo?: {
        /** Products */
        productList?: Array<{
          /** Product name */
          name?: string;
          /** Product image */
          picUrl?: string;
        }>;
      };
      /** WeChat Pay transaction_id (usually starts with 420) */
      wxPayId?: string;
      /** The reviewing user */
      userInfo?: {
        /** The user's openid */
        openid?: string;
        /** The user's avatar */
        headImg?: string;
        /** The user's nickname */
        nickName?: string;
      };
      /** The merchant Mini Program */
      bizInfo?: {
        /** The Mini Program's appid */
        appid?: string;
        /** The Mini Program's avatar */
        headImg?: string;
        /** The Mini Program's nickname */
        nickName?: string;
      };
      /** Score, every 100 is one star (the table says string, the example prints a number) */
      score?: number;
      /** Review content */
      content?: {
        /** Review images or video */
        media?: Array<S.CommentMedia>;
        /** Review text */
        txt?: string;
      };
    };
  };
  /** Handling progress (bad reviews only) */
  processInfo?: {
    /** Progress steps; counting from the end, the first with updateTime is the current one */
    actionList?: Array<{
      /** 1 bad review posted, 2 developer handling, 3 user survey, 4 user changed the review */
      type?: 1 | 2 | 3 | 4;
      /** Update time */
      updateTime?: number;
    }>;
    /** Review id */
    commentId?: string;
  };
  /** The previous review (only for a changed review) */
  oldComment?: {
    /** Review id */
    commentId?: string;
    /** Creation time (Unix seconds) */
    createTime?: string;
    /** Score; every 100 is one star */
    score?: number;
    /** Review content */
    content?: {
      /** Review text */
      ext?: string;
      /** Review images or video */
      media?: Array<S.CommentMedia>;
    };
  };
}

/** Params of `comment.getList`: List the Mini Program's transaction reviews (查询评价列表 getCommentList) */
export interface MpCommentGetListParams {
  /** Start of the period (Unix seconds) */
  startTime: string;
  /** End of the period (Unix seconds) */
  endTime: string;
  /** 1 all bad (1-2 stars), 2 all good (4-5 stars), 3 bad awaiting settlement, 4 awaiting developer reply, 5 bad then changed, 6 all */
  filterType?: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * Offset to start from; 0 = first page
   * @default 0
   */
  offset?: number;
  /**
   * Reviews per page
   * @default 8
   */
  limit?: number;
}

/** Result of `comment.getList`: List the Mini Program's transaction reviews (查询评价列表 getCommentList) */
export interface MpCommentGetListResult {
  /** Offset of this page */
  offset?: number;
  /** Total number of reviews */
  total?: number;
  /** Reviews */
  commentList?: Array<{
    /** Review id */
    commentId?: string;
    /** Amount in fen */
    amount?: number;
    /** Order id */
    orderId?: string;
    /** Creation time (Unix seconds) */
    createTime?: string;
    /** Payment time (Unix seconds) */
    payTime?: string;
    /** WeChat Pay transaction_id (usually starts with 420) */
    wxPayId?: string;
    /** Merchant order information */
    orderInfo?: {
      /** Merchant order number (WeChat Pay out_trade_no) */
      busiOrderId?: string;
    };
    /** The reviewing user */
    userInfo?: {
      /** The user's openid */
      openid?: string;
      /** The user's avatar */
      headImg?: string;
      /** The user's nickname */
      nickName?: string;
    };
    /** The merchant Mini Program */
    bizInfo?: {
      /** The Mini Program's appid */
      appid?: string;
      /** The Mini Program's avatar */
      headImg?: string;
      /** The Mini Program's nickname */
      nickName?: string;
    };
    /** Score; every 100 is one star */
    score?: number;
    /** Review content */
    content?: {
      /** Review text */
      txt?: string;
      /** Review images or video */
      media?: Array<S.CommentMedia>;
    };
    /** Extra information */
    extInfo?: {
      /** Whether the bad-review customer-service session was already sent */
      isAlreadySendTmpl?: boolean;
    };
    /** Reviewed products */
    productInfo?: {
      /** Products */
      productList?: Array<{
        /** Product name */
        name?: string;
        /** Product image */
        picUrl?: string;
      }>;
    };
  }>;
  /** Success flag (only in the official example, not in the field table) */
  success?: boolean;
}

/** Params of `comment.getReplyList`: List the comment and replies under a review (查询评论列表 getCommentReplyList) */
export interface MpCommentGetReplyListParams {
  /** Review id */
  commentId: string;
}

/** Result of `comment.getReplyList`: List the comment and replies under a review (查询评论列表 getCommentReplyList) */
export interface MpCommentGetReplyListResult {
  /** The comment (first reply) and the replies after it */
  list?: {
    /** The comment */
    reply?: {
      /** Review id */
      commentId?: string;
      /** Comment id */
      replyId?: string;
      /** Creation time (Unix seconds) */
      createTime?: string;
      /** Update time (Unix seconds) */
      updateTime?: string;
      /** The reply */
      replyContent?: {
        /** Reply text */
        content?: string;
      };
      /** Who is replied to */
      replyObject?: {
        /** Nickname */
        nickname?: string;
        /** Avatar */
        imgUrl?: string;
      };
    };
    /** Replies (second and later) */
    commentReplyList?: Array<{
      /** Review id */
      commentId?: string;
      /** Reply id */
      commentReplyId?: string;
      /** Creation time (Unix seconds) */
      createTime?: string;
      /** Update time (Unix seconds) */
      updateTime?: string;
      /** The reply */
      commentReplyContent?: {
        /** Reply text */
        content?: string;
      };
      /** Who is replied to */
      commentReplyObject?: {
        /** Nickname */
        nickname?: string;
        /** Avatar */
        imgUrl?: string;
      };
    }>;
  };
}

/** Params of `comment.resetApiKfQuota`: Reset the API customer-service quota of a review (重置Api客服quota resetApiKfQuota) */
export interface MpCommentResetApiKfQuotaParams {
  /** Review id */
  commentId: string;
}

/** Result of `comment.resetApiKfQuota`: Reset the API customer-service quota of a review (重置Api客服quota resetApiKfQuota) */
export interface MpCommentResetApiKfQuotaResult {
  /** Whether the request succeeded */
  success?: boolean;
}
