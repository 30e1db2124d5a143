// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `message.custom.typing`: Show or cancel the customer-service "typing" status to a user (客服输入状态) */
export interface MessageCustomTypingParams {
  /** The user's OpenID */
  touser: string;
  /** Typing shows the "typing" status to the user; CancelTyping cancels it */
  command: "Typing" | "CancelTyping";
  /** Sub-merchant ID (子商户 ID; only on the subscription-account copy of the page) */
  businessid?: string;
}

/** Result of `message.custom.typing`: Show or cancel the customer-service "typing" status to a user (客服输入状态) */
export type MessageCustomTypingResult = Record<string, unknown>;
