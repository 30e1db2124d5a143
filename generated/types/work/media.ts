// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `media.get`: Download a temporary media file (获取临时素材) */
export interface WorkMediaGetParams {
  /** Media id from media.upload (or the async upload); files over 20MB need HTTP Range downloads of at most 20MB (errcode 830002) */
  media_id: string;
}

/** Params of `media.upload`: Upload a temporary media file, valid for 3 days (上传临时素材) */
export interface WorkMediaUploadParams {
  /** Media type: image, voice, video or file (普通文件) */
  type: "image" | "voice" | "video" | "file";
  /** The file part named media (filename sets the name shown when sent). Over 5 bytes; image 10MB JPG/PNG, voice 2MB AMR up to 60s, video 10MB MP4, file 20MB */
  media: WechatUpload;
}

/** Result of `media.upload`: Upload a temporary media file, valid for 3 days (上传临时素材) */
export interface WorkMediaUploadResult {
  /** Media type: image, voice, video or file */
  type?: string;
  /** Id of the uploaded media, valid for 3 days and shared by all apps of the corp */
  media_id: string;
  /** Upload time (Unix timestamp as a string) */
  created_at?: string;
}
