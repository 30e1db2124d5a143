// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `comment.addReply`: Reply to a comment (回复评论) */
export interface CommentAddReplyParams {
  /** The msg_data_id returned by the mass send */
  msg_data_id: number;
  /** Which article of a multi-article post, from 0; the first article when omitted */
  index?: number;
  /** Comment id */
  user_comment_id: number;
  /** Reply text */
  content: string;
}

/** Result of `comment.addReply`: Reply to a comment (回复评论) */
export type CommentAddReplyResult = Record<string, unknown>;

/** Params of `comment.close`: Close comments on a mass-sent article (关闭已群发文章评论) */
export interface CommentCloseParams {
  /** The msg_data_id returned by the mass send */
  msg_data_id: number;
  /** Which article of a multi-article post, from 0; the first article when omitted */
  index?: number;
}

/** Result of `comment.close`: Close comments on a mass-sent article (关闭已群发文章评论) */
export type CommentCloseResult = Record<string, unknown>;

/** Params of `comment.delete`: Delete a comment (删除评论) */
export interface CommentDeleteParams {
  /** The msg_data_id returned by the mass send */
  msg_data_id: number;
  /** Which article of a multi-article post, from 0; the first article when omitted */
  index?: number;
  /** Comment id */
  user_comment_id: number;
}

/** Result of `comment.delete`: Delete a comment (删除评论) */
export type CommentDeleteResult = Record<string, unknown>;

/** Params of `comment.deleteReply`: Delete the reply to a comment (删除回复) */
export interface CommentDeleteReplyParams {
  /** The msg_data_id returned by the mass send */
  msg_data_id: number;
  /** Which article of a multi-article post, from 0; the first article when omitted */
  index?: number;
  /** Comment id */
  user_comment_id: number;
}

/** Result of `comment.deleteReply`: Delete the reply to a comment (删除回复) */
export type CommentDeleteReplyResult = Record<string, unknown>;

/** Params of `comment.list`: List the comments on an article (查看指定文章的评论数据) */
export interface CommentListParams {
  /** The msg_data_id returned by the mass send */
  msg_data_id: number;
  /** Which article of a multi-article post, from 0; the first article when omitted */
  index?: number;
  /** Start position */
  begin: number;
  /**
   * How many to fetch (50 or more is rejected)
   * (value ≤ 49)
   */
  count: number;
  /** 0 normal and elected comments, 1 normal comments only, 2 elected comments only */
  type: 0 | 1 | 2;
}

/** Result of `comment.list`: List the comments on an article (查看指定文章的评论数据) */
export interface CommentListResult {
  /** The comments */
  comment?: Array<{
    /** User comment id */
    user_comment_id?: number;
    /** Unix time of the comment */
    create_time?: number;
    /** Comment text */
    content?: string;
    /** 1 if the comment is elected, 0 if not */
    comment_type?: 0 | 1;
    /** The commenter's openid (absent when the user commented under a non-WeChat identity) */
    openid?: string;
    /** The author's reply */
    reply?: {
      /** Reply text */
      content?: string;
      /** Unix time of the reply */
      create_time?: number;
    };
  }>;
  /** Total number of comments */
  total?: number;
}

/** Params of `comment.markElect`: Mark a comment as elected (评论标记精选) */
export interface CommentMarkElectParams {
  /** The msg_data_id returned by the mass send */
  msg_data_id: number;
  /** Which article of a multi-article post, from 0; the first article when omitted */
  index?: number;
  /** User comment id */
  user_comment_id: number;
}

/** Result of `comment.markElect`: Mark a comment as elected (评论标记精选) */
export type CommentMarkElectResult = Record<string, unknown>;

/** Params of `comment.open`: Open comments on a mass-sent article (打开已群发文章评论) */
export interface CommentOpenParams {
  /** The msg_data_id returned by the mass send */
  msg_data_id: number;
  /** Which article of a multi-article post, from 0; the first article when omitted */
  index?: number;
}

/** Result of `comment.open`: Open comments on a mass-sent article (打开已群发文章评论) */
export type CommentOpenResult = Record<string, unknown>;

/** Params of `comment.unmarkElect`: Remove a comment from the elected comments (评论取消精选) */
export interface CommentUnmarkElectParams {
  /** The msg_data_id returned by the mass send */
  msg_data_id: number;
  /** Which article of a multi-article post, from 0; the first article when omitted */
  index?: number;
  /** User comment id */
  user_comment_id: number;
}

/** Result of `comment.unmarkElect`: Remove a comment from the elected comments (评论取消精选) */
export type CommentUnmarkElectResult = Record<string, unknown>;
