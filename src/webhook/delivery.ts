// What happens to a push once it is authenticated and parsed: the duplicate check (the answers kept
// for WeChat's retries and replay protection, in the bot's ledger or the store), the handler under its deadline, the reply rendered. The
// result is the plaintext answer ('' = "success"); bot.ts seals and sends it.
import type { Reply } from '../messages/index.js';
import type { Product } from '../products.js';
import type { Deadlines } from './deadline.js';
import type { Dedup, PriorAnswer } from './dedup.js';
import { LateReplyError } from './errors.js';
import { kit } from './load-kit.js';
import type { Report } from './report.js';
import type { Router } from './router.js';
import type { HandlerResult, WebhookContext, WebhookOptions } from './types.js';

interface Outcome {
  /** The plaintext answer ('' for "success"). */
  body: string;
  /** The handler's reply, for onLateReply. */
  reply: Reply | undefined;
  /** Whether this delivery ran the handler (false for a duplicate). */
  first: boolean;
}

export interface DeliverySettings<P extends Product> {
  options: WebhookOptions<P>;
  router: Router;
  dedup: Dedup;
  dedupTtlMs: number;
  deadlines: Deadlines;
  deadlineMs: number;
  windowSeconds: number;
  report: Report<P>;
}

export class Delivery<P extends Product> {
  readonly #s: DeliverySettings<P>;

  constructor(settings: DeliverySettings<P>) {
    this.#s = settings;
  }

  /** Older than what a full memory of pushes still holds, and not a retry within its answer window. */
  tooOldToCheck(key: string, guardUntil: number): boolean {
    return this.#s.dedup.tooOld(key, guardUntil);
  }

  /** When a push stops being a possible replay: its timestamp leaves the window (never sooner than dedupTtlMs). */
  guardUntil(timestamp: number): number {
    const window = this.#s.windowSeconds;
    const floor = Math.ceil((Date.now() + this.#s.dedupTtlMs) / 1000);
    return Number.isFinite(window) ? Math.max(floor, timestamp + window + 1) : floor;
  }

  /**
   * Dedup, handler and rendering; the plaintext answer ('' = "success"). With a store that answers at
   * once and a handler that returns at once (the common case) it all happens in this call: no promise,
   * no deadline. Anything asynchronous goes on under the deadline.
   */
  run(ctx: WebhookContext<P>, key: string, guardUntil: number): string | Promise<string> {
    const prior = this.#s.dedup.claimNow(key, guardUntil);
    if (prior === undefined) {
      return this.#underDeadline(ctx, key, this.#process(ctx, key, guardUntil), guardUntil);
    }
    if (prior.kind !== 'new') return this.#priorBody(prior, ctx);
    const outcome = this.#invoke(ctx);
    if (outcome instanceof Promise) return this.#underDeadline(ctx, key, outcome, guardUntil);
    this.#recordAnswer(key, outcome, ctx, guardUntil);
    return outcome.body;
  }

  // A duplicate gets the first delivery's answer. What is kept is the reply itself (a few dozen
  // bytes), not its rendered XML (hundreds): rendered again, addressed the same, when a retry comes.
  #recordAnswer(key: string, outcome: Outcome, ctx: WebhookContext<P>, until: number): void {
    // "success" needs no record: a duplicate that finds the claim's pending marker answers it too.
    if (outcome.body === '') return;
    this.#s.dedup
      .answer(key, outcome.reply ?? outcome.body, until)
      .catch((err) => this.#s.report(err, { stage: 'store', status: 200, ctx }));
  }

  /** The answer a duplicate gets: the kept body, or the kept reply rendered for this push. */
  #priorBody(prior: PriorAnswer, ctx: WebhookContext<P>): string {
    if (prior.kind !== 'answered') return '';
    if (typeof prior.kept === 'string') return prior.kept;
    try {
      return kit!.renderReplyFor(prior.kept as Reply, ctx);
    } catch (err) {
      this.#s.report(err, { stage: 'reply', status: 200, ctx });
      return '';
    }
  }

  #underDeadline(
    ctx: WebhookContext<P>,
    key: string,
    work: Promise<Outcome>,
    until: number,
  ): Promise<string> {
    return new Promise<string>((resolve) => {
      let timedOut = false;
      const waiting = this.#s.deadlines.start(() => {
        // Duplicates keep seeing the pending marker, hence "success": what this delivery answered.
        timedOut = true;
        resolve('');
      });
      work.then(
        (outcome) => {
          if (timedOut) return this.#lateReply(outcome, ctx);
          this.#s.deadlines.done(waiting);
          if (outcome.first) this.#recordAnswer(key, outcome, ctx, until);
          resolve(outcome.body);
        },
        (err) => {
          this.#s.deadlines.done(waiting);
          this.#s.report(err, { stage: 'handler', status: 200, ctx });
          resolve('');
        },
      );
    });
  }

  #process(ctx: WebhookContext<P>, key: string, until: number): Promise<Outcome> {
    let claim: Promise<PriorAnswer>;
    try {
      claim = this.#s.dedup.claim(key, until);
    } catch (err) {
      // A store that throws instead of rejecting is still just a store outage.
      claim = Promise.reject(err);
    }
    return claim.then(
      (prior) =>
        prior.kind === 'new'
          ? this.#invoke(ctx)
          : { body: this.#priorBody(prior, ctx), reply: undefined, first: false },
      (err) => {
        // A store outage must not stop the account answering: handle the push, just without dedup.
        this.#s.report(err, { stage: 'store', status: 200, ctx });
        return this.#invoke(ctx);
      },
    );
  }

  #invoke(ctx: WebhookContext<P>): Outcome | Promise<Outcome> {
    let result: ReturnType<Router['run']>;
    try {
      result = this.#s.router.run(ctx);
    } catch (err) {
      return this.#failed(err, ctx);
    }
    if (result instanceof Promise) {
      return result.then(
        (r) => this.#outcome(r, ctx),
        (err) => this.#failed(err, ctx),
      );
    }
    return this.#outcome(result, ctx);
  }

  #outcome(result: HandlerResult, ctx: WebhookContext<P>): Outcome {
    let reply: Reply | undefined;
    try {
      reply = kit!.toReply(result);
    } catch (err) {
      return this.#failed(err, ctx);
    }
    if (!reply) return { body: '', reply, first: true };
    try {
      return { body: kit!.renderReplyFor(reply, ctx), reply, first: true };
    } catch (err) {
      this.#s.report(err, { stage: 'reply', status: 200, ctx });
      return { body: '', reply, first: true };
    }
  }

  #failed(err: unknown, ctx: WebhookContext<P>): Outcome {
    this.#s.report(err, { stage: 'handler', status: 200, ctx });
    return { body: '', reply: undefined, first: true };
  }

  #lateReply(late: Outcome, ctx: WebhookContext<P>): void {
    if (!late.reply) return;
    const hook = this.#s.options.onLateReply;
    if (!hook) {
      const err = new LateReplyError(
        `a reply came after the ${this.#s.deadlineMs} ms deadline and was dropped: pass onLateReply to send it as a customer-service message`,
      );
      this.#s.report(err, { stage: 'late-reply', status: 200, ctx });
      return;
    }
    const reply = late.reply;
    Promise.resolve()
      .then(() => hook(reply, ctx.message, ctx))
      .catch((err) => this.#s.report(err, { stage: 'late-reply', status: 200, ctx }));
  }
}
