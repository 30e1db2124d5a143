// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `message.getStatistics`: Get app message delivery statistics (查询应用消息发送统计) */
export interface WorkMessageGetStatisticsParams {
  /**
   * Day to query: 0 today (default), 1 yesterday
   * @default 0
   */
  time_type?: 0 | 1;
}

/** Result of `message.getStatistics`: Get app message delivery statistics (查询应用消息发送统计) */
export interface WorkMessageGetStatisticsResult {
  /** Per-app statistics */
  statistics?: Array<{
    /** App id */
    agentid?: number;
    /** App name */
    app_name?: string;
    /** Number of successful message deliveries (person-times) */
    count?: number;
  }>;
}

/** Params of `message.recall`: Recall an app message sent within 24 hours (撤回应用消息) */
export interface WorkMessageRecallParams {
  /** Message id returned by message.send */
  msgid: string;
}

/** Result of `message.recall`: Recall an app message sent within 24 hours (撤回应用消息) */
export type WorkMessageRecallResult = Record<string, unknown>;
/** Params of `message.send`: Send an app message to members, departments or tags (发送应用消息) */
export type WorkMessageSendParams = {
  /** Member UserIDs separated by |, at most 1000; @all sends to every member of the app's visible range */
  touser?: string;
  /** Department ids separated by |, at most 100; ignored when touser is @all */
  toparty?: string;
  /** Tag ids separated by |, at most 100; ignored when touser is @all */
  totag?: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown, miniprogram_notice or template_card */
  msgtype: "text";
  /** The app id (required for every type except miniprogram_notice) */
  agentid?: number;
  /** 0 shareable (default), 1 not shareable and watermarked, 2 shareable inside the corp only (mpnews only) */
  safe?: 0 | 1 | 2;
  /** 1 to enable id translation (default 0) */
  enable_id_trans?: 0 | 1;
  /** 1 to enable the duplicate message check (default 0) */
  enable_duplicate_check?: 0 | 1;
  /** Duplicate check interval in seconds, default 1800, at most 4 hours (value ≤ 14400) @default 1800 */
  duplicate_check_interval?: number;
  /** Text message */
  text: {
    /** Content, at most 2048 bytes, truncated beyond; \n and <a> links allowed (supports id translation) */
    content: string;
  };
} | {
  /** Member UserIDs separated by |, at most 1000; @all sends to every member of the app's visible range */
  touser?: string;
  /** Department ids separated by |, at most 100; ignored when touser is @all */
  toparty?: string;
  /** Tag ids separated by |, at most 100; ignored when touser is @all */
  totag?: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown, miniprogram_notice or template_card */
  msgtype: "image";
  /** The app id (required for every type except miniprogram_notice) */
  agentid?: number;
  /** 0 shareable (default), 1 not shareable and watermarked, 2 shareable inside the corp only (mpnews only) */
  safe?: 0 | 1 | 2;
  /** 1 to enable id translation (default 0) */
  enable_id_trans?: 0 | 1;
  /** 1 to enable the duplicate message check (default 0) */
  enable_duplicate_check?: 0 | 1;
  /** Duplicate check interval in seconds, default 1800, at most 4 hours (value ≤ 14400) @default 1800 */
  duplicate_check_interval?: number;
  /** Image message */
  image: {
    /** media_id of the image from the temporary media upload */
    media_id: string;
  };
} | {
  /** Member UserIDs separated by |, at most 1000; @all sends to every member of the app's visible range */
  touser?: string;
  /** Department ids separated by |, at most 100; ignored when touser is @all */
  toparty?: string;
  /** Tag ids separated by |, at most 100; ignored when touser is @all */
  totag?: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown, miniprogram_notice or template_card */
  msgtype: "voice";
  /** The app id (required for every type except miniprogram_notice) */
  agentid?: number;
  /** 0 shareable (default), 1 not shareable and watermarked, 2 shareable inside the corp only (mpnews only) */
  safe?: 0 | 1 | 2;
  /** 1 to enable id translation (default 0) */
  enable_id_trans?: 0 | 1;
  /** 1 to enable the duplicate message check (default 0) */
  enable_duplicate_check?: 0 | 1;
  /** Duplicate check interval in seconds, default 1800, at most 4 hours (value ≤ 14400) @default 1800 */
  duplicate_check_interval?: number;
  /** Voice message */
  voice: {
    /** media_id of the voice file from the temporary media upload */
    media_id: string;
  };
} | {
  /** Member UserIDs separated by |, at most 1000; @all sends to every member of the app's visible range */
  touser?: string;
  /** Department ids separated by |, at most 100; ignored when touser is @all */
  toparty?: string;
  /** Tag ids separated by |, at most 100; ignored when touser is @all */
  totag?: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown, miniprogram_notice or template_card */
  msgtype: "video";
  /** The app id (required for every type except miniprogram_notice) */
  agentid?: number;
  /** 0 shareable (default), 1 not shareable and watermarked, 2 shareable inside the corp only (mpnews only) */
  safe?: 0 | 1 | 2;
  /** 1 to enable id translation (default 0) */
  enable_id_trans?: 0 | 1;
  /** 1 to enable the duplicate message check (default 0) */
  enable_duplicate_check?: 0 | 1;
  /** Duplicate check interval in seconds, default 1800, at most 4 hours (value ≤ 14400) @default 1800 */
  duplicate_check_interval?: number;
  /** Video message */
  video: {
    /** media_id of the video from the temporary media upload */
    media_id: string;
    /** Title, at most 128 bytes, truncated beyond */
    title?: string;
    /** Description, at most 512 bytes, truncated beyond */
    description?: string;
  };
} | {
  /** Member UserIDs separated by |, at most 1000; @all sends to every member of the app's visible range */
  touser?: string;
  /** Department ids separated by |, at most 100; ignored when touser is @all */
  toparty?: string;
  /** Tag ids separated by |, at most 100; ignored when touser is @all */
  totag?: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown, miniprogram_notice or template_card */
  msgtype: "file";
  /** The app id (required for every type except miniprogram_notice) */
  agentid?: number;
  /** 0 shareable (default), 1 not shareable and watermarked, 2 shareable inside the corp only (mpnews only) */
  safe?: 0 | 1 | 2;
  /** 1 to enable id translation (default 0) */
  enable_id_trans?: 0 | 1;
  /** 1 to enable the duplicate message check (default 0) */
  enable_duplicate_check?: 0 | 1;
  /** Duplicate check interval in seconds, default 1800, at most 4 hours (value ≤ 14400) @default 1800 */
  duplicate_check_interval?: number;
  /** File message */
  file: {
    /** media_id of the file from the temporary media upload */
    media_id: string;
  };
} | {
  /** Member UserIDs separated by |, at most 1000; @all sends to every member of the app's visible range */
  touser?: string;
  /** Department ids separated by |, at most 100; ignored when touser is @all */
  toparty?: string;
  /** Tag ids separated by |, at most 100; ignored when touser is @all */
  totag?: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown, miniprogram_notice or template_card */
  msgtype: "textcard";
  /** The app id (required for every type except miniprogram_notice) */
  agentid?: number;
  /** 0 shareable (default), 1 not shareable and watermarked, 2 shareable inside the corp only (mpnews only) */
  safe?: 0 | 1 | 2;
  /** 1 to enable id translation (default 0) */
  enable_id_trans?: 0 | 1;
  /** 1 to enable the duplicate message check (default 0) */
  enable_duplicate_check?: 0 | 1;
  /** Duplicate check interval in seconds, default 1800, at most 4 hours (value ≤ 14400) @default 1800 */
  duplicate_check_interval?: number;
  /** Text card message */
  textcard: {
    /** Title, at most 128 bytes, truncated beyond (supports id translation) */
    title: string;
    /** Description, at most 512 bytes; <br> and <div class=gray|highlight|normal> allowed (supports id translation) */
    description: string;
    /** URL opened on click, at most 2048 bytes with http(s) scheme */
    url: string;
    /** Button text, 详情 by default, at most 4 characters */
    btntxt?: string;
  };
} | {
  /** Member UserIDs separated by |, at most 1000; @all sends to every member of the app's visible range */
  touser?: string;
  /** Department ids separated by |, at most 100; ignored when touser is @all */
  toparty?: string;
  /** Tag ids separated by |, at most 100; ignored when touser is @all */
  totag?: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown, miniprogram_notice or template_card */
  msgtype: "news";
  /** The app id (required for every type except miniprogram_notice) */
  agentid?: number;
  /** 0 shareable (default), 1 not shareable and watermarked, 2 shareable inside the corp only (mpnews only) */
  safe?: 0 | 1 | 2;
  /** 1 to enable id translation (default 0) */
  enable_id_trans?: 0 | 1;
  /** 1 to enable the duplicate message check (default 0) */
  enable_duplicate_check?: 0 | 1;
  /** Duplicate check interval in seconds, default 1800, at most 4 hours (value ≤ 14400) @default 1800 */
  duplicate_check_interval?: number;
  /** News message */
  news: {
    /** Articles (1 to 8) (items 1–8) */
    articles: Array<S.In.WorkNewsArticle>;
  };
} | {
  /** Member UserIDs separated by |, at most 1000; @all sends to every member of the app's visible range */
  touser?: string;
  /** Department ids separated by |, at most 100; ignored when touser is @all */
  toparty?: string;
  /** Tag ids separated by |, at most 100; ignored when touser is @all */
  totag?: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown, miniprogram_notice or template_card */
  msgtype: "mpnews";
  /** The app id (required for every type except miniprogram_notice) */
  agentid?: number;
  /** 0 shareable (default), 1 not shareable and watermarked, 2 shareable inside the corp only (mpnews only) */
  safe?: 0 | 1 | 2;
  /** 1 to enable id translation (default 0) */
  enable_id_trans?: 0 | 1;
  /** 1 to enable the duplicate message check (default 0) */
  enable_duplicate_check?: 0 | 1;
  /** Duplicate check interval in seconds, default 1800, at most 4 hours (value ≤ 14400) @default 1800 */
  duplicate_check_interval?: number;
  /** mpnews message: like news, but the content is stored in WeCom */
  mpnews: {
    /** Articles (1 to 8) (items 1–8) */
    articles: Array<S.In.WorkMpNewsArticle>;
  };
} | {
  /** Member UserIDs separated by |, at most 1000; @all sends to every member of the app's visible range */
  touser?: string;
  /** Department ids separated by |, at most 100; ignored when touser is @all */
  toparty?: string;
  /** Tag ids separated by |, at most 100; ignored when touser is @all */
  totag?: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown, miniprogram_notice or template_card */
  msgtype: "markdown";
  /** The app id (required for every type except miniprogram_notice) */
  agentid?: number;
  /** 0 shareable (default), 1 not shareable and watermarked, 2 shareable inside the corp only (mpnews only) */
  safe?: 0 | 1 | 2;
  /** 1 to enable id translation (default 0) */
  enable_id_trans?: 0 | 1;
  /** 1 to enable the duplicate message check (default 0) */
  enable_duplicate_check?: 0 | 1;
  /** Duplicate check interval in seconds, default 1800, at most 4 hours (value ≤ 14400) @default 1800 */
  duplicate_check_interval?: number;
  /** Markdown message (the supported subset is listed on the page) */
  markdown: {
    /** Markdown content, at most 2048 bytes, UTF-8 */
    content: string;
  };
} | {
  /** Member UserIDs separated by |, at most 1000; @all sends to every member of the app's visible range */
  touser?: string;
  /** Department ids separated by |, at most 100; ignored when touser is @all */
  toparty?: string;
  /** Tag ids separated by |, at most 100; ignored when touser is @all */
  totag?: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown, miniprogram_notice or template_card */
  msgtype: "miniprogram_notice";
  /** The app id (required for every type except miniprogram_notice) */
  agentid?: number;
  /** 0 shareable (default), 1 not shareable and watermarked, 2 shareable inside the corp only (mpnews only) */
  safe?: 0 | 1 | 2;
  /** 1 to enable id translation (default 0) */
  enable_id_trans?: 0 | 1;
  /** 1 to enable the duplicate message check (default 0) */
  enable_duplicate_check?: 0 | 1;
  /** Duplicate check interval in seconds, default 1800, at most 4 hours (value ≤ 14400) @default 1800 */
  duplicate_check_interval?: number;
  /** Mini program notice; only with the token of an associated mini program app */
  miniprogram_notice: {
    /** Appid of the mini program associated with the app */
    appid: string;
    /** Mini program page opened on click (no jump when unset) */
    page?: string;
    /** Title, 4 to 12 Chinese characters (supports id translation) */
    title: string;
    /** Description, 4 to 12 Chinese characters (supports id translation) */
    description?: string;
    /** Whether to enlarge the first content_item */
    emphasis_first_item?: boolean;
    /** Key-value content (at most 10) (items ≤ 10) */
    content_item?: Array<{
      /** Key, at most 10 Chinese characters */
      key: string;
      /** Value, at most 30 Chinese characters (supports id translation) */
      value: string;
    }>;
  };
} | {
  /** Member UserIDs separated by |, at most 1000; @all sends to every member of the app's visible range */
  touser?: string;
  /** Department ids separated by |, at most 100; ignored when touser is @all */
  toparty?: string;
  /** Tag ids separated by |, at most 100; ignored when touser is @all */
  totag?: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews, markdown, miniprogram_notice or template_card */
  msgtype: "template_card";
  /** The app id (required for every type except miniprogram_notice) */
  agentid?: number;
  /** 0 shareable (default), 1 not shareable and watermarked, 2 shareable inside the corp only (mpnews only) */
  safe?: 0 | 1 | 2;
  /** 1 to enable id translation (default 0) */
  enable_id_trans?: 0 | 1;
  /** 1 to enable the duplicate message check (default 0) */
  enable_duplicate_check?: 0 | 1;
  /** Duplicate check interval in seconds, default 1800, at most 4 hours (value ≤ 14400) @default 1800 */
  duplicate_check_interval?: number;
  /** Template card */
  template_card: S.In.WorkTemplateCard;
};

