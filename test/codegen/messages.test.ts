// The messages emitter, given a tiny IR: what it must write into generated/messages/*.
import { describe, expect, it } from 'vitest';
import { messageZod } from '../../codegen/emit/messages.js';
import { render } from '../../codegen/generate.js';
import type { Ir, IrField, IrMessage } from '../../codegen/ir.js';
import { loadSpec } from '../../codegen/load.js';

const f = (name: string, type: IrField['type'], required = true, extra: Partial<IrField> = {}): IrField => ({
  name,
  type,
  required,
  ...extra,
});

const msg = (m: Partial<IrMessage> & Pick<IrMessage, 'name' | 'match' | 'fields'>): IrMessage => ({
  file: 'spec/messages/test/test.yaml',
  dir: 'test',
  summary: `${m.name} summary`,
  doc: 'https://developers.weixin.qq.com/doc/x.html',
  kind: 'message',
  products: ['oa'],
  sample: '<xml/>',
  ...m,
});

const envelope = [
  f('ToUserName', 'string'),
  f('FromUserName', 'string'),
  f('CreateTime', 'int'),
  f('MsgType', 'string'),
];

function tinyIr(messages: IrMessage[]): Ir {
  return {
    products: loadSpec('spec').products,
    endpoints: [],
    shapes: [
      {
        name: 'Attr',
        file: 'spec/shapes.yaml',
        field: f('Attr', 'object', true, { fields: [f('Name', 'string')] }),
      },
    ],
    errorClasses: [],
    errcodes: [],
    messages,
    specHash: 'test',
  };
}

const ping = msg({
  name: 'Ping',
  match: { MsgType: 'ping' },
  fields: [
    ...envelope,
    f('Id', 'int64'),
    f('Count', 'int', false),
    f('Tags', 'array', false, { items: f('items', 'string') }),
    f('Info', 'object', true, { fields: [f('Level', 'int', true, { enum: [1, 2] })] }),
    f('Ext', 'array', false, { items: f('items', 'ref', true, { ref: 'Attr' }) }),
  ],
});
const pong = msg({
  name: 'PongEvent',
  kind: 'event',
  products: ['oa', 'work'],
  match: { MsgType: 'event', Event: 'pong' },
  fields: [...envelope, f('Event', 'string')],
});
const note = msg({
  name: 'NoteNotification',
  kind: 'event',
  products: ['work'],
  match: { InfoType: 'note' },
  fields: [f('InfoType', 'string'), f('TimeStamp', 'int')],
});
const pingReply = msg({
  name: 'PingReply',
  kind: 'reply',
  match: { MsgType: 'ping' },
  fields: [...envelope, f('Body', 'object', true, { fields: [f('Text', 'string')] })],
});

