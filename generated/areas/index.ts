// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { AreaModule } from '../../src/http/endpoint.js';
/** Every area, imported on first use. */
export const areaModules: Record<string, () => Promise<AreaModule>> = {
  "miniprogram/auth": () => import('./miniprogram/auth.js'),
  "miniprogram/business": () => import('./miniprogram/business.js'),
  "miniprogram/cityService": () => import('./miniprogram/cityService.js'),
  "miniprogram/cloudbase": () => import('./miniprogram/cloudbase.js'),
  "miniprogram/comment": () => import('./miniprogram/comment.js'),
  "miniprogram/customService": () => import('./miniprogram/customService.js'),
  "miniprogram/datacube": () => import('./miniprogram/datacube.js'),
  "miniprogram/employeeRelation": () => import('./miniprogram/employeeRelation.js'),
  "miniprogram/famousBrand": () => import('./miniprogram/famousBrand.js'),
  "miniprogram/hardware": () => import('./miniprogram/hardware.js'),
  "miniprogram/hardwareDevice": () => import('./miniprogram/hardwareDevice.js'),
  "miniprogram/iot": () => import('./miniprogram/iot.js'),
  "miniprogram/laborUse": () => import('./miniprogram/laborUse.js'),
  "miniprogram/live": () => import('./miniprogram/live.js'),
  "miniprogram/message": () => import('./miniprogram/message.js'),
  "miniprogram/nearbyPoi": () => import('./miniprogram/nearbyPoi.js'),
  "miniprogram/operation": () => import('./miniprogram/operation.js'),
  "miniprogram/phone": () => import('./miniprogram/phone.js'),
  "miniprogram/plugin": () => import('./miniprogram/plugin.js'),
  "miniprogram/qrcodeJump": () => import('./miniprogram/qrcodeJump.js'),
  "miniprogram/retail": () => import('./miniprogram/retail.js'),
  "miniprogram/search": () => import('./miniprogram/search.js'),
  "miniprogram/security": () => import('./miniprogram/security.js'),
  "miniprogram/shortLink": () => import('./miniprogram/shortLink.js'),
  "miniprogram/soter": () => import('./miniprogram/soter.js'),
  "miniprogram/updatableMessage": () => import('./miniprogram/updatableMessage.js'),
  "miniprogram/urlLink": () => import('./miniprogram/urlLink.js'),
  "miniprogram/urlScheme": () => import('./miniprogram/urlScheme.js'),
  "miniprogram/wxacode": () => import('./miniprogram/wxacode.js'),
  "oa/autoReply": () => import('./oa/autoReply.js'),
  "oa/basic": () => import('./oa/basic.js'),
  "oa/comment": () => import('./oa/comment.js'),
  "oa/customService": () => import('./oa/customService.js'),
  "oa/datacube": () => import('./oa/datacube.js'),
  "oa/draft": () => import('./oa/draft.js'),
  "oa/freePublish": () => import('./oa/freePublish.js'),
  "oa/intp": () => import('./oa/intp.js'),
  "oa/material": () => import('./oa/material.js'),
  "oa/media": () => import('./oa/media.js'),
  "oa/menu": () => import('./oa/menu.js'),
  "oa/message": () => import('./oa/message.js'),
  "oa/oauth": () => import('./oa/oauth.js'),
  "oa/qrcode": () => import('./oa/qrcode.js'),
  "oa/semantic": () => import('./oa/semantic.js'),
  "oa/shortKey": () => import('./oa/shortKey.js'),
  "oa/shortUrl": () => import('./oa/shortUrl.js'),
  "oa/subscribe": () => import('./oa/subscribe.js'),
  "oa/tags": () => import('./oa/tags.js'),
  "oa/template": () => import('./oa/template.js'),
  "oa/ticket": () => import('./oa/ticket.js'),
  "oa/user": () => import('./oa/user.js'),
  "oa/voice": () => import('./oa/voice.js'),
  "open/accountInfo": () => import('./open/accountInfo.js'),
  "open/ams": () => import('./open/ams.js'),
  "open/authorizer": () => import('./open/authorizer.js'),
  "open/basicInfo": () => import('./open/basicInfo.js'),
  "open/betaMiniProgram": () => import('./open/betaMiniProgram.js'),
  "open/category": () => import('./open/category.js'),
  "open/cloudbase": () => import('./open/cloudbase.js'),
  "open/code": () => import('./open/code.js'),
  "open/component": () => import('./open/component.js'),
  "open/domain": () => import('./open/domain.js'),
  "open/embedded": () => import('./open/embedded.js'),
  "open/expressPlugin": () => import('./open/expressPlugin.js'),
  "open/fastRegister": () => import('./open/fastRegister.js'),
  "open/icp": () => import('./open/icp.js'),
  "open/liveAccess": () => import('./open/liveAccess.js'),
  "open/oauth": () => import('./open/oauth.js'),
  "open/openAccount": () => import('./open/openAccount.js'),
  "open/privacy": () => import('./open/privacy.js'),
  "open/record": () => import('./open/record.js'),
  "open/serviceMarket": () => import('./open/serviceMarket.js'),
  "open/showItem": () => import('./open/showItem.js'),
  "open/supportVersion": () => import('./open/supportVersion.js'),
  "open/tester": () => import('./open/tester.js'),
  "open/userOrder": () => import('./open/userOrder.js'),
  "open/weData": () => import('./open/weData.js'),
  "open/wmpf": () => import('./open/wmpf.js'),
  "open/wxVerify": () => import('./open/wxVerify.js'),
  "open/wxaAuth": () => import('./open/wxaAuth.js'),
  "open/wxaLink": () => import('./open/wxaLink.js'),
  "shared/customService": () => import('./shared/customService.js'),
  "shared/donut": () => import('./shared/donut.js'),
  "shared/media": () => import('./shared/media.js'),
  "shared/message": () => import('./shared/message.js'),
  "shared/ocr": () => import('./shared/ocr.js'),
  "shared/quota": () => import('./shared/quota.js'),
  "shared/subscribe": () => import('./shared/subscribe.js'),
  "shared/token": () => import('./shared/token.js'),
  "work-suite/advancedApi": () => import('./work-suite/advancedApi.js'),
  "work-suite/contact": () => import('./work-suite/contact.js'),
  "work-suite/hardware": () => import('./work-suite/hardware.js'),
  "work-suite/idConvert": () => import('./work-suite/idConvert.js'),
  "work-suite/license": () => import('./work-suite/license.js'),
  "work-suite/payTool": () => import('./work-suite/payTool.js'),
  "work-suite/provider": () => import('./work-suite/provider.js'),
  "work-suite/suite": () => import('./work-suite/suite.js'),
  "work/advancedFeature": () => import('./work/advancedFeature.js'),
  "work/agent": () => import('./work/agent.js'),
  "work/appChat": () => import('./work/appChat.js'),
  "work/approval": () => import('./work/approval.js'),
  "work/basic": () => import('./work/basic.js'),
  "work/batch": () => import('./work/batch.js'),
  "work/calendar": () => import('./work/calendar.js'),
  "work/checkin": () => import('./work/checkin.js'),
  "work/corp": () => import('./work/corp.js'),
  "work/corpGroup": () => import('./work/corpGroup.js'),
  "work/department": () => import('./work/department.js'),
  "work/export": () => import('./work/export.js'),
  "work/health": () => import('./work/health.js'),
  "work/hr": () => import('./work/hr.js'),
  "work/idConvert": () => import('./work/idConvert.js'),
  "work/journal": () => import('./work/journal.js'),
  "work/jssdk": () => import('./work/jssdk.js'),
  "work/linkedCorp": () => import('./work/linkedCorp.js'),
  "work/media": () => import('./work/media.js'),
  "work/meetingRoom": () => import('./work/meetingRoom.js'),
  "work/menu": () => import('./work/menu.js'),
  "work/message": () => import('./work/message.js'),
  "work/miniprogram": () => import('./work/miniprogram.js'),
  "work/oauth": () => import('./work/oauth.js'),
  "work/report": () => import('./work/report.js'),
  "work/schedule": () => import('./work/schedule.js'),
  "work/school": () => import('./work/school.js'),
  "work/security": () => import('./work/security.js'),
  "work/sync": () => import('./work/sync.js'),
  "work/tag": () => import('./work/tag.js'),
  "work/token": () => import('./work/token.js'),
  "work/user": () => import('./work/user.js'),
  "work/vacation": () => import('./work/vacation.js'),
  "work/webhook": () => import('./work/webhook.js'),
};
/** Per product: a client's top-level API names and the areas that hold their methods. */
export const productAreas: Record<string, Readonly<Record<string, readonly string[]>>> = {
  "oa": {
    "accountInfo": [
      "open/accountInfo"
    ],
    "authorizer": [
      "open/authorizer"
    ],
    "autoReply": [
      "oa/autoReply"
    ],
    "basic": [
      "oa/basic"
    ],
    "comment": [
      "oa/comment"
    ],
    "customService": [
      "oa/customService",
      "shared/customService"
    ],
    "datacube": [
      "oa/datacube"
    ],
    "donut": [
      "shared/donut"
    ],
    "draft": [
      "oa/draft"
    ],
    "fastRegister": [
      "open/fastRegister"
    ],
    "freePublish": [
      "oa/freePublish"
    ],
    "intp": [
      "oa/intp"
    ],
    "material": [
      "oa/material"
    ],
    "media": [
      "oa/media",
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
    "ocr": [
      "shared/ocr"
    ],
    "openAccount": [
      "open/openAccount"
    ],
    "qrcode": [
      "oa/qrcode"
    ],
    "quota": [
      "shared/quota"
    ],
    "semantic": [
      "oa/semantic"
    ],
    "shortKey": [
      "oa/shortKey"
    ],
    "shortUrl": [
      "oa/shortUrl"
    ],
    "subscribe": [
      "oa/subscribe",
      "shared/subscribe"
    ],
    "tags": [
      "oa/tags"
    ],
    "template": [
      "oa/template"
    ],
    "ticket": [
      "oa/ticket"
    ],
    "token": [
      "shared/token"
    ],
    "user": [
      "oa/user"
    ],
    "userOrder": [
      "open/userOrder"
    ],
    "voice": [
      "oa/voice"
    ],
    "wxaLink": [
      "open/wxaLink"
    ]
  },
  "miniprogram": {
    "accountInfo": [
      "open/accountInfo"
    ],
    "ams": [
      "open/ams"
    ],
    "auth": [
      "miniprogram/auth"
    ],
    "authorizer": [
      "open/authorizer"
    ],
    "basicInfo": [
      "open/basicInfo"
    ],
    "betaMiniProgram": [
      "open/betaMiniProgram"
    ],
    "business": [
      "miniprogram/business"
    ],
    "category": [
      "open/category"
    ],
    "cityService": [
      "miniprogram/cityService"
    ],
    "cloudbase": [
      "miniprogram/cloudbase"
    ],
    "code": [
      "open/code"
    ],
    "comment": [
      "miniprogram/comment"
    ],
    "customService": [
      "miniprogram/customService",
      "shared/customService"
    ],
    "datacube": [
      "miniprogram/datacube"
    ],
    "domain": [
      "open/domain"
    ],
    "donut": [
      "shared/donut"
    ],
    "embedded": [
      "open/embedded"
    ],
    "employeeRelation": [
      "miniprogram/employeeRelation"
    ],
    "expressPlugin": [
      "open/expressPlugin"
    ],
    "famousBrand": [
      "miniprogram/famousBrand"
    ],
    "fastRegister": [
      "open/fastRegister"
    ],
    "hardware": [
      "miniprogram/hardware"
    ],
    "hardwareDevice": [
      "miniprogram/hardwareDevice"
    ],
    "icp": [
      "open/icp"
    ],
    "iot": [
      "miniprogram/iot"
    ],
    "laborUse": [
      "miniprogram/laborUse"
    ],
    "live": [
      "miniprogram/live"
    ],
    "liveAccess": [
      "open/liveAccess"
    ],
    "media": [
      "shared/media"
    ],
    "message": [
      "miniprogram/message"
    ],
    "nearbyPoi": [
      "miniprogram/nearbyPoi"
    ],
    "ocr": [
      "shared/ocr"
    ],
    "openAccount": [
      "open/openAccount"
    ],
    "operation": [
      "miniprogram/operation"
    ],
    "phone": [
      "miniprogram/phone"
    ],
    "plugin": [
      "miniprogram/plugin"
    ],
    "privacy": [
      "open/privacy"
    ],
    "qrcodeJump": [
      "miniprogram/qrcodeJump"
    ],
    "quota": [
      "shared/quota"
    ],
    "record": [
      "open/record"
    ],
    "retail": [
      "miniprogram/retail"
    ],
    "search": [
      "miniprogram/search"
    ],
    "security": [
      "miniprogram/security"
    ],
    "serviceMarket": [
      "open/serviceMarket"
    ],
    "shortLink": [
      "miniprogram/shortLink"
    ],
    "showItem": [
      "open/showItem"
    ],
    "soter": [
      "miniprogram/soter"
    ],
    "subscribe": [
      "shared/subscribe"
    ],
    "supportVersion": [
      "open/supportVersion"
    ],
    "tester": [
      "open/tester"
    ],
    "token": [
      "shared/token"
    ],
    "updatableMessage": [
      "miniprogram/updatableMessage"
    ],
    "urlLink": [
      "miniprogram/urlLink"
    ],
    "urlScheme": [
      "miniprogram/urlScheme"
    ],
    "userOrder": [
      "open/userOrder"
    ],
    "weData": [
      "open/weData"
    ],
    "wmpf": [
      "open/wmpf"
    ],
    "wxVerify": [
      "open/wxVerify"
    ],
    "wxaAuth": [
      "open/wxaAuth"
    ],
    "wxacode": [
      "miniprogram/wxacode"
    ]
  },
  "open": {
    "ams": [
      "open/ams"
    ],
    "cloudbase": [
      "open/cloudbase"
    ],
    "component": [
      "open/component"
    ],
    "oauth": [
      "open/oauth"
    ],
    "privacy": [
      "open/privacy"
    ],
    "serviceMarket": [
      "open/serviceMarket"
    ],
    "weData": [
      "open/weData"
    ]
  },
  "work": {
    "advancedFeature": [
      "work/advancedFeature"
    ],
    "agent": [
      "work/agent"
    ],
    "appChat": [
      "work/appChat"
    ],
    "approval": [
      "work/approval"
    ],
    "basic": [
      "work/basic"
    ],
    "batch": [
      "work/batch"
    ],
    "calendar": [
      "work/calendar"
    ],
    "checkin": [
      "work/checkin"
    ],
    "corp": [
      "work/corp"
    ],
    "corpGroup": [
      "work/corpGroup"
    ],
    "department": [
      "work/department"
    ],
    "export": [
      "work/export"
    ],
    "health": [
      "work/health"
    ],
    "hr": [
      "work/hr"
    ],
    "idConvert": [
      "work/idConvert"
    ],
    "journal": [
      "work/journal"
    ],
    "jssdk": [
      "work/jssdk"
    ],
    "linkedCorp": [
      "work/linkedCorp"
    ],
    "media": [
      "work/media"
    ],
    "meetingRoom": [
      "work/meetingRoom"
    ],
    "menu": [
      "work/menu"
    ],
    "message": [
      "work/message"
    ],
    "miniprogram": [
      "work/miniprogram"
    ],
    "oauth": [
      "work/oauth"
    ],
    "report": [
      "work/report"
    ],
    "schedule": [
      "work/schedule"
    ],
    "school": [
      "work/school"
    ],
    "security": [
      "work/security"
    ],
    "sync": [
      "work/sync"
    ],
    "tag": [
      "work/tag"
    ],
    "token": [
      "work/token"
    ],
    "user": [
      "work/user"
    ],
    "vacation": [
      "work/vacation"
    ],
    "webhook": [
      "work/webhook"
    ]
  },
  "work-suite": {
    "advancedApi": [
      "work-suite/advancedApi"
    ],
    "contact": [
      "work-suite/contact"
    ],
    "hardware": [
      "work-suite/hardware"
    ],
    "idConvert": [
      "work-suite/idConvert"
    ],
    "license": [
      "work-suite/license"
    ],
    "payTool": [
      "work-suite/payTool"
    ],
    "provider": [
      "work-suite/provider"
    ],
    "suite": [
      "work-suite/suite"
    ]
  }
};
