// Types shared by the generated API interfaces and the runtime.

/** A binary response (QR codes, media files). */
export interface WechatFile {
  bytes: Uint8Array;
  contentType: string;
  /** From Content-Disposition, when WeChat sends one. */
  filename?: string;
}

/** Per-call options, the last argument of every generated method. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides the client's timeout (ms). */
  timeout?: number;
  /** Overrides the client's response validation mode for this call. */
  validateResponse?: 'strict' | 'warn' | 'off';
}
