// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `subscribe.addTemplate`: Copy a public template into the account's private template library (选用模板) */
export interface SubscribeAddTemplateParams {
  /** Template title id (from subscribe.getPubTemplateTitles or the admin console) */
  tid: string;
  /**
   * Keyword ids of the template, in any order (e.g. [3,5,4]); 2 to 5 of them
   * (items 2–5)
   */
  kidList: Array<number>;
  /**
   * Description of the service scenario (at most 15 characters)
   * (length ≤ 15)
   */
  sceneDesc: string;
}

/** Result of `subscribe.addTemplate`: Copy a public template into the account's private template library (选用模板) */
export interface SubscribeAddTemplateResult {
  /** Id of the template added to the account (used to send subscription messages) */
  priTmplId?: string;
}

/** Params of `subscribe.deleteTemplate`: Delete a template from the account's private template library (删除模板) */
export interface SubscribeDeleteTemplateParams {
  /** Id of the template to delete */
  priTmplId: string;
}

/** Result of `subscribe.deleteTemplate`: Delete a template from the account's private template library (删除模板) */
export type SubscribeDeleteTemplateResult = Record<string, unknown>;
/** Params of `subscribe.getCategory`: Get the account's categories, used to query public templates (获取类目) */
export type SubscribeGetCategoryParams = Record<string, never>;

/** Result of `subscribe.getCategory`: Get the account's categories, used to query public templates (获取类目) */
export interface SubscribeGetCategoryResult {
  /** The categories */
  data?: Array<{
    /** Category id (needed to query the public template library) */
    id?: number;
    /** Chinese name of the category */
    name?: string;
  }>;
}

/** Params of `subscribe.getPubTemplateKeywords`: List the keywords of a public template title (获取模板中的关键词) */
export interface SubscribeGetPubTemplateKeywordsParams {
  /** Template title id (from subscribe.getPubTemplateTitles) */
  tid: string;
}

/** Result of `subscribe.getPubTemplateKeywords`: List the keywords of a public template title (获取模板中的关键词) */
export interface SubscribeGetPubTemplateKeywordsResult {
  /** Total count (the table calls it 模版标题列表总数; the sample omits it) */
  count?: number;
  /** The keywords */
  data?: Array<{
    /** Keyword id (needed by subscribe.addTemplate) */
    kid?: number;
    /** Keyword text */
    name?: string;
    /** Example value of the keyword */
    example?: string;
    /** Parameter type of the keyword (e.g. thing) */
    rule?: string;
  }>;
}

/** Params of `subscribe.getPubTemplateTitles`: List the public template titles of the account's categories (获取类目下的公共模板) */
export interface SubscribeGetPubTemplateTitlesParams {
  /** Category ids, comma-separated (from subscribe.getCategory) */
  ids: string;
  /**
   * Paging: index of the first record, counted from 0
   * (value ≥ 0)
   */
  start: number;
  /**
   * Paging: number of records to return (at most 30)
   * (value ≤ 30)
   */
  limit: number;
}

/** Result of `subscribe.getPubTemplateTitles`: List the public template titles of the account's categories (获取类目下的公共模板) */
export interface SubscribeGetPubTemplateTitlesResult {
  /** Total number of template titles */
  count?: number;
  /** The template titles */
  data?: Array<{
    /** Template title id */
    tid?: number;
    /** Template title */
    title?: string;
    /** Template type: 2 one-time subscription, 3 long-term subscription */
    type?: 2 | 3;
    /** Category id of the template (typed number in the table, sent as a string) */
    categoryId?: string;
  }>;
}

/** Params of `subscribe.getTemplates`: List the templates in the account's private template library (获取已有模板列表) */
export type SubscribeGetTemplatesParams = Record<string, never>;

/** Result of `subscribe.getTemplates`: List the templates in the account's private template library (获取已有模板列表) */
export interface SubscribeGetTemplatesResult {
  /** The templates */
  data?: Array<{
    /** Id of the template in the account (used to send subscription messages) */
    priTmplId?: string;
    /** Template title */
    title?: string;
    /** Template content */
    content?: string;
    /** Example of the template content */
    example?: string;
    /** Template type: 2 one-time subscription, 3 long-term subscription */
    type?: 2 | 3;
    /** Allowed values of the template's enum parameters */
    keywordEnumValueList?: Array<{
      /** Key of the enum parameter (e.g. enum_string2.DATA) */
      keywordCode?: string;
      /** Allowed values of the parameter */
      enumValueList?: Array<string>;
    }>;
  }>;
}
