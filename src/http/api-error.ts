// errcode -> typed error, from the table generated out of spec/errcodes.yaml. Its own module because
// the token layer raises the same errors without going through the caller.
import { errcodes } from '../../generated/errors.js';
import { WechatApiError } from '../errors.js';

/** Turns a non-zero errcode into the class errcodes.yaml names for it. */
export function apiError(
  endpoint: string,
  errcode: number,
  errmsg: string,
  refreshSkipped?: string,
): WechatApiError {
  const info = errcodes[String(errcode)];
  const Cls = info?.errorClass ?? WechatApiError;
  return new Cls({
    errcode,
    errmsg,
    endpoint,
    retryable: info?.retryable ?? false,
    ...(refreshSkipped ? { refreshSkipped } : {}),
  });
}

export const isTokenInvalid = (errcode: number) => errcodes[String(errcode)]?.tokenInvalid === true;
