// Emits generated/messages/*: a type per message descriptor (discriminators as literals), a union
// per product, type guards, lazily built zod schemas that turn XML text into typed values, and the
// small tables the runtime (src/messages) dispatches and renders replies with.
import { type InterfaceDeclarationStructure, type SourceFileStructure, StructureKind } from 'ts-morph';
import type { Ir, IrDerive, IrField, IrMessage, Product } from '../ir.js';
import {
  docText,
  fieldDocLines,
  guardName,
  INBOUND_NAME,
  INBOUND_UNION,
  messageDocLines,
  messageShapeSchemaName,
  messageUnionName,
  PRODUCT_MESSAGES,
  propKey,
  REPLY_BUILDER_NAME,
  REPLY_ENVELOPE,
  REPLY_NAME,
  REPLY_UNION,
  replyBuilderName,
  tsMorphDocs,
} from '../naming.js';
import { tsType } from './fields.js';

const str = (v: unknown) => JSON.stringify(v);
const isInbound = (m: IrMessage) => m.kind !== 'reply';

// ---------------------------------------------------------------------------------------------
// types.ts

const DERIVED_AS: Record<IrDerive['type'], string> = {
  string: 'text',
  int: 'an integer',
  int64: 'a 64-bit integer as text',
  number: 'a number',
  boolean: 'a boolean (1/0, true/false)',
};

/** What a derived property holds, for its doc. */
function deriveDoc(f: IrField, d: IrDerive): string {
  const from = d.prefix ? `${f.name} after its \`${d.prefix}\` prefix (absent without it)` : f.name;
  const as = d.split
    ? `, split on \`${d.split}\`, each item ${DERIVED_AS[d.type]}`
    : `, as ${DERIVED_AS[d.type]}`;
  return `${from}${as}. Derived: ${f.name} keeps the text.`;
}

/** The property a field's `derive` adds beside it. */
function derivedProperty(f: IrField, d: IrDerive) {
  const item = tsType({ name: d.name, type: d.type, required: true }, 'output');
  return {
    name: propKey(d.name),
    // A prefix can be missing from the text, so its value can be absent even when the field is not.
    hasQuestionToken: !f.required || d.prefix !== undefined,
    type: d.split ? `Array<${item}>` : item,
    docs: [docText(deriveDoc(f, d))],
  };
}

function messageInterface(m: IrMessage): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: m.name,
    isExported: true,
    docs: tsMorphDocs(messageDocLines(m)),
    properties: m.fields.flatMap((f) => [
      {
        name: propKey(f.name),
        hasQuestionToken: !f.required,
        type: f.name in m.match ? str(m.match[f.name]) : tsType(f, 'output', 'S.'),
        docs: tsMorphDocs(fieldDocLines(f)),
      },
      ...(f.derive ? [derivedProperty(f, f.derive)] : []),
    ]),
  };
}

const union = (names: string[]) =>
  names.length === 0 ? 'never' : names.length === 1 ? names[0]! : `\n  | ${names.join('\n  | ')}`;
const productMessages = (ir: Ir, p: Product) =>
  ir.messages.filter((m) => isInbound(m) && m.products.includes(p)).map((m) => m.name);

