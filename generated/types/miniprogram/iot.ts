// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `iot.cloudRegisterDevice`: Pre-register device SNs on the WeChat hardware platform (设备SN注册) */
export interface MpIotCloudRegisterDeviceParams {
  /** Product id on the WeChat hardware platform */
  product_id: number;
  /**
   * Devices to register (at most 100 SNs per call; 20 before the product goes live)
   * (items ≤ 100)
   */
  iot_device_list: Array<{
    /** Vendor-assigned unique serial number, ASCII, at most 120 characters (length ≤ 120) */
    sn: string;
  }>;
}

/** Result of `iot.cloudRegisterDevice`: Pre-register device SNs on the WeChat hardware platform (设备SN注册) */
export interface MpIotCloudRegisterDeviceResult {
  /** Registered devices */
  iot_device_list?: Array<{
    /** Serial number */
    sn?: string;
    /** WeChat hardware id of the device; keep the sn to id mapping */
    ilink_im_sdk_id?: string;
  }>;
  /** Devices that failed */
  err_device_list?: Array<{
    /** Serial number */
    sn?: string;
    /** Error code for this SN */
    errcode?: number;
    /** Error message for this SN */
    errmsg?: string;
  }>;
}
