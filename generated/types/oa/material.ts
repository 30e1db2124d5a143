// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `material.add`: Upload a permanent image, voice, video or thumbnail (上传永久素材) */
export interface MaterialAddParams {
  /** Media type: image (10 MB; bmp/png/jpeg/jpg/gif), voice (2 MB, 60 s; mp3/wma/wav/amr), video (10 MB; mp4) or thumb (64 KB; jpg) */
  type: "image" | "voice" | "video" | "thumb";
  /** The media file (form-data part) */
  media: WechatUpload;
  /** Description, needed when uploading a video (sent as a JSON form field) */
  description?: {
    /** Video title */
    title?: string;
    /** Video introduction */
    introduction?: string;
  };
}

/** Result of `material.add`: Upload a permanent image, voice, video or thumbnail (上传永久素材) */
export interface MaterialAddResult {
  /** The new permanent media_id */
  media_id: string;
  /** Image URL (images only; usable on Tencent domains) */
  url?: string;
}

/** Params of `material.batchGet`: List the permanent materials of one type (获取永久素材列表) */
export interface MaterialBatchGetParams {
  /** Material type: image, video, voice or news */
  type: "image" | "video" | "voice" | "news";
  /**
   * Offset in the whole list; 0 starts at the first material
   * (value ≥ 0)
   */
  offset: number;
  /**
   * How many materials to return, 1 to 20
   * (value 1–20)
   */
  count: number;
}

/** Result of `material.batchGet`: List the permanent materials of one type (获取永久素材列表) */
export interface MaterialBatchGetResult {
  /** Total number of materials of this type */
  total_count: number;
  /** Number of materials in this answer */
  item_count: number;
  /** The materials */
  item?: Array<{
    /** The material's media_id */
    media_id?: string;
    /** News materials: the content */
    content?: {
      /** The articles (one or more) */
      news_item?: Array<{
        /** Title */
        title?: string;
        /** Author */
        author?: string;
        /** Summary; single-article messages only */
        digest?: string;
        /** Article body (HTML, under 20,000 characters and 1 MB, JS removed) */
        content?: string;
        /** The 'read the original' URL */
        content_source_url?: string;
        /** Cover image media id (a permanent media id) */
        thumb_media_id?: string;
        /** Whether the cover is shown: 0 no, 1 yes */
        show_cover_pic?: 0 | 1;
        /** URL of the article page */
        url?: string;
        /** Cover image URL */
        thumb_url?: string;
      }>;
    };
    /** Last update time (Unix time) */
    update_time?: number;
    /** Image, voice and video materials: file name */
    name?: string;
    /** Image, voice and video materials: URL */
    url?: string;
  }>;
}

/** Params of `material.count`: Count the permanent materials by type (获取永久素材总数) */
export type MaterialCountParams = Record<string, never>;

/** Result of `material.count`: Count the permanent materials by type (获取永久素材总数) */
export interface MaterialCountResult {
  /** Number of voice materials */
  voice_count: number;
  /** Number of video materials */
  video_count: number;
  /** Number of image materials (at most 100,000) */
  image_count: number;
  /** Number of news materials (at most 100,000) */
  news_count: number;
}

/** Params of `material.delete`: Delete a permanent material (删除永久素材) */
export interface MaterialDeleteParams {
  /** The media_id of the material to delete */
  media_id: string;
}

/** Result of `material.delete`: Delete a permanent material (删除永久素材) */
export type MaterialDeleteResult = Record<string, unknown>;

/** Params of `material.get`: Get a permanent material; images, voices and thumbnails come back as the file itself (获取永久素材) */
export interface MaterialGetParams {
  /** The media_id of the material */
  media_id: string;
}

/** Result of `material.get`: Get a permanent material; images, voices and thumbnails come back as the file itself (获取永久素材) */
export interface MaterialGetResult {
  /** News materials: the articles */
  news_item?: Array<{
    /** Title */
    title?: string;
    /** Cover image media id (a permanent media id) */
    thumb_media_id?: string;
    /** Whether the cover is shown: 0 no, 1 yes */
    show_cover_pic?: 0 | 1;
    /** Author */
    author?: string;
    /** Summary; single-article messages only */
    digest?: string;
    /** Article body (HTML, under 20,000 characters and 1 MB, JS removed) */
    content?: string;
    /** URL of the article page */
    url?: string;
    /** The 'read the original' URL */
    content_source_url?: string;
  }>;
  /** Video materials: title */
  title?: string;
  /** Video materials: description */
  description?: string;
  /** Video materials: download URL */
  down_url?: string;
}
