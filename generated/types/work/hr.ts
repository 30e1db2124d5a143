// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `hr.getFields`: Get the roster field settings (获取员工字段配置) */
export type WorkHrGetFieldsParams = Record<string, never>;

/** Result of `hr.getFields`: Get the roster field settings (获取员工字段配置) */
export interface WorkHrGetFieldsResult {
  /** Field groups */
  group_list?: Array<{
    /** Field group id */
    group_id?: number;
    /** Field group name */
    group_name?: string;
    /** Fields of the group */
    field_list?: Array<{
      /** Field id (field_id in the table) */
      fieldid?: number;
      /** Field name */
      field_name?: string;
      /** Field type: 1 text, 2 option, 3 time, 4 image, 5 single file, 6 multiple files */
      field_type?: number;
      /** Type of the field's value (see 字段值类型对照表) */
      value_type?: number;
      /** Whether the field is required */
      is_must?: boolean;
      /** Options with their values and texts; only when field_type is 2 */
      option_list?: Array<{
        /** Option value */
        id?: number;
        /** Option text */
        value?: string;
      }>;
    }>;
  }>;
}

/** Params of `hr.getStaffInfo`: Get a member's roster information (获取员工花名册信息) */
export interface WorkHrGetStaffInfoParams {
  /** Userid of the member (must be in the app's visible range) */
  userid: string;
  /**
   * Whether to get every field
   * @default false
   */
  get_all?: boolean;
  /** Fields to get; must not be empty unless get_all is true (then ignored) */
  fieldids?: Array<{
    /** Field id */
    fieldid: number;
    /** Index within a repeatable group (1 education, 2 work history, 3 family, 4 emergency contacts, 5 contracts); 0 otherwise @default 0 */
    sub_idx?: number;
  }>;
}

/** Result of `hr.getStaffInfo`: Get a member's roster information (获取员工花名册信息) */
export interface WorkHrGetStaffInfoResult {
  /** The fields */
  field_info?: Array<{
    /** Field id */
    fieldid?: number;
    /** Index */
    sub_idx?: number;
    /** Result: 1 success, 2 failure, 3 field not found, 5 field type not supported */
    result?: number;
    /** Value type: 1 string, 2 uint64, 3 uint32, 4 int64, 5 phone number, 6 file */
    value_type?: number;
    /** Value of a string field */
    value_string?: string;
    /** Value of a 64-bit unsigned integer field */
    value_uint64?: string;
    /** Value of a 32-bit unsigned integer field */
    value_uint32?: number;
    /** Value of a 64-bit integer field */
    value_int64?: string;
    /** Value of a phone number field */
    value_mobile?: {
      /** Area code */
      value_country_code?: string;
      /** Phone number */
      value_mobile?: string;
    };
    /** Value of a file field */
    value_file?: {
      /** media_ids, downloadable with the temporary media API */
      media_id?: Array<string>;
    };
  }>;
}

/** Params of `hr.updateStaffInfo`: Update a member's roster information (更新员工花名册信息) */
export interface WorkHrUpdateStaffInfoParams {
  /** Userid of the member (must be in the app's visible range) */
  userid: string;
  /** Single fields to update, add or clear (some fields cannot be updated; 更新字段说明) */
  update_items?: Array<{
    /** Field id */
    fieldid: number;
    /** Index within a repeatable group; 0 for fields outside repeatable groups */
    sub_idx?: number;
    /** Value of a string field (字符串) */
    value_string?: string;
    /** Value of a 64-bit unsigned integer field */
    value_uint64?: string | number;
    /** Value of a 32-bit unsigned integer field */
    value_uint32?: number;
    /** Value of a 64-bit integer field */
    value_int64?: string | number;
    /** Value of a phone number field; an empty or missing value_mobile clears the field */
    value_mobile?: {
      /** Area code */
      value_country_code?: string;
      /** Phone number */
      value_mobile?: string;
      /** In the page's update_items sample ("xxx"); the table names the area code value_country_code */
      value_mobile_country_code?: string;
    };
  }>;
  /** Whole groups to delete from a repeatable group (1 education, 2 work history, 3 family, 4 emergency contacts, 5 contracts) */
  remove_items?: Array<{
    /** Repeatable group type */
    group_type: number;
    /** Which group to delete */
    sub_idx: number;
  }>;
  /** Groups to add to a repeatable group */
  insert_items?: Array<{
    /** Repeatable group type */
    group_type: number;
    /** Fields of the new group, as in update_items (sub_idx ignored; unknown field ids ignored) */
    item?: Array<{
      /** Field id */
      fieldid: number;
      /** Index within a repeatable group; 0 for fields outside repeatable groups */
      sub_idx?: number;
      /** Value of a string field (字符串) */
      value_string?: string;
      /** Value of a 64-bit unsigned integer field */
      value_uint64?: string | number;
      /** Value of a 32-bit unsigned integer field */
      value_uint32?: number;
      /** Value of a 64-bit integer field */
      value_int64?: string | number;
      /** Value of a phone number field; an empty or missing value_mobile clears the field */
      value_mobile?: {
        /** Area code */
        value_country_code?: string;
        /** Phone number */
        value_mobile?: string;
        /** In the page's update_items sample ("xxx"); the table names the area code value_country_code */
        value_mobile_country_code?: string;
      };
    }>;
  }>;
}

/** Result of `hr.updateStaffInfo`: Update a member's roster information (更新员工花名册信息) */
export interface WorkHrUpdateStaffInfoResult {
  /** Results of the field updates */
  update_results?: Array<{
    /** Field id */
    fieldid?: number;
    /** Field index */
    sub_idx?: number;
    /** Result: 1 success, 2 failure, 3 field id/index not found, 4 required field missing or cleared, 5 field type not updatable */
    result?: number;
  }>;
  /** Results of the group deletions */
  remove_results?: Array<{
    /** Group type */
    group_type?: number;
    /** Group index */
    sub_idx?: number;
    /** Result, as in update_results */
    result?: number;
  }>;
  /** Results of the group additions (the table's name) */
  insert_results?: Array<{
    /** Group type */
    group_type?: number;
    /** Index of the group in the request */
    idx?: number;
    /** Result, as in update_results */
    result?: number;
  }>;
  /** Results of the group additions (the sample's name) */
  insert_result?: Array<{
    /** Group type */
    group_type?: number;
    /** Index of the group in the request */
    idx?: number;
    /** Result, as in update_results */
    result?: number;
  }>;
}
