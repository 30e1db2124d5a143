// Emits generated/errors.ts: one WechatApiError subclass per class in errcodes.yaml, and the
// errcode table the runtime uses to pick a class and to know which codes mean "token invalid".
import { type SourceFileStructure, StructureKind } from 'ts-morph';
import type { Ir } from '../ir.js';
import { docText, jsDoc } from '../naming.js';

export function emitErrors(ir: Ir): SourceFileStructure {
  const classes = ir.errorClasses.map(
    (c) =>
      `${jsDoc([docText(c.doc)])}export class ${c.name} extends WechatApiError {\n  override readonly name: string = '${c.name}';\n}`,
  );
  const rows = ir.errcodes.map(
    (e) =>
      `${JSON.stringify(String(e.code))}: { name: ${JSON.stringify(e.name)}, meaning: ${JSON.stringify(e.meaning)}, retryable: ${e.retryable}, tokenInvalid: ${e.tokenInvalid}${e.className ? `, errorClass: ${e.className}` : ''} },`,
  );
  return {
    kind: StructureKind.SourceFile,
    statements: [
      `import { WechatApiError } from '../src/errors.js';`,
      ...classes,
      `export interface ErrcodeInfo {\n  name: string;\n  meaning: string;\n  retryable: boolean;\n  tokenInvalid: boolean;\n  errorClass?: typeof WechatApiError;\n}`,
      `/** Every errcode named in spec/errcodes.yaml. */\nexport const errcodes: Record<string, ErrcodeInfo> = {\n${rows.join('\n')}\n};`,
    ],
  };
}
