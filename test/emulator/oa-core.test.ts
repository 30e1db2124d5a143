// The Official Account's everyday API end to end: the public client (createOfficialAccount) against
// the emulator over HTTP, for the most used endpoints of the oa-core slice (drafts and publishing,
// mass send, templates, customer service, datacube), a multipart upload and a binary download.
// What goes on the wire is checked by what the emulator received; what comes back by the types.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficialAccount, type OfficialAccount } from '../../src/clients/official-account.js';
import { HttpError, ValidationError } from '../../src/errors.js';
import { createEmulator, type Emulator } from '../../src/testing/index.js';
import { accountOf } from './helpers.js';

let emulator: Emulator;
let oa: OfficialAccount;
beforeAll(async () => {
  emulator = await createEmulator();
  const account = accountOf(emulator, 'oa');
  oa = createOfficialAccount({
    appId: account.appId,
    appSecret: account.appSecret,
    hosts: emulator.hosts,
    validateResponse: 'strict',
  });
});
afterAll(() => emulator.close());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('Official Account core, through the public client', () => {
  it('adds a draft and publishes it', async () => {
    const draft = await oa.api.draft.add({
      articles: [{ title: '标题', content: '<p>正文</p>', thumb_media_id: 'THUMB_MEDIA_ID' }],
    });
    expect(draft.media_id).toBeTypeOf('string');
    expect(emulator.received('oa.draft.add').at(-1)).toMatchObject({ articles: [{ title: '标题' }] });

    const job = await oa.api.freePublish.submit({ media_id: draft.media_id });
    expect(job.publish_id).toBeTypeOf('string');
    expect(emulator.received('oa.freePublish.submit').at(-1)).toEqual({ media_id: draft.media_id });
  });

  it('mass-sends a text to a tag: the union on msgtype reaches the wire as given', async () => {
    const sent = await oa.api.message.mass.sendAll({
      filter: { is_to_all: false, tag_id: 2 },
      msgtype: 'text',
      text: { content: 'CONTENT' },
    });
    expect(sent.msg_id).toBeTypeOf('string'); // int64: always a string
    expect(emulator.received('oa.message.mass.sendAll').at(-1)).toMatchObject({
      msgtype: 'text',
      text: { content: 'CONTENT' },
    });
    // A msgtype without its payload never leaves the process.
    const err = await oa.api.message.mass
      .sendAll({ filter: { is_to_all: true }, msgtype: 'image' } as never)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
  });

  it('sends a template message with its data map, and lists the templates', async () => {
    const sent = await oa.api.message.template.send({
      touser: 'OPENID',
      template_id: 'TEMPLATE_ID',
      data: { keyword1: { value: '巧克力' }, keyword2: { value: '39.8元' } },
    });
    expect(sent.msgid).toBeTypeOf('string');
    expect(emulator.received('oa.message.template.send').at(-1)).toMatchObject({
      data: { keyword1: { value: '巧克力' } },
    });
    const all = await oa.api.template.getAll();
    expect(Array.isArray(all.template_list)).toBe(true);
  });

  it('opens a customer-service session and reads the user summary', async () => {
    await oa.api.customService.createSession({ kf_account: 'test1@test', openid: 'OPENID' });
    expect(emulator.received('oa.customService.createSession').at(-1)).toEqual({
      kf_account: 'test1@test',
      openid: 'OPENID',
    });
    const summary = await oa.api.datacube.getUserSummary({
      begin_date: '2014-12-02',
      end_date: '2014-12-07',
    });
    expect(Array.isArray(summary.list)).toBe(true);
  });

  it('uploads an article image as multipart and gets its URL', async () => {
    const res = await oa.api.media.uploadImage({
      media: { data: PNG, filename: 'a.png', contentType: 'image/png' },
    });
    expect(res.url).toMatch(/^http/);
    expect(emulator.calls('oa.media.uploadImage')).toBeGreaterThan(0);
  });

  it('downloads a QR code image, and a bad ticket is an HttpError', async () => {
    const { ticket } = await oa.api.qrcode.create({
      action_name: 'QR_LIMIT_STR_SCENE',
      action_info: { scene: { scene_str: 'e2e' } },
    });
    const file = await oa.api.qrcode.show({ ticket });
    expect(file.contentType).toMatch(/^image\//);
    expect(file.bytes.length).toBeGreaterThan(8);

    emulator.fault('oa.qrcode.show', { status: 404 });
    const err = await oa.api.qrcode.show({ ticket: 'nope' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).message).toMatch(/404: the ticket is invalid or expired/);
  });
});
