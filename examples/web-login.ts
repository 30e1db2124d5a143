// Sign a user in with WeChat (网页授权) on a plain node:http site: `/login` sends the browser to the
// authorize page, `/callback` trades the code for the user and keeps them in a session cookie.
// Run against the emulator (no WeChat account needed): npx tsx examples/web-login.ts
// then open http://127.0.0.1:3000/ and sign in as one of the emulated users.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createOfficialAccount, type OfficialAccount, type WebUser, WechatApiError } from '../src/index.js';
import { createEmulator } from '../src/testing/index.js';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>wxkit web login</title><body>${body}</body></html>`,
  );
}

const cookie = (req: IncomingMessage, name: string) =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === name)?.[1];

/** The site; the redirect_uri is built from the Host the browser used (or `origin` when given). */
export function webLoginSite(oa: OfficialAccount, origin?: string) {
  const sessions = new Map<string, WebUser>();
  const pendingStates = new Set<string>();

  return createServer(async (req, res) => {
    const base = origin ?? `http://${req.headers.host}`;
    const url = new URL(req.url ?? '/', base);
    if (url.pathname === '/') {
      const user = sessions.get(cookie(req, 'sid') ?? '');
      return user
        ? page(
            res,
            200,
            `<h1 id="signed-in">Signed in as <span id="nickname">${escapeHtml(user.profile?.nickname ?? '(no profile: snsapi_base)')}</span></h1>
<p>openid <code id="openid">${escapeHtml(user.openid)}</code>, scopes <code id="scopes">${user.scopes.join(',')}</code></p>`,
          )
        : page(
            res,
            200,
            `<h1>Welcome</h1><p><a id="login" href="/login?scope=snsapi_userinfo">Sign in with WeChat</a>
 · <a id="login-base" href="/login?scope=snsapi_base">silently (snsapi_base)</a></p>`,
          );
    }
    if (url.pathname === '/login') {
      const state = randomBytes(8).toString('hex');
      pendingStates.add(state);
      const scope = url.searchParams.get('scope') === 'snsapi_base' ? 'snsapi_base' : 'snsapi_userinfo';
      const to = oa.oauth.authorizeUrl({ redirectUri: `${base}/callback`, scope, state });
      res.writeHead(302, { location: to });
      return res.end();
    }
    if (url.pathname === '/callback') {
      const code = url.searchParams.get('code');
      const state = url.searchParams.get('state') ?? '';
      if (!pendingStates.delete(state))
        return page(res, 400, '<h1 id="error">Unknown state: start again</h1>');
      if (!code) return page(res, 403, '<h1 id="error">You declined to sign in</h1>');
      try {
        const user = await oa.oauth.login(code);
        const sid = randomBytes(16).toString('hex');
        sessions.set(sid, user);
        res.writeHead(302, { location: '/', 'set-cookie': `sid=${sid}; Path=/; HttpOnly; SameSite=Lax` });
        return res.end();
      } catch (err) {
        // A reused or expired code is a WeChat error (40163 / 40029): show it, never retry it.
        const why = err instanceof WechatApiError ? `WeChat error ${err.errcode}` : 'Sign-in failed';
        return page(res, 400, `<h1 id="error">${escapeHtml(why)}</h1><p><a href="/">Back</a></p>`);
      }
    }
    page(res, 404, '<h1>Not found</h1>');
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 3000);
  const emulator = await createEmulator();
  const account = emulator.account('oa');
  const oa = createOfficialAccount({
    appId: account.appId,
    appSecret: account.appSecret,
    hosts: emulator.hosts,
  });
  webLoginSite(oa, `http://127.0.0.1:${port}`).listen(port, '127.0.0.1', () =>
    console.log(`Open http://127.0.0.1:${port}/ (WeChat emulated at ${emulator.url})`),
  );
}
