// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `employeeRelation.sendMsg`: Push a template message to a user bound by an employment relation, via the Mini Program assistant (推送用工消息 SendEmployeeRelationMsg) */
export interface MpEmployeeRelationSendMsgParams {
  /** Message template id */
  template_id: string;
  /** Jump path */
  page: string;
  /** Openid of the user pushed to */
  touser: string;
  /** Message content, a JSON string */
  data: string;
}

/** Result of `employeeRelation.sendMsg`: Push a template message to a user bound by an employment relation, via the Mini Program assistant (推送用工消息 SendEmployeeRelationMsg) */
export type MpEmployeeRelationSendMsgResult = Record<string, unknown>;
