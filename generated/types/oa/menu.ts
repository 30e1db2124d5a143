// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `menu.addConditional`: Create a conditional (personalised) menu for matching users (创建个性化菜单) */
export interface MenuAddConditionalParams {
  /**
   * Top-level buttons (1-3)
   * (items 1–3)
   */
  button: Array<S.In.MenuButton>;
  /** Who sees the menu; at least one field must be set */
  matchrule: {
    /** User tag id (see tags.get) */
    tag_id?: string;
    /** Client OS: 1 iOS, 2 Android, 3 others */
    client_platform_type?: "1" | "2" | "3";
    /** User group id @deprecated Replaced by tag_id */
    group_id?: string;
    /** 1 male, 2 female @deprecated Privacy rule: rejected with errcode 65320 */
    sex?: string;
    /** Country set by the user @deprecated Privacy rule: rejected with errcode 65320 */
    country?: string;
    /** Province set by the user @deprecated Privacy rule: rejected with errcode 65320 */
    province?: string;
    /** City set by the user @deprecated Privacy rule: rejected with errcode 65320 */
    city?: string;
    /** Client language, e.g. zh_CN @deprecated Privacy rule: rejected with errcode 65320 */
    language?: string;
  };
}

/** Result of `menu.addConditional`: Create a conditional (personalised) menu for matching users (创建个性化菜单) */
export interface MenuAddConditionalResult {
  /** Id of the new conditional menu */
  menuid: string;
}

/** Params of `menu.create`: Create the default custom menu (创建自定义菜单) */
export interface MenuCreateParams {
  /**
   * Top-level buttons (1-3), each with up to 5 sub-buttons
   * (items 1–3)
   */
  button: Array<S.In.MenuButton>;
}

/** Result of `menu.create`: Create the default custom menu (创建自定义菜单) */
export type MenuCreateResult = Record<string, unknown>;
/** Params of `menu.delete`: Delete the custom menu, including every conditional menu (删除自定义菜单) */
export type MenuDeleteParams = Record<string, never>;
/** Result of `menu.delete`: Delete the custom menu, including every conditional menu (删除自定义菜单) */
export type MenuDeleteResult = Record<string, unknown>;

/** Params of `menu.deleteConditional`: Delete one conditional menu (删除个性化菜单) */
export interface MenuDeleteConditionalParams {
  /** Conditional menu id (from menu.addConditional or menu.get) */
  menuid: string;
}

/** Result of `menu.deleteConditional`: Delete one conditional menu (删除个性化菜单) */
export type MenuDeleteConditionalResult = Record<string, unknown>;
/** Params of `menu.get`: Get the menu set through the API, with its conditional menus (获取自定义菜单配置) */
export type MenuGetParams = Record<string, never>;

/** Result of `menu.get`: Get the menu set through the API, with its conditional menus (获取自定义菜单配置) */
export interface MenuGetResult {
  /** The default menu */
  menu?: {
    /** Top-level buttons (1-3) */
    button: Array<S.MenuButton>;
    /** Menu id (present once conditional menus exist) */
    menuid?: string;
  };
  /** The conditional (personalised) menus, if any */
  conditionalmenu?: Array<{
    /** Top-level buttons (1-3) */
    button: Array<S.MenuButton>;
    /** The match rule as stored (see menu.addConditional; values may come back as numbers) */
    matchrule?: unknown;
    /** Conditional menu id (for menu.deleteConditional) */
    menuid?: string;
  }>;
}

/** Params of `menu.getCurrentSelfMenuInfo`: Get the menu currently in use, however it was set (查询自定义菜单信息) */
export type MenuGetCurrentSelfMenuInfoParams = Record<string, never>;

/** Result of `menu.getCurrentSelfMenuInfo`: Get the menu currently in use, however it was set (查询自定义菜单信息) */
export interface MenuGetCurrentSelfMenuInfoResult {
  /** 1 when the menu is enabled */
  is_menu_open: 0 | 1;
  /** The menu */
  selfmenu_info?: {
    /** Top-level buttons */
    button?: Array<S.SelfMenuButton>;
  };
}

/** Params of `menu.tryMatch`: Show which menu a given user would see (测试个性化菜单匹配结果) */
export interface MenuTryMatchParams {
  /** The user's OpenID or WeChat ID */
  user_id: string;
}

/** Result of `menu.tryMatch`: Show which menu a given user would see (测试个性化菜单匹配结果) */
export interface MenuTryMatchResult {
  /** The buttons the user sees */
  button: Array<S.MenuButton>;
}
