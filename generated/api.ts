// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
export type { OfficialAccountApi } from './api/oa.js';
export type { MiniProgramApi } from './api/miniprogram.js';
export type { OpenPlatformApi } from './api/open.js';
export type { WorkApi } from './api/work.js';
export type { WorkSuiteApi } from './api/work-suite.js';
