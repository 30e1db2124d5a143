// Emits generated/api/<product>.ts: the interface of each product client's `api` (`OfficialAccountApi`,
// ...), a tree of methods whose shape follows the endpoint ids, with JSDoc: summary, doc URLs,
// deprecation, throws. generated/api.ts re-exports them.
import { type SourceFileStructure, StructureKind } from 'ts-morph';
import type { Ir, IrEndpoint, IrProduct } from '../ir.js';
import {
  apiInterfaceName,
  areaTypesAlias,
  endpointDocLines,
  jsDoc,
  paramsTypeName,
  propKey,
  resultTypeName,
} from '../naming.js';
import { isRequired } from './fields.js';
import { endpointParams } from './types.js';

type Tree = { [segment: string]: Tree | IrEndpoint };

function methodSignature(name: string, e: IrEndpoint): string {
  const ns = areaTypesAlias(e.area);
  const params = endpointParams(e);
  const optional = params.every((f) => !isRequired(f, 'input')) && !e.union;
  const result =
    e.responseKind === 'binary'
      ? 'WechatFile'
      : e.responseKind === 'json-or-binary'
        ? `WechatFile | ${ns}.${resultTypeName(e)}`
        : `${ns}.${resultTypeName(e)}`;
  return `${jsDoc(endpointDocLines(e), 'block')}${propKey(name)}(params${optional ? '?' : ''}: ${ns}.${paramsTypeName(e)}, options?: CallOptions): Promise<${result}>;`;
}

function writeTree(tree: Tree): string {
  const parts = Object.keys(tree)
    .sort()
    .map((key) => {
      const node = tree[key]!;
      return 'operationId' in node
        ? methodSignature(key, node as IrEndpoint)
        : `${propKey(key)}: {\n${writeTree(node as Tree)}\n};`;
    });
  return parts.join('\n');
}

export function emitApi(ir: Ir): SourceFileStructure {
  return {
    kind: StructureKind.SourceFile,
    statements: ir.products.products.map(
      (p) => `export type { ${apiInterfaceName(p)} } from './api/${p.id}.js';`,
    ),
  };
}

export function emitProductApi(ir: Ir, product: IrProduct): SourceFileStructure {
  const api = apiInterfaceName(product);
  const eps = ir.endpoints.filter((x) => x.products.includes(product.id));
  const areas = [...new Set(eps.map((e) => e.area))].sort();
  const statements: string[] = [
    `import type { CallOptions, WechatFile } from '../../src/http/types.js';`,
    ...areas.map((a) => `import type * as ${areaTypesAlias(a)} from '../types/${a}.js';`),
  ];
  {
    const tree: Tree = {};
    for (const e of eps) {
      const segs = e.id.split('.');
      let node = tree;
      for (const s of segs.slice(0, -1)) {
        node[s] ??= {};
        node = node[s] as Tree;
      }
      node[segs.at(-1)!] = e;
    }
    // A nested tree of type literals: written as text (ts-morph structures have no nested members).
    statements.push(
      `/** Every described endpoint the ${product.client} client can call, as \`client.api.<area>.<method>(params)\`. */\n` +
        `export interface ${api} {\n${writeTree(tree)}\n}`,
    );
  }
  return { kind: StructureKind.SourceFile, statements };
}
