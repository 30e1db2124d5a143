// A bad descriptor fails generation with `file: field: problem`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec, SpecError } from '../../codegen/load.js';
import { tempSpec } from '../helpers/temp-spec.js';

function specWith(endpointsYaml: string): string {
  const dir = tempSpec('wxkit-spec-');
  mkdirSync(join(dir, 'endpoints', 'oa'), { recursive: true });
  writeFileSync(join(dir, 'endpoints', 'oa', 'bad.yaml'), endpointsYaml);
  return dir;
}

const problems = (dir: string) => {
  try {
    loadSpec(dir);
  } catch (err) {
    if (err instanceof SpecError) return err.problems.map((p) => p.replace(/^.*?endpoints\//, 'endpoints/'));
    throw err;
  }
  return [];
};

const base = `products: [oa]
endpoints:
  a.b:
    summary: s
    route: GET /x
    doc: https://developers.weixin.qq.com/x
`;

/** A spec dir with one oa message whose fields (YAML text, 6-space indent) follow MsgType. */
const messageSpec = (fields: string, kind = 'event') => {
  const dir = tempSpec('wxkit-spec-');
  mkdirSync(join(dir, 'messages', 'oa'), { recursive: true });
  writeFileSync(
    join(dir, 'messages', 'oa', 'm.yaml'),
    `products: [oa]
messages:
  XEvent:
    summary: s
    doc: https://developers.weixin.qq.com/x
    kind: ${kind}
    match: { MsgType: event }
    fields:
      MsgType: { type: string, required: true }
${fields}
    sample: <xml><MsgType>event</MsgType></xml>
`,
  );
  return dir;
};

describe('loader errors', () => {
  it.each([
    [
      'an unknown key',
      `${base}    colour: red\n    example: { response: {} }\n`,
      'endpoints/oa/bad.yaml: endpoints.a.b: Unrecognized key: "colour"',
    ],
    [
      'a bad route',
      base.replace('GET /x', 'FETCH /x') + '    example: { response: {} }\n',
      'endpoints/oa/bad.yaml: endpoints.a.b.route: like `POST /cgi-bin/x?action=y`',
    ],
    [
      'a missing example response',
      base,
      'endpoints/oa/bad.yaml: endpoints.a.b: example.response: copy the example response from the official doc',
    ],
    [
      'a body on GET',
      `${base}    body: { x: { type: string } }\n    example: { response: {} }\n`,
      'endpoints/oa/bad.yaml: endpoints.a.b: body: a GET has no body; use query',
    ],
    [
      'an unknown shape',
      `${base}    query: { x: { ref: Nope } }\n    example: { response: {} }\n`,
      'endpoints/oa/bad.yaml: endpoints.a.b: x: unknown shape Nope',
    ],
    [
      'a field with two kinds',
      `${base}    query: { x: { type: string, ref: Nope } }\n    example: { response: {} }\n`,
      'endpoints/oa/bad.yaml: endpoints.a.b.query.x: give exactly one of `type` or `ref`',
    ],
    [
      'an example with a stray key',
      `${base}    example: { request: { y: 1 }, response: {} }\n`,
      'endpoints/oa/bad.yaml: endpoints.a.b: example.request.y: not a query or body field',
    ],
    [
      'a tokenParam without a token',
      `${base}    token: none\n    tokenParam: access_token\n    example: { response: {} }\n`,
      'endpoints/oa/bad.yaml: endpoints.a.b: tokenParam: the endpoint carries no token',
    ],
    [
      'a tokenParam that is also a query param',
      `${base}    token: access_token\n    tokenParam: t\n    query: { t: { type: string } }\n    example: { response: {} }\n`,
      'endpoints/oa/bad.yaml: endpoints.a.b: tokenParam: t is also a query param',
    ],
    ['broken YAML', 'products: [oa\n', 'endpoints/oa/bad.yaml: yaml:'],
  ])('%s', (_name, yaml, want) => {
    const found = problems(specWith(yaml));
    expect(
      found.some((p) => p.startsWith(want)),
      found.join('\n'),
    ).toBe(true);
  });

  it('an id that is both a method and a group', () => {
    const yaml = `${base}    example: { response: {} }\n  a.b.c:\n    summary: s\n    route: GET /y\n    doc: https://developers.weixin.qq.com/y\n    example: { response: {} }\n`;
    expect(problems(specWith(yaml))).toContain(
      'endpoints/oa/bad.yaml: endpoints.a.b.c: a.b is a method in oa, so it cannot also be a group',
    );
  });
});

describe('checks that walk the whole field tree (object fields, union cases, array items, map values)', () => {
  it('refuses a client-filled param below the top level, also inside a map value', () => {
    const yaml = `products: [oa]
endpoints:
  a.b:
    summary: s (标题)
    route: POST /x
    doc: https://developers.weixin.qq.com/x
    body:
      data:
        type: map
        values: { type: object, fields: { appid: { type: string, from: appId } } }
    example: { response: {} }
`;
    expect(problems(specWith(yaml))).toEqual([
      'endpoints/oa/bad.yaml: endpoints.a.b: from: only top-level query and body params are filled in by the client',
    ]);
  });

  it('refuses a map inside a union case of a message', () => {
    const dir = messageSpec(`      Info:
        type: object
        fields: { Kind: { type: string, required: true } }
        union:
          on: Kind
          cases:
            a: { A: { type: map, values: { type: string } } }
            b: { B: { type: string } }`);
    expect(problems(dir).some((p) => /maps and unions are for endpoints, not messages/.test(p))).toBe(true);
  });

  describe('derive (a typed value beside a message field)', () => {
    const found = (dir: string) => problems(dir).map((p) => p.replace(/^.*?messages\//, 'messages/'));

    it.each([
      [
        'on a non-string field',
        "      N: { type: int, derive: { name: NList, split: ',' } }",
        'messages/oa/m.yaml: messages.XEvent.fields.N: `derive` only goes with type string',
      ],
      [
        'without prefix or split',
        '      N: { type: string, derive: { name: NList } }',
        'messages/oa/m.yaml: messages.XEvent.fields.N.derive: give `prefix`, `split` or both',
      ],
      [
        'under a taken name',
        "      N: { type: string, derive: { name: MsgType, split: ',' } }",
        'messages/oa/m.yaml: messages.XEvent.N.derive.name: MsgType is taken',
      ],
      [
        'nested',
        "      O: { type: object, fields: { N: { type: string, derive: { name: NList, split: ',' } } } }",
        "messages/oa/m.yaml: messages.XEvent: derive: only on the message's own fields, not nested ones",
      ],
    ])('refuses one %s', (_name, fields, want) => {
      expect(found(messageSpec(fields))).toContain(want);
    });

    it('refuses one on a reply or an endpoint', () => {
      const reply = messageSpec("      N: { type: string, derive: { name: NList, split: ',' } }", 'reply');
      expect(found(reply)).toContain(
        'messages/oa/m.yaml: messages.XEvent.N.derive: replies are written, not parsed',
      );
      const yaml = `${base}    query: { x: { type: string, derive: { name: X, prefix: p } } }\n    example: { response: {} }\n`;
      expect(problems(specWith(yaml))).toContain(
        "endpoints/oa/bad.yaml: endpoints.a.b: derive: only on a message's own fields",
      );
    });
  });
});

describe('message rules (in the loader, so a bad message fails with SpecError before any emitter)', () => {
  const messageSpec = (messagesYaml: string) => {
    const dir = tempSpec('wxkit-spec-');
    mkdirSync(join(dir, 'messages', 'oa'), { recursive: true });
    writeFileSync(join(dir, 'messages', 'oa', 'm.yaml'), `products: [oa]\nmessages:\n${messagesYaml}`);
    return dir;
  };
  const message = (name: string, kind: string, match: string, fields: string) => `  ${name}:
    summary: s
    doc: https://developers.weixin.qq.com/x
    kind: ${kind}
    match: ${match}
    fields:
${fields}
    sample: <xml><MsgType>event</MsgType></xml>
`;
  const envelope = `      ToUserName: { type: string, required: true }
      FromUserName: { type: string, required: true }
      CreateTime: { type: int, required: true }
      MsgType: { type: string, required: true }`;
  const raised = (dir: string) => {
    try {
      loadSpec(dir);
    } catch (err) {
      expect(err).toBeInstanceOf(SpecError);
      return (err as SpecError).problems.map((p) => p.replace(/^.*?messages\//, 'messages/'));
    }
    throw new Error('loadSpec did not raise');
  };

  it('refuses two messages of one product with the same match; a reply or another product may share it', () => {
    const ping = message('Ping', 'message', '{ MsgType: ping }', envelope);
    const twin = message('PingTwin', 'message', '{ MsgType: ping }', envelope);
    expect(raised(messageSpec(ping + twin))).toEqual([
      'messages/oa/m.yaml: messages.PingTwin: oa already has Ping with the same match',
    ]);
    const reply = message('PingReply', 'reply', '{ MsgType: ping }', envelope);
    const other = message('PingMini', 'message', '{ MsgType: ping }', envelope).replace(
      '    kind:',
      '    products: [miniprogram]\n    kind:',
    );
    expect(problems(messageSpec(ping + reply + other))).toEqual([]);
  });

  it('refuses a match tag that is not a string', () => {
    const bad = message(
      'Bad',
      'event',
      '{ Kind: "1" }',
      `${envelope}\n      Kind: { type: int, required: true }`,
    );
    expect(raised(messageSpec(bad))).toEqual([
      'messages/oa/m.yaml: messages.Bad: Kind: a match tag must be type string',
    ]);
  });

  it('refuses a reply without the envelope or without a MsgType match', () => {
    const noEnvelope = message(
      'NoReply',
      'reply',
      '{ MsgType: x }',
      '      MsgType: { type: string, required: true }',
    );
    expect(raised(messageSpec(noEnvelope))).toEqual([
      'messages/oa/m.yaml: messages.NoReply: a reply needs the field ToUserName',
      'messages/oa/m.yaml: messages.NoReply: a reply needs the field FromUserName',
      'messages/oa/m.yaml: messages.NoReply: a reply needs the field CreateTime',
    ]);
    const byEvent = message('EventReply', 'reply', '{ ToUserName: x }', envelope);
    expect(raised(messageSpec(byEvent))).toEqual([
      'messages/oa/m.yaml: messages.EventReply: a reply is matched by MsgType',
    ]);
  });
});
