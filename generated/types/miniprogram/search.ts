// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `search.imageSearch`: Search the Mini Program's product pages by image (search.imageSearch 图片搜索) */
export interface MpSearchImageSearchParams {
  /** The image (form-data with filename, filelength, content-type) */
  img: WechatUpload;
}

/** Result of `search.imageSearch`: Search the Mini Program's product pages by image (search.imageSearch 图片搜索) */
export interface MpSearchImageSearchResult {
  /** Search results */
  items?: Array<{
    /** Product page title */
    title?: string;
    /** Product page main image URL */
    img_url?: string;
    /** Product page price */
    price?: string;
    /** Product page path */
    path?: string;
  }>;
}

/** Params of `search.setDynamicData`: Import sample data for WeChat Search widget traffic allocation (导入抽样数据 setdynamicdata) */
export interface MpSearchSetDynamicDataParams {
  /** Data lifetime in seconds, usually 86400 (import once a day) */
  lifespan: number;
  /** JSON string {"type":N}: the service category the data belongs to */
  query: string;
  /** 1 = data used for search */
  scene: number;
  /** JSON string {"items":[...],"attribute":{"count","totalcount","id","seq"}}; at most 5K a call */
  data: string;
}

/** Result of `search.setDynamicData`: Import sample data for WeChat Search widget traffic allocation (导入抽样数据 setdynamicdata) */
export type MpSearchSetDynamicDataResult = Record<string, unknown>;

/** Params of `search.siteSearch`: Search the Mini Program's own indexed pages by keyword (search.siteSearch 小程序内部搜索) */
export interface MpSearchSiteSearchParams {
  /** Search keyword */
  keyword: string;
  /** Empty for the first page; the previous answer's next_page_info for the next one */
  next_page_info: string;
}

/** Result of `search.siteSearch`: Search the Mini Program's own indexed pages by keyword (search.siteSearch 小程序内部搜索) */
export interface MpSearchSiteSearchResult {
  /** Search results */
  items?: Array<{
    /** Page title */
    title?: string;
    /** Page summary */
    description?: string;
    /** Page representative image */
    image?: string;
    /** Page path */
    path?: string;
  }>;
  /** Whether there is a next page */
  has_next_page?: boolean;
  /** Pass back as next_page_info to get the next page */
  next_page_info?: string;
  /** Estimated number of indexed documents */
  hit_count?: number;
}

/** Params of `search.submitPages`: Push page paths and structured content for WeChat Search (搜一搜数据推送 submitpages) */
export interface MpSearchSubmitPagesParams {
  /**
   * Pages to submit (path+query identifies a page); at most 1000 per call
   * (items ≤ 1000)
   */
  pages: Array<{
    /** Page path, starting with pages/ */
    path: string;
    /** Page query */
    query: string;
    /** Structured data of the page: objects with @type (wxsearch_cpdata | wxsearch_testcpdata), update (1 add, 3 delete), content_id, page_type (always 2), h5_url, title, abstract[], referer, cover_img_url, mainbody, author{author_name, author_title, author_portrait}, video[{video_title, video_length, video_img}], time_publish, time_modify, extra_info */
    data_list: Array<unknown>;
  }>;
}

/** Result of `search.submitPages`: Push page paths and structured content for WeChat Search (搜一搜数据推送 submitpages) */
export type MpSearchSubmitPagesResult = Record<string, unknown>;
