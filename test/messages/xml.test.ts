// The hand-written XML reader and writer: the subset WeChat speaks, and refusals for the rest.
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { MessageParseError } from '../../src/messages/errors.js';
import { buildXml, MAX_DEPTH, parseXml, readFlat, readTree } from '../../src/messages/xml.js';

const refused = (xml: string, why: RegExp) => {
  let error: unknown;
  try {
    parseXml(xml);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(MessageParseError);
  expect((error as Error).message).toMatch(why);
  return error as MessageParseError;
};

describe('parseXml', () => {
  it('reads text, CDATA, numbers as text, nested objects and empty elements', () => {
    expect(
      parseXml(
        '<xml><A><![CDATA[x <y> & z]]></A><B>42</B><C><D>1</D><E/></C><F></F><G><![CDATA[]]></G></xml>',
      ),
    ).toEqual({ A: 'x <y> & z', B: '42', C: { D: '1', E: '' }, F: '', G: '' });
  });

  it('turns a repeated tag into an array of its occurrences, in order', () => {
    expect(parseXml('<xml><L><T>a</T></L><X>1</X><L><T>b</T></L><L><T>c</T></L></xml>')).toEqual({
      L: [{ T: 'a' }, { T: 'b' }, { T: 'c' }],
      X: '1',
    });
  });

  it('decodes the five entities and numeric references in text, but not in CDATA', () => {
    expect(
      parseXml(
        '<xml><A>&lt;&gt;&amp;&quot;&apos;&#20013;&#x6587;&#x1F600;</A><B><![CDATA[&amp;]]></B></xml>',
      ),
    ).toEqual({ A: `<>&"'中文😀`, B: '&amp;' });
  });

  it('keeps CDATA verbatim and ignores whitespace around it; keeps plain text verbatim', () => {
    expect(parseXml('<xml><A> <![CDATA[ suite_ticket ]]>\n</A><B> text </B></xml>')).toEqual({
      A: ' suite_ticket ',
      B: ' text ',
    });
  });

  it('joins a CDATA section split around "]]>"', () => {
    expect(parseXml('<xml><A><![CDATA[a]]]]><![CDATA[>b]]></A></xml>')).toEqual({ A: 'a]]>b' });
  });

  it('accepts a BOM, an XML declaration, comments, attributes, whitespace in closing tags, any root name', () => {
    const xml =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><root a="1>2" b=\'x\'>\n' +
      '  <A id="7">1</A >\n  <!-- inside -->\n  <B x="y"/>\n</root>\n<!-- after -->\n';
    expect(parseXml(xml)).toEqual({ A: '1', B: '' });
  });

  it('reads an empty root as an empty object', () => {
    expect(parseXml('<xml></xml>')).toEqual({});
    expect(parseXml('<xml/>')).toEqual({});
    expect(parseXml('<xml>\n</xml>')).toEqual({});
  });

  it('makes __proto__ and constructor own keys without touching prototypes', () => {
    const parsed = parseXml(
      '<xml><__proto__><polluted>1</polluted></__proto__><constructor>c</constructor></xml>',
    );
    expect(Object.keys(parsed)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed.constructor).toBe('c');
  });

  it('agrees with fast-xml-parser on WeChat-shaped documents (property)', () => {
    const fxp = new XMLParser({ parseTagValue: false, trimValues: false, ignoreDeclaration: true });
    const name = fc.stringMatching(/^[A-Z][A-Za-z]{0,7}$/);
    const text = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !s.includes(']]>'));
    const leaf = fc.tuple(name, text).map(([n, t]) => ({ n, t, xml: `<${n}><![CDATA[${t}]]></${n}>` }));
    fc.assert(
      fc.property(fc.uniqueArray(leaf, { selector: (l) => l.n, maxLength: 8 }), (leaves) => {
        const xml = `<xml>${leaves.map((l) => l.xml).join('\n')}</xml>`;
        const mine = parseXml(xml);
        const theirs = (fxp.parse(xml) as { xml: Record<string, unknown> | '' }).xml;
        for (const l of leaves) {
          expect(mine[l.n]).toBe(l.t);
          expect(String((theirs as Record<string, unknown>)[l.n] ?? '')).toBe(l.t);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads flat documents in one pass exactly as the general reader does (property)', () => {
    // Documents near the flat shape, with every kind of deviation mixed in, then possibly one
    // character changed: whenever readFlat answers (or refuses), readTree must do the same, keys in the same order.
    const good = fc.oneof(
      fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.:-]{0,6}$/),
      fc.constantFrom('ToUserName', 'MsgType', 'xml'),
    );
    const odd = fc.constantFrom('constructor', '__proto__', 'toString', '1bad', 'A B', '');
    const name = fc.oneof({ arbitrary: good, weight: 9 }, { arbitrary: odd, weight: 1 });
    const plainText = fc.constantFrom('', 'text', ' spaced ', 'a>b', ']]>', '中文', '\n', '123');
    const entityText = fc.constantFrom('&amp;', '&lt;x&gt;', 'a & b');
    const value = fc.oneof({ arbitrary: plainText, weight: 9 }, { arbitrary: entityText, weight: 1 });
    const leaf = fc.oneof(
      fc.tuple(name, value).map(([n, v]) => `<${n}><![CDATA[${v}]]></${n}>`),
      fc.tuple(name, value).map(([n, v]) => `<${n}>${v}</${n}>`),
    );
    const other = fc.oneof(
      name.map((n) => `<${n}/>`),
      name.map((n) => `<${n} id="1">v</${n}>`),
      name.map((n) => `<${n}><Inner>v</Inner></${n}>`),
      name.map((n) => `<${n}><![CDATA[a]]]]><![CDATA[>b]]></${n}>`),
      name.map((n) => `<${n}>v</${n} >`),
      fc.constantFrom('<!-- note -->', 'junk', '<?pi?>', '<!DOCTYPE x>'),
    );
    const child = fc.oneof({ arbitrary: leaf, weight: 30 }, { arbitrary: other, weight: 1 });
    const gap = fc.constantFrom('', '', '\n', '  ', '\r\n\t');
    const oddOpen = fc.constantFrom('<?xml version="1.0"?><xml>', ' <xml>', '<xml a="1">', '<root>', '<xml');
    const open = fc.oneof({ arbitrary: fc.constant('<xml>'), weight: 9 }, { arbitrary: oddOpen, weight: 1 });
    const oddClose = fc.constantFrom('</xml >', '</root>', '', '</xml>x', '</xml><xml></xml>', '</xm');
    const close = fc.oneof(
      { arbitrary: fc.constantFrom('</xml>', '</xml>\n'), weight: 9 },
      { arbitrary: oddClose, weight: 1 },
    );
    const doc = fc
      .tuple(open, fc.array(fc.tuple(gap, child), { maxLength: 7 }), gap, close)
      .map(([o, kids, g, c]) => `${o}${kids.map(([sp, k]) => sp + k).join('')}${g}${c}`);
    const mutated = fc
      .tuple(doc, fc.nat(), fc.constantFrom('<', '>', '/', '&', ' ', 'x', '[', ']', '!', ''))
      .map(([d, at, ch]) =>
        d.length === 0 ? d : d.slice(0, at % d.length) + ch + d.slice((at % d.length) + 1),
      );
    const tree = (xml: string) => {
      try {
        return JSON.stringify(Object.entries(readTree(xml)));
      } catch (err) {
        return `error: ${(err as Error).message}`;
      }
    };
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof(doc, mutated), (xml) => {
        runs++;
        // readFlat answers, refuses (a bad entity in a leaf), or leaves the document to readTree.
        let flat: string | undefined;
        try {
          const read = readFlat(xml);
          flat = read === undefined ? undefined : JSON.stringify(Object.entries(read));
        } catch (err) {
          flat = `error: ${(err as Error).message}`;
        }
        if (flat !== undefined) {
          answered++;
          expect(tree(xml)).toBe(flat);
        }
        expect(tree(xml)).toBe(
          (() => {
            try {
              return JSON.stringify(Object.entries(parseXml(xml)));
            } catch (err) {
              return `error: ${(err as Error).message}`;
            }
          })(),
        );
      }),
      { numRuns: 3000 },
    );
    // The fast path must actually be taken on a good share of the documents, or this proves nothing.
    expect(answered).toBeGreaterThan(runs / 10);
  });

  it('takes the one-pass path for a real push and its envelope', () => {
    const push =
      '<xml><ToUserName><![CDATA[gh_1]]></ToUserName>\n<FromUserName><![CDATA[o_1]]></FromUserName>\n' +
      '<CreateTime>1348831860</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n' +
      '<Content><![CDATA[this is a test]]></Content>\n<MsgId>1234567890123456</MsgId>\n</xml>';
    expect(readFlat(push)).toEqual({
      ToUserName: 'gh_1',
      FromUserName: 'o_1',
      CreateTime: '1348831860',
      MsgType: 'text',
      Content: 'this is a test',
      MsgId: '1234567890123456',
    });
    expect(
      readFlat('<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Encrypt><![CDATA[AAAA]]></Encrypt></xml>'),
    ).toEqual({
      ToUserName: 'gh_1',
      Encrypt: 'AAAA',
    });
  });

  describe('refuses what is outside the subset', () => {
    it('DOCTYPE and ENTITY declarations, anywhere, in any case', () => {
      refused(
        '<!DOCTYPE xml [<!ENTITY x "y">]><xml><A>&x;</A></xml>',
        /DOCTYPE and ENTITY declarations are refused/,
      );
      refused('<xml><!ENTITY x SYSTEM "file:///etc/passwd"><A>1</A></xml>', /DOCTYPE and ENTITY/);
      refused('<?xml version="1.0"?><!doctype xml><xml/>', /DOCTYPE and ENTITY/);
    });

    it('entities that are not predefined, and a bare "&"', () => {
      refused('<xml><A>&x;</A></xml>', /unknown entity/);
      refused('<xml><A>a & b</A></xml>', /bare "&"/);
      refused('<xml><A>&#0;</A></xml>', /unknown entity/);
      refused('<xml><A>&#xD800;</A></xml>', /unknown entity/);
    });

    it('unbalanced, mismatched and truncated documents', () => {
      refused('<xml><A>1</B></xml>', /<A> closed by <\/B>/);
      refused('<xml><A>1</A>', /unexpected end of input inside <xml>/);
      refused('<xml><A><![CDATA[abc', /unterminated CDATA/);
      refused('<xml><A', /unexpected end of input/);
      refused('<xml><A>1</A', /unexpected end of input in a closing tag/);
      refused('<xml></xml></xml>', /closing tag without an open element/);
      refused('<xml></xml><xml></xml>', /second root element/);
      refused('<xml></xml>trailing', /text after the root element/);
    });

    it('processing instructions after the prolog, mixed content, text roots, odd markup', () => {
      refused('<xml><?pi x?></xml>', /processing instruction/);
      refused('<?xml-stylesheet href="a"?><xml/>', /processing instruction/);
      refused('<xml><A>text<B>1</B></A></xml>', /text mixed with child elements in <A>/);
      refused('<xml>just text</xml>', /root element holds text/);
      refused('<xml><1A>1</1A></xml>', /bad element name/);
      refused('<xml><A>1</A><![INCLUDE[x]]></xml>', /unsupported markup/);
      refused('text', /expected "<"/);
    });

    it('an empty body', () => {
      refused('', /empty body/);
      refused('  \n ', /empty body/);
    });

    it(`nesting deeper than ${MAX_DEPTH} levels, without a stack overflow, even 1 MiB deep`, () => {
      refused(`<xml>${'<a>'.repeat(MAX_DEPTH)}1${'</a>'.repeat(MAX_DEPTH)}</xml>`, /nested deeper than/);
      const deep = '<a>'.repeat(350_000); // ~1 MiB of nested tags
      const started = performance.now();
      refused(deep, /nested deeper than/);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(
        parseXml(`<xml>${'<a>'.repeat(MAX_DEPTH - 1)}1${'</a>'.repeat(MAX_DEPTH - 1)}</xml>`),
      ).toBeTypeOf('object');
    });

    it('error messages never quote the body', () => {
      const secret = 'SECRET_TICKET_VALUE';
      for (const xml of [
        `<xml><A>${secret}</B></xml>`,
        `<xml><A>${secret} & </A></xml>`,
        `<xml><A>${secret}<B/></A></xml>`,
        `<!DOCTYPE ${secret}><xml/>`,
        `<xml><A>${secret}`,
      ]) {
        const error = refused(xml, /malformed XML/);
        expect(error.message).not.toContain(secret);
      }
    });
  });
});

