// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `nearbyPoi.add`: Add a place for Mini Programs Nearby (添加地点 addNearbyPoi) */
export interface MpNearbyPoiAddParams {
  /** Customer-service info (optional), a JSON string such as {"open_kf":false} */
  kf_info?: string;
  /** Store pictures (1-9 URLs from the news-image upload), a JSON string {"list":[...]} */
  pic_list: string;
  /** Service tags (id, type, name, appid, path, desc), a JSON string {"service_infos":[...]} */
  service_infos: string;
  /** Store name, taken from the Tencent Maps place; not editable */
  store_name: string;
  /** Store phone number */
  contract_phone: string;
  /** Opening hours, as 11:11-12:12 */
  hour: string;
  /** Subject (company) name */
  company_name: string;
  /** Qualification number: 15-digit business licence or 9-digit organisation code */
  credential: string;
  /** Address */
  address: string;
  /** Supporting material; needed when company_name differs from the Mini Program's subject */
  qualification_list: string;
  /** Always "1" */
  is_comm_nearby: "1";
  /** Empty to create a new place; the place's poi_id to update it */
  poi_id?: string;
  /** The sosomap_poi_uid from a Tencent Maps store search (submission may fail without it) */
  map_poi_id: string;
}

/** Result of `nearbyPoi.add`: Add a place for Mini Programs Nearby (添加地点 addNearbyPoi) */
export interface MpNearbyPoiAddResult {
  /** The place data */
  data: {
    /** Audit ticket id */
    audit_id?: number;
    /** Nearby place id */
    poi_id?: number;
    /** Business qualification number */
    related_credential?: string;
  };
}

/** Params of `nearbyPoi.delete`: Delete a place from Mini Programs Nearby (删除地点 deleteNearbyPoi) */
export interface MpNearbyPoiDeleteParams {
  /** Nearby place id */
  poi_id: string;
}

/** Result of `nearbyPoi.delete`: Delete a place from Mini Programs Nearby (删除地点 deleteNearbyPoi) */
export type MpNearbyPoiDeleteResult = Record<string, unknown>;

/** Params of `nearbyPoi.getList`: List the Mini Program's nearby places (查看地点 getNearbyPoiList) */
export interface MpNearbyPoiGetListParams {
  /**
   * Page number, from 1
   * (value ≥ 1)
   */
  page: number;
  /**
   * Places per page (at most 1000)
   * (value ≤ 1000)
   */
  page_rows: number;
}

/** Result of `nearbyPoi.getList`: List the Mini Program's nearby places (查看地点 getNearbyPoiList) */
export interface MpNearbyPoiGetListResult {
  /** The place data */
  data: {
    /** Maximum number of places that can be added */
    max_apply_num?: number;
    /** Number of places that can still be added */
    left_apply_num?: number;
    /** The place list as a JSON string {"poi_list":[...]} */
    data?: string;
  };
}

/** Params of `nearbyPoi.setShowStatus`: Show or hide the Mini Program at a nearby place (设置展示状态 setShowStatus) */
export interface MpNearbyPoiSetShowStatusParams {
  /** Nearby place id */
  poi_id: string;
  /** 0 hide, 1 show */
  status: 0 | 1;
}

/** Result of `nearbyPoi.setShowStatus`: Show or hide the Mini Program at a nearby place (设置展示状态 setShowStatus) */
export type MpNearbyPoiSetShowStatusResult = Record<string, unknown>;
