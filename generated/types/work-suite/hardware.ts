// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `hardware.addDevice`: Add a device instance (添加设备实例) */
export interface WorkSuiteHardwareAddDeviceParams {
  /** Device model id, shown after adding the model in the provider admin console */
  model_id: string;
  /** Hardware serial number: digits and letters only, at most 128 bytes, different from any imported before */
  device_sn: string;
  /** Remark name (SKIT's CgibinServiceAddDeviceRequest only) */
  remark_name?: string;
}

/** Result of `hardware.addDevice`: Add a device instance (添加设备实例) */
export interface WorkSuiteHardwareAddDeviceResult {
  /** The new device (fields from SKIT's CgibinServiceAddDeviceResponse) */
  device_info?: {
    /** Device model id */
    model_id?: string;
    /** Device id */
    device_id?: string;
    /** Serial number */
    device_sn?: string;
    /** Device secret */
    secret_no?: string;
    /** Device QR code data */
    qr_code?: string;
    /** Creation time, unix seconds */
    create_time?: number;
  };
}

/** Params of `hardware.delDevice`: Delete a device instance (删除设备实例) */
export interface WorkSuiteHardwareDelDeviceParams {
  /** Serial number: digits and letters only, at most 128 bytes */
  device_sn: string;
}

/** Result of `hardware.delDevice`: Delete a device instance (删除设备实例) */
export type WorkSuiteHardwareDelDeviceResult = Record<string, unknown>;

/** Params of `hardware.fetchDeviceLog`: Ask a device to upload its log file (上传设备日志) */
export interface WorkSuiteHardwareFetchDeviceLogParams {
  /** Serial number: digits and letters only, at most 128 bytes */
  device_sn: string;
  /** Passed through to the device, which may use it to choose which log to upload; at most 128 bytes */
  hint?: string;
}

/** Result of `hardware.fetchDeviceLog`: Ask a device to upload its log file (上传设备日志) */
export type WorkSuiteHardwareFetchDeviceLogResult = Record<string, unknown>;

/** Params of `hardware.getDeviceAuthInfo`: Get the corp a device is bound to (查询设备绑定信息) */
export interface WorkSuiteHardwareGetDeviceAuthInfoParams {
  /** Hardware serial number: digits and letters only, at most 128 bytes */
  device_sn: string;
}

/** Result of `hardware.getDeviceAuthInfo`: Get the corp a device is bound to (查询设备绑定信息) */
export interface WorkSuiteHardwareGetDeviceAuthInfoResult {
  /** The corp the device is bound to (fields from SKIT's CgibinServiceGetDeviceAuthInfoResponse) */
  auth_corp_info?: {
    /** Corp id */
    corpid?: string;
    /** Corp name */
    corp_name?: string;
  };
  /** The device (fields from SKIT's CgibinServiceGetDeviceAuthInfoResponse) */
  device_info?: {
    /** Device model id */
    model_id?: string;
    /** Remark name */
    remark_name?: string;
  };
}

/** Params of `hardware.getDeviceFeature`: Get a device's custom feature string (获取设备自定义参数) */
export interface WorkSuiteHardwareGetDeviceFeatureParams {
  /** Serial number: digits and letters only, at most 128 bytes */
  device_sn: string;
}

/** Result of `hardware.getDeviceFeature`: Get a device's custom feature string (获取设备自定义参数) */
export interface WorkSuiteHardwareGetDeviceFeatureResult {
  /** The custom feature string the device reported */
  device_feature?: string;
}

/** Params of `hardware.listDevice`: List the devices the provider registered (获取设备列表) */
export interface WorkSuiteHardwareListDeviceParams {
  /** Paging offset */
  offset: number;
  /** Number of records to fetch */
  limit: number;
}

/** Result of `hardware.listDevice`: List the devices the provider registered (获取设备列表) */
export type WorkSuiteHardwareListDeviceResult = Record<string, unknown>;

/** Params of `hardware.resetSecretNo`: Reset a device's SecretNo (重置设备SecretNo) */
export interface WorkSuiteHardwareResetSecretNoParams {
  /** Serial number (digits and letters, at most 128 bytes). Sets the SecretNo back to unset so the device can call get_secret_no again; existing devices need firmware that supports seed_secret_no */
  device_sn: string;
}

/** Result of `hardware.resetSecretNo`: Reset a device's SecretNo (重置设备SecretNo) */
export type WorkSuiteHardwareResetSecretNoResult = Record<string, unknown>;

/** Params of `hardware.setPrinterSupportState`: Set whether a print box supports a printer (设置打印机支持状态) */
export interface WorkSuiteHardwareSetPrinterSupportStateParams {
  /** Serial number: digits and letters only, at most 128 bytes */
  device_sn: string;
  /** 1 the print box does not support a printer, 0 it does */
  not_supported_printer: 0 | 1;
}

/** Result of `hardware.setPrinterSupportState`: Set whether a print box supports a printer (设置打印机支持状态) */
export type WorkSuiteHardwareSetPrinterSupportStateResult = Record<string, unknown>;
