// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `code.commit`: Upload code for an authorized Mini Program and create its trial version (上传代码并生成体验版 commit) */
export interface OpenCodeCommitParams {
  /** Code template id in the template library (from getTemplateList); a standard-library template only allows extAppid, ext and window in ext_json */
  template_id: number;
  /** Content of the ext.json configuration, as a JSON string (declare requiredPrivateInfos for location APIs) */
  ext_json: string;
  /**
   * Code version number, chosen by the developer
   * (length ≤ 64)
   */
  user_version: string;
  /** Code description, chosen by the developer */
  user_desc: string;
}

/** Result of `code.commit`: Upload code for an authorized Mini Program and create its trial version (上传代码并生成体验版 commit) */
export type OpenCodeCommitResult = Record<string, unknown>;
