// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `webhook.send`: Push a message to a group through its webhook robot (消息推送 / 群机器人 - 发送消息) */
export type WorkWebhookSendParams = {
  /** The key of the robot's webhook URL (keep it private: anyone with it can post to the group) */
  key: string;
  /** Message type: text, markdown, markdown_v2, image, news, file, voice or template_card */
  msgtype: "text";
  /** Text message; <@userid> in content mentions a member */
  text: {
    /** Text, at most 2048 bytes, UTF-8 */
    content: string;
    /** UserIDs to mention; @all mentions everyone (use mentioned_mobile_list without userids) */
    mentioned_list?: Array<string>;
    /** Mobile numbers of members to mention; @all mentions everyone */
    mentioned_mobile_list?: Array<string>;
  };
} | {
  /** The key of the robot's webhook URL (keep it private: anyone with it can post to the group) */
  key: string;
  /** Message type: text, markdown, markdown_v2, image, news, file, voice or template_card */
  msgtype: "markdown";
  /** Markdown message (titles, bold, links, inline code, quotes, 3 font colours); <@userid> mentions */
  markdown: {
    /** Markdown content, at most 4096 bytes, UTF-8 */
    content: string;
  };
} | {
  /** The key of the robot's webhook URL (keep it private: anyone with it can post to the group) */
  key: string;
  /** Message type: text, markdown, markdown_v2, image, news, file, voice or template_card */
  msgtype: "markdown_v2";
  /** Markdown v2 message (lists, images, tables, code blocks; no font colours or mentions) */
  markdown_v2: {
    /** Markdown v2 content, at most 4096 bytes, UTF-8 */
    content: string;
  };
} | {
  /** The key of the robot's webhook URL (keep it private: anyone with it can post to the group) */
  key: string;
  /** Message type: text, markdown, markdown_v2, image, news, file, voice or template_card */
  msgtype: "image";
  /** Image message; the image is at most 2 MB before base64, JPG or PNG */
  image: {
    /** Base64 of the image */
    base64: string;
    /** MD5 of the image (before base64) */
    md5: string;
  };
} | {
  /** The key of the robot's webhook URL (keep it private: anyone with it can post to the group) */
  key: string;
  /** Message type: text, markdown, markdown_v2, image, news, file, voice or template_card */
  msgtype: "news";
  /** News message */
  news: {
    /** Articles (1 to 8) (items 1–8) */
    articles: Array<{
      /** Title, at most 128 bytes, truncated beyond */
      title: string;
      /** Description, at most 512 bytes, truncated beyond */
      description?: string;
      /** URL opened on click */
      url: string;
      /** Picture URL, JPG or PNG; 1068*455 large, 150*150 small */
      picurl?: string;
    }>;
  };
} | {
  /** The key of the robot's webhook URL (keep it private: anyone with it can post to the group) */
  key: string;
  /** Message type: text, markdown, markdown_v2, image, news, file, voice or template_card */
  msgtype: "file";
  /** File message */
  file: {
    /** File id from the robot's upload_media (valid 3 days) */
    media_id: string;
  };
} | {
  /** The key of the robot's webhook URL (keep it private: anyone with it can post to the group) */
  key: string;
  /** Message type: text, markdown, markdown_v2, image, news, file, voice or template_card */
  msgtype: "voice";
  /** Voice message */
  voice: {
    /** Voice file id from the robot's upload_media (valid 3 days) */
    media_id: string;
  };
} | {
  /** The key of the robot's webhook URL (keep it private: anyone with it can post to the group) */
  key: string;
  /** Message type: text, markdown, markdown_v2, image, news, file, voice or template_card */
  msgtype: "template_card";
  /** Template card; the robot documents text_notice and news_notice */
  template_card: S.In.WorkTemplateCard;
};
/** Result of `webhook.send`: Push a message to a group through its webhook robot (消息推送 / 群机器人 - 发送消息) */
export type WorkWebhookSendResult = Record<string, unknown>;
