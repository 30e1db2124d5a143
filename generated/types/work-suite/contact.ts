// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `contact.batchSearch`: Run several contact searches in an authorizing corp at once (通讯录批量搜索) */
export interface WorkSuiteContactBatchSearchParams {
  /** The corpid of the corp to search */
  auth_corpid: string;
  /** App id; if not 0 only members or departments in that app's visible range are returned */
  agentid?: number;
  /**
   * The searches, at most 50 per call
   * (items ≤ 50)
   */
  query_request_list: Array<{
    /** Keyword: a member's name, its pinyin or English name; a department's name or its pinyin */
    query_word: string;
    /** 1 members (userids), 2 departments (department ids); left out or 0 searches both */
    query_type?: 0 | 1 | 2;
    /** Only when members are searched: 0 active members only, 1 active and dismissed members (current revision of the page) */
    query_range?: 0 | 1;
    /** Offset: each call adds limit to the previous offset @deprecated earlier revision of the page; the current one pages with cursor / next_cursor */
    offset?: number;
    /** Maximum results, default 50, at most 200 (fewer may come back) (value ≤ 200) @default 50 */
    limit?: number;
    /** Exact match on: 1 member or department name, 2 member English name; left out for fuzzy matching */
    full_match_field?: 1 | 2;
    /** Paging cursor from the previous result's next_cursor; left out on the first call (current revision) */
    cursor?: string;
  }>;
}

/** Result of `contact.batchSearch`: Run several contact searches in an authorizing corp at once (通讯录批量搜索) */
export interface WorkSuiteContactBatchSearchResult {
  /** The search results, one per search */
  query_result_list?: Array<{
    /** The original search request */
    query_request?: {
      /** Keyword */
      query_word?: string;
      /** Query type */
      query_type?: number;
      /** Offset (earlier revision) */
      offset?: number;
      /** Maximum results */
      limit?: number;
      /** Cursor sent (current revision) */
      cursor?: string;
    };
    /** Whether this is the last page; if false, call again with next_cursor (earlier revision: offset+limit) */
    is_last?: boolean;
    /** Cursor for this search's next page (current revision) */
    next_cursor?: string;
    /** The result of this search */
    query_result?: {
      /** Members found (matched by name or pinyin) */
      user?: {
        /** userids of the members found */
        userid?: Array<string>;
        /** open_userids of the members found (current revision) */
        open_userid?: Array<string>;
      };
      /** Departments found (matched by name or pinyin) */
      party?: {
        /** Department ids found */
        department_id?: Array<number>;
      };
      /** Dismissed members found, with query_range 1 (current revision) */
      dismiss_user?: {
        /** userids of the dismissed members */
        userid?: Array<string>;
        /** open_userids of the dismissed members */
        open_userid?: Array<string>;
      };
    };
  }>;
}

/** Params of `contact.getBatchResult`: Get the result of an async contact id translation job (获取异步任务结果) */
export interface WorkSuiteContactGetBatchResultParams {
  /** Async job id, at most 64 bytes */
  jobid: string;
}

/** Result of `contact.getBatchResult`: Get the result of an async contact id translation job (获取异步任务结果) */
export interface WorkSuiteContactGetBatchResultResult {
  /** Job status: 1 started, 2 running, 3 finished */
  status?: 1 | 2 | 3;
  /** Job type; currently contact_id_translate */
  type?: string;
  /** Detailed result, valid once the job has finished */
  result?: {
    /** Result of an id translation job */
    contact_id_translate?: {
      /** URL of the translated file, valid 24 hours; the user must open it signed in (OAuth2 or SSO). Link it with an a tag without the download attribute */
      url?: string;
    };
  };
}