describe('emitMessages', () => {
  const out = render(tinyIr([note, ping, pingReply, pong]));
  const file = (name: string) => out.get(`messages/${name}.ts`)!;

  it('writes the four message files with the generated header', () => {
    for (const name of ['types', 'guards', 'schemas', 'table']) {
      expect(file(name)).toMatch(/^\/\/ generated from spec\/ by codegen\/ — do not edit/);
    }
  });

  it('types: an interface per descriptor, discriminators as literals, int64 as string', () => {
    const types = file('types');
    expect(types).toContain('export interface Ping {');
    expect(types).toContain('MsgType: "ping";');
    expect(types).toContain('Id: string;');
    expect(types).toContain('Count?: number;');
    expect(types).toContain('Tags?: Array<string>;');
    expect(types).toContain('Level: 1 | 2;');
    expect(types).toContain('Ext?: Array<S.Attr>;');
    expect(types).toContain('Event: "pong";');
    expect(types).toContain('@see https://developers.weixin.qq.com/doc/x.html');
  });

  it('types: unions per product (never when empty), the product map, replies and their builder names', () => {
    const types = file('types');
    expect(types).toMatch(/export type OfficialAccountMessage =\s+\| Ping\s+\| PongEvent;/);
    expect(types).toMatch(/export type WorkMessage =\s+\| NoteNotification\s+\| PongEvent;/);
    expect(types).toContain('export type MiniProgramMessage = never;');
    expect(types).toMatch(/export type InboundMessage =\s+\| OfficialAccountMessage\s+\| MiniProgramMessage/);
    expect(types).toContain('"work-suite": WorkSuiteMessage;');
    expect(types).toContain(
      'export type Reply = Omit<PingReply, "ToUserName" | "FromUserName" | "CreateTime">;',
    );
    expect(types).toContain('export type ReplyBuilderName = "ping";');
    expect(types).toMatch(
      /export type InboundMessageName =\s+\| "NoteNotification"\s+\| "Ping"\s+\| "PongEvent";/,
    );
  });

  it('guards: every match tag checked, none for replies', () => {
    const guards = file('guards');
    expect(guards).toContain('export function isPing(m: unknown): m is T.Ping {');
    expect(guards).toContain('return tag(m, "MsgType") === "ping";');
    expect(guards).toContain('return tag(m, "MsgType") === "event" && tag(m, "Event") === "pong";');
    expect(guards).toContain('return tag(m, "InfoType") === "note";');
    expect(guards).not.toContain('isPingReply');
  });

  it('schemas: coercing pieces, lazily, with shapes and list item names', () => {
    const schemas = file('schemas');
    expect(schemas).toContain('const AttrSchema: z.ZodType<S.Attr> = z.lazy(() => X.object({');
    expect(schemas).toContain('Ping: z.ZodType<T.Ping>;');
    expect(schemas).toContain('PingReply: z.ZodType<T.PingReply>;');
    expect(schemas).toContain('export const messageSchemas: MessageSchemas = X.lazily<MessageSchemas>({');
    expect(schemas).toContain('MsgType: X.literal("ping"),');
    expect(schemas).toContain('Id: X.int64,');
    expect(schemas).toContain('Count: X.optionalScalar(X.int),');
    expect(schemas).toContain('Tags: X.optional(X.array(X.string)),');
    expect(schemas).toContain('Level: X.oneOf(X.int, [1, 2]),');
    expect(schemas).toContain('Ext: X.optional(X.array(AttrSchema, ["Name"])),');
  });

  it('table: inbound descriptors only, and replies by MsgType with their body fields', () => {
    const table = file('table');
    expect(table).toContain(
      '{ name: "PongEvent", kind: "event", products: ["oa", "work"], match: { "MsgType": "event", "Event": "pong" }, fields: ["ToUserName", "FromUserName", "CreateTime", "MsgType", "Event"] },',
    );
    expect(table).not.toMatch(/name: "PingReply", kind/);
    expect(table).toContain(
      'ping: { name: "PingReply", builder: "ping", products: ["oa"], fields: ["Body"] },',
    );
  });
});

describe('messageZod', () => {
  const ir = tinyIr([]);
  it.each([
    [f('A', 'string'), 'X.string'],
    [f('A', 'string', false), 'X.optional(X.string)'],
    [f('A', 'string', true, { enum: ['x', 'y'] }), 'X.oneOf(X.string, ["x","y"])'],
    [f('A', 'number', false), 'X.optionalScalar(X.number)'],
    [f('A', 'boolean'), 'X.boolean'],
    [f('A', 'any', false), 'X.any'],
    [
      f('A', 'array', true, { items: f('items', 'object', true, { fields: [f('B', 'int')] }) }),
      'X.array(X.object({\nB: X.int,\n}), ["B"])',
    ],
  ])('%o -> %s', (field, want) => {
    expect(messageZod(ir, field)).toBe(want);
  });

  it('refuses file fields', () => {
    expect(() => messageZod(ir, f('A', 'file'))).toThrow(/for endpoints, not messages/);
  });
});
