// The sign-in flow in a real browser: headless Chromium (Debian's `chromium`, driven by playwright-core;
// no browser download) opens examples/web-login.ts, follows the redirect to the emulator's consent
// page, picks a user and lands back signed in. Under CI it must run; elsewhere it says how to get Chromium.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webLoginSite } from '../../examples/web-login.js';
import { createOfficialAccount } from '../../src/index.js';
import { createEmulator, type Emulator } from '../../src/testing/index.js';

const CHROMIUM = process.env.WXKIT_CHROMIUM ?? '/usr/bin/chromium';
const OUTPUT = 'tmp/browser-output';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) {
  throw new Error(
    `the browser test must run under CI, but ${CHROMIUM} is missing: apt-get install -y chromium`,
  );
}
if (!available) {
  console.warn(
    `test/browser skipped: no Chromium at ${CHROMIUM}. Install it (Debian: sudo apt-get install chromium) or set WXKIT_CHROMIUM.`,
  );
}

describe.skipIf(!available)('web sign-in in Chromium', () => {
  let emulator: Emulator;
  let browser: Browser;
  let site: ReturnType<typeof webLoginSite>;
  let origin: string;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    emulator = await createEmulator();
    const a = emulator.account('oa');
    site = webLoginSite(
      createOfficialAccount({ appId: a.appId, appSecret: a.appSecret, hosts: emulator.hosts }),
    );
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    site?.close();
    await emulator?.close();
  });

  it('signs in with snsapi_userinfo through the consent page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.click('#login');
    // The emulator's consent page: the account, the scope and the users to pick from.
    await page.waitForSelector('[data-user="lisi"]');
    expect(page.url().startsWith(emulator.hosts['open.weixin.qq.com'])).toBe(true);
    expect(await page.textContent('[data-scope]')).toContain('nickname');
    await page.screenshot({ path: `${OUTPUT}/consent-page.png`, fullPage: true });
    await page.click('[data-user="lisi"]');
    await page.waitForSelector('#signed-in');
    // (Chromium keeps the authorize link's #wechat_redirect across the redirects, as redirects do.)
    const landed = new URL(page.url());
    expect(landed.origin + landed.pathname).toBe(`${origin}/`);
    expect(await page.textContent('#nickname')).toBe('李四');
    expect(await page.textContent('#scopes')).toBe('snsapi_userinfo');
    await page.close();
  }, 30_000);

  it('signs in silently with snsapi_base (no consent page)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const visited: string[] = [];
    page.on('request', (r) => visited.push(r.url()));
    await page.goto(`${origin}/`);
    await page.click('#login-base');
    await page.waitForSelector('#signed-in');
    expect(await page.textContent('#scopes')).toBe('snsapi_base');
    expect(await page.textContent('#openid')).toMatch(/^o\w{27}$/);
    // It went through the authorize page, which redirected at once.
    expect(visited.some((u) => u.includes('/connect/oauth2/authorize'))).toBe(true);
    await context.close();
  }, 30_000);

  it('shows the WeChat error when a code is used twice', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/login?scope=snsapi_userinfo`);
    const callback = page.waitForRequest((r) => r.url().startsWith(`${origin}/callback?`));
    await page.click('[data-user="zhangsan"]');
    const used = new URL((await callback).url());
    await page.waitForSelector('#signed-in');
    // Start a new sign-in (a fresh state), but come back with the code already used.
    await page.goto(`${origin}/login?scope=snsapi_userinfo`);
    const fresh = new URL(page.url()).searchParams.get('state')!;
    await page.goto(`${origin}/callback?code=${used.searchParams.get('code')}&state=${fresh}`);
    expect(await page.textContent('#error')).toBe('WeChat error 40163');
    await context.close();
  }, 30_000);
});
