// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `draft.add`: Add a draft to the draft box (新增草稿) */
export interface DraftAddParams {
  /** The articles of the draft */
  articles: Array<{
    /** Article type: news (text and pictures) or newspic (picture message) @default "news" */
    article_type?: "news" | "newspic";
    /** Title, at most 32 characters (plain text, not \u-escaped) (length ≤ 32) */
    title: string;
    /** Author, at most 16 characters (plain text, not \u-escaped) (length ≤ 16) */
    author?: string;
    /** Summary, at most 128 characters; single-article messages only (the first 54 characters of the text when empty) (length ≤ 128) */
    digest?: string;
    /** Article body: HTML, JS removed, images only from media.uploadImage URLs; picture messages take plain text and a few special tags (at most 50 products) */
    content: string;
    /** The 'read the original' URL, at most 1 kb */
    content_source_url?: string;
    /** Cover image media id (a permanent media id); required when article_type is news */
    thumb_media_id?: string;
    /** Open comments: 0 no, 1 yes @default 0 */
    need_open_comment?: 0 | 1;
    /** 0 anyone may comment, 1 followers only @default 0 */
    only_fans_can_comment?: 0 | 1;
    /** 2.35:1 cover crop as X1_Y1_X2_Y2 in the (0,0)-(1,1) frame of the original image, at most 6 decimals (e.g. 0.1945_0_1_0.5236) */
    pic_crop_235_1?: string;
    /** 1:1 cover crop, in the same format as pic_crop_235_1 */
    pic_crop_1_1?: string;
    /** Picture messages: the pictures (at most 20; the first is the cover) */
    image_info?: {
      /** The pictures (items ≤ 20) */
      image_list: Array<{
        /** Picture media id (a permanent media id) */
        image_media_id: string;
      }>;
    };
    /** Picture messages: the cover crop */
    cover_info?: {
      /** Cover crops, with corners in the (0,0)-(1,1) frame of the picture */
      crop_percent_list?: Array<{
        /** Crop ratio */
        ratio?: "1_1" | "16_9" | "2.35_1";
        /** x of the top-left corner of the crop */
        x1?: string;
        /** y of the top-left corner of the crop */
        y1?: string;
        /** x of the bottom-right corner of the crop */
        x2?: string;
        /** y of the bottom-right corner of the crop */
        y2?: string;
      }>;
    };
    /** Product information */
    product_info?: {
      /** Product inserted at the end of the article */
      footer_product_info?: {
        /** Product key (see the product-card API) */
        product_key?: string;
      };
    };
  }>;
}

/** Result of `draft.add`: Add a draft to the draft box (新增草稿) */
export interface DraftAddResult {
  /** The new draft's media_id (at most 128 characters) */
  media_id: string;
}

/** Params of `draft.batchGet`: List drafts (获取草稿列表) */
export interface DraftBatchGetParams {
  /**
   * Offset in the whole list; 0 starts at the first draft
   * (value ≥ 0)
   */
  offset: number;
  /**
   * How many drafts to return, 1 to 20
   * (value 1–20)
   */
  count: number;
  /**
   * 1 leaves out the content field, 0 returns it
   * @default 0
   */
  no_content?: 0 | 1;
}

/** Result of `draft.batchGet`: List drafts (获取草稿列表) */
export interface DraftBatchGetResult {
  /** Total number of drafts */
  total_count: number;
  /** Number of drafts in this answer */
  item_count: number;
  /** The drafts */
  item?: Array<{
    /** The draft's media_id */
    media_id?: string;
    /** The draft's content */
    content?: {
      /** The articles */
      news_item?: Array<S.DraftNewsItem>;
    };
    /** Last update time (Unix time) */
    update_time?: number;
  }>;
}

/** Params of `draft.count`: Count the drafts (获取草稿的总数) */
export type DraftCountParams = Record<string, never>;

/** Result of `draft.count`: Count the drafts (获取草稿的总数) */
export interface DraftCountResult {
  /** Total number of drafts */
  total_count: number;
}

/** Params of `draft.delete`: Delete a draft, for good (删除草稿) */
export interface DraftDeleteParams {
  /** The media_id of the draft to delete */
  media_id: string;
}

/** Result of `draft.delete`: Delete a draft, for good (删除草稿) */
export type DraftDeleteResult = Record<string, unknown>;

/** Params of `draft.get`: Get a draft (获取草稿详情) */
export interface DraftGetParams {
  /** The media_id of the draft */
  media_id: string;
}

/** Result of `draft.get`: Get a draft (获取草稿详情) */
export interface DraftGetResult {
  /** The articles of the draft */
  news_item?: Array<S.DraftNewsItem>;
}

/** Params of `draft.update`: Update one article of a draft (更新草稿) */
export interface DraftUpdateParams {
  /** The media_id of the draft to change */
  media_id: string;
  /**
   * Position of the article in the draft (meaningful for multi-article drafts); the first is 0
   * (value ≥ 0)
   */
  index: number;
  /** The article (one object, not a list) */
  articles: {
    /** Article type: news (text and pictures) or newspic (picture message) @default "news" */
    article_type?: "news" | "newspic";
    /** Title */
    title: string;
    /** Author */
    author?: string;
    /** Summary; single-article messages only (the first 54 characters of the text when empty) */
    digest?: string;
    /** Article body: HTML under 20,000 characters and 1 MB, JS removed, images only from media.uploadImage URLs; picture messages take plain text and a few special tags (at most 50 products) */
    content: string;
    /** The 'read the original' URL */
    content_source_url?: string;
    /** Cover image media id (a permanent media id) */
    thumb_media_id?: string;
    /** Open comments: 0 no, 1 yes @default 0 */
    need_open_comment?: 0 | 1;
    /** 0 anyone may comment, 1 followers only @default 0 */
    only_fans_can_comment?: 0 | 1;
    /** 2.35:1 cover crop as X1_Y1_X2_Y2 in the (0,0)-(1,1) frame of the original image, at most 6 decimals (e.g. 0.1945_0_1_0.5236) */
    pic_crop_235_1?: string;
    /** 1:1 cover crop, in the same format as pic_crop_235_1 */
    pic_crop_1_1?: string;
    /** Picture messages: the pictures (at most 20; the first is the cover) */
    image_info?: {
      /** The pictures (items ≤ 20) */
      image_list: Array<{
        /** Picture media id (a permanent media id) */
        image_media_id: string;
      }>;
    };
    /** Picture messages: the cover crop */
    cover_info?: {
      /** Cover crops, with corners in the (0,0)-(1,1) frame of the picture */
      crop_percent_list?: Array<{
        /** Crop ratio */
        ratio?: "1_1" | "16_9" | "2.35_1";
        /** x of the top-left corner of the crop */
        x1?: string;
        /** y of the top-left corner of the crop */
        y1?: string;
        /** x of the bottom-right corner of the crop */
        x2?: string;
        /** y of the bottom-right corner of the crop */
        y2?: string;
      }>;
    };
    /** Product information */
    product_info?: {
      /** Product inserted at the end of the article */
      footer_product_info?: {
        /** Product key */
        product_key?: string;
      };
    };
  };
}

/** Result of `draft.update`: Update one article of a draft (更新草稿) */
export type DraftUpdateResult = Record<string, unknown>;
