// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `hardware.getSnTicket`: Get a device ticket, valid 5 minutes (获取设备票据) */
export interface MpHardwareGetSnTicketParams {
  /**
   * Device serial number assigned by the vendor: at most 128 bytes of digits, letters, _ and -
   * (length ≤ 128)
   */
  sn: string;
  /** Device model id from device registration */
  model_id: string;
}

/** Result of `hardware.getSnTicket`: Get a device ticket, valid 5 minutes (获取设备票据) */
export interface MpHardwareGetSnTicketResult {
  /** Device ticket, valid 5 minutes */
  sn_ticket?: string;
}
