// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import * as z from 'zod/mini';
import * as H from '../../../src/http/zod-helpers.js';
import * as S from '../../shapes.js';
/** The endpoints of `shared/ocr`, by id: row and schemas. */
export const endpoints = {
  "ocr.aiCrop": {
    "operationId": "shared.ocr.aiCrop", "id": "ocr.aiCrop", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cv/img/aicrop", "token": "access_token", "query": ["img_url"], "multipart": true,
    params: z.object({
      img_url: z.optional(z.string()),
      img: z.optional(H.upload),
      ratios: z.optional(z.string()),
    }),
    result: z.looseObject({
      results: z.optional(z.array(z.looseObject({
        crop_left: z.optional(z.int()),
        crop_top: z.optional(z.int()),
        crop_right: z.optional(z.int()),
        crop_bottom: z.optional(z.int()),
      }))),
      img_size: z.optional(S.OcrImageSize),
    })
  },
  "ocr.bankCard": {
    "operationId": "shared.ocr.bankCard", "id": "ocr.bankCard", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cv/ocr/bankcard", "token": "access_token", "query": ["img_url"], "multipart": true,
    params: z.object({
      img_url: z.optional(z.string()),
      img: z.optional(H.upload),
    }),
    result: z.looseObject({
      number: z.optional(z.string()),
      id: z.optional(z.string()),
    })
  },
  "ocr.businessLicense": {
    "operationId": "shared.ocr.businessLicense", "id": "ocr.businessLicense", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cv/ocr/bizlicense", "token": "access_token", "query": ["img_url"], "multipart": true,
    params: z.object({
      img_url: z.optional(z.string()),
      img: z.optional(H.upload),
    }),
    result: z.looseObject({
      reg_num: z.optional(z.string()),
      serial: z.optional(z.string()),
      legal_representative: z.optional(z.string()),
      enterprise_name: z.optional(z.string()),
      type_of_organization: z.optional(z.string()),
      address: z.optional(z.string()),
      type_of_enterprise: z.optional(z.string()),
      business_scope: z.optional(z.string()),
      registered_capital: z.optional(z.string()),
      paid_in_capital: z.optional(z.string()),
      valid_period: z.optional(z.string()),
      registered_date: z.optional(z.string()),
      cert_position: z.optional(z.looseObject({
        pos: z.optional(S.OcrPosition),
      })),
      img_size: z.optional(S.OcrImageSize),
    })
  },
  "ocr.common": {
    "operationId": "shared.ocr.common", "id": "ocr.common", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cv/ocr/comm", "token": "access_token", "query": ["img_url"], "multipart": true,
    params: z.object({
      img_url: z.optional(z.string()),
      img: z.optional(H.upload),
    }),
    result: z.looseObject({
      items: z.optional(z.array(z.looseObject({
        text: z.optional(z.string()),
        pos: z.optional(S.OcrPosition),
      }))),
      img_size: z.optional(S.OcrImageSize),
    })
  },
  "ocr.drivingLicense": {
    "operationId": "shared.ocr.drivingLicense", "id": "ocr.drivingLicense", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cv/ocr/drivinglicense", "token": "access_token", "query": ["img_url"], "multipart": true,
    params: z.object({
      img_url: z.optional(z.string()),
      img: z.optional(H.upload),
    }),
    result: z.looseObject({
      id_num: z.optional(z.string()),
      name: z.optional(z.string()),
      sex: z.optional(z.string()),
      nationality: z.optional(z.string()),
      address: z.optional(z.string()),
      birth_date: z.optional(z.string()),
      issue_date: z.optional(z.string()),
      car_class: z.optional(z.string()),
      valid_from: z.optional(z.string()),
      valid_to: z.optional(z.string()),
      official_seal: z.optional(z.string()),
    })
  },
  "ocr.idCard": {
    "operationId": "shared.ocr.idCard", "id": "ocr.idCard", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cv/ocr/idcard", "token": "access_token", "query": ["img_url", "type"], "multipart": true,
    params: z.object({
      img_url: z.optional(z.string()),
      type: z.optional(z.enum(["photo", "scan"])),
      img: z.optional(H.upload),
    }),
    result: z.looseObject({
      type: z.optional(z.enum(["Front", "Back"])),
      name: z.optional(z.string()),
      id: z.optional(z.string()),
      valid_date: z.optional(z.string()),
      addr: z.optional(z.string()),
      gender: z.optional(z.string()),
      nationality: z.optional(z.string()),
    })
  },
  "ocr.plateNumber": {
    "operationId": "shared.ocr.plateNumber", "id": "ocr.plateNumber", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cv/ocr/platenum", "token": "access_token", "query": ["img_url"], "multipart": true,
    params: z.object({
      img_url: z.optional(z.string()),
      img: z.optional(H.upload),
    }),
    result: z.looseObject({
      number: z.optional(z.string()),
    })
  },
  "ocr.scanQrCode": {
    "operationId": "shared.ocr.scanQrCode", "id": "ocr.scanQrCode", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cv/img/qrcode", "token": "access_token", "query": ["img_url"], "multipart": true,
    params: z.object({
      img_url: z.optional(z.string()),
      img: z.optional(H.upload),
    }),
    result: z.looseObject({
      code_results: z.optional(z.array(z.looseObject({
        type_name: z.optional(z.string()),
        data: z.optional(z.string()),
        pos: z.optional(S.OcrPosition),
      }))),
      img_size: z.optional(S.OcrImageSize),
    })
  },
  "ocr.vehicleLicense": {
    "operationId": "shared.ocr.vehicleLicense", "id": "ocr.vehicleLicense", "products": ["oa", "miniprogram"], "method": "POST", "host": "api.weixin.qq.com", "path": "/cv/ocr/driving", "token": "access_token", "query": ["img_url"], "multipart": true,
    params: z.object({
      img_url: z.optional(z.string()),
      img: z.optional(H.upload),
    }),
    result: z.looseObject({
      plate_num: z.optional(z.string()),
      vehicle_type: z.optional(z.string()),
      owner: z.optional(z.string()),
      addr: z.optional(z.string()),
      use_character: z.optional(z.string()),
      model: z.optional(z.string()),
      vin: z.optional(z.string()),
      engine_num: z.optional(z.string()),
      register_date: z.optional(z.string()),
      issue_date: z.optional(z.string()),
      plate_num_b: z.optional(z.string()),
      record: z.optional(z.string()),
      passengers_num: z.optional(z.string()),
      total_quality: z.optional(z.string()),
      prepare_quality: z.optional(z.string()),
      overall_size: z.optional(z.string()),
      card_position_front: z.optional(z.looseObject({
        pos: z.optional(S.OcrPosition),
      })),
      card_position_back: z.optional(z.looseObject({
        pos: z.optional(S.OcrPosition),
      })),
      img_size: z.optional(S.OcrImageSize),
    })
  },
} as const;
