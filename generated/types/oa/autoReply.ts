// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `autoReply.getCurrentInfo`: Get the auto-reply rules set on the Official Accounts Platform (获取自动回复规则) */
export type AutoReplyGetCurrentInfoParams = Record<string, never>;

/** Result of `autoReply.getCurrentInfo`: Get the auto-reply rules set on the Official Accounts Platform (获取自动回复规则) */
export interface AutoReplyGetCurrentInfoResult {
  /** Whether the reply on follow is on (0 off, 1 on) */
  is_add_friend_reply_open?: 0 | 1;
  /** Whether the default message reply is on (0 off, 1 on) */
  is_autoreply_open?: 0 | 1;
  /** The reply sent when a user follows */
  add_friend_autoreply_info?: {
    /** Reply type: text, img, voice or video (keyword replies may also be news) */
    type?: "text" | "img" | "voice" | "video" | "news";
    /** The text for text replies, the media id for the other types */
    content?: string;
  };
  /** The default reply to messages */
  message_default_autoreply_info?: {
    /** Reply type: text, img, voice or video (keyword replies may also be news) */
    type?: "text" | "img" | "voice" | "video" | "news";
    /** The text for text replies, the media id for the other types */
    content?: string;
  };
  /** The keyword replies */
  keyword_autoreply_info?: {
    /** The keyword rules */
    list?: Array<{
      /** Rule name */
      rule_name?: string;
      /** Unix time the rule was created */
      create_time?: number;
      /** reply_all sends every reply, random_one one of them at random */
      reply_mode?: "reply_all" | "random_one";
      /** The keywords that trigger the rule */
      keyword_list_info?: Array<{
        /** Keyword type */
        type?: string;
        /** contain: the message contains the keyword; equal: the message is exactly the keyword */
        match_mode?: "contain" | "equal";
        /** The keyword */
        content?: string;
      }>;
      /** The replies of the rule */
      reply_list_info?: Array<{
        /** Reply type: text, img, voice, video or news */
        type?: "text" | "img" | "voice" | "video" | "news";
        /** The text for text replies, the media id (or URL) for the other types except news */
        content?: string;
        /** The articles of a news reply */
        news_info?: {
          /** The articles */
          list?: Array<{
            /** Article title */
            title?: string;
            /** Author */
            author?: string;
            /** Summary */
            digest?: string;
            /** Whether the cover is shown (0 no, 1 yes) */
            show_cover?: 0 | 1;
            /** Cover image URL */
            cover_url?: string;
            /** Article URL */
            content_url?: string;
            /** Original-article URL; empty means no Read More link */
            source_url?: string;
          }>;
        };
      }>;
    }>;
  };
}
