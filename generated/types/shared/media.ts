// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `media.get`: Download a temporary media file; videos come back as JSON with a download URL (获取临时素材) */
export interface MediaGetParams {
  /** Media id */
  media_id: string;
}

/** Result of `media.get`: Download a temporary media file; videos come back as JSON with a download URL (获取临时素材) */
export interface MediaGetResult {
  /** Download URL (video media only; other media come back as the file itself) */
  video_url?: string;
}

/** Params of `media.upload`: Upload a temporary media file, kept for 3 days (新增临时素材) */
export interface MediaUploadParams {
  /** Media type: image, voice, video or thumb (thumbnail) */
  type: "image" | "voice" | "video" | "thumb";
  /** The file part (form-data with filename, filelength, content-type) */
  media: WechatUpload;
}

/** Result of `media.upload`: Upload a temporary media file, kept for 3 days (新增临时素材) */
export interface MediaUploadResult {
  /** Media type */
  type: string;
  /** Media id to use in later calls */
  media_id: string;
  /** Unix time of the upload */
  created_at: number;
}
