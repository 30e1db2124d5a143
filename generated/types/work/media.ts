// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `media.get`: Download a temporary media file (获取临时素材) */
export interface WorkMediaGetParams {
  /** Media id from media.upload (or the async upload); files over 20MB need HTTP Range downloads of at most 20MB (errcode 830002) */
  media_id: string;
}

/** Params of `media.getHdVoice`: Download a JSSDK voice upload in HD speex (获取高清语音素材) */
export interface WorkMediaGetHdVoiceParams {
  /** Id of the voice uploaded with the JSSDK uploadVoice (speex, 16 kHz); WeCom 2.4 and later; voice uploaded from HarmonyOS not supported yet */
  media_id: string;
}

/** Params of `media.getUploadByUrlResult`: Get the result of an async media upload job (查询异步任务结果) */
export interface WorkMediaGetUploadByUrlResultParams {
  /** Job id from media.uploadByUrl, at most 128 bytes, valid for 60 minutes */
  jobid: string;
}

/** Result of `media.getUploadByUrlResult`: Get the result of an async media upload job (查询异步任务结果) */
export interface WorkMediaGetUploadByUrlResultResult {
  /** Job status: 1 processing, 2 done, 3 failed */
  status?: 1 | 2 | 3;
  /** Result details */
  detail?: {
    /** Non-zero when status is 3 (830001 bad url, 830003 download failed, 45001 file too large, 301019 MD5 mismatch) */
    errcode?: number;
    /** Error description */
    errmsg?: string;
    /** Media id, valid for 3 days; when status is 2 */
    media_id?: string;
    /** Creation time (Unix timestamp as a string); when status is 2 */
    created_at?: string;
  };
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

/** Params of `media.uploadAttachment`: Upload an attachment for Moments or product albums (上传附件资源) */
export interface WorkMediaUploadAttachmentParams {
  /** Media type: image, video or file (Moments take image and video only) */
  media_type: "image" | "video" | "file";
  /** Attachment use: 1 Moments (朋友圈), 2 product album */
  attachment_type: 1 | 2;
  /** The file part named media, with filename (shown when sent), filelength and content type */
  media: WechatUpload;
}

/** Result of `media.uploadAttachment`: Upload an attachment for Moments or product albums (上传附件资源) */
export interface WorkMediaUploadAttachmentResult {
  /** Media type: image, voice, video or file */
  type?: string;
  /** Media id, valid for 3 days */
  media_id: string;
  /** Upload time (Unix seconds) */
  created_at?: number;
}

/** Params of `media.uploadByUrl`: Create an async upload job for a large temporary media file from a CDN URL (生成异步上传任务) */
export interface WorkMediaUploadByUrlParams {
  /** Scene: 1 welcome-message media of customer groups (the only one for now) */
  scene: 1;
  /** Media type: video (MP4, up to 200 MB) or file (up to 200 MB); at most 32 bytes */
  type: "video" | "file";
  /** File name shown when the media is sent, at most 128 bytes */
  filename: string;
  /** CDN URL of the file, supporting Range downloads, at most 1024 bytes (Tencent COS links must be public-read) */
  url: string;
  /** MD5 of the file, checked against the download; at most 32 bytes */
  md5: string;
}

/** Result of `media.uploadByUrl`: Create an async upload job for a large temporary media file from a CDN URL (生成异步上传任务) */
export interface WorkMediaUploadByUrlResult {
  /** Job id, for media.getUploadByUrlResult */
  jobid?: string;
}

/** Params of `media.uploadImage`: Upload an image and get a permanent URL (上传图片) */
export interface WorkMediaUploadImageParams {
  /** The image file (5 B to 2 MB) with filename and content type; at most 3000 images a month and 1000 a day per corp */
  media: WechatUpload;
}

/** Result of `media.uploadImage`: Upload an image and get a permanent URL (上传图片) */
export interface WorkMediaUploadImageResult {
  /** Permanent URL of the image, only shown in mpnews bodies and welcome messages inside WeCom */
  url: string;
}
