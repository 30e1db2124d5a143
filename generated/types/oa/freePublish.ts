// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `freePublish.batchGet`: List the published messages (获取已发布的消息列表) */
export interface FreePublishBatchGetParams {
  /**
   * Offset in the whole list; 0 starts at the first one
   * (value ≥ 0)
   */
  offset: number;
  /**
   * How many to return, 1 to 20
   * (value 1–20)
   */
  count: number;
  /**
   * 1 leaves out the content field, 0 returns it
   * @default 0
   */
  no_content?: 0 | 1;
}

/** Result of `freePublish.batchGet`: List the published messages (获取已发布的消息列表) */
export interface FreePublishBatchGetResult {
  /** Total number of published messages */
  total_count: number;
  /** Number of messages in this answer */
  item_count: number;
  /** The published messages */
  item?: Array<{
    /** The published message's article_id */
    article_id?: string;
    /** The message's content */
    content?: {
      /** The articles */
      news_item?: Array<S.PublishedNewsItem>;
    };
    /** Last update time (Unix time) */
    update_time?: number;
  }>;
}

/** Params of `freePublish.delete`: Delete a published article, for good (删除发布文章) */
export interface FreePublishDeleteParams {
  /** The article_id returned on publication */
  article_id: string;
  /**
   * Position of the article to delete, the first is 1; omitted or 0 deletes every article
   * (value ≥ 0)
   */
  index?: number;
}

/** Result of `freePublish.delete`: Delete a published article, for good (删除发布文章) */
export type FreePublishDeleteResult = Record<string, unknown>;

/** Params of `freePublish.get`: Query the status of a publish task (发布状态查询) */
export interface FreePublishGetParams {
  /** Publish task id (from freePublish.submit) */
  publish_id: string;
}

/** Result of `freePublish.get`: Query the status of a publish task (发布状态查询) */
export interface FreePublishGetResult {
  /** Publish task id */
  publish_id: string;
  /** 0 published, 1 publishing, 2 originality check failed, 3 failed, 4 rejected by review, 5 all articles deleted by the user, 6 all articles banned by the platform */
  publish_status: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** The article_id, when published */
  article_id?: string;
  /** The articles, when published (status 0) */
  article_detail?: {
    /** Number of articles */
    count?: number;
    /** The articles */
    item?: Array<{
      /** Article number */
      idx?: number;
      /** Permanent link to the article */
      article_url?: string;
    }>;
  };
  /** Numbers of the failed articles */
  fail_idx?: Array<number>;
}

/** Params of `freePublish.getArticle`: Get a published article (获取已发布图文信息) */
export interface FreePublishGetArticleParams {
  /** The article_id of the published message */
  article_id: string;
}

/** Result of `freePublish.getArticle`: Get a published article (获取已发布图文信息) */
export interface FreePublishGetArticleResult {
  /** The articles */
  news_item?: Array<S.PublishedNewsItem>;
}

/** Params of `freePublish.submit`: Submit a draft for publication (发布草稿) */
export interface FreePublishSubmitParams {
  /** The media_id of the draft to publish */
  media_id: string;
}

/** Result of `freePublish.submit`: Submit a draft for publication (发布草稿) */
export interface FreePublishSubmitResult {
  /** Publish task id; success only means the task was accepted (the result comes as a PUBLISHJOBFINISH event) */
  publish_id: string;
  /** Message data id */
  msg_data_id?: string;
}
