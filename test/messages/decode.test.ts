// The parser's fast path (decode.ts, driven by generated/messages/codecs.ts) must accept and reject
// exactly what the zod schemas in messageSchemas accept and reject, and produce the same values:
// first on every official sample (XML and JSON), then on random corruptions of those samples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../codegen/load.js';
import { messageCodecs, shapeCodecs } from '../../generated/messages/codecs.js';
import type { InboundMessageName } from '../../generated/messages/types.js';
import { decodeMessage } from '../../src/messages/decode.js';
import { messageSchemas, parseXml } from '../../src/messages/index.js';
import { parseJson } from '../../src/messages/json.js';

const inbound = loadSpec('spec').messages.filter((m) => m.kind !== 'reply');

function samplesOf(m: (typeof inbound)[number]): Array<[string, Record<string, unknown>]> {
  const out: Array<[string, Record<string, unknown>]> = [];
  if (m.sample) out.push(['xml', parseXml(m.sample)]);
  if (m.sampleJson) out.push(['json', parseJson(m.sampleJson) as Record<string, unknown>]);
  return out;
}

/** Every [object, key] pair in a value, at any depth. */
function slots(value: unknown, out: Array<[Record<string, unknown>, string]> = []) {
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, key]);
      slots(child, out);
    }
  }
  return out;
}

function both(name: InboundMessageName, raw: Record<string, unknown>) {
  const zod = messageSchemas[name].safeParse(structuredClone(raw));
  const fast = decodeMessage(messageCodecs[name], shapeCodecs, structuredClone(raw), true);
  return { zod, fast };
}

describe('decodeMessage agrees with the zod schemas', () => {
  it('has a codec for every inbound descriptor', () => {
    expect(Object.keys(messageCodecs).sort()).toEqual(inbound.map((m) => m.name).sort());
  });

  for (const m of inbound) {
    for (const [format, raw] of samplesOf(m)) {
      it(`${m.name} (${format} sample)`, () => {
        const { zod, fast } = both(m.name as InboundMessageName, raw);
        expect(zod.success, 'the zod schema accepts the sample').toBe(true);
        expect(fast.ok).toBe(true);
        if (fast.ok && zod.success) expect(fast.value).toEqual(zod.data);
      });
    }
  }

  // Values a push field could plausibly hold, right or wrong.
  const junk = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.constant(''),
    fc.constantFrom('0', '1', '-7', ' 42 ', '3.5', 'true', 'false', '1e3', '9007199254740993', 'abc'),
    fc.integer(),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.string({ maxLength: 6 }),
    fc.constant({}),
    fc.constant({ item: '' }),
    fc.constant([{}]),
    fc.constant(['1', '2']),
  );

  it('accepts and rejects the same corrupted samples, with the same values', () => {
    const cases = inbound.flatMap((m) => samplesOf(m).map(([, raw]) => ({ name: m.name, raw })));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.array(fc.tuple(fc.nat(), junk), { minLength: 1, maxLength: 3 }),
        (which, edits) => {
          const { name, raw } = cases[which]!;
          const corrupted = structuredClone(raw);
          for (const [k, value] of edits) {
            // Any property at any depth (nested objects and list items included).
            const spots = slots(corrupted);
            const [parent, key] = spots[k % spots.length]!;
            if (value === undefined) delete parent[key];
            else parent[key] = structuredClone(value);
          }
          const { zod, fast } = both(name as InboundMessageName, corrupted);
          expect(fast.ok, JSON.stringify(corrupted)).toBe(zod.success);
          if (fast.ok && zod.success) expect(fast.value).toEqual(zod.data);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('names the field and what was expected, never the value', () => {
    const result = decodeMessage(
      messageCodecs.TextMessage,
      shapeCodecs,
      { ToUserName: 'gh', FromUserName: 'o', CreateTime: 'secret-ish', MsgType: 'text', Content: 'x' },
      false,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'CreateTime', message: 'expected an integer' },
        { path: 'MsgId', message: 'required (a 64-bit integer)' },
      ],
    });
  });
});
