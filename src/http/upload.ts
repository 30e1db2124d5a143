// What a multipart file field accepts, and how it becomes a Blob for FormData.
import { Readable } from 'node:stream';

export type UploadBody = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | NodeJS.ReadableStream;

/** A file for a `type: file` field: raw data, or data with a filename and a content type. */
export type WechatUpload = UploadBody | { data: UploadBody; filename?: string; contentType?: string };

const isUploadObject = (v: unknown): v is { data: UploadBody; filename?: string; contentType?: string } =>
  typeof v === 'object' && v !== null && 'data' in v && !(v instanceof Blob) && !ArrayBuffer.isView(v);

export const isUpload = (v: unknown): v is WechatUpload =>
  v instanceof Blob ||
  v instanceof ArrayBuffer ||
  ArrayBuffer.isView(v) ||
  v instanceof ReadableStream ||
  v instanceof Readable ||
  (isUploadObject(v) && isUpload(v.data));

async function toBlob(body: UploadBody, contentType: string | undefined): Promise<Blob> {
  if (body instanceof Blob) return contentType && !body.type ? new Blob([body], { type: contentType }) : body;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes =
      body instanceof ArrayBuffer
        ? new Uint8Array(body)
        : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    return new Blob([bytes as Uint8Array<ArrayBuffer>], contentType ? { type: contentType } : {});
  }
  // Streams are read fully: WeChat needs a Content-Length for multipart uploads.
  const chunks: Uint8Array[] = [];
  const stream =
    body instanceof ReadableStream ? Readable.fromWeb(body as never) : (body as NodeJS.ReadableStream);
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array));
  return new Blob(chunks as Uint8Array<ArrayBuffer>[], contentType ? { type: contentType } : {});
}

/** Turns an upload into what FormData.append takes. */
export async function toFormPart(
  upload: WechatUpload,
  field: string,
): Promise<{ blob: Blob; filename: string }> {
  const { data, filename, contentType } = isUploadObject(upload)
    ? upload
    : { data: upload, filename: undefined, contentType: undefined };
  const blob = await toBlob(data, contentType);
  const named = (data as unknown as { name?: unknown }).name;
  const name = filename ?? (typeof named === 'string' ? named : field);
  return { blob, filename: name };
}
