// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `category.add`: Add categories to the Mini Program (添加类目 addCategory) */
export interface OpenCategoryAddParams {
  /** Categories to add (must be among the settable categories, see category.getAllCategories) */
  categories: Array<{
    /** First-level category ID */
    first: number;
    /** Second-level category ID */
    second: number;
    /** Qualification documents; required for categories that need a qualification (spelled certicates) */
    certicates?: Array<{
      /** Qualification name */
      key: string;
      /** Qualification image: a temporary media_id (from the temporary-media upload API) */
      value: string;
    }>;
  }>;
}

/** Result of `category.add`: Add categories to the Mini Program (添加类目 addCategory) */
export type OpenCategoryAddResult = Record<string, unknown>;

/** Params of `category.delete`: Delete a category of the Mini Program (删除类目 deleteCategory) */
export interface OpenCategoryDeleteParams {
  /** First-level category ID */
  first: number;
  /** Second-level category ID */
  second: number;
}

/** Result of `category.delete`: Delete a category of the Mini Program (删除类目 deleteCategory) */
export type OpenCategoryDeleteResult = Record<string, unknown>;
/** Params of `category.getAllCategories`: Get all the categories the Mini Program may set (获取可设置的所有类目 getAllCategories) */
export type OpenCategoryGetAllCategoriesParams = Record<string, never>;

/** Result of `category.getAllCategories`: Get all the categories the Mini Program may set (获取可设置的所有类目 getAllCategories) */
export interface OpenCategoryGetAllCategoriesResult {
  /** Category information */
  categories_list?: {
    /** The categories (first and second level only; id 0 is the root, its children are the first-level categories) */
    categories?: Array<{
      /** Category ID */
      id?: number;
      /** Category name */
      name?: string;
      /** Category level */
      level?: number;
      /** Parent category ID */
      father?: number;
      /** Child category IDs */
      children?: Array<number>;
      /** 1 sensitive category (needs a qualification review), 0 not sensitive (no review) */
      sensitive_type?: 0 | 1;
      /** Qualifications required when sensitive_type is 1 (names in qualify.exter_list.inner_list.name) */
      qualify?: {
        /** Qualification list */
        exter_list?: Array<{
          /** Qualification documents */
          inner_list?: Array<{
            /** Qualification document name */
            name?: string;
            /** Qualification document example */
            url?: string;
          }>;
        }>;
        /** Remark */
        remark?: string;
      };
    }>;
  };
}

/** Params of `category.getAllCategoryName`: Get the category names usable when submitting code for review (获取类目名称信息 getAllCategoryName) */
export type OpenCategoryGetAllCategoryNameParams = Record<string, never>;

/** Result of `category.getAllCategoryName`: Get the category names usable when submitting code for review (获取类目名称信息 getAllCategoryName) */
export interface OpenCategoryGetAllCategoryNameResult {
  /** The second-level categories set, with the third-level categories selectable for code review */
  category_list?: Array<{
    /** First-level category name */
    first_class?: string;
    /** Second-level category name */
    second_class?: string;
    /** Third-level category name */
    third_class?: string;
    /** First-level category ID */
    first_id?: number;
    /** Second-level category ID */
    second_id?: number;
    /** Third-level category ID */
    third_id?: number;
  }>;
}

/** Params of `category.getCategoriesByType`: Get the categories settable by a given type of principal (获取不同类型主体可设置的类目 getAllCategoriesByType) */
export interface OpenCategoryGetCategoriesByTypeParams {
  /**
   * Principal type: 0 individual, 1 enterprise, 2 government, 3 media, 4 other organisation
   * @default 0
   */
  verify_type?: 0 | 1 | 2 | 3 | 4;
}

/** Result of `category.getCategoriesByType`: Get the categories settable by a given type of principal (获取不同类型主体可设置的类目 getAllCategoriesByType) */
export interface OpenCategoryGetCategoriesByTypeResult {
  /** Category information */
  categories_list?: {
    /** The categories (first and second level only; id 0 is the root, its children are the first-level categories) */
    categories?: Array<{
      /** Category ID */
      id?: number;
      /** Category name */
      name?: string;
      /** Category level */
      level?: number;
      /** Parent category ID */
      father?: number;
      /** Child category IDs */
      children?: Array<number>;
      /** 1 sensitive category (needs a qualification review), 0 not sensitive (no review) */
      sensitive_type?: 0 | 1;
      /** Qualifications required when sensitive_type is 1 (names in qualify.exter_list.inner_list.name) */
      qualify?: {
        /** Qualification list */
        exter_list?: Array<{
          /** Qualification documents */
          inner_list?: Array<{
            /** Qualification document name */
            name?: string;
            /** Qualification document example */
            url?: string;
          }>;
        }>;
        /** Remark */
        remark?: string;
      };
    }>;
  };
}

/** Params of `category.getSettingCategories`: Get the categories set on the Mini Program (获取已设置的所有类目 getSettingCategories) */
export type OpenCategoryGetSettingCategoriesParams = Record<string, never>;

/** Result of `category.getSettingCategories`: Get the categories set on the Mini Program (获取已设置的所有类目 getSettingCategories) */
export interface OpenCategoryGetSettingCategoriesResult {
  /** The categories set */
  categories?: Array<{
    /** First-level category ID */
    first?: number;
    /** First-level category name */
    first_name?: string;
    /** Second-level category ID */
    second?: number;
    /** Second-level category name */
    second_name?: string;
    /** Review status: 1 under review, 2 rejected, 3 approved */
    audit_status?: 1 | 2 | 3;
    /** Reason for the rejection */
    audit_reason?: string;
  }>;
  /** Number of categories that may be added in one change period */
  limit?: number;
  /** Number of categories that may still be added in this change period */
  quota?: number;
  /** Maximum number of categories that may be set */
  category_limit?: number;
}

/** Params of `category.modify`: Modify the qualification documents of a category (修改类目资质信息 modifyCategory) */
export interface OpenCategoryModifyParams {
  /** First-level category ID (category IDs cannot be changed, only qualifications) */
  first: number;
  /** Second-level category ID */
  second: number;
  /** Qualification documents (spelled certicates) */
  certicates: Array<{
    /** Qualification name */
    key: string;
    /** Qualification image: a temporary media_id (from the temporary-media upload API) */
    value: string;
  }>;
}

/** Result of `category.modify`: Modify the qualification documents of a category (修改类目资质信息 modifyCategory) */
export type OpenCategoryModifyResult = Record<string, unknown>;
