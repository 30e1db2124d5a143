// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `phone.getNumber`: Exchange a phone-number code for the user's phone number (获取手机号 getPhoneNumber) */
export interface MpPhoneGetNumberParams {
  /** Phone-number credential from the getPhoneNumber button; single use, valid 5 minutes */
  code: string;
  /** The user's openid; when given, WeChat checks that the code belongs to this user */
  openid?: string;
}

/** Result of `phone.getNumber`: Exchange a phone-number code for the user's phone number (获取手机号 getPhoneNumber) */
export interface MpPhoneGetNumberResult {
  /** The user's phone number information */
  phone_info: {
    /** The bound phone number (numbers outside mainland China include the country code) */
    phoneNumber: string;
    /** Phone number without the country code */
    purePhoneNumber: string;
    /** Country code (the field table says string; the official example prints it unquoted) */
    countryCode: string;
    /** Data watermark */
    watermark: {
      /** Unix time the user performed the phone-number action */
      timestamp: number;
      /** The Mini Program's appid */
      appid: string;
    };
  };
}
