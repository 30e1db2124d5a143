// `npm run spec:new -- <host> <path> [--file spec/endpoints/<dir>/<area>.yaml]`: starts a descriptor
// from its row of ../shared/endpoints.tsv (route, host, token kind, doc URL, notes, a suggested id),
// appended to the area's file (created with its header when new). What the row cannot know (fields,
// the official examples, the summary) is left as TODO, which `npm run generate` refuses, so nothing
// half-written is ever generated. The official page decides everything the row says, too.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const INVENTORY = join('..', 'shared', 'endpoints.tsv');

export interface InventoryRow {
  product: string;
  group: string;
  method: string;
  path: string;
  host: string;
  token_kind: string;
  body_kind: string;
  doc_url: string;
  notes: string;
}

export function readInventory(file = INVENTORY): InventoryRow[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const cols = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? ''])) as unknown as InventoryRow;
  });
}

const camel = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w, i) => (i === 0 ? w[0]!.toLowerCase() + w.slice(1) : w[0]!.toUpperCase() + w.slice(1)))
    .join('');

/** `message.mass` + `/cgi-bin/message/mass/sendall` -> `message.mass.sendall` (rename it to read well). */
export const suggestedId = (row: InventoryRow) =>
  [...row.group.split(/[./]/).map(camel), camel(row.path.split('/').filter(Boolean).at(-1)!)].join('.');

/** The spec dir of a product (`shared` is Official Accounts and Mini Programs alike). */
const DIRS: Record<string, { dir: string; products: string }> = {
  oa: { dir: 'oa', products: '[oa]' },
  miniprogram: { dir: 'miniprogram', products: '[miniprogram]' },
  shared: { dir: 'shared', products: '[oa, miniprogram]' },
  open: { dir: 'open', products: '[open]' },
  work: { dir: 'work', products: '[work]' },
  'work-suite': { dir: 'work-suite', products: '[work-suite]' },
};

const TOKENS = new Set([
  'access_token',
  'component_access_token',
  'suite_access_token',
  'provider_access_token',
]);

export function scaffold(row: InventoryRow): string {
  const token = TOKENS.has(row.token_kind) ? row.token_kind : 'none';
  const method = row.method === 'GET' ? 'GET' : 'POST';
  const params = method === 'GET' ? 'query' : 'body';
  const lines = [
    `  # scaffolded from ../shared/endpoints.tsv (${row.product} ${row.group}); fill in from the official page`,
    ...(row.notes ? [`  # inventory notes: ${row.notes}`] : []),
    `  ${suggestedId(row)}: # TODO an id that reads well (spec/README.md, "Ids")`,
    `    summary: TODO English summary (中文标题)`,
    `    route: ${method} ${row.path}`,
    `    doc: ${row.doc_url || 'TODO the official page'}`,
    ...(row.host !== 'api.weixin.qq.com' ? [`    host: ${row.host}`] : []),
    ...(token !== 'access_token' ? [`    token: ${token}`] : []),
    ...(row.body_kind === 'multipart' ? ['    multipart: true'] : []),
    ...(row.body_kind === 'binary-response'
      ? ['    responseKind: binary', '    binary: { contentTypes: [TODO] }']
      : []),
    `    ${params}:`,
    `      TODO: { type: string, required: true, doc: every field of the page's table }`,
    ...(row.body_kind === 'binary-response'
      ? []
      : ['    response:', '      TODO: { type: string, doc: every field }']),
    '    example:',
    '      request: { TODO: the official example request }',
    ...(row.body_kind === 'binary-response'
      ? []
      : ['      response: { TODO: the official example response }']),
    '',
  ];
  return lines.join('\n');
}

export function fileFor(row: InventoryRow): string {
  const d = DIRS[row.product];
  if (!d) throw new Error(`no spec dir for product ${row.product}`);
  return join('spec', 'endpoints', d.dir, `${row.group.replace(/[./]/g, '-')}.yaml`);
}

export function header(row: InventoryRow): string {
  const d = DIRS[row.product]!;
  return [
    `products: ${d.products}`,
    ...(row.host !== 'api.weixin.qq.com' ? [`host: ${row.host}`] : []),
    `token: ${TOKENS.has(row.token_kind) ? row.token_kind : 'none'}`,
    'endpoints:',
    '',
  ].join('\n');
}

function main(argv: string[]): number {
  const fileArg = argv.indexOf('--file');
  const file = fileArg >= 0 ? argv[fileArg + 1] : undefined;
  const [host, path] = argv.filter((a, i) => !a.startsWith('--') && (fileArg < 0 || i !== fileArg + 1));
  if (!host || !path) {
    console.error('usage: npm run spec:new -- <host> <path> [--file spec/endpoints/<dir>/<area>.yaml]');
    return 2;
  }
  const rows = readInventory().filter((r) => r.host === host && r.path === path);
  if (rows.length === 0) {
    console.error(`no row of ${INVENTORY} has host ${host} and path ${path}`);
    return 1;
  }
  for (const row of rows) {
    const target = file ?? fileFor(row);
    if (!existsSync(target)) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, header(row));
    }
    appendFileSync(target, `\n${scaffold(row)}`);
    console.log(
      `${target}: scaffolded ${suggestedId(row)} (${row.method} ${row.path}); doc: ${row.doc_url || '-'}`,
    );
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
