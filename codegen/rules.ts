// The loader's checks (load.ts runs them): each returns problems as `file: field: problem`, so that
// load.ts reports them all at once as one SpecError. Per endpoint, per message (MESSAGE_RULES, a
// list: a new message check is one more entry), and across files (refs, routes, ids).

import type { EndpointDescriptor } from './descriptor.js';
import {
  caseFields,
  childFields,
  type IrEndpoint,
  type IrField,
  type IrMessage,
  type IrShape,
  type IrUnion,
  someField,
} from './ir.js';
import { REPLY_ENVELOPE } from './naming.js';

/** Problems of a union over `common` fields: `on` is a required string field, cases add new names. */
export function unionProblems(where: string, common: IrField[], union: IrUnion): string[] {
  const out: string[] = [];
  const on = common.find((f) => f.name === union.on);
  if (on?.type !== 'string' || !on.required)
    out.push(`${where}: union.on: ${union.on} must be a required string field beside the union`);
  if (on?.enum) out.push(`${where}: union.on: ${union.on} takes its values from the cases; drop its enum`);
  for (const c of union.cases) {
    for (const f of c.fields) {
      if (common.some((x) => x.name === f.name))
        out.push(`${where}: union.cases.${c.value}.${f.name}: already a common field`);
    }
  }
  return out;
}

/** Every union nested in these fields, checked against its object's common fields. */
export function nestedUnionProblems(where: string, fields: IrField[]): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const at = `${where}.${f.name}`;
    if (f.union) out.push(...unionProblems(at, f.fields ?? [], f.union));
    out.push(...nestedUnionProblems(at, childFields(f)));
  }
  return out;
}

/** A derived value is set beside a field of an inbound message itself, under a name no field has. */
export function deriveProblems(at: string, m: IrMessage): string[] {
  const out: string[] = [];
  if (someField(m.fields.flatMap(childFields), (f) => f.derive !== undefined))
    out.push(`${at}: derive: only on the message's own fields, not nested ones`);
  const names = new Set(m.fields.map((f) => f.name));
  for (const f of m.fields) {
    if (!f.derive) continue;
    if (m.kind === 'reply') out.push(`${at}.${f.name}.derive: replies are written, not parsed`);
    if (names.has(f.derive.name)) out.push(`${at}.${f.name}.derive.name: ${f.derive.name} is taken`);
    names.add(f.derive.name);
  }
  return out;
}

function walkRefs(field: IrField, visit: (ref: string) => void): void {
  someField([field], (f) => {
    if (f.ref) visit(f.ref);
    return false;
  });
}

/** Problems within one endpoint: its unions, route, params, response and example. */
export function endpointProblems(at: string, ep: IrEndpoint, d: EndpointDescriptor): string[] {
  const out: string[] = [];
  if (ep.union) out.push(...unionProblems(`${at}: body`, ep.body, ep.union));
  out.push(
    ...nestedUnionProblems(`${at}: body`, ep.body),
    ...nestedUnionProblems(`${at}: query`, ep.query),
    ...nestedUnionProblems(`${at}: response`, ep.response ?? []),
  );
  if (d.binary && ep.responseKind === 'json')
    out.push(`${at}: binary: only for responseKind binary or json-or-binary`);
  if (ep.method === 'GET' && ep.body.length > 0) out.push(`${at}: body: a GET has no body; use query`);
  if (ep.responseKind === 'binary' && d.response)
    out.push(`${at}: response: a binary endpoint has no JSON fields`);
  if (ep.responseKind !== 'binary' && !d.example?.response)
    out.push(`${at}: example.response: copy the example response from the official doc`);
  const params = [...ep.query, ...ep.body, ...caseFields(ep.union)];
  if (someField([...params, ...(ep.response ?? [])], (f) => f.derive !== undefined))
    out.push(`${at}: derive: only on a message's own fields`);
  const nestedFrom = params.some((f) => someField(childFields(f), (c) => c.from !== undefined));
  if (nestedFrom || someField(ep.response ?? [], (f) => f.from !== undefined))
    out.push(`${at}: from: only top-level query and body params are filled in by the client`);
  const queryNames = new Set(ep.query.map((f) => f.name));
  if (ep.tokenParam !== undefined) {
    if (ep.token === 'none') out.push(`${at}: tokenParam: the endpoint carries no token`);
    else if (ep.tokenParam === ep.token) out.push(`${at}: tokenParam: already the kind's own name; drop it`);
    if (queryNames.has(ep.tokenParam) || ep.tokenParam in ep.fixedQuery)
      out.push(`${at}: tokenParam: ${ep.tokenParam} is also a query param`);
  }
  for (const f of ep.body) if (queryNames.has(f.name)) out.push(`${at}: body.${f.name}: also in query`);
  for (const f of [...ep.query, ...ep.body]) {
    if (f.type === 'file' && !ep.multipart) out.push(`${at}: ${f.name}: type file needs multipart: true`);
  }
  out.push(...exampleProblems(at, ep, new Set(params.map((f) => f.name))));
  return out;
}

