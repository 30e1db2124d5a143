// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
export type * from './shapes.js';
export type * from './miniprogram.js';
export type * from './oa.js';
export type * from './open.js';
export type * from './shared.js';
export type * from './work.js';
export type * from './work-suite.js';
