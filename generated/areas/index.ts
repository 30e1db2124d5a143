// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { AreaModule } from '../../src/http/endpoint.js';
/** Every area, imported on first use. */
export const areaModules: Record<string, () => Promise<AreaModule>> = {
  "miniprogram/auth": () => import('./miniprogram/auth.js'),
  "miniprogram/message": () => import('./miniprogram/message.js'),
  "miniprogram/phone": () => import('./miniprogram/phone.js'),
  "miniprogram/wxacode": () => import('./miniprogram/wxacode.js'),
  "oa/basic": () => import('./oa/basic.js'),
  "oa/menu": () => import('./oa/menu.js'),
  "oa/message": () => import('./oa/message.js'),
  "oa/oauth": () => import('./oa/oauth.js'),
  "oa/qrcode": () => import('./oa/qrcode.js'),
  "oa/tags": () => import('./oa/tags.js'),
  "oa/ticket": () => import('./oa/ticket.js'),
  "oa/user": () => import('./oa/user.js'),
  "open/component": () => import('./open/component.js'),
  "open/oauth": () => import('./open/oauth.js'),
  "shared/media": () => import('./shared/media.js'),
  "shared/message": () => import('./shared/message.js'),
  "shared/quota": () => import('./shared/quota.js'),
  "shared/token": () => import('./shared/token.js'),
  "work-suite/provider": () => import('./work-suite/provider.js'),
  "work-suite/suite": () => import('./work-suite/suite.js'),
  "work/agent": () => import('./work/agent.js'),
  "work/basic": () => import('./work/basic.js'),
  "work/jssdk": () => import('./work/jssdk.js'),
  "work/media": () => import('./work/media.js'),
  "work/menu": () => import('./work/menu.js'),
  "work/token": () => import('./work/token.js'),
  "work/user": () => import('./work/user.js'),
};
/** Per product: a client's top-level API names and the areas that hold their methods. */
export const productAreas: Record<string, Readonly<Record<string, readonly string[]>>> = {
  "oa": {
    "basic": [
      "oa/basic"
    ],
    "media": [
      "shared/media"
    ],
    "menu": [
      "oa/menu"
    ],
    "message": [
      "oa/message",
      "shared/message"
    ],
    "oauth": [
      "oa/oauth"
    ],
    "qrcode": [
      "oa/qrcode"
    ],
    "quota": [
      "shared/quota"
    ],
    "tags": [
      "oa/tags"
    ],
    "ticket": [
      "oa/ticket"
    ],
    "token": [
      "shared/token"
    ],
    "user": [
      "oa/user"
    ]
  },
  "miniprogram": {
    "auth": [
      "miniprogram/auth"
    ],
    "media": [
      "shared/media"
    ],
    "message": [
      "miniprogram/message",
      "shared/message"
    ],
    "phone": [
      "miniprogram/phone"
    ],
    "quota": [
      "shared/quota"
    ],
    "token": [
      "shared/token"
    ],
    "wxacode": [
      "miniprogram/wxacode"
    ]
  },
  "open": {
    "component": [
      "open/component"
    ],
    "oauth": [
      "open/oauth"
    ]
  },
  "work": {
    "agent": [
      "work/agent"
    ],
    "basic": [
      "work/basic"
    ],
    "jssdk": [
      "work/jssdk"
    ],
    "media": [
      "work/media"
    ],
    "menu": [
      "work/menu"
    ],
    "token": [
      "work/token"
    ],
    "user": [
      "work/user"
    ]
  },
  "work-suite": {
    "provider": [
      "work-suite/provider"
    ],
    "suite": [
      "work-suite/suite"
    ]
  }
};
