// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
import type { WechatUpload } from '../../../src/http/upload.js';

/** Params of `ocr.aiCrop`: Detect the subject of an image and suggest crops for given aspect ratios (图片智能裁剪) */
export interface OcrAiCropParams {
  /** URL of the image (instead of img) */
  img_url?: string;
  /** Image file (instead of img_url), less than 2 MB */
  img?: WechatUpload;
  /** Aspect ratios, comma-separated, at most 5; empty lets the algorithm pick the best one */
  ratios?: string;
}

/** Result of `ocr.aiCrop`: Detect the subject of an image and suggest crops for given aspect ratios (图片智能裁剪) */
export interface OcrAiCropResult {
  /** Crop results */
  results?: Array<{
    /** Top-left x */
    crop_left?: number;
    /** Top-left y */
    crop_top?: number;
    /** Bottom-right x */
    crop_right?: number;
    /** Bottom-right y */
    crop_bottom?: number;
  }>;
  /** Image size */
  img_size?: S.OcrImageSize;
}

/** Params of `ocr.bankCard`: Recognize the card number on a bank card (银行卡识别) */
export interface OcrBankCardParams {
  /** URL of the image to recognize (instead of img) */
  img_url?: string;
  /** The image as a form-data part (instead of img_url), less than 2 MB */
  img?: WechatUpload;
}

/** Result of `ocr.bankCard`: Recognize the card number on a bank card (银行卡识别) */
export interface OcrBankCardResult {
  /** Bank card number (the response table's name) */
  number?: string;
  /** Bank card number (the key the official example returns) */
  id?: string;
}

/** Params of `ocr.businessLicense`: Recognize a business license; only the fields present on the image come back (营业执照识别) */
export interface OcrBusinessLicenseParams {
  /** URL of the image to recognize (instead of img) */
  img_url?: string;
  /** The image as a form-data part (instead of img_url), less than 2 MB */
  img?: WechatUpload;
}

/** Result of `ocr.businessLicense`: Recognize a business license; only the fields present on the image come back (营业执照识别) */
export interface OcrBusinessLicenseResult {
  /** Registration number */
  reg_num?: string;
  /** Serial number */
  serial?: string;
  /** Name of the legal representative */
  legal_representative?: string;
  /** Enterprise name */
  enterprise_name?: string;
  /** Form of organization */
  type_of_organization?: string;
  /** Business premises / domicile */
  address?: string;
  /** Company type */
  type_of_enterprise?: string;
  /** Business scope */
  business_scope?: string;
  /** Registered capital */
  registered_capital?: string;
  /** Paid-in capital */
  paid_in_capital?: string;
  /** Business term */
  valid_period?: string;
  /** Registration / establishment date */
  registered_date?: string;
  /** Position of the license in the image */
  cert_position?: {
    /** Corner coordinates */
    pos?: S.OcrPosition;
  };
  /** Image size */
  img_size?: S.OcrImageSize;
}

/** Params of `ocr.common`: Recognize general printed text with its positions (通用印刷体识别) */
export interface OcrCommonParams {
  /** URL of the image to recognize (instead of img) */
  img_url?: string;
  /** The image as a form-data part (instead of img_url), less than 2 MB */
  img?: WechatUpload;
}

/** Result of `ocr.common`: Recognize general printed text with its positions (通用印刷体识别) */
export interface OcrCommonResult {
  /** Recognition results */
  items?: Array<{
    /** Recognized text */
    text?: string;
    /** Position */
    pos?: S.OcrPosition;
  }>;
  /** Image size */
  img_size?: S.OcrImageSize;
}

/** Params of `ocr.drivingLicense`: Recognize a driver's license (驾驶证识别) */
export interface OcrDrivingLicenseParams {
  /** URL of the image to recognize (instead of img) */
  img_url?: string;
  /** The image as a form-data part (instead of img_url), less than 2 MB */
  img?: WechatUpload;
}

/** Result of `ocr.drivingLicense`: Recognize a driver's license (驾驶证识别) */
export interface OcrDrivingLicenseResult {
  /** License number */
  id_num?: string;
  /** Name */
  name?: string;
  /** Sex */
  sex?: string;
  /** Nationality (in the official example, not the table) */
  nationality?: string;
  /** Address */
  address?: string;
  /** Date of birth */
  birth_date?: string;
  /** Date of first issue */
  issue_date?: string;
  /** Permitted vehicle class */
  car_class?: string;
  /** Validity start date */
  valid_from?: string;
  /** Validity end date */
  valid_to?: string;
  /** Text of the issuing seal */
  official_seal?: string;
}

