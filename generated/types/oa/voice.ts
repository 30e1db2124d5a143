// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `voice.queryRecognitionResult`: Get the text recognised from an uploaded voice file (获取语音识别结果) */
export interface VoiceQueryRecognitionResultParams {
  /** The voice's unique id, as given to voice.uploadForRecognition */
  voice_id: string;
  /**
   * Language: zh_CN or en_US
   * @default "zh_CN"
   */
  lang?: "zh_CN" | "en_US";
}

/** Result of `voice.queryRecognitionResult`: Get the text recognised from an uploaded voice file (获取语音识别结果) */
export interface VoiceQueryRecognitionResultResult {
  /** The recognised text (call within 10 s of the upload) */
  result?: string;
}

/** Params of `voice.translateContent`: Translate text between Chinese and English (微信翻译) */
export interface VoiceTranslateContentParams {
  /** Source language: zh_CN or en_US */
  lfrom: "zh_CN" | "en_US";
  /** Target language: zh_CN or en_US */
  lto: "zh_CN" | "en_US";
  /** The source text, UTF-8, at most 600 bytes */
  content: WechatUpload;
}

/** Result of `voice.translateContent`: Translate text between Chinese and English (微信翻译) */
export interface VoiceTranslateContentResult {
  /** The source text */
  from_content?: string;
  /** The translation */
  to_content?: string;
}

/** Params of `voice.uploadForRecognition`: Upload a voice file for speech-to-text recognition (上传语音文件) */
export interface VoiceUploadForRecognitionParams {
  /** File format: only mp3, 16 kHz, mono, at most 1 MB */
  format: "mp3";
  /** Unique id of the voice, chosen by the caller (used to query the result) */
  voice_id: string;
  /**
   * Language: zh_CN or en_US
   * @default "zh_CN"
   */
  lang?: "zh_CN" | "en_US";
  /** The voice content (form-data part) */
  media: WechatUpload;
}

/** Result of `voice.uploadForRecognition`: Upload a voice file for speech-to-text recognition (上传语音文件) */
export type VoiceUploadForRecognitionResult = Record<string, unknown>;
