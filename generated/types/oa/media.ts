// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `media.getHdVoice`: Download a JS-SDK uploadVoice recording as 16 kHz speex (获取高清语音素材) */
export interface MediaGetHdVoiceParams {
  /** The serverId returned by the JS-SDK uploadVoice */
  media_id: string;
}

/** Params of `media.uploadImage`: Upload an image for use inside article content, getting its URL (上传图文消息图片) */
export interface MediaUploadImageParams {
  /** The image file: jpg or png, under 1 MB (does not count against the 100,000-image material limit) */
  media: WechatUpload;
}

/** Result of `media.uploadImage`: Upload an image for use inside article content, getting its URL (上传图文消息图片) */
export interface MediaUploadImageResult {
  /** The image URL */
  url: string;
}

/** Params of `media.uploadNews`: Upload news (article) material for a mass send (上传图文消息素材) */
export interface MediaUploadNewsParams {
  /**
   * The articles, 1 to 8
   * (items 1–8)
   */
  articles: Array<{
    /** Title */
    title: string;
    /** Author */
    author?: string;
    /** Thumbnail media_id (from media.upload, the temporary-material upload) */
    thumb_media_id: string;
    /** Page content, HTML; only accounts with WeChat Pay may use <a> tags */
    content: string;
    /** The 'read the original' page (App Store links through itun.es or appsto.re short links ending in #wechat_redirect) */
    content_source_url?: string;
    /** Description; the first 64 characters of the content when empty */
    digest?: string;
    /** Show the cover: 1 yes, 0 no */
    show_cover_pic?: 0 | 1;
    /** Open comments: 0 no, 1 yes */
    need_open_comment?: 0 | 1;
    /** 0 anyone may comment, 1 followers only */
    only_fans_can_comment?: 0 | 1;
  }>;
}

/** Result of `media.uploadNews`: Upload news (article) material for a mass send (上传图文消息素材) */
export interface MediaUploadNewsResult {
  /** Media type: news */
  type: string;
  /** The uploaded news material's media_id */
  media_id: string;
  /** Upload time (Unix time) */
  created_at: number;
}

/** Params of `media.uploadVideo`: Turn a video media_id into one usable in a mass send (上传视频素材用于群发) */
export interface MediaUploadVideoParams {
  /** The video's media_id (from the material upload) */
  media_id: string;
  /** Video title */
  title?: string;
  /** Video description */
  description?: string;
}

/** Result of `media.uploadVideo`: Turn a video media_id into one usable in a mass send (上传视频素材用于群发) */
export interface MediaUploadVideoResult {
  /** Media type: video */
  type: string;
  /** The media_id to put in an mpvideo mass send */
  media_id: string;
  /** Creation time (Unix time) */
  created_at: number;
}