/** The example request names only params and gives every required one (of its union case). */
function exampleProblems(at: string, ep: IrEndpoint, paramNames: Set<string>): string[] {
  const out: string[] = [];
  const request = ep.example.request;
  if (!request) return out;
  for (const key of Object.keys(request)) {
    if (!paramNames.has(key)) out.push(`${at}: example.request.${key}: not a query or body field`);
  }
  const chosen = ep.union?.cases.find((c) => c.value === request[ep.union!.on]);
  if (ep.union && !chosen) out.push(`${at}: example.request.${ep.union.on}: not one of the union's cases`);
  for (const f of [...ep.query, ...ep.body, ...(chosen?.fields ?? [])]) {
    if (f.required && f.type !== 'file' && !f.from && !(f.name in request))
      out.push(`${at}: example.request: missing required field ${f.name}`);
  }
  return out;
}

/** One check on one message; `at` is `file: messages.Name`. */
export type MessageRule = (at: string, m: IrMessage) => string[];

/** Every check on a single message, in the order its problems are reported. */
export const MESSAGE_RULES: readonly MessageRule[] = [
  (at, m) =>
    someField(m.fields, (f) => f.type === 'map' || f.union !== undefined)
      ? [`${at}: maps and unions are for endpoints, not messages`]
      : [],
  (at, m) =>
    Object.keys(m.match).flatMap((tag) => {
      const f = m.fields.find((x) => x.name === tag);
      if (!f) return [`${at}.match.${tag}: not a field`];
      return f.type === 'string' ? [] : [`${at}: ${tag}: a match tag must be type string`];
    }),
  (at, m) =>
    m.kind !== 'reply' && !m.sample && !m.sampleJson
      ? [`${at}: give the official sample (sample or sampleJson)`]
      : [],
  // A reply is rendered with the envelope and looked up by its MsgType.
  (at, m) =>
    m.kind !== 'reply'
      ? []
      : [
          ...[...REPLY_ENVELOPE, 'MsgType']
            .filter((e) => !m.fields.some((f) => f.name === e))
            .map((e) => `${at}: a reply needs the field ${e}`),
          ...('MsgType' in m.match ? [] : [`${at}: a reply is matched by MsgType`]),
        ],
  deriveProblems,
];

/** Two inbound messages (or two replies) of one product may not share their match tags. */
export function duplicateMatchProblems(messages: IrMessage[]): string[] {
  const out: string[] = [];
  const seen = new Map<string, IrMessage>();
  for (const m of [...messages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const matchKey = Object.entries(m.match)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    for (const p of m.products) {
      const key = `${m.kind !== 'reply'}|${p}|${matchKey}`;
      const other = seen.get(key);
      if (other)
        out.push(`${m.file}: messages.${m.name}: ${p} already has ${other.name} with the same match`);
      else seen.set(key, m);
    }
  }
  return out;
}

/** Every `ref` names a shape. */
export function refProblems(shapes: IrShape[], endpoints: IrEndpoint[], messages: IrMessage[]): string[] {
  const out: string[] = [];
  const shapeNames = new Set(shapes.map((s) => s.name));
  const check = (at: string, fields: IrField[]) => {
    for (const f of fields)
      walkRefs(f, (ref) => {
        if (!shapeNames.has(ref)) out.push(`${at}: ${f.name}: unknown shape ${ref}`);
      });
  };
  for (const s of shapes) check(`${s.file}: shapes.${s.name}`, [s.field]);
  for (const e of endpoints)
    check(`${e.file}: endpoints.${e.id}`, [
      ...e.query,
      ...e.body,
      ...caseFields(e.union),
      ...(e.response ?? []),
    ]);
  for (const m of messages) check(`${m.file}: messages.${m.name}`, m.fields);
  return out;
}

/** One route (method, host, path, fixed query) is one operation per product. */
export function routeProblems(endpoints: IrEndpoint[]): string[] {
  const out: string[] = [];
  const routes = new Map<string, IrEndpoint>();
  for (const e of endpoints) {
    for (const p of e.products) {
      const route = `${p} ${e.method} ${e.host}${e.path}?${new URLSearchParams(e.fixedQuery)}`;
      const other = routes.get(route);
      if (other)
        out.push(
          `${e.file}: endpoints.${e.id}: ${e.method} ${e.path} is already ${other.id} (${other.file}) for ${p}`,
        );
      else routes.set(route, e);
    }
  }
  return out;
}

/** Within a product an id is used once, and a method is not also a group of methods. */
export function idProblems(endpoints: IrEndpoint[]): string[] {
  const out: string[] = [];
  const byProduct = new Map<string, IrEndpoint[]>();
  for (const e of endpoints) for (const p of e.products) byProduct.set(p, [...(byProduct.get(p) ?? []), e]);
  for (const [product, list] of byProduct) {
    for (const a of list) {
      for (const b of list) {
        if (a !== b && a.id === b.id && a.operationId < b.operationId) {
          out.push(`${b.file}: endpoints.${b.id}: ${product} already has this id in ${a.file}`);
        }
        if (b.id.startsWith(`${a.id}.`)) {
          out.push(
            `${b.file}: endpoints.${b.id}: ${a.id} is a method in ${product}, so it cannot also be a group`,
          );
        }
      }
    }
  }
  return out;
}
