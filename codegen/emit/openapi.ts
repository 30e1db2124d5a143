// Emits generated/openapi.json: the whole described WeChat API as an OpenAPI 3.1 document. Each
// operation carries its host in `servers`. Two operations may share a path on different hosts (or
// differ only by a fixed `?action=`): the path key is then shortened and the rest moved into the
// server URL, so every key is unique and server + key is still the real URL.

import type { Ir, IrEndpoint, IrField } from '../ir.js';
import { PRODUCT_API } from '../naming.js';
import type { Mode } from './fields.js';
import { endpointParams } from './types.js';

type Json = Record<string, unknown>;

function schemaOf(f: IrField, mode: Mode): Json {
  const s = ((): Json => {
    switch (f.type) {
      case 'string':
        return f.enum ? { type: 'string', enum: f.enum } : { type: 'string' };
      case 'int':
        return f.enum ? { type: 'integer', enum: f.enum } : { type: 'integer' };
      case 'number':
        return f.enum ? { type: 'number', enum: f.enum } : { type: 'number' };
      case 'int64':
        return mode === 'input'
          ? { type: ['string', 'integer'], format: 'int64' }
          : { type: 'string', format: 'int64' };
      case 'boolean':
        return { type: 'boolean' };
      case 'any':
        return {};
      case 'file':
        return { type: 'string', format: 'binary' };
      case 'ref':
        return { $ref: `#/components/schemas/${f.ref}` };
      case 'array':
        return { type: 'array', items: schemaOf(f.items!, mode) };
      case 'object':
        return objectSchema(f.fields ?? [], mode);
    }
  })();
  if (f.doc && !s.$ref) s.description = f.doc;
  if (f.deprecated && !s.$ref) s.deprecated = true;
  return s;
}

function objectSchema(fields: IrField[], mode: Mode): Json {
  const required = fields.filter((f) => f.required).map((f) => f.name);
  return {
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.name, schemaOf(f, mode)])),
    ...(required.length ? { required } : {}),
    additionalProperties: mode === 'output',
  };
}

const TOKEN_SCHEMES: Record<string, string> = {
  access_token: 'access_token',
  component_access_token: 'component_access_token',
  suite_access_token: 'suite_access_token',
  provider_access_token: 'provider_access_token',
};

const errorEnvelope = {
  type: 'object',
  properties: { errcode: { type: 'integer' }, errmsg: { type: 'string' } },
  required: ['errcode', 'errmsg'],
};

function operation(e: IrEndpoint): Json {
  const bodyFields = e.body;
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
      schema: schemaOf({ ...f, doc: undefined } as IrField, 'input'),
      ...(f.doc ? { description: f.doc } : {}),
    })),
  ];
  const ok: Json =
    e.responseKind === 'binary'
      ? {
          description: 'The file',
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        }
      : {
          description: 'Success (errcode 0 or absent)',
          content: {
            'application/json': {
              schema: objectSchema(e.response ?? [], 'output'),
              ...(e.example.response ? { example: e.example.response } : {}),
            },
            ...(e.responseKind === 'json-or-binary'
              ? { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } }
              : {}),
          },
        };
  const op: Json = {
    operationId: e.operationId,
    summary: e.summary,
    tags: e.products.map((p) => PRODUCT_API[p].namespace),
    externalDocs: { url: e.doc },
    servers: [{ url: `https://${e.host}` }],
    ...(parameters.length ? { parameters } : {}),
    ...(bodyFields.length
      ? {
          requestBody: {
            required: bodyFields.some((f) => f.required),
            content: {
              [e.multipart ? 'multipart/form-data' : 'application/json']: {
                schema: objectSchema(bodyFields, 'input'),
                ...(e.example.request && !e.multipart
                  ? { example: pick(e.example.request, bodyFields) }
                  : {}),
              },
            },
          },
        }
      : {}),
    responses: {
      '200': ok,
      default: {
        description: 'WeChat error (errcode != 0)',
        content: { 'application/json': { schema: errorEnvelope } },
      },
    },
    ...(TOKEN_SCHEMES[e.token] ? { security: [{ [TOKEN_SCHEMES[e.token]!]: [] }] } : { security: [] }),
    ...(e.deprecated ? { deprecated: true } : {}),
    'x-wxkit-id': e.id,
    'x-wxkit-idempotent': e.idempotent,
  };
  if (endpointParams(e).length === 0) delete op.parameters;
  return op;
}

const pick = (obj: Record<string, unknown>, fields: IrField[]) =>
  Object.fromEntries(Object.entries(obj).filter(([k]) => fields.some((f) => f.name === k)));

export function emitOpenApi(ir: Ir, version: string): Json {
  const paths: Record<string, Json> = {};
  for (const e of ir.endpoints) {
    const method = e.method.toLowerCase();
    const segments = e.path.split('/').filter(Boolean);
    // Keep the longest key that is still free; move the cut-off prefix into the server URL.
    for (let cut = 0; cut < segments.length; cut++) {
      const key = `/${segments.slice(cut).join('/')}`;
      if (paths[key]?.[method]) continue;
      const op = operation(e);
      const prefix = segments.slice(0, cut).join('/');
      if (prefix) op.servers = [{ url: `https://${e.host}/${prefix}` }];
      paths[key] = { ...(paths[key] ?? {}), [method]: op };
      break;
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'WeChat server APIs (described by wxkit)',
      version,
      description:
        'Official Accounts, Mini Programs, the Open Platform and WeCom, as described in wxkit spec/. ' +
        'Every operation names its host in `servers` and links its official doc in `externalDocs`.',
    },
    servers: [{ url: 'https://api.weixin.qq.com' }],
    tags: Object.values(PRODUCT_API).map((p) => ({ name: p.namespace })),
    paths,
    components: {
      schemas: Object.fromEntries(ir.shapes.map((s) => [s.name, schemaOf(s.field, 'output')])),
      securitySchemes: Object.fromEntries(
        Object.values(TOKEN_SCHEMES).map((name) => [name, { type: 'apiKey', in: 'query', name }]),
      ),
    },
  };
}
