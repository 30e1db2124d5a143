// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `menu.create`: Create an app's custom menu (创建菜单) */
export interface WorkMenuCreateParams {
  /** The app id (corp apps only; third parties may not call this) */
  agentid: number;
  /** Top-level buttons (1 to 3) */
  button: Array<S.In.WorkMenuButton>;
}

/** Result of `menu.create`: Create an app's custom menu (创建菜单) */
export type WorkMenuCreateResult = Record<string, unknown>;

/** Params of `menu.delete`: Delete an app's custom menu (删除菜单) */
export interface WorkMenuDeleteParams {
  /** The app id (corp apps only; third parties may not call this) */
  agentid: number;
}

/** Result of `menu.delete`: Delete an app's custom menu (删除菜单) */
export type WorkMenuDeleteResult = Record<string, unknown>;

/** Params of `menu.get`: Get an app's custom menu (获取菜单) */
export interface WorkMenuGetParams {
  /** The app id (corp apps only; third parties may not call this) */
  agentid: number;
}

/** Result of `menu.get`: Get an app's custom menu (获取菜单) */
export interface WorkMenuGetResult {
  /** The menu, in the same form as the menu.create body */
  button?: Array<S.WorkMenuButton>;
}
