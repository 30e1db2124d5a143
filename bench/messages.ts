// The message layer on its own: µs per operation for a safe-mode-sized text push, against two
// baselines in the same run (finding the fields with indexOf; fast-xml-parser). CPU time, best of
// several rounds, so that a busy machine skews it less. Run: npx tsx bench/messages.ts
import { XMLParser } from 'fast-xml-parser';
import { parseMessage, parseXml, renderReply, reply } from '../src/messages/index.js';

const xml =
  '<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><FromUserName><![CDATA[oUser_abcdefghijklmnopqrstu]]></FromUserName>' +
  '<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hello world]]></Content>' +
  '<MsgId>24412345678901234</MsgId></xml>';

function between(text: string, open: string, close: string): string {
  const from = text.indexOf(open) + open.length;
  return text.slice(from, text.indexOf(close, from));
}

const fxp = new XMLParser();
let sink: unknown;
const cases: Array<[string, () => unknown]> = [
  [
    'baseline: indexOf for 5 fields',
    () =>
      [
        between(xml, '<ToUserName><![CDATA[', ']]>'),
        between(xml, '<FromUserName><![CDATA[', ']]>'),
        Number(between(xml, '<CreateTime>', '<')),
        between(xml, '<MsgType><![CDATA[', ']]>'),
        between(xml, '<Content><![CDATA[', ']]>'),
      ] as const,
  ],
  ['parseXml', () => parseXml(xml)],
  ["parseMessage(xml, { product: 'oa' })", () => parseMessage(xml, { product: 'oa' })],
  ['parseMessage(xml)', () => parseMessage(xml)],
  [
    "renderReply(reply.text('…'))",
    () =>
      renderReply(reply.text('you said hello world'), { ToUserName: 'o', FromUserName: 'gh', CreateTime: 1 }),
  ],
  // Last: the garbage it makes slows down whatever runs after it in the same process.
  ['baseline: fast-xml-parser', () => fxp.parse(xml)],
];

function cpuMicrosPerOp(fn: () => unknown, n: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) sink = fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

const N = 100_000;
for (const [, fn] of cases) cpuMicrosPerOp(fn, N); // warm up
const rows = cases.map(([name, fn]) => {
  const best = Math.min(...Array.from({ length: 7 }, () => cpuMicrosPerOp(fn, N)));
  return { operation: name, 'µs/op': Number(best.toFixed(3)), 'ops/s': Math.round(1e6 / best) };
});
console.table(rows);
if (sink === undefined) console.log('');
