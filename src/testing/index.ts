// wxkit/testing: a WeChat on 127.0.0.1. createEmulator() answers every described endpoint with
// WeChat's semantics (tokens, tickets, errcodes, faults) and pushes messages to your webhook.
export type {
  AppAccount,
  AuthorizerAccount,
  EmulatorAccount,
  OpenPlatformAccount,
  ResolvedAccount,
  ResolvedAccountOf,
  SuiteCorp,
  WorkAccount,
  WorkSuiteAccount,
} from './accounts.js';
export { defaultAccounts } from './accounts.js';
export type { Emulator, EmulatorOptions, EmulatorPushOptions } from './emulator.js';
export { createEmulator, pushTargetOf } from './emulator.js';
export type { Fault, FaultHandle, FaultOptions, FaultRule } from './faults.js';
export { qrLikePng } from './png.js';
export type { PushMode, PushResult, PushTarget, PushTransportOptions } from './push.js';
export { PushError, sendPush } from './push.js';
export type { RequestLogEntry } from './server.js';
export type { PushMessage } from './templates.js';