/** Result of `message.send`: Send an app message to members, departments or tags (发送应用消息) */
export interface WorkMessageSendResult {
  /** Invalid UserIDs separated by |, lower-cased */
  invaliduser?: string;
  /** Invalid department ids separated by | */
  invalidparty?: string;
  /** Invalid tag ids separated by | */
  invalidtag?: string;
  /** UserIDs without a basic API licence (or an expired one), separated by | */
  unlicenseduser?: string;
  /** Message id for message.recall */
  msgid?: string;
  /** Only for button/vote/multiple interaction template cards: code for message.updateTemplateCard, usable once within 72 hours */
  response_code?: string;
}

/** Params of `message.updateTaskCard`: Update the state of a task card message (更新任务卡片消息状态) */
export interface WorkMessageUpdateTaskCardParams {
  /**
   * Member UserIDs (at most 1000)
   * (items ≤ 1000)
   */
  userids: Array<string>;
  /** The app id */
  agentid: number;
  /** task_id given when the task card was sent */
  task_id: string;
  /** Text replacing the buttons (later revision) */
  replace_name?: string;
  /** Key of the button to show as selected, as in btn:key (earlier revision) */
  clicked_key?: string;
}

/** Result of `message.updateTaskCard`: Update the state of a task card message (更新任务卡片消息状态) */
export interface WorkMessageUpdateTaskCardResult {
  /** Invalid UserIDs, lower-cased */
  invaliduser?: Array<string>;
}

/** Params of `message.updateTemplateCard`: Update a sent template card (更新模版卡片消息) */
export interface WorkMessageUpdateTemplateCardParams {
  /**
   * Member UserIDs (at most 1000)
   * (items ≤ 1000)
   */
  userids?: Array<string>;
  /**
   * Department ids (at most 100)
   * (items ≤ 100)
   */
  partyids?: Array<number>;
  /**
   * Tag ids (at most 100)
   * (items ≤ 100)
   */
  tagids?: Array<number>;
  /** 1 to update the card for all its recipients */
  atall?: 0 | 1;
  /** The app id */
  agentid: number;
  /** Code from message.send or the card callback; each code works once, within 72 hours */
  response_code: string;
  /** Make the buttons unclickable with a custom text (button, vote and multiple interaction cards) */
  button?: {
    /** New text of the button */
    replace_name: string;
  };
  /** Replace the card with a new template card (any type) */
  template_card?: S.In.WorkTemplateCard;
}

/** Result of `message.updateTemplateCard`: Update a sent template card (更新模版卡片消息) */
export interface WorkMessageUpdateTemplateCardResult {
  /** Invalid UserIDs (not visible to the app or not recipients), lower-cased */
  invaliduser?: Array<string>;
}
