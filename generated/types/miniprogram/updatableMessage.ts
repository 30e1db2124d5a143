// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `updatableMessage.createActivityId`: Create the activity_id of a shared updatable message (创建activity_id createActivityId) */
export interface MpUpdatableMessageCreateActivityIdParams {
  /** For private messages: only this unionid user may share with the activity_id (give unionid or openid) */
  unionid?: string;
  /** For private messages: only this openid user may share with the activity_id (give unionid or openid) */
  openid?: string;
}

/** Result of `updatableMessage.createActivityId`: Create the activity_id of a shared updatable message (创建activity_id createActivityId) */
export interface MpUpdatableMessageCreateActivityIdResult {
  /** Id of the updatable message */
  activity_id?: string;
  /** Expiry timestamp of the activity_id; by default 24 hours after creation */
  expiration_time?: number;
}

/** Params of `updatableMessage.setUpdatableMsg`: Modify a shared updatable message (修改动态消息 setUpdatableMsg) */
export interface MpUpdatableMessageSetUpdatableMsgParams {
  /** Id of the updatable message, from createActivityId */
  activity_id: string;
  /** State after the change: 0 not started, 1 started */
  target_state: 0 | 1;
  /** Template information of the message */
  template_info: {
    /** Template parameters to change */
    parameter_list: Array<{
      /** Parameter name: member_count and room_limit are required when target_state = 0; path and version_type (develop, trial, release) when target_state = 1 */
      name: "member_count" | "room_limit" | "path" | "version_type";
      /** New value of the parameter */
      value: string;
    }>;
  };
}

/** Result of `updatableMessage.setUpdatableMsg`: Modify a shared updatable message (修改动态消息 setUpdatableMsg) */
export type MpUpdatableMessageSetUpdatableMsgResult = Record<string, unknown>;
