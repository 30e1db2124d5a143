// Routing a parsed push to its handler: the most specific key wins (`change_contact.create_user`,
// then `change_contact`, then the MsgType), then the fallback. Keys are compared case-insensitively:
// WeChat spells the same event `CLICK` on Official Accounts and `click` on WeCom.
import type { Handler, HandlerResult, Middleware, WebhookContext } from './types.js';

type AnyHandler = Handler<any, any>;
type AnyMiddleware = Middleware<any>;

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

export class Router {
  readonly #byMsgType = new Map<string, AnyHandler>();
  readonly #byEvent = new Map<string, AnyHandler>();
  readonly #middleware: AnyMiddleware[] = [];
  #fallback: AnyHandler | undefined;

  onMsgType(msgType: string, handler: AnyHandler): void {
    this.#byMsgType.set(msgType.toLowerCase(), handler);
  }

  onEvent(key: string, handler: AnyHandler): void {
    this.#byEvent.set(key.toLowerCase(), handler);
  }

  use(middleware: AnyMiddleware): void {
    this.#middleware.push(middleware);
  }

  fallback(handler: AnyHandler): void {
    this.#fallback = handler;
  }

  /** The handler for a message, or undefined ("success"). */
  find(message: Record<string, unknown>): AnyHandler | undefined {
    const event = str(message.Event) ?? str(message.InfoType);
    if (event !== undefined) {
      const change = str(message.ChangeType);
      const lower = event.toLowerCase();
      const handler =
        (change !== undefined ? this.#byEvent.get(`${lower}.${change.toLowerCase()}`) : undefined) ??
        this.#byEvent.get(lower);
      if (handler) return handler;
    }
    const msgType = str(message.MsgType);
    return (msgType !== undefined ? this.#byMsgType.get(msgType.toLowerCase()) : undefined) ?? this.#fallback;
  }

  /** Runs the middleware chain around the routed handler (synchronously when there is neither). */
  run(ctx: WebhookContext<any>): HandlerResult | Promise<HandlerResult> {
    if (this.#middleware.length > 0) return this.#dispatch(ctx, 0);
    const handler = this.find(ctx.message as Record<string, unknown>);
    return handler ? handler(ctx.message, ctx) : undefined;
  }

  async #dispatch(ctx: WebhookContext<any>, i: number): Promise<HandlerResult> {
    const mw = this.#middleware[i];
    if (mw === undefined) {
      const handler = this.find(ctx.message as Record<string, unknown>);
      return handler ? handler(ctx.message, ctx) : undefined;
    }
    let called = false;
    return mw(ctx, () => {
      // A second next() would run the handler twice, which duplicate suppression promises never happens.
      if (called) return Promise.reject(new Error('next() called more than once in one middleware'));
      called = true;
      return this.#dispatch(ctx, i + 1);
    });
  }
}
