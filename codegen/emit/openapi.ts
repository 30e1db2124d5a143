// Emits generated/openapi.json: the whole described WeChat API as an OpenAPI 3.1 document. Each
// operation carries its host in `servers`. A path key is the real path, plus the fixed query of
// WeChat's `?action=` variants (`/datacube/x?action=foo`). When two operations still share a key
// (the same path on two hosts, or one route with a shape per product) the later one's key ends in
// `__variant=<host>` or `__variant=<product>` (not sent: the operation's servers and parameters say
// what is); if even that is taken, generation fails rather than drop an operation.

import { caseFields, type Ir, type IrEndpoint, type IrField } from '../ir.js';
import { objectSchema, openapiSchema } from './fields.js';
import { endpointParams } from './types.js';

type Json = Record<string, unknown>;

const errorEnvelope = {
  type: 'object',
  properties: { errcode: { type: 'integer' }, errmsg: { type: 'string' } },
  required: ['errcode', 'errmsg'],
};

/** The security scheme of an endpoint's token: its kind, or `kind.param` when sent under another name. */
const securityScheme = (e: IrEndpoint) => (e.tokenParam ? `${e.token}.${e.tokenParam}` : e.token);

function operation(e: IrEndpoint, ir: Ir): Json {
  const namespaceOf = (p: string) => ir.products.products.find((x) => x.id === p)?.namespace ?? p;
  const bodyFields = e.body;
  const bodyNames = [...bodyFields, ...caseFields(e.union)];
  const parameters = [
    ...Object.entries(e.fixedQuery).map(([name, value]) => ({
      name,
      in: 'query',
      required: true,
      schema: { type: 'string', enum: [value] },
    })),
    ...e.query.map((f) => ({
      name: f.name,
      in: 'query',
      required: f.required,
      schema: openapiSchema({ ...f, doc: undefined } as IrField, 'input'),
      ...(f.doc ? { description: f.doc } : {}),
    })),
  ];
  const file = { schema: { type: 'string', format: 'binary' } };
  const fileContent = Object.fromEntries(
    (e.binary?.contentTypes ?? ['application/octet-stream']).map((t) => [t, file]),
  );
  const ok: Json =
    e.responseKind === 'binary'
      ? { description: 'The file', content: fileContent }
      : {
          description: 'Success (errcode 0 or absent)',
          content: {
            'application/json': {
              schema: objectSchema(e.response ?? [], 'output'),
              ...(e.example.response ? { example: e.example.response } : {}),
            },
            ...(e.responseKind === 'json-or-binary' ? fileContent : {}),
          },
        };
  const op: Json = {
    operationId: e.operationId,
    summary: e.summary,
    tags: e.products.map(namespaceOf),
    externalDocs: { url: e.doc },
    ...(e.docs.length > 1 ? { 'x-wxkit-docs': e.docs } : {}),
    servers: [{ url: `https://${e.host}` }],
    ...(parameters.length ? { parameters } : {}),
    ...(bodyFields.length
      ? {
          requestBody: {
            required: bodyFields.some((f) => f.required),
            content: {
              [e.multipart ? 'multipart/form-data' : 'application/json']: {
                schema: objectSchema(bodyFields, 'input', e.union),
                ...(e.example.request && !e.multipart ? { example: pick(e.example.request, bodyNames) } : {}),
              },
            },
          },
        }
      : {}),
    responses: {
      '200': ok,
      ...Object.fromEntries(
        Object.entries(e.binary?.statusErrors ?? {}).map(([status, meaning]) => [
          status,
          { description: meaning },
        ]),
      ),
      default: {
        description: 'WeChat error (errcode != 0)',
        content: { 'application/json': { schema: errorEnvelope } },
      },
    },
    // Each token kind is a security scheme of its own name (`kind.param` when a route names the
    // param otherwise); `none` is no scheme.
    security: ir.products.tokens.includes(e.token) ? [{ [securityScheme(e)]: [] }] : [],
    ...(e.deprecated ? { deprecated: true } : {}),
    'x-wxkit-id': e.id,
    'x-wxkit-products': e.products,
    'x-wxkit-idempotent': e.idempotent,
    // The examples are not the page's own when it printed none that could be read: said, not hidden.
    ...(e.example.assembled ? { 'x-wxkit-example-assembled': e.example.assembled } : {}),
  };
  if (endpointParams(e).length === 0) delete op.parameters;
  return op;
}

const pick = (obj: Record<string, unknown>, fields: IrField[]) =>
  Object.fromEntries(Object.entries(obj).filter(([k]) => fields.some((f) => f.name === k)));

export class OpenApiKeyError extends Error {}

export function emitOpenApi(ir: Ir, version: string): Json {
  const paths: Record<string, Json> = {};
  for (const e of ir.endpoints) {
    const method = e.method.toLowerCase();
    const query = new URLSearchParams(e.fixedQuery).toString();
    const base = query ? `${e.path}?${query}` : e.path;
    const mark = (variant: string) => `${base}${query ? '&' : '?'}__variant=${variant}`;
    const taken = paths[base]?.[method] as Json | undefined;
    const sameHost = (taken?.servers as Array<{ url: string }> | undefined)?.[0]?.url === `https://${e.host}`;
    const takenProducts = (taken?.['x-wxkit-products'] ?? []) as string[];
    // Name what differs: the host, or on one host the product; nothing differs -> no key.
    const marks = !taken ? [] : sameHost ? e.products.filter((p) => !takenProducts.includes(p)) : [e.host];
    const candidates = [base, ...marks.map(mark)];
    const key = candidates.find((k) => !paths[k]?.[method]);
    if (!key) {
      throw new OpenApiKeyError(
        `openapi: ${e.operationId}: ${e.method} ${base} on ${e.host} is already described (${candidates.join(', ')} are taken)`,
      );
    }
    paths[key] = { ...(paths[key] ?? {}), [method]: operation(e, ir) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'WeChat server APIs (described by wxkit)',
      version,
      description:
        'Official Accounts, Mini Programs, the Open Platform and WeCom, as described in wxkit spec/. ' +
        'Every operation names its host in `servers` and links its official doc in `externalDocs`. ' +
        'A path key may carry the fixed query of an `?action=` variant; a key ending in `__variant=…` ' +
        'is a second operation on a shared path (another host or product) and that marker is not sent.',
    },
    servers: [{ url: 'https://api.weixin.qq.com' }],
    tags: ir.products.products.map((p) => ({ name: p.namespace })),
    paths,
    components: {
      schemas: Object.fromEntries(ir.shapes.map((s) => [s.name, openapiSchema(s.field, 'output')])),
      securitySchemes: Object.fromEntries([
        ...ir.products.tokens.map((name) => [name, { type: 'apiKey', in: 'query', name }]),
        ...ir.endpoints
          .filter((e) => e.tokenParam)
          .map((e) => [securityScheme(e), { type: 'apiKey', in: 'query', name: e.tokenParam }]),
      ]),
    },
  };
}