/** Params of `ocr.idCard`: Recognize the front or back of a Chinese ID card (身份证识别) */
export interface OcrIdCardParams {
  /** URL of the image to recognize (instead of img) */
  img_url?: string;
  /** Recognition mode: photo (photo with background) or scan (scan without background) */
  type?: "photo" | "scan";
  /** The image as a form-data part (instead of img_url), less than 2 MB */
  img?: WechatUpload;
}

/** Result of `ocr.idCard`: Recognize the front or back of a Chinese ID card (身份证识别) */
export interface OcrIdCardResult {
  /** Which side: Front or Back */
  type?: "Front" | "Back";
  /** Name (front) */
  name?: string;
  /** ID number (front) */
  id?: string;
  /** Validity period (back) */
  valid_date?: string;
  /** Address (front) */
  addr?: string;
  /** Gender (front) */
  gender?: string;
  /** Ethnicity (front) */
  nationality?: string;
}

/** Params of `ocr.plateNumber`: Recognize a vehicle license plate (车牌号识别) */
export interface OcrPlateNumberParams {
  /** URL of the image to recognize (instead of img) */
  img_url?: string;
  /** The image as a form-data part (instead of img_url) */
  img?: WechatUpload;
}

/** Result of `ocr.plateNumber`: Recognize a vehicle license plate (车牌号识别) */
export interface OcrPlateNumberResult {
  /** Plate number */
  number?: string;
}

/** Params of `ocr.scanQrCode`: Decode the QR codes, barcodes, DataMatrix and PDF417 codes in an image (二维码/条码识别) */
export interface OcrScanQrCodeParams {
  /** Image URL (instead of img) */
  img_url?: string;
  /** Image file (instead of img_url), less than 2 MB */
  img?: WechatUpload;
}

/** Result of `ocr.scanQrCode`: Decode the QR codes, barcodes, DataMatrix and PDF417 codes in an image (二维码/条码识别) */
export interface OcrScanQrCodeResult {
  /** Results */
  code_results?: Array<{
    /** Code type, e.g. QR_CODE */
    type_name?: string;
    /** Decoded content */
    data?: string;
    /** Position (QR codes and DataMatrix only; barcodes and PDF417 come without it) */
    pos?: S.OcrPosition;
  }>;
  /** Image size */
  img_size?: S.OcrImageSize;
}

/** Params of `ocr.vehicleLicense`: Recognize a motor vehicle license (行驶证识别) */
export interface OcrVehicleLicenseParams {
  /** URL of the image to recognize (instead of img) */
  img_url?: string;
  /** The image as a form-data part (instead of img_url), less than 2 MB */
  img?: WechatUpload;
}

/** Result of `ocr.vehicleLicense`: Recognize a motor vehicle license (行驶证识别) */
export interface OcrVehicleLicenseResult {
  /** Plate number */
  plate_num?: string;
  /** Vehicle type */
  vehicle_type?: string;
  /** Owner */
  owner?: string;
  /** Address */
  addr?: string;
  /** Use character */
  use_character?: string;
  /** Make and model */
  model?: string;
  /** Vehicle identification number */
  vin?: string;
  /** Engine number */
  engine_num?: string;
  /** Registration date */
  register_date?: string;
  /** Issue date */
  issue_date?: string;
  /** Plate number (back page) */
  plate_num_b?: string;
  /** File number */
  record?: string;
  /** Approved passengers */
  passengers_num?: string;
  /** Gross mass */
  total_quality?: string;
  /** Curb mass */
  prepare_quality?: string;
  /** Overall dimensions */
  overall_size?: string;
  /** Position of the front page (only when it is detected) */
  card_position_front?: {
    /** Corner coordinates */
    pos?: S.OcrPosition;
  };
  /** Position of the back page (only when it is detected) */
  card_position_back?: {
    /** Corner coordinates */
    pos?: S.OcrPosition;
  };
  /** Image size */
  img_size?: S.OcrImageSize;
}
