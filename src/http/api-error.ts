// errcode -> typed error, from the table generated out of spec/errcodes.yaml. Its own module because
// the token layer raises the same errors without going through the caller.
import { errcodes } from '../../generated/errors.js';
import { WechatApiError } from '../errors.js';

/** Turns a non-zero errcode into the class errcodes.yaml names for it. */
export function apiError(
  endpoint: string,
  failure: { errcode: number; errmsg: string; body?: Record<string, unknown> },
  refreshSkipped?: string,
): WechatApiError {
  const info = errcodes[String(failure.errcode)];
  const Cls = info?.errorClass ?? WechatApiError;
  return new Cls({
    errcode: failure.errcode,
    errmsg: failure.errmsg,
    endpoint,
    retryable: info?.retryable ?? false,
    ...(refreshSkipped ? { refreshSkipped } : {}),
    ...(failure.body ? { body: failure.body } : {}),
  });
}

export const isTokenInvalid = (errcode: number) => errcodes[String(errcode)]?.tokenInvalid === true;