describe('buildXml', () => {
  it('writes strings as CDATA, numbers and booleans bare, objects nested, arrays as <item>', () => {
    expect(
      buildXml({
        S: 'a<b',
        N: 42,
        F: 1.5,
        T: true,
        O: { X: 'x' },
        L: [{ Y: 1 }, 'z'],
        U: undefined,
        Z: null,
      }),
    ).toBe(
      '<xml><S><![CDATA[a<b]]></S><N>42</N><F>1.5</F><T>true</T><O><X><![CDATA[x]]></X></O>' +
        '<L><item><Y>1</Y></item><item><![CDATA[z]]></item></L></xml>',
    );
    expect(buildXml({ A: 1 }, 'root')).toBe('<root><A>1</A></root>');
  });

  it('splits "]]>" so that CDATA cannot be broken out of', () => {
    const xml = buildXml({ A: 'x]]><B>injected</B><![CDATA[' });
    expect(xml).toBe('<xml><A><![CDATA[x]]]]><![CDATA[><B>injected</B><![CDATA[]]></A></xml>');
    expect(parseXml(xml)).toEqual({ A: 'x]]><B>injected</B><![CDATA[' });
  });

  it('round-trips through parseXml (property)', () => {
    const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/).filter((k) => k !== '__proto__');
    fc.assert(
      fc.property(fc.dictionary(key, fc.oneof(fc.string(), fc.integer())), (obj) => {
        const parsed = parseXml(buildXml(obj));
        expect(parsed).toEqual(Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, String(v)])));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses names that are not XML names, values with no XML form, and cycles', () => {
    expect(() => buildXml({ 'a b': 1 })).toThrow(TypeError);
    expect(() => buildXml({ '<x>': 1 })).toThrow(/not an XML element name/);
    expect(() => buildXml({}, 'x y')).toThrow(TypeError);
    expect(() => buildXml({ A: () => 1 })).toThrow(/no XML form/);
    expect(() => buildXml({ A: Number.NaN })).toThrow(/finite/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => buildXml(cyclic)).toThrow(RangeError);
  });
});
