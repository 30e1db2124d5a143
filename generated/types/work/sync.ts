// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `sync.contactSyncSuccess`: Mark the contacts migration of a newly registered corp as done (设置通讯录同步完成) */
export type WorkSyncContactSyncSuccessParams = Record<string, never>;
/** Result of `sync.contactSyncSuccess`: Mark the contacts migration of a newly registered corp as done (设置通讯录同步完成) */
export type WorkSyncContactSyncSuccessResult = Record<string, unknown>;