/** Params of `contact.idTranslate`: Start an async job that translates userids and department ids in uploaded files into names (异步通讯录id转译) */
export interface WorkSuiteContactIdTranslateParams {
  /** The authorizing corp's corpid */
  auth_corpid: string;
  /**
   * media_ids of the files to translate (from provider.uploadMedia), at most 20: xls/xlsx, doc/docx, csv or txt (csv/txt in UTF-8)
   * (items ≤ 20)
   */
  media_id_list: Array<string>;
  /** Name of the zip the results are packed into, without suffix (.zip is added); required when media_id_list has more than one file, left out for a single unzipped file. Supports id translation (模版语法) */
  output_file_name?: string;
  /** Output format; left out, the input's format is kept. Only pdf is supported (same-prefix inputs become <prefix>_<suffix>.pdf) */
  output_file_format?: "pdf";
}

/** Result of `contact.idTranslate`: Start an async job that translates userids and department ids in uploaded files into names (异步通讯录id转译) */
export interface WorkSuiteContactIdTranslateResult {
  /** Async job id, at most 64 bytes; pass it to contact.getBatchResult */
  jobid: string;
}

/** Params of `contact.search`: Search an authorizing corp's contacts by name for members or departments (通讯录单个搜索) */
export interface WorkSuiteContactSearchParams {
  /** The corpid of the corp to search */
  auth_corpid: string;
  /**
   * Keyword: a member's name, its pinyin or English name; a department's name or its pinyin. At most 64 UTF-8 characters
   * (length ≤ 64)
   */
  query_word: string;
  /** 1 members (userids), 2 departments (department ids); left out or 0 searches both */
  query_type?: 0 | 1 | 2;
  /** Only when members are searched: 0 active members only, 1 active and dismissed members (dismissed ones only if they had activated WeCom) */
  query_range?: 0 | 1;
  /** App id; if not 0 only members or departments in that app's visible range are returned */
  agentid?: number;
  /**
   * Maximum results, default 50, at most 200 (applies to active and dismissed results separately; fewer may come back)
   * (value ≤ 200)
   * @default 50
   */
  limit?: number;
  /** Exact match on: 1 member or department name, 2 member English name; left out for fuzzy matching */
  full_match_field?: 1 | 2;
  /** Paging cursor from the previous call's next_cursor; left out on the first call */
  cursor?: string;
}

/** Result of `contact.search`: Search an authorizing corp's contacts by name for members or departments (通讯录单个搜索) */
export interface WorkSuiteContactSearchResult {
  /** The search result */
  query_result?: {
    /** Members found (matched by name or pinyin) */
    user?: {
      /** userids of the members found */
      userid?: Array<string>;
      /** open_userids of the members found (from the official sample) */
      open_userid?: Array<string>;
    };
    /** Departments found (matched by name or pinyin) */
    party?: {
      /** Department ids found */
      department_id?: Array<number>;
    };
    /** Dismissed members found, with query_range 1 (from the official sample) */
    dismiss_user?: {
      /** userids of the dismissed members (from the official sample) */
      userid?: Array<string>;
      /** open_userids of the dismissed members (from the official sample) */
      open_userid?: Array<string>;
    };
  };
  /** Whether this is the last page; if false, call again with next_cursor */
  is_last?: boolean;
  /** Cursor for the next page (from the official sample) */
  next_cursor?: string;
}

/** Params of `contact.sort`: Sort userids of an authorizing corp by name pinyin or alias (通讯录userid排序) */
export interface WorkSuiteContactSortParams {
  /** The corpid of the corp */
  auth_corpid: string;
  /**
   * userids to sort, at most 1000
   * (items ≤ 1000)
   */
  useridlist: Array<string>;
  /** Sort keys, by priority (the sample sorts by name pinyin descending, then by alias ascending) */
  sort_options?: Array<{
    /** Sort on: 0 name pinyin, 1 alias */
    sort_field?: 0 | 1;
    /** Order: 0 ascending, 1 descending */
    sort_type?: 0 | 1;
  }>;
}

/** Result of `contact.sort`: Sort userids of an authorizing corp by name pinyin or alias (通讯录userid排序) */
export interface WorkSuiteContactSortResult {
  /** The sorted userids */
  useridlist?: Array<string>;
}
