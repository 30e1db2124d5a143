// An injected fetch that records requests and answers from a handler: no network, no globals patched.
export interface Captured {
  method: string;
  url: URL;
  headers: Headers;
  text: string;
  form?: FormData;
}

export type Answer = Response | Record<string, unknown>;

export function fakeFetch(handler: (req: Captured) => Answer | Promise<Answer>) {
  const requests: Captured[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const type = request.headers.get('content-type') ?? '';
    const captured: Captured = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      text: '',
    };
    if (type.startsWith('multipart/form-data')) captured.form = await request.formData();
    else captured.text = await request.text();
    requests.push(captured);
    // Like a real fetch, give up when the request's signal aborts (timeouts, cancellation).
    let fail = () => {};
    const aborted = new Promise<never>((_, reject) => {
      fail = () => reject(request.signal.reason ?? new DOMException('aborted', 'AbortError'));
      if (request.signal.aborted) fail();
      request.signal.addEventListener('abort', fail, { once: true });
    });
    try {
      const answer = await Promise.race([handler(captured), aborted]);
      return answer instanceof Response ? answer : Response.json(answer);
    } finally {
      // A timeout signal still fires after an answer; nobody is listening by then.
      request.signal.removeEventListener('abort', fail);
      aborted.catch(() => {});
    }
  };
  return { fetch, requests };
}

/** A 1x1 PNG, for binary endpoints. */
export const PNG_1X1 = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);
