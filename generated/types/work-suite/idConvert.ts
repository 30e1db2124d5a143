// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';
/** Params of `idConvert.upgradeChatIdForNewCorp`: Upgrade group chat ids for every corp that authorizes the custom-app template from now on (对所有新授权企业升级群ID) */
export type WorkSuiteIdConvertUpgradeChatIdForNewCorpParams = Record<string, never>;
/** Result of `idConvert.upgradeChatIdForNewCorp`: Upgrade group chat ids for every corp that authorizes the custom-app template from now on (对所有新授权企业升级群ID) */
export type WorkSuiteIdConvertUpgradeChatIdForNewCorpResult = Record<string, unknown>;
