// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `hardwareDevice.addGroupDevice`: Add devices to a device group (设备组添加设备 addIotGroupDevice) */
export interface MpHardwareDeviceAddGroupDeviceParams {
  /** Device group id */
  group_id: string;
  /**
   * Devices to add (a group holds at most 50; a device belongs to one group at a time)
   * (items ≤ 50)
   */
  device_list: Array<S.In.IotDevice>;
  /** true moves devices that are in another group into this one (use with care) */
  force_add?: boolean;
}

/** Result of `hardwareDevice.addGroupDevice`: Add devices to a device group (设备组添加设备 addIotGroupDevice) */
export interface MpHardwareDeviceAddGroupDeviceResult {
  /** Per-device results */
  device_list?: Array<{
    /** Device model id */
    model_id?: string;
    /** Device serial number */
    sn?: string;
    /** Result for this device (only in the official example, not in the field table) */
    errcode?: number;
  }>;
}

/** Params of `hardwareDevice.createGroup`: Create a device group so users can subscribe to several devices at once (创建设备组 createIotGroupId) */
export interface MpHardwareDeviceCreateGroupParams {
  /** Device model id; the group only takes devices of this model's type */
  model_id: string;
  /** Group name (1-32 bytes), fixed at creation */
  group_name: string;
}

/** Result of `hardwareDevice.createGroup`: Create a device group so users can subscribe to several devices at once (创建设备组 createIotGroupId) */
export interface MpHardwareDeviceCreateGroupResult {
  /** Device group id */
  group_id: string;
}

/** Params of `hardwareDevice.getGroupInfo`: Get a device group's information and devices (查询设备组信息 getIotGroupInfo) */
export interface MpHardwareDeviceGetGroupInfoParams {
  /** Device group id */
  group_id: string;
}

/** Result of `hardwareDevice.getGroupInfo`: Get a device group's information and devices (查询设备组信息 getIotGroupInfo) */
export interface MpHardwareDeviceGetGroupInfoResult {
  /** Group name */
  group_name?: string;
  /** Devices in the group */
  device_list?: Array<S.IotDevice>;
  /** Device model id */
  model_id?: string;
  /** Device type */
  model_type?: string;
}

/** Params of `hardwareDevice.removeGroupDevice`: Remove devices from a device group (设备组删除设备 removeIotGroupDevice) */
export interface MpHardwareDeviceRemoveGroupDeviceParams {
  /** Device group id */
  group_id: string;
  /** Devices to remove */
  device_list: Array<S.In.IotDevice>;
}

/** Result of `hardwareDevice.removeGroupDevice`: Remove devices from a device group (设备组删除设备 removeIotGroupDevice) */
export interface MpHardwareDeviceRemoveGroupDeviceResult {
  /** Per-device results */
  device_list?: Array<{
    /** Device model id */
    model_id?: string;
    /** Device serial number */
    sn?: string;
    /** Result for this device */
    errcode?: number;
  }>;
}
