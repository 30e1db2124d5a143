// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `template.add`: Add a template from the category or industry template library and get its id (选用模板) */
export interface TemplateAddParams {
  /** Template number in the library (TM** / OPENTMTM** forms; a plain number for category templates) */
  template_id_short: string;
  /** Keywords of the chosen category template, in order; empty or unknown keywords give errcode 40246 */
  keyword_name_list: Array<string>;
}

/** Result of `template.add`: Add a template from the category or industry template library and get its id (选用模板) */
export interface TemplateAddResult {
  /** Template id */
  template_id?: string;
}

/** Params of `template.delete`: Delete a template from the account (删除模板) */
export interface TemplateDeleteParams {
  /** Id of the account's template to delete (category template ids included) */
  template_id: string;
}

/** Result of `template.delete`: Delete a template from the account (删除模板) */
export type TemplateDeleteResult = Record<string, unknown>;
/** Params of `template.getAll`: List every template added to the account (获取已选用模板列表) */
export type TemplateGetAllParams = Record<string, never>;

/** Result of `template.getAll`: List every template added to the account (获取已选用模板列表) */
export interface TemplateGetAllResult {
  /** The templates */
  template_list?: Array<{
    /** Template id */
    template_id?: string;
    /** Template title */
    title?: string;
    /** First-level industry of the template */
    primary_industry?: string;
    /** Second-level industry of the template */
    deputy_industry?: string;
    /** Template content */
    content?: string;
    /** Template example */
    example?: string;
  }>;
}

/** Params of `template.getIndustry`: Get the industries set for the account (获取行业信息) */
export type TemplateGetIndustryParams = Record<string, never>;

/** Result of `template.getIndustry`: Get the industries set for the account (获取行业信息) */
export interface TemplateGetIndustryResult {
  /** Main industry set for the account */
  primary_industry?: {
    /** First-level category */
    first_class?: string;
    /** Second-level category */
    second_class?: string;
  };
  /** Secondary industry set for the account */
  secondary_industry?: {
    /** First-level category */
    first_class?: string;
    /** Second-level category */
    second_class?: string;
  };
}

/** Params of `template.setIndustry`: Set the account's industries for template messages (设置所属行业) */
export interface TemplateSetIndustryParams {
  /** Industry code for template messages (see the page's industry code table, e.g. 1 = IT/Internet) */
  industry_id1: string;
  /** Second industry code for template messages (same code table) */
  industry_id2: string;
}

/** Result of `template.setIndustry`: Set the account's industries for template messages (设置所属行业) */
export type TemplateSetIndustryResult = Record<string, unknown>;
