// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `supportVersion.get`: Get the minimum base library version and the users per version (查询各版本用户占比 getSupportVersion) */
export type OpenSupportVersionGetParams = Record<string, never>;

/** Result of `supportVersion.get`: Get the minimum base library version and the users per version (查询各版本用户占比 getSupportVersion) */
export interface OpenSupportVersionGetResult {
  /** Current minimum base library version */
  now_version?: string;
  /** Share of users per base library version */
  uv_info?: {
    /** One entry per version */
    items?: Array<{
      /** Base library version */
      version?: string;
      /** Share of users on that version */
      percentage?: number;
    }>;
  };
}

/** Params of `supportVersion.set`: Set the minimum base library version (设置最低基础库版本 setSupportVersion) */
export interface OpenSupportVersionSetParams {
  /** A released base library version (89014 on the current page, 85015 on the older one, when wrong) */
  version: string;
}

/** Result of `supportVersion.set`: Set the minimum base library version (设置最低基础库版本 setSupportVersion) */
export type OpenSupportVersionSetResult = Record<string, unknown>;
