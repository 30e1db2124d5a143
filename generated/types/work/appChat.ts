// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `appChat.create`: Create a group chat for the app to post to (创建群聊会话) */
export interface WorkAppChatCreateParams {
  /**
   * Chat name, at most 50 UTF-8 characters, truncated beyond
   * (length ≤ 50)
   */
  name?: string;
  /** UserID of the owner; a random member of userlist when unset */
  owner?: string;
  /**
   * Member UserIDs, 2 to 2000
   * (items 2–2000)
   */
  userlist: Array<string>;
  /**
   * Unique chat id, at most 32 characters of 0-9a-zA-Z; generated when unset
   * (length ≤ 32)
   */
  chatid?: string;
}

/** Result of `appChat.create`: Create a group chat for the app to post to (创建群聊会话) */
export interface WorkAppChatCreateResult {
  /** The chat id */
  chatid?: string;
}

/** Params of `appChat.get`: Get a group chat created by the app (获取群聊会话) */
export interface WorkAppChatGetParams {
  /** The chat id */
  chatid: string;
}

/** Result of `appChat.get`: Get a group chat created by the app (获取群聊会话) */
export interface WorkAppChatGetResult {
  /** The chat */
  chat_info?: {
    /** The chat id */
    chatid?: string;
    /** Chat name */
    name?: string;
    /** Owner's UserID */
    owner?: string;
    /** Member UserIDs */
    userlist?: Array<string>;
    /** 0 normal chat, 1 course chat */
    chat_type?: 0 | 1;
  };
}

/** Params of `appChat.send`: Post an app message to a group chat created by the app (应用推送消息) */
export type WorkAppChatSendParams = {
  /** The chat id */
  chatid: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews or markdown */
  msgtype: "text";
  /** 1 for a confidential message (default 0); 2 (shareable inside the corp only) for mpnews */
  safe?: 0 | 1 | 2;
  /** Text message */
  text: {
    /** Content, at most 2048 bytes; \n breaks lines */
    content: string;
  };
} | {
  /** The chat id */
  chatid: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews or markdown */
  msgtype: "image";
  /** 1 for a confidential message (default 0); 2 (shareable inside the corp only) for mpnews */
  safe?: 0 | 1 | 2;
  /** Image message */
  image: {
    /** media_id of the image from the temporary media upload */
    media_id: string;
  };
} | {
  /** The chat id */
  chatid: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews or markdown */
  msgtype: "voice";
  /** 1 for a confidential message (default 0); 2 (shareable inside the corp only) for mpnews */
  safe?: 0 | 1 | 2;
  /** Voice message */
  voice: {
    /** media_id of the voice file from the temporary media upload */
    media_id: string;
  };
} | {
  /** The chat id */
  chatid: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews or markdown */
  msgtype: "video";
  /** 1 for a confidential message (default 0); 2 (shareable inside the corp only) for mpnews */
  safe?: 0 | 1 | 2;
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
  /** The chat id */
  chatid: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews or markdown */
  msgtype: "file";
  /** 1 for a confidential message (default 0); 2 (shareable inside the corp only) for mpnews */
  safe?: 0 | 1 | 2;
  /** File message */
  file: {
    /** media_id of the file from the temporary media upload */
    media_id: string;
  };
} | {
  /** The chat id */
  chatid: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews or markdown */
  msgtype: "textcard";
  /** 1 for a confidential message (default 0); 2 (shareable inside the corp only) for mpnews */
  safe?: 0 | 1 | 2;
  /** Text card message */
  textcard: {
    /** Title, at most 128 bytes, truncated beyond */
    title: string;
    /** Description, at most 512 bytes; <br> and <div class=gray|highlight|normal> allowed */
    description: string;
    /** URL opened on click, at most 2048 bytes with http(s) scheme */
    url: string;
    /** Button text, 详情 by default, at most 4 characters */
    btntxt?: string;
  };
} | {
  /** The chat id */
  chatid: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews or markdown */
  msgtype: "news";
  /** 1 for a confidential message (default 0); 2 (shareable inside the corp only) for mpnews */
  safe?: 0 | 1 | 2;
  /** News message */
  news: {
    /** Articles (1 to 8) (items 1–8) */
    articles: Array<S.In.WorkNewsArticle>;
  };
} | {
  /** The chat id */
  chatid: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews or markdown */
  msgtype: "mpnews";
  /** 1 for a confidential message (default 0); 2 (shareable inside the corp only) for mpnews */
  safe?: 0 | 1 | 2;
  /** mpnews message: like news, but the content is stored in WeCom */
  mpnews: {
    /** Articles (1 to 8) (items 1–8) */
    articles: Array<S.In.WorkMpNewsArticle>;
  };
} | {
  /** The chat id */
  chatid: string;
  /** Message type: text, image, voice, video, file, textcard, news, mpnews or markdown */
  msgtype: "markdown";
  /** 1 for a confidential message (default 0); 2 (shareable inside the corp only) for mpnews */
  safe?: 0 | 1 | 2;
  /** Markdown message */
  markdown: {
    /** Markdown content, at most 2048 bytes, UTF-8 */
    content: string;
  };
};
/** Result of `appChat.send`: Post an app message to a group chat created by the app (应用推送消息) */
export type WorkAppChatSendResult = Record<string, unknown>;

/** Params of `appChat.update`: Update a group chat created by the app (修改群聊会话) */
export interface WorkAppChatUpdateParams {
  /** The chat id */
  chatid: string;
  /**
   * New chat name, at most 50 UTF-8 characters; omit to keep
   * (length ≤ 50)
   */
  name?: string;
  /** New owner's UserID; omit to keep. Course chats need an owner allowed to create them; required when del_user_list holds the owner */
  owner?: string;
  /** UserIDs to add */
  add_user_list?: Array<string>;
  /** UserIDs to remove */
  del_user_list?: Array<string>;
}

/** Result of `appChat.update`: Update a group chat created by the app (修改群聊会话) */
export type WorkAppChatUpdateResult = Record<string, unknown>;
