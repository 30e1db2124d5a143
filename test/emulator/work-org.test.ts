// WeCom organisation and office end to end: the public client (createWork) against the emulator over
// HTTP, for the most used endpoints of the work-org slice: check-in data, approvals, calendars,
// meeting rooms, school departments, linked corps, and a multipart media upload.
// What goes on the wire is checked by what the emulator received; what comes back by the types.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWork, type WorkApp } from '../../src/index.js';
import { createEmulator, type Emulator } from '../../src/testing/index.js';

let emulator: Emulator;
let work: WorkApp;
beforeAll(async () => {
  emulator = await createEmulator();
  const a = emulator.account('work');
  work = createWork({
    corpId: a.corpId,
    secret: a.secret,
    agentId: a.agentId,
    hosts: emulator.hosts,
    validateResponse: 'strict',
  });
});
afterAll(() => emulator.close());

describe('WeCom office, through the public client', () => {
  it('reads check-in records of some members', async () => {
    const data = await work.api.checkin.getData({
      opencheckindatatype: 3,
      starttime: 1492617600,
      endtime: 1492790400,
      useridlist: ['james', 'paul'],
    });
    expect(Array.isArray(data.checkindata)).toBe(true);
    expect(emulator.received('work.checkin.getData').at(-1)).toMatchObject({ useridlist: ['james', 'paul'] });
    // More than 100 members never leaves the process (the page's limit).
    await expect(
      work.api.checkin.getData({
        opencheckindatatype: 3,
        starttime: 1,
        endtime: 2,
        useridlist: Array.from({ length: 101 }, (_, i) => `u${i}`),
      }),
    ).rejects.toThrow(/useridlist/);
  });

  it('lists approval numbers with filters', async () => {
    const list = await work.api.approval.getApprovalInfo({
      starttime: '1569546000',
      endtime: '1569718800',
      new_cursor: '',
      size: 100,
      filters: [{ key: 'sp_status', value: '1' }],
    });
    expect(list.sp_no_list?.length).toBeGreaterThan(0);
    expect(emulator.received('work.approval.getApprovalInfo').at(-1)).toMatchObject({ size: 100 });
  });

  it('creates a calendar', async () => {
    const created = await work.api.calendar.add({
      calendar: {
        admins: ['admin1'],
        summary: 'team',
        color: '#FF3030',
        shares: [{ userid: 'userid2', permission: 1 }],
      },
    });
    expect(created.cal_id).toBeTypeOf('string');
    expect(emulator.received('work.calendar.add').at(-1)).toMatchObject({ calendar: { summary: 'team' } });
  });

  it('lists meeting rooms, school departments and linked-corp permissions', async () => {
    const rooms = await work.api.meetingRoom.list({ city: '深圳', building: '腾讯大厦' });
    expect(Array.isArray(rooms.meetingroom_list)).toBe(true);
    const departments = await work.api.school.department.list({});
    expect(Array.isArray(departments.departments)).toBe(true);
    const perms = await work.api.linkedCorp.getPermList({});
    expect(perms).toBeTypeOf('object');
    expect(emulator.calls('work.linkedCorp.getPermList')).toBe(1);
  });

  it('uploads a file (multipart) and gets a media_id', async () => {
    const media = await work.api.media.upload({
      type: 'file',
      media: { data: new TextEncoder().encode('hello'), filename: 'hello.txt', contentType: 'text/plain' },
    });
    expect(media.media_id).toBeTypeOf('string');
    expect(emulator.received('work.media.upload').at(-1)).toMatchObject({
      type: 'file',
      media: { filename: 'hello.txt', size: 5 },
    });
  });
});