export function emitMessageTypes(ir: Ir): SourceFileStructure {
  const inbound = ir.messages.filter(isInbound);
  const replies = ir.messages.filter((m) => m.kind === 'reply');
  const usesShapes = ir.messages.some((m) => JSON.stringify(m.fields).includes('"type":"ref"'));
  const envelope = REPLY_ENVELOPE.map(str).join(' | ');
  return {
    kind: StructureKind.SourceFile,
    statements: [
      ...(usesShapes ? [`import type * as S from '../types/shapes.js';`] : []),
      ...ir.messages.map(messageInterface),
      ...ir.products.products.map(
        (p) =>
          `/** Every message and event pushed to a \`${p.id}\` callback URL, discriminated by its match tags. */\n` +
          `export type ${messageUnionName(p)} = ${union(productMessages(ir, p.id))};`,
      ),
      `/** Every described inbound message and event, of all products. */\nexport type ${INBOUND_UNION} = ${union(
        ir.products.products.map(messageUnionName),
      )};`,
      `/** Product -> the union of its messages. */\nexport interface ${PRODUCT_MESSAGES} {\n${ir.products.products
        .map((p) => `${propKey(p.id)}: ${messageUnionName(p)};`)
        .join('\n')}\n}`,
      `export type ${INBOUND_NAME} = ${union(inbound.map((m) => str(m.name)))};`,
      `/** A passive reply as a handler returns it: the descriptor's fields without ${REPLY_ENVELOPE.join(
        ', ',
      )}, which the renderer fills in. */\nexport type ${REPLY_UNION} = ${union(
        replies.map((m) => `Omit<${m.name}, ${envelope}>`),
      )};`,
      `export type ${REPLY_NAME} = ${union(replies.map((m) => str(m.name)))};`,
      `/** The builders on \`reply\`, one per reply descriptor. */\nexport type ${REPLY_BUILDER_NAME} = ${union(
        replies.map((m) => str(replyBuilderName(m))),
      )};`,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// guards.ts

export function emitGuards(ir: Ir): SourceFileStructure {
  const inbound = ir.messages.filter(isInbound);
  return {
    kind: StructureKind.SourceFile,
    statements: [
      `import { tag } from '../../src/messages/tag.js';`,
      `import type * as T from './types.js';`,
      ...inbound.map(
        (m) =>
          `/** True when \`m\` carries ${m.name}'s match tags (${Object.entries(m.match)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')}). */\n` +
          `export function ${guardName(m)}(m: unknown): m is T.${m.name} {\n  return ${Object.entries(m.match)
            .map(([k, v]) => `tag(m, ${str(k)}) === ${str(v)}`)
            .join(' && ')};\n}`,
      ),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// schemas.ts

/** The names of an array's object items (for telling a wrapper element from a lone item). */
function itemFieldNames(ir: Ir, items: IrField): string[] | undefined {
  if (items.type === 'object') return (items.fields ?? []).map((f) => f.name);
  if (items.type === 'ref') {
    const shape = ir.shapes.find((s) => s.name === items.ref)?.field;
    return shape ? itemFieldNames(ir, shape) : undefined;
  }
  return undefined;
}

const NON_TEXT = new Set(['int', 'int64', 'number', 'boolean']);

/** A field's message-mode zod expression (coercing XML text). `literal` for match tags. */
export function messageZod(ir: Ir, f: IrField, literal?: string): string {
  let e: string;
  switch (f.type) {
    case 'string':
      e = literal !== undefined ? `X.literal(${str(literal)})` : 'X.string';
      break;
    case 'int':
    case 'int64':
    case 'number':
    case 'boolean':
      e = `X.${f.type}`;
      break;
    case 'any':
      return 'X.any';
    case 'file':
    case 'map':
      throw new Error(`messages: ${f.name}: type ${f.type} is for endpoints, not messages`);
    case 'ref':
      e = messageShapeSchemaName(f.ref!);
      break;
    case 'object':
      e = `X.object({\n${(f.fields ?? []).map((c) => `${propKey(c.name)}: ${messageZod(ir, c)},`).join('\n')}\n})`;
      break;
    case 'array': {
      const names = itemFieldNames(ir, f.items!);
      e = `X.array(${messageZod(ir, f.items!)}${names ? `, ${str(names)}` : ''})`;
      break;
    }
  }
  if (f.enum && literal === undefined) e = `X.oneOf(${e}, ${str(f.enum)})`;
  if (f.required) return e;
  return NON_TEXT.has(f.type) ? `X.optionalScalar(${e})` : `X.optional(${e})`;
}

/** Shapes that messages use, and the shapes those use. */
function usedShapes(ir: Ir): string[] {
  const used = new Set<string>();
  const walk = (f: IrField) => {
    if (f.ref && !used.has(f.ref)) {
      used.add(f.ref);
      const shape = ir.shapes.find((s) => s.name === f.ref);
      if (shape) walk(shape.field);
    }
    for (const c of f.fields ?? []) walk(c);
    if (f.items) walk(f.items);
  };
  for (const m of ir.messages) for (const f of m.fields) walk(f);
  return [...used].sort();
}

/** A message's schema: its fields, then the values derived from them (typed by its interface). */
function messageSchema(ir: Ir, m: IrMessage): string {
  const base = `X.message({\n${m.fields
    .map((f) => `${propKey(f.name)}: ${messageZod(ir, f, m.match[f.name])},`)
    .join('\n')}\n})`;
  const derived = m.fields.filter((f) => f.derive).map((f) => `[${str(f.name)}, ${str(f.derive)}]`);
  return derived.length ? `X.derived<T.${m.name}>(${base}, [${derived.join(', ')}])` : base;
}

export function emitMessageSchemas(ir: Ir): SourceFileStructure {
  const shapes = usedShapes(ir);
  return {
    kind: StructureKind.SourceFile,
    statements: [
      `import { z } from 'zod';`,
      `import * as X from '../../src/messages/coerce.js';`,
      ...(shapes.length ? [`import type * as S from '../types/shapes.js';`] : []),
      `import type * as T from './types.js';`,
      ...shapes.map((name) => {
        const field = ir.shapes.find((s) => s.name === name)!.field;
        return `const ${messageShapeSchemaName(name)}: z.ZodType<S.${name}> = z.lazy(() => ${messageZod(ir, {
          ...field,
          required: true,
        })});`;
      }),
      `/** One zod schema per message descriptor, typed by its interface. */\nexport interface MessageSchemas {\n${ir.messages
        .map((m) => `${m.name}: z.ZodType<T.${m.name}>;`)
        .join('\n')}\n}`,
      `/** The schemas, each built the first time it is read. */\nexport const messageSchemas: MessageSchemas = X.lazily<MessageSchemas>({\n${ir.messages
        .map((m) => `${m.name}: () => ${messageSchema(ir, m)},`)
        .join('\n')}\n});`,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// codecs.ts: the same coercion rules as plain data, for the parser's zod-free fast path

/** A field's codec (see src/messages/decode.ts) as an object literal. */
export function messageCodec(ir: Ir, f: IrField, literal?: string): string {
  if (f.type === 'file')
    throw new Error(`messages: ${f.name}: type file is for multipart requests, not messages`);
  const parts = [`name: ${str(f.name)}`, `type: ${str(f.type)}`];
  if (f.required) parts.push('required: true');
  if (literal !== undefined) parts.push(`literal: ${str(literal)}`);
  else if (f.enum) parts.push(`enum: ${str(f.enum)}`);
  if (f.type === 'ref') parts.push(`ref: ${str(f.ref)}`);
  if (f.derive) parts.push(`derive: ${str(f.derive)}`);
  if (f.type === 'object')
    parts.push(`fields: [${(f.fields ?? []).map((c) => messageCodec(ir, c)).join(', ')}]`);
  if (f.type === 'array') {
    parts.push(`items: ${messageCodec(ir, f.items!)}`);
    const names = itemFieldNames(ir, f.items!);
    if (names) parts.push(`itemFields: ${str(names)}`);
  }
  return `{ ${parts.join(', ')} }`;
}

export function emitMessageCodecs(ir: Ir): SourceFileStructure {
  const shapes = usedShapes(ir);
  return {
    kind: StructureKind.SourceFile,
    statements: [
      `import type { FieldCodec, Shapes } from '../../src/messages/decode.js';`,
      `import type { ${INBOUND_NAME} } from './types.js';`,
      `/** Shared shapes that messages use, by name. */\nexport const shapeCodecs: Shapes = {\n${shapes
        .map((name) => {
          const field = ir.shapes.find((s) => s.name === name)!.field;
          return `${propKey(name)}: ${messageCodec(ir, { ...field, name, required: true })},`;
        })
        .join('\n')}\n};`,
      `/** Every inbound message's fields, as the decoder reads them. */\nexport const messageCodecs: Readonly<Record<${INBOUND_NAME}, readonly FieldCodec[]>> = {\n${ir.messages
        .filter(isInbound)
        .map(
          (m) =>
            `${m.name}: [\n${m.fields.map((f) => `${messageCodec(ir, f, m.match[f.name])},`).join('\n')}\n],`,
        )
        .join('\n')}\n};`,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// table.ts

export function emitMessageTable(ir: Ir): SourceFileStructure {
  const inbound = ir.messages.filter(isInbound);
  const replies = ir.messages.filter((m) => m.kind === 'reply');
  const envelope = new Set<string>([...REPLY_ENVELOPE, 'MsgType']);
  return {
    kind: StructureKind.SourceFile,
    statements: [
      `import type { InboundEntry, ReplyEntry } from '../../src/messages/entries.js';`,
      `/** Every inbound message and event descriptor (replies are not here: they share match values). */\nexport const inboundTable: readonly InboundEntry[] = [\n${inbound
        .map(
          (m) =>
            `{ name: ${str(m.name)}, kind: ${str(m.kind)}, products: ${str(m.products)}, match: ${str(
              m.match,
            )}, fields: ${str(m.fields.map((f) => f.name))} },`,
        )
        .join('\n')}\n];`,
      `/** Reply MsgType -> its descriptor; \`fields\` are the body fields in the order they are written. */\nexport const replyTable: Readonly<Record<string, ReplyEntry>> = {\n${replies
        .map(
          (m) =>
            `${propKey(m.match.MsgType!)}: { name: ${str(m.name)}, builder: ${str(
              replyBuilderName(m),
            )}, products: ${str(m.products)}, fields: ${str(
              m.fields.filter((f) => !envelope.has(f.name)).map((f) => f.name),
            )} },`,
        )
        .join('\n')}\n};`,
    ],
  };
}

export function emitMessages(ir: Ir): Array<[string, SourceFileStructure]> {
  return [
    ['messages/types.ts', emitMessageTypes(ir)],
    ['messages/guards.ts', emitGuards(ir)],
    ['messages/schemas.ts', emitMessageSchemas(ir)],
    ['messages/codecs.ts', emitMessageCodecs(ir)],
    ['messages/table.ts', emitMessageTable(ir)],
  ];
}
