// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type { CallOptions, WechatFile } from '../../src/http/types.js';
import type * as T_work_advancedFeature from '../types/work/advancedFeature.js';
import type * as T_work_agent from '../types/work/agent.js';
import type * as T_work_appChat from '../types/work/appChat.js';
import type * as T_work_approval from '../types/work/approval.js';
import type * as T_work_basic from '../types/work/basic.js';
import type * as T_work_batch from '../types/work/batch.js';
import type * as T_work_calendar from '../types/work/calendar.js';
import type * as T_work_checkin from '../types/work/checkin.js';
import type * as T_work_corp from '../types/work/corp.js';
import type * as T_work_corpGroup from '../types/work/corpGroup.js';
import type * as T_work_department from '../types/work/department.js';
import type * as T_work_export from '../types/work/export.js';
import type * as T_work_health from '../types/work/health.js';
import type * as T_work_hr from '../types/work/hr.js';
import type * as T_work_idConvert from '../types/work/idConvert.js';
import type * as T_work_journal from '../types/work/journal.js';
import type * as T_work_jssdk from '../types/work/jssdk.js';
import type * as T_work_linkedCorp from '../types/work/linkedCorp.js';
import type * as T_work_media from '../types/work/media.js';
import type * as T_work_meetingRoom from '../types/work/meetingRoom.js';
import type * as T_work_menu from '../types/work/menu.js';
import type * as T_work_message from '../types/work/message.js';
import type * as T_work_miniprogram from '../types/work/miniprogram.js';
import type * as T_work_oauth from '../types/work/oauth.js';
import type * as T_work_report from '../types/work/report.js';
import type * as T_work_schedule from '../types/work/schedule.js';
import type * as T_work_school from '../types/work/school.js';
import type * as T_work_security from '../types/work/security.js';
import type * as T_work_sync from '../types/work/sync.js';
import type * as T_work_tag from '../types/work/tag.js';
import type * as T_work_token from '../types/work/token.js';
import type * as T_work_user from '../types/work/user.js';
import type * as T_work_vacation from '../types/work/vacation.js';
import type * as T_work_webhook from '../types/work/webhook.js';
/** Every described endpoint the Work client can call, as `client.api.<area>.<method>(params)`. */
export interface WorkApi {
  advancedFeature: {
    /**
     * List the ids of members' advanced-feature applications (批量获取申请单ID)
     * 
     * `POST /cgi-bin/advanced_feature/get_apply_id_list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99883
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getApplyIdList(params: T_work_advancedFeature.WorkAdvancedFeatureGetApplyIdListParams, options?: CallOptions): Promise<T_work_advancedFeature.WorkAdvancedFeatureGetApplyIdListResult>;
    /**
     * Get the details of an advanced-feature application (获取申请单详细信息)
     * 
     * `POST /cgi-bin/advanced_feature/get_approval_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99885
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getApprovalInfo(params: T_work_advancedFeature.WorkAdvancedFeatureGetApprovalInfoParams, options?: CallOptions): Promise<T_work_advancedFeature.WorkAdvancedFeatureGetApprovalInfoResult>;
    /**
     * Set the approval state of an advanced-feature application (设置审批单审批信息)
     * 
     * `POST /cgi-bin/advanced_feature/set_approval_detail` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99880
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setApprovalDetail(params: T_work_advancedFeature.WorkAdvancedFeatureSetApprovalDetailParams, options?: CallOptions): Promise<T_work_advancedFeature.WorkAdvancedFeatureSetApprovalDetailResult>;
  };
  agent: {
    /**
     * Set the same workbench data for several users (批量设置应用在用户工作台展示的数据)
     * 
     * `POST /cgi-bin/agent/batch_set_workbench_data` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92535
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchSetWorkbenchData(params: T_work_agent.WorkAgentBatchSetWorkbenchDataParams, options?: CallOptions): Promise<T_work_agent.WorkAgentBatchSetWorkbenchDataResult>;
    /**
     * Migrate a self-built app to a custom (代开发) app (自建应用迁移成代开发应用)
     * 
     * `POST /cgi-bin/agent/claim_customized_app` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99617
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    claimCustomizedApp(params: T_work_agent.WorkAgentClaimCustomizedAppParams, options?: CallOptions): Promise<T_work_agent.WorkAgentClaimCustomizedAppResult>;
    /**
     * Get an app's details and visible range (获取应用 - 获取指定的应用详情)
     * 
     * `GET /cgi-bin/agent/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90227
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work_agent.WorkAgentGetParams, options?: CallOptions): Promise<T_work_agent.WorkAgentGetResult>;
    /**
     * List the admins of a third-party or custom app (获取应用管理员列表)
     * 
     * `POST /cgi-bin/agent/get_admin_list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/100073
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAdminList(params?: T_work_agent.WorkAgentGetAdminListParams, options?: CallOptions): Promise<T_work_agent.WorkAgentGetAdminListResult>;
    /**
     * Get the permissions a custom or third-party app was granted (获取应用权限详情)
     * 
     * `POST /cgi-bin/agent/get_permissions` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99052
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPermissions(params?: T_work_agent.WorkAgentGetPermissionsParams, options?: CallOptions): Promise<T_work_agent.WorkAgentGetPermissionsResult>;
    /**
     * Get the app's workbench template (获取应用在工作台展示的模版)
     * 
     * `POST /cgi-bin/agent/get_workbench_template` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92535
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getWorkbenchTemplate(params: T_work_agent.WorkAgentGetWorkbenchTemplateParams, options?: CallOptions): Promise<T_work_agent.WorkAgentGetWorkbenchTemplateResult>;
    /**
     * List the apps the access token can see (获取access_token对应的应用列表)
     * 
     * `GET /cgi-bin/agent/list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90227
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    list(params?: T_work_agent.WorkAgentListParams, options?: CallOptions): Promise<T_work_agent.WorkAgentListResult>;
    /**
     * Migrate a self-built app to a custom (代开发) app (自建应用迁移成代开发自建应用)
     * 
     * `POST /cgi-bin/agent/migrate_to_customized_app` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/96072
     * @see https://developer.work.weixin.qq.com/document/path/99617
     * @deprecated the current page documents POST /cgi-bin/agent/claim_customized_app for this
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    migrateToCustomizedApp(params: T_work_agent.WorkAgentMigrateToCustomizedAppParams, options?: CallOptions): Promise<T_work_agent.WorkAgentMigrateToCustomizedAppResult>;
    /**
     * Update an app's settings (设置应用)
     * 
     * `POST /cgi-bin/agent/set` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90228
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    set(params: T_work_agent.WorkAgentSetParams, options?: CallOptions): Promise<T_work_agent.WorkAgentSetResult>;
    /**
     * Set the visible range of an app installed in a newly registered corp (设置授权应用可见范围)
     * 
     * `POST /cgi-bin/agent/set_scope` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90583
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setScope(params: T_work_agent.WorkAgentSetScopeParams, options?: CallOptions): Promise<T_work_agent.WorkAgentSetScopeResult>;
    /**
     * Set the workbench data shown to one user (设置应用在用户工作台展示的数据)
     * 
     * `POST /cgi-bin/agent/set_workbench_data` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92535
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setWorkbenchData(params: T_work_agent.WorkAgentSetWorkbenchDataParams, options?: CallOptions): Promise<T_work_agent.WorkAgentSetWorkbenchDataResult>;
    /**
     * Set the app's custom workbench template (设置应用在工作台展示的模版)
     * 
     * `POST /cgi-bin/agent/set_workbench_template` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92535
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setWorkbenchTemplate(params: T_work_agent.WorkAgentSetWorkbenchTemplateParams, options?: CallOptions): Promise<T_work_agent.WorkAgentSetWorkbenchTemplateResult>;
  };
  appChat: {
    /**
     * Create a group chat for the app to post to (创建群聊会话)
     * 
     * `POST /cgi-bin/appchat/create` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90245
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    create(params: T_work_appChat.WorkAppChatCreateParams, options?: CallOptions): Promise<T_work_appChat.WorkAppChatCreateResult>;
    /**
     * Get a group chat created by the app (获取群聊会话)
     * 
     * `GET /cgi-bin/appchat/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98914
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work_appChat.WorkAppChatGetParams, options?: CallOptions): Promise<T_work_appChat.WorkAppChatGetResult>;
    /**
     * Post an app message to a group chat created by the app (应用推送消息)
     * 
     * `POST /cgi-bin/appchat/send` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90248
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    send(params: T_work_appChat.WorkAppChatSendParams, options?: CallOptions): Promise<T_work_appChat.WorkAppChatSendResult>;
    /**
     * Update a group chat created by the app (修改群聊会话)
     * 
     * `POST /cgi-bin/appchat/update` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98913
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    update(params: T_work_appChat.WorkAppChatUpdateParams, options?: CallOptions): Promise<T_work_appChat.WorkAppChatUpdateResult>;
  };
  approval: {
    /**
     * Submit an approval application (提交审批申请)
     * 
     * `POST /cgi-bin/oa/applyevent` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91853
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    applyEvent(params: T_work_approval.WorkApprovalApplyEventParams, options?: CallOptions): Promise<T_work_approval.WorkApprovalApplyEventResult>;
    /**
     * Copy or update a provider template into a corp (复制/更新模板到企业)
     * 
     * `POST /cgi-bin/oa/approval/copytemplate` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92630
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    copyTemplate(params: T_work_approval.WorkApprovalCopyTemplateParams, options?: CallOptions): Promise<T_work_approval.WorkApprovalCopyTemplateResult>;
    /**
     * Create an approval template (创建审批模板)
     * 
     * `POST /cgi-bin/oa/approval/create_template` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97437
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    createTemplate(params: T_work_approval.WorkApprovalCreateTemplateParams, options?: CallOptions): Promise<T_work_approval.WorkApprovalCreateTemplateResult>;
    /**
     * Get approval data, old API (获取审批数据（旧）)
     * 
     * `POST /cgi-bin/corp/getapprovaldata` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91530
     * @deprecated No longer maintained and being phased out (此接口后续将不再维护、逐步下线); use approval.getApprovalInfo and approval.getApprovalDetail
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getApprovalData(params: T_work_approval.WorkApprovalGetApprovalDataParams, options?: CallOptions): Promise<T_work_approval.WorkApprovalGetApprovalDataResult>;
    /**
     * Get an approval application (获取审批申请详情)
     * 
     * `POST /cgi-bin/oa/getapprovaldetail` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91983
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getApprovalDetail(params: T_work_approval.WorkApprovalGetApprovalDetailParams, options?: CallOptions): Promise<T_work_approval.WorkApprovalGetApprovalDetailResult>;
    /**
     * List approval numbers (批量获取审批单号)
     * 
     * `POST /cgi-bin/oa/getapprovalinfo` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91816
     * @see https://developer.work.weixin.qq.com/document/path/96509
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getApprovalInfo(params: T_work_approval.WorkApprovalGetApprovalInfoParams, options?: CallOptions): Promise<T_work_approval.WorkApprovalGetApprovalInfoResult>;
    /**
     * Query the current state of an approval raised from a self-built app (查询自建应用审批单当前状态)
     * 
     * `POST /cgi-bin/corp/getopenapprovaldata` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90269
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getOpenApprovalData(params: T_work_approval.WorkApprovalGetOpenApprovalDataParams, options?: CallOptions): Promise<T_work_approval.WorkApprovalGetOpenApprovalDataResult>;
    /**
     * Get an approval template (获取审批模板详情)
     * 
     * `POST /cgi-bin/oa/gettemplatedetail` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91982
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getTemplateDetail(params: T_work_approval.WorkApprovalGetTemplateDetailParams, options?: CallOptions): Promise<T_work_approval.WorkApprovalGetTemplateDetailResult>;
    /**
     * Update an approval template (更新审批模板)
     * 
     * `POST /cgi-bin/oa/approval/update_template` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97438
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateTemplate(params: T_work_approval.WorkApprovalUpdateTemplateParams, options?: CallOptions): Promise<T_work_approval.WorkApprovalUpdateTemplateResult>;
  };
  basic: {
    /**
     * Get the IP ranges behind qyapi.weixin.qq.com, for firewall rules (获取企业微信接口IP段 / 获取企业微信API域名IP段)
     * 
     * `GET /cgi-bin/get_api_domain_ip` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92520
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getApiDomainIp(params?: T_work_basic.WorkBasicGetApiDomainIpParams, options?: CallOptions): Promise<T_work_basic.WorkBasicGetApiDomainIpResult>;
    /**
     * Get the IP ranges WeCom sends callbacks from, for firewall rules (获取企业微信回调IP段)
     * 
     * `GET /cgi-bin/getcallbackip` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98988
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCallbackIp(params?: T_work_basic.WorkBasicGetCallbackIpParams, options?: CallOptions): Promise<T_work_basic.WorkBasicGetCallbackIpResult>;
  };
  batch: {
    /**
     * Get an async job's result (获取异步任务结果)
     * 
     * `GET /cgi-bin/batch/getresult` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90983
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getResult(params: T_work_batch.WorkBatchGetResultParams, options?: CallOptions): Promise<T_work_batch.WorkBatchGetResultResult>;
    /**
     * Invite members to use WeCom (邀请成员)
     * 
     * `POST /cgi-bin/batch/invite` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90975
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    invite(params?: T_work_batch.WorkBatchInviteParams, options?: CallOptions): Promise<T_work_batch.WorkBatchInviteResult>;
    /**
     * Convert open_userids to plain UserIDs (自建应用与第三方应用的对接 - userid转换)
     * 
     * `POST /cgi-bin/batch/openuserid_to_userid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95884
     * @see https://developer.work.weixin.qq.com/document/path/101521
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    openUserIdToUserId(params: T_work_batch.WorkBatchOpenUserIdToUserIdParams, options?: CallOptions): Promise<T_work_batch.WorkBatchOpenUserIdToUserIdResult>;
    /**
     * Replace all departments from a CSV file (全量覆盖部门)
     * 
     * `POST /cgi-bin/batch/replaceparty` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90982
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    replaceParty(params: T_work_batch.WorkBatchReplacePartyParams, options?: CallOptions): Promise<T_work_batch.WorkBatchReplacePartyResult>;
    /**
     * Replace all members from a CSV file (全量覆盖成员)
     * 
     * `POST /cgi-bin/batch/replaceuser` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90981
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    replaceUser(params: T_work_batch.WorkBatchReplaceUserParams, options?: CallOptions): Promise<T_work_batch.WorkBatchReplaceUserResult>;
    /**
     * Incrementally update members from a CSV file (增量更新成员)
     * 
     * `POST /cgi-bin/batch/syncuser` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90980
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    syncUser(params: T_work_batch.WorkBatchSyncUserParams, options?: CallOptions): Promise<T_work_batch.WorkBatchSyncUserResult>;
    /**
     * Convert UserIDs to the service provider's open_userids (userid的转换)
     * 
     * `POST /cgi-bin/batch/userid_to_openuserid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97062
     * @see https://developer.work.weixin.qq.com/document/path/95435
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    userIdToOpenUserId(params: T_work_batch.WorkBatchUserIdToOpenUserIdParams, options?: CallOptions): Promise<T_work_batch.WorkBatchUserIdToOpenUserIdResult>;
  };
  calendar: {
    /**
     * Create a calendar (创建日历)
     * 
     * `POST /cgi-bin/oa/calendar/add` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93647
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    add(params: T_work_calendar.WorkCalendarAddParams, options?: CallOptions): Promise<T_work_calendar.WorkCalendarAddResult>;
    /**
     * Delete a calendar (删除日历)
     * 
     * `POST /cgi-bin/oa/calendar/del` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97718
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_work_calendar.WorkCalendarDeleteParams, options?: CallOptions): Promise<T_work_calendar.WorkCalendarDeleteResult>;
    /**
     * Get calendar details (获取日历详情)
     * 
     * `POST /cgi-bin/oa/calendar/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97717
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work_calendar.WorkCalendarGetParams, options?: CallOptions): Promise<T_work_calendar.WorkCalendarGetResult>;
    /**
     * Update a calendar (更新日历)
     * 
     * `POST /cgi-bin/oa/calendar/update` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97716
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    update(params: T_work_calendar.WorkCalendarUpdateParams, options?: CallOptions): Promise<T_work_calendar.WorkCalendarUpdateResult>;
  };
  checkin: {
    /**
     * Create a checkin rule (创建打卡规则)
     * 
     * `POST /cgi-bin/checkin/add_checkin_option` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98041
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addOption(params?: T_work_checkin.WorkCheckinAddOptionParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinAddOptionResult>;
    /**
     * Add checkin records (添加打卡记录)
     * 
     * `POST /cgi-bin/checkin/add_checkin_record` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99647
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addRecord(params?: T_work_checkin.WorkCheckinAddRecordParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinAddRecordResult>;
    /**
     * Enroll a member's face for face check-in (录入打卡人员人脸信息)
     * 
     * `POST /cgi-bin/checkin/addcheckinuserface` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93378
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addUserFace(params?: T_work_checkin.WorkCheckinAddUserFaceParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinAddUserFaceResult>;
    /**
     * Clear array fields of a checkin rule (清空打卡规则数组元素)
     * 
     * `POST /cgi-bin/checkin/clear_checkin_option_array_field` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98041
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    clearOptionArrayField(params: T_work_checkin.WorkCheckinClearOptionArrayFieldParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinClearOptionArrayFieldResult>;
    /**
     * Delete a checkin rule (删除打卡规则)
     * 
     * `POST /cgi-bin/checkin/del_checkin_option` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98041
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteOption(params: T_work_checkin.WorkCheckinDeleteOptionParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinDeleteOptionResult>;
    /**
     * Get all checkin rules of the corp (获取企业所有打卡规则)
     * 
     * `POST /cgi-bin/checkin/getcorpcheckinoption` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93384
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCorpOption(params?: T_work_checkin.WorkCheckinGetCorpOptionParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinGetCorpOptionResult>;
    /**
     * Get checkin records (获取打卡记录数据)
     * 
     * `POST /cgi-bin/checkin/getcheckindata` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90262
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getData(params: T_work_checkin.WorkCheckinGetDataParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinGetDataResult>;
    /**
     * Get daily checkin reports (获取打卡日报数据)
     * 
     * `POST /cgi-bin/checkin/getcheckin_daydata` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93374
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getDayData(params: T_work_checkin.WorkCheckinGetDayDataParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinGetDayDataResult>;
    /**
     * Get monthly checkin reports (获取打卡月报数据)
     * 
     * `POST /cgi-bin/checkin/getcheckin_monthdata` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93387
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getMonthData(params: T_work_checkin.WorkCheckinGetMonthDataParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinGetMonthDataResult>;
    /**
     * Get members' checkin rules for a day (获取员工打卡规则)
     * 
     * `POST /cgi-bin/checkin/getcheckinoption` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90263
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getOption(params: T_work_checkin.WorkCheckinGetOptionParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinGetOptionResult>;
    /**
     * Get members' shift schedules (获取打卡人员排班信息)
     * 
     * `POST /cgi-bin/checkin/getcheckinschedulist` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93380
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getScheduleList(params: T_work_checkin.WorkCheckinGetScheduleListParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinGetScheduleListResult>;
    /**
     * Make up a member's check-in (为打卡人员补卡)
     * 
     * `POST /cgi-bin/checkin/punch_correction` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95803
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    punchCorrection(params: T_work_checkin.WorkCheckinPunchCorrectionParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinPunchCorrectionResult>;
    /**
     * Set members' shift schedules (为打卡人员排班)
     * 
     * `POST /cgi-bin/checkin/setcheckinschedulist` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93385
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setScheduleList(params: T_work_checkin.WorkCheckinSetScheduleListParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinSetScheduleListResult>;
    /**
     * Update a checkin rule (修改打卡规则)
     * 
     * `POST /cgi-bin/checkin/update_checkin_option` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98041
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateOption(params?: T_work_checkin.WorkCheckinUpdateOptionParams, options?: CallOptions): Promise<T_work_checkin.WorkCheckinUpdateOptionResult>;
  };
  corp: {
    /**
     * Get a ticket that lifts the business rate limits of some ID-conversion APIs for 7 days (获取接口高频调用凭据)
     * 
     * `GET /cgi-bin/corp/apply_mass_call_ticket` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/96250
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    applyMassCallTicket(params?: T_work_corp.WorkCorpApplyMassCallTicketParams, options?: CallOptions): Promise<T_work_corp.WorkCorpApplyMassCallTicketResult>;
    /**
     * Get the QR code for joining the corp (获取加入企业二维码)
     * 
     * `GET /cgi-bin/corp/get_join_qrcode` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91714
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getJoinQrcode(params?: T_work_corp.WorkCorpGetJoinQrcodeParams, options?: CallOptions): Promise<T_work_corp.WorkCorpGetJoinQrcodeResult>;
  };
  corpGroup: {
    /**
     * Get a corp's custom id and group in a chain's contacts (获取企业上下游通讯录下的企业信息)
     * 
     * `POST /cgi-bin/corpgroup/corp/get_chain_corpinfo` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95820
     * @see https://developer.work.weixin.qq.com/document/35438
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getChainCorpInfo(params: T_work_corpGroup.WorkCorpGroupGetChainCorpInfoParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupGetChainCorpInfoResult>;
    /**
     * Get a chain's contact groups (获取上下游通讯录分组)
     * 
     * `POST /cgi-bin/corpgroup/corp/get_chain_group` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95820
     * @see https://developer.work.weixin.qq.com/document/35438
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getChainGroup(params: T_work_corpGroup.WorkCorpGroupGetChainGroupParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupGetChainGroupResult>;
    /**
     * List the corp's upstream/downstream chains (获取上下游列表)
     * 
     * `GET /cgi-bin/corpgroup/corp/get_chain_list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95820
     * @see https://developer.work.weixin.qq.com/document/35438
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getChainList(params?: T_work_corpGroup.WorkCorpGroupGetChainListParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupGetChainListResult>;
    /**
     * Get a downstream member's custom id (查询成员自定义id)
     * 
     * `POST /cgi-bin/corpgroup/corp/get_chain_user_custom_id` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97441
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getChainUserCustomId(params: T_work_corpGroup.WorkCorpGroupGetChainUserCustomIdParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupGetChainUserCustomIdResult>;
    /**
     * Get a downstream corp's access_token for an app shared with it (获取下级/下游企业的access_token)
     * 
     * `POST /cgi-bin/corpgroup/corp/gettoken` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93359
     * @see https://developer.work.weixin.qq.com/document/path/96873
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCorpToken(params: T_work_corpGroup.WorkCorpGroupGetCorpTokenParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupGetCorpTokenResult>;
    /**
     * Get the result of an import_chain_contact job (获取异步任务结果)
     * 
     * `GET /cgi-bin/corpgroup/getresult` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95823
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getImportResult(params: T_work_corpGroup.WorkCorpGroupGetImportResultParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupGetImportResultResult>;
    /**
     * Import upstream/downstream contacts into a chain, as an async job (批量导入上下游联系人)
     * 
     * `POST /cgi-bin/corpgroup/import_chain_contact` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95821
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    importChainContact(params: T_work_corpGroup.WorkCorpGroupImportChainContactParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupImportChainContactResult>;
    /**
     * List the corps an app is shared with (获取应用共享信息)
     * 
     * `POST /cgi-bin/corpgroup/corp/list_app_share_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95813
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listAppShareInfo(params: T_work_corpGroup.WorkCorpGroupListAppShareInfoParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupListAppShareInfoResult>;
    /**
     * List the corps in a group of a chain's contacts (获取企业上下游通讯录分组下的企业详情列表)
     * 
     * `POST /cgi-bin/corpgroup/corp/get_chain_corpinfo_list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95820
     * @see https://developer.work.weixin.qq.com/document/35438
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listChainCorps(params: T_work_corpGroup.WorkCorpGroupListChainCorpsParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupListChainCorpsResult>;
    /**
     * Remove a downstream corp from a chain (移除企业)
     * 
     * `POST /cgi-bin/corpgroup/corp/remove_corp` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95822
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    removeCorp(params: T_work_corpGroup.WorkCorpGroupRemoveCorpParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupRemoveCorpResult>;
    rule: {
      /**
       * Add a rule (新增对接规则)
       * 
       * `POST /cgi-bin/corpgroup/rule/add_rule` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/95634
       * @see https://developer.work.weixin.qq.com/document/38135
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      add(params: T_work_corpGroup.WorkCorpGroupRuleAddParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupRuleAddResult>;
      /**
       * Delete a rule (删除对接规则)
       * 
       * `POST /cgi-bin/corpgroup/rule/delete_rule` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/95632
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      delete(params: T_work_corpGroup.WorkCorpGroupRuleDeleteParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupRuleDeleteResult>;
      /**
       * Get a rule's details (获取对接规则详情)
       * 
       * `POST /cgi-bin/corpgroup/rule/get_rule_info` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/95633
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      get(params: T_work_corpGroup.WorkCorpGroupRuleGetParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupRuleGetResult>;
      /**
       * List a chain's rule ids (获取对接规则id列表)
       * 
       * `POST /cgi-bin/corpgroup/rule/list_ids` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/95631
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      listIds(params: T_work_corpGroup.WorkCorpGroupRuleListIdsParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupRuleListIdsResult>;
      /**
       * Modify a rule (更新对接规则)
       * 
       * `POST /cgi-bin/corpgroup/rule/modify_rule` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/95635
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      modify(params: T_work_corpGroup.WorkCorpGroupRuleModifyParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupRuleModifyResult>;
    };
    /**
     * Get downstream corps' external_userid from a WeChat user's unionid and openid (通过unionid和openid查询external_userid)
     * 
     * `POST /cgi-bin/corpgroup/unionid_to_external_userid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95818
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unionidToExternalUserid(params: T_work_corpGroup.WorkCorpGroupUnionidToExternalUseridParams, options?: CallOptions): Promise<T_work_corpGroup.WorkCorpGroupUnionidToExternalUseridResult>;
  };
  department: {
    /**
     * Create a department (创建部门)
     * 
     * `POST /cgi-bin/department/create` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90205
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    create(params: T_work_department.WorkDepartmentCreateParams, options?: CallOptions): Promise<T_work_department.WorkDepartmentCreateResult>;
    /**
     * Delete a department (删除部门)
     * 
     * `GET /cgi-bin/department/delete` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90207
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_work_department.WorkDepartmentDeleteParams, options?: CallOptions): Promise<T_work_department.WorkDepartmentDeleteResult>;
    /**
     * Get a department's details (获取单个部门详情)
     * 
     * `GET /cgi-bin/department/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95351
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work_department.WorkDepartmentGetParams, options?: CallOptions): Promise<T_work_department.WorkDepartmentGetResult>;
    /**
     * List departments (获取部门列表)
     * 
     * `GET /cgi-bin/department/list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90208
     * @see https://developer.work.weixin.qq.com/document/path/90344
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    list(params?: T_work_department.WorkDepartmentListParams, options?: CallOptions): Promise<T_work_department.WorkDepartmentListResult>;
    /**
     * List sub-department ids (获取子部门ID列表)
     * 
     * `GET /cgi-bin/department/simplelist` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95350
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    simpleList(params?: T_work_department.WorkDepartmentSimpleListParams, options?: CallOptions): Promise<T_work_department.WorkDepartmentSimpleListResult>;
    /**
     * Update a department (更新部门)
     * 
     * `POST /cgi-bin/department/update` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90206
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    update(params: T_work_department.WorkDepartmentUpdateParams, options?: CallOptions): Promise<T_work_department.WorkDepartmentUpdateResult>;
  };
  export: {
    /**
     * Export departments (导出部门)
     * 
     * `POST /cgi-bin/export/department` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/94852
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    department(params: T_work_export.WorkExportDepartmentParams, options?: CallOptions): Promise<T_work_export.WorkExportDepartmentResult>;
    /**
     * Get an export job's result (获取导出结果)
     * 
     * `GET /cgi-bin/export/get_result` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/94854
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getResult(params: T_work_export.WorkExportGetResultParams, options?: CallOptions): Promise<T_work_export.WorkExportGetResultResult>;
    /**
     * Export members (导出成员)
     * 
     * `POST /cgi-bin/export/simple_user` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/94849
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    simpleUser(params: T_work_export.WorkExportSimpleUserParams, options?: CallOptions): Promise<T_work_export.WorkExportSimpleUserResult>;
    /**
     * Export a tag's members (导出标签成员)
     * 
     * `POST /cgi-bin/export/taguser` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/94853
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    tagUser(params: T_work_export.WorkExportTagUserParams, options?: CallOptions): Promise<T_work_export.WorkExportTagUserResult>;
    /**
     * Export members with details (导出成员详情)
     * 
     * `POST /cgi-bin/export/user` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/94851
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    user(params: T_work_export.WorkExportUserParams, options?: CallOptions): Promise<T_work_export.WorkExportUserResult>;
  };
  health: {
    /**
     * Get the answers filled in for a health report job (获取用户填写答案)
     * 
     * `POST /cgi-bin/health/get_report_answer` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93679
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getReportAnswer(params: T_work_health.WorkHealthGetReportAnswerParams, options?: CallOptions): Promise<T_work_health.WorkHealthGetReportAnswerResult>;
    /**
     * List the health report job ids (获取健康上报任务ID列表)
     * 
     * `POST /cgi-bin/health/get_report_jobids` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93677
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getReportJobIds(params?: T_work_health.WorkHealthGetReportJobIdsParams, options?: CallOptions): Promise<T_work_health.WorkHealthGetReportJobIdsResult>;
    /**
     * Get a health report job (获取健康上报任务详情)
     * 
     * `POST /cgi-bin/health/get_report_job_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93678
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getReportJobInfo(params: T_work_health.WorkHealthGetReportJobInfoParams, options?: CallOptions): Promise<T_work_health.WorkHealthGetReportJobInfoResult>;
    /**
     * Get health report usage statistics (获取健康上报使用统计)
     * 
     * `POST /cgi-bin/health/get_health_report_stat` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93676
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getReportStat(params: T_work_health.WorkHealthGetReportStatParams, options?: CallOptions): Promise<T_work_health.WorkHealthGetReportStatResult>;
  };
  hr: {
    /**
     * Get the roster field settings (获取员工字段配置)
     * 
     * `GET /cgi-bin/hr/get_fields` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99131
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getFields(params?: T_work_hr.WorkHrGetFieldsParams, options?: CallOptions): Promise<T_work_hr.WorkHrGetFieldsResult>;
    /**
     * Get a member's roster information (获取员工花名册信息)
     * 
     * `POST /cgi-bin/hr/get_staff_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99132
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getStaffInfo(params: T_work_hr.WorkHrGetStaffInfoParams, options?: CallOptions): Promise<T_work_hr.WorkHrGetStaffInfoResult>;
    /**
     * Update a member's roster information (更新员工花名册信息)
     * 
     * `POST /cgi-bin/hr/update_staff_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99133
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateStaffInfo(params: T_work_hr.WorkHrUpdateStaffInfoParams, options?: CallOptions): Promise<T_work_hr.WorkHrUpdateStaffInfoResult>;
  };
  idConvert: {
    /**
     * Schedule the upgrade of group chat ids (申请群ID的升级)
     * 
     * `POST /cgi-bin/idconvert/apply_to_upgrade_chatid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99601
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    applyToUpgradeChatId(params: T_work_idConvert.WorkIdConvertApplyToUpgradeChatIdParams, options?: CallOptions): Promise<T_work_idConvert.WorkIdConvertApplyToUpgradeChatIdResult>;
    /**
     * Convert group chat ids to upgraded ones (群ID转换接口)
     * 
     * `POST /cgi-bin/idconvert/chatid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99601
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    chatId(params: T_work_idConvert.WorkIdConvertChatIdParams, options?: CallOptions): Promise<T_work_idConvert.WorkIdConvertChatIdResult>;
    /**
     * Convert temporary external user ids (tmp_external_userid的转换)
     * 
     * `POST /cgi-bin/idconvert/convert_tmp_external_userid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98729
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    convertTmpExternalUserId(params: T_work_idConvert.WorkIdConvertConvertTmpExternalUserIdParams, options?: CallOptions): Promise<T_work_idConvert.WorkIdConvertConvertTmpExternalUserIdResult>;
    /**
     * Convert customer tag ids to the service provider's (客户标签ID的转换)
     * 
     * `POST /cgi-bin/idconvert/external_tagid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95926
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    externalTagId(params: T_work_idConvert.WorkIdConvertExternalTagIdParams, options?: CallOptions): Promise<T_work_idConvert.WorkIdConvertExternalTagIdResult>;
    /**
     * Get the pending_ids of external_userids (external_userid查询pending_id)
     * 
     * `POST /cgi-bin/idconvert/batch/external_userid_to_pending_id` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95926
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    externalUserIdToPendingId(params: T_work_idConvert.WorkIdConvertExternalUserIdToPendingIdParams, options?: CallOptions): Promise<T_work_idConvert.WorkIdConvertExternalUserIdToPendingIdResult>;
    /**
     * Convert WeChat Customer Service account ids to the service provider's (微信客服ID的转换)
     * 
     * `POST /cgi-bin/idconvert/open_kfid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97064
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    openKfId(params: T_work_idConvert.WorkIdConvertOpenKfIdParams, options?: CallOptions): Promise<T_work_idConvert.WorkIdConvertOpenKfIdResult>;
    /**
     * Convert a WeChat unionid to an external_userid (unionid转换为第三方external_userid)
     * 
     * `POST /cgi-bin/idconvert/unionid_to_external_userid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95926
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    unionIdToExternalUserId(params: T_work_idConvert.WorkIdConvertUnionIdToExternalUserIdParams, options?: CallOptions): Promise<T_work_idConvert.WorkIdConvertUnionIdToExternalUserIdResult>;
  };
  journal: {
    /**
     * Get a report record (获取汇报记录详情)
     * 
     * `POST /cgi-bin/oa/journal/get_record_detail` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93394
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getRecordDetail(params: T_work_journal.WorkJournalGetRecordDetailParams, options?: CallOptions): Promise<T_work_journal.WorkJournalGetRecordDetailResult>;
    /**
     * List report record ids (批量获取汇报记录单号)
     * 
     * `POST /cgi-bin/oa/journal/get_record_list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93393
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getRecordList(params: T_work_journal.WorkJournalGetRecordListParams, options?: CallOptions): Promise<T_work_journal.WorkJournalGetRecordListResult>;
    /**
     * Get report statistics (获取汇报统计数据)
     * 
     * `POST /cgi-bin/oa/journal/get_stat_list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93395
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getStatList(params: T_work_journal.WorkJournalGetStatListParams, options?: CallOptions): Promise<T_work_journal.WorkJournalGetStatListResult>;
  };
  jssdk: {
    /**
     * Get the app's jsapi_ticket, which signs wx.agentConfig, valid 7200 s (获取应用的jsapi_ticket)
     * 
     * `GET /cgi-bin/ticket/get?type=agent_config` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90506
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getAgentTicket(params?: T_work_jssdk.WorkJssdkGetAgentTicketParams, options?: CallOptions): Promise<T_work_jssdk.WorkJssdkGetAgentTicketResult>;
    /**
     * Get the corp's jsapi_ticket, which signs wx.config, valid 7200 s (获取企业的jsapi_ticket)
     * 
     * `GET /cgi-bin/get_jsapi_ticket` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90506
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCorpTicket(params?: T_work_jssdk.WorkJssdkGetCorpTicketParams, options?: CallOptions): Promise<T_work_jssdk.WorkJssdkGetCorpTicketResult>;
  };
  linkedCorp: {
    /**
     * Get the app's visible range in the interconnected corps (获取应用的可见范围)
     * 
     * `POST /cgi-bin/linkedcorp/agent/get_perm_list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93172
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPermList(params?: T_work_linkedCorp.WorkLinkedCorpGetPermListParams, options?: CallOptions): Promise<T_work_linkedCorp.WorkLinkedCorpGetPermListResult>;
    /**
     * Get an interconnected corp member's details (获取互联企业成员详细信息)
     * 
     * `POST /cgi-bin/linkedcorp/user/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93171
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUser(params: T_work_linkedCorp.WorkLinkedCorpGetUserParams, options?: CallOptions): Promise<T_work_linkedCorp.WorkLinkedCorpGetUserResult>;
    /**
     * List an interconnected corp's departments (获取互联企业部门列表)
     * 
     * `POST /cgi-bin/linkedcorp/department/list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93170
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listDepartments(params: T_work_linkedCorp.WorkLinkedCorpListDepartmentsParams, options?: CallOptions): Promise<T_work_linkedCorp.WorkLinkedCorpListDepartmentsResult>;
    /**
     * List an interconnected corp department's members (获取互联企业部门成员)
     * 
     * `POST /cgi-bin/linkedcorp/user/simplelist` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93168
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listSimpleUsers(params: T_work_linkedCorp.WorkLinkedCorpListSimpleUsersParams, options?: CallOptions): Promise<T_work_linkedCorp.WorkLinkedCorpListSimpleUsersResult>;
    /**
     * List an interconnected corp department's members with details (获取互联企业部门成员详情)
     * 
     * `POST /cgi-bin/linkedcorp/user/list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93169
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listUsers(params: T_work_linkedCorp.WorkLinkedCorpListUsersParams, options?: CallOptions): Promise<T_work_linkedCorp.WorkLinkedCorpListUsersResult>;
    /**
     * Send an app message to members of linked corps (互联企业发送应用消息)
     * 
     * `POST /cgi-bin/linkedcorp/message/send` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90250
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    sendMessage(params: T_work_linkedCorp.WorkLinkedCorpSendMessageParams, options?: CallOptions): Promise<T_work_linkedCorp.WorkLinkedCorpSendMessageResult>;
  };
  media: {
    /**
     * Download a temporary media file (获取临时素材)
     * 
     * `GET /cgi-bin/media/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90254
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work_media.WorkMediaGetParams, options?: CallOptions): Promise<WechatFile>;
    /**
     * Download a JSSDK voice upload in HD speex (获取高清语音素材)
     * 
     * `GET /cgi-bin/media/get/jssdk` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90255
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getHdVoice(params: T_work_media.WorkMediaGetHdVoiceParams, options?: CallOptions): Promise<WechatFile>;
    /**
     * Get the result of an async media upload job (查询异步任务结果)
     * 
     * `POST /cgi-bin/media/get_upload_by_url_result` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/96219
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUploadByUrlResult(params: T_work_media.WorkMediaGetUploadByUrlResultParams, options?: CallOptions): Promise<T_work_media.WorkMediaGetUploadByUrlResultResult>;
    /**
     * Upload a temporary media file, valid for 3 days (上传临时素材)
     * 
     * `POST /cgi-bin/media/upload` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90253
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    upload(params: T_work_media.WorkMediaUploadParams, options?: CallOptions): Promise<T_work_media.WorkMediaUploadResult>;
    /**
     * Upload an attachment for Moments or product albums (上传附件资源)
     * 
     * `POST /cgi-bin/media/upload_attachment` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95098
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadAttachment(params: T_work_media.WorkMediaUploadAttachmentParams, options?: CallOptions): Promise<T_work_media.WorkMediaUploadAttachmentResult>;
    /**
     * Create an async upload job for a large temporary media file from a CDN URL (生成异步上传任务)
     * 
     * `POST /cgi-bin/media/upload_by_url` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/96219
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadByUrl(params: T_work_media.WorkMediaUploadByUrlParams, options?: CallOptions): Promise<T_work_media.WorkMediaUploadByUrlResult>;
    /**
     * Upload an image and get a permanent URL (上传图片)
     * 
     * `POST /cgi-bin/media/uploadimg` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90256
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    uploadImage(params: T_work_media.WorkMediaUploadImageParams, options?: CallOptions): Promise<T_work_media.WorkMediaUploadImageResult>;
  };
  meetingRoom: {
    /**
     * Add a meeting room (添加会议室)
     * 
     * `POST /cgi-bin/oa/meetingroom/add` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93619
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    add(params: T_work_meetingRoom.WorkMeetingRoomAddParams, options?: CallOptions): Promise<T_work_meetingRoom.WorkMeetingRoomAddResult>;
    /**
     * Book a meeting room (预定会议室)
     * 
     * `POST /cgi-bin/oa/meetingroom/book` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93620
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    book(params: T_work_meetingRoom.WorkMeetingRoomBookParams, options?: CallOptions): Promise<T_work_meetingRoom.WorkMeetingRoomBookResult>;
    /**
     * Book a meeting room for a meeting (通过会议预定会议室)
     * 
     * `POST /cgi-bin/oa/meetingroom/book_by_meeting` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93620
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    bookByMeeting(params: T_work_meetingRoom.WorkMeetingRoomBookByMeetingParams, options?: CallOptions): Promise<T_work_meetingRoom.WorkMeetingRoomBookByMeetingResult>;
    /**
     * Book a meeting room for a schedule (通过日程预定会议室)
     * 
     * `POST /cgi-bin/oa/meetingroom/book_by_schedule` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93620
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    bookBySchedule(params: T_work_meetingRoom.WorkMeetingRoomBookByScheduleParams, options?: CallOptions): Promise<T_work_meetingRoom.WorkMeetingRoomBookByScheduleResult>;
    /**
     * Cancel a meeting room booking (取消预定会议室)
     * 
     * `POST /cgi-bin/oa/meetingroom/cancel_book` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93620
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    cancelBooking(params: T_work_meetingRoom.WorkMeetingRoomCancelBookingParams, options?: CallOptions): Promise<T_work_meetingRoom.WorkMeetingRoomCancelBookingResult>;
    /**
     * Delete a meeting room (删除会议室)
     * 
     * `POST /cgi-bin/oa/meetingroom/del` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93619
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_work_meetingRoom.WorkMeetingRoomDeleteParams, options?: CallOptions): Promise<T_work_meetingRoom.WorkMeetingRoomDeleteResult>;
    /**
     * Edit a meeting room (编辑会议室)
     * 
     * `POST /cgi-bin/oa/meetingroom/edit` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93619
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    edit(params: T_work_meetingRoom.WorkMeetingRoomEditParams, options?: CallOptions): Promise<T_work_meetingRoom.WorkMeetingRoomEditResult>;
    /**
     * Get a meeting room booking by its id (根据会议室预定ID查询预定详情)
     * 
     * `POST /cgi-bin/oa/meetingroom/bookinfo/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93620
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getBooking(params: T_work_meetingRoom.WorkMeetingRoomGetBookingParams, options?: CallOptions): Promise<T_work_meetingRoom.WorkMeetingRoomGetBookingResult>;
    /**
     * Get a meeting room's bookings for a meeting id (根据会议ID查询会议室的预定信息)
     * 
     * `POST /cgi-bin/oa/meetingroom/get_booking_info_by_meeting_id` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93620
     * @deprecated no longer on the official page (2024/06/24), which documents bookinfo/get (meetingRoom.getBooking) instead
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getBookingByMeetingId(params: T_work_meetingRoom.WorkMeetingRoomGetBookingByMeetingIdParams, options?: CallOptions): Promise<T_work_meetingRoom.WorkMeetingRoomGetBookingByMeetingIdResult>;
    /**
     * List meeting rooms (查询会议室)
     * 
     * `POST /cgi-bin/oa/meetingroom/list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93619
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    list(params?: T_work_meetingRoom.WorkMeetingRoomListParams, options?: CallOptions): Promise<T_work_meetingRoom.WorkMeetingRoomListResult>;
    /**
     * Get the bookings of meeting rooms in a time range (查询会议室的预定信息)
     * 
     * `POST /cgi-bin/oa/meetingroom/get_booking_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93620
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listBookings(params?: T_work_meetingRoom.WorkMeetingRoomListBookingsParams, options?: CallOptions): Promise<T_work_meetingRoom.WorkMeetingRoomListBookingsResult>;
  };
  menu: {
    /**
     * Create an app's custom menu (创建菜单)
     * 
     * `POST /cgi-bin/menu/create` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90231
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    create(params: T_work_menu.WorkMenuCreateParams, options?: CallOptions): Promise<T_work_menu.WorkMenuCreateResult>;
    /**
     * Delete an app's custom menu (删除菜单)
     * 
     * `GET /cgi-bin/menu/delete` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90233
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_work_menu.WorkMenuDeleteParams, options?: CallOptions): Promise<T_work_menu.WorkMenuDeleteResult>;
    /**
     * Get an app's custom menu (获取菜单)
     * 
     * `GET /cgi-bin/menu/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90232
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work_menu.WorkMenuGetParams, options?: CallOptions): Promise<T_work_menu.WorkMenuGetResult>;
  };
  message: {
    /**
     * Get app message delivery statistics (查询应用消息发送统计)
     * 
     * `POST /cgi-bin/message/get_statistics` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92369
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getStatistics(params?: T_work_message.WorkMessageGetStatisticsParams, options?: CallOptions): Promise<T_work_message.WorkMessageGetStatisticsResult>;
    /**
     * Recall an app message sent within 24 hours (撤回应用消息)
     * 
     * `POST /cgi-bin/message/recall` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/94867
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    recall(params: T_work_message.WorkMessageRecallParams, options?: CallOptions): Promise<T_work_message.WorkMessageRecallResult>;
    /**
     * Send an app message to members, departments or tags (发送应用消息)
     * 
     * `POST /cgi-bin/message/send` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90236
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    send(params: T_work_message.WorkMessageSendParams, options?: CallOptions): Promise<T_work_message.WorkMessageSendResult>;
    /**
     * Update the state of a task card message (更新任务卡片消息状态)
     * 
     * `POST /cgi-bin/message/update_taskcard` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91579
     * @deprecated task cards were replaced by template cards; use message.updateTemplateCard
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateTaskCard(params: T_work_message.WorkMessageUpdateTaskCardParams, options?: CallOptions): Promise<T_work_message.WorkMessageUpdateTaskCardResult>;
    /**
     * Update a sent template card (更新模版卡片消息)
     * 
     * `POST /cgi-bin/message/update_template_card` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/94888
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    updateTemplateCard(params: T_work_message.WorkMessageUpdateTemplateCardParams, options?: CallOptions): Promise<T_work_message.WorkMessageUpdateTemplateCardResult>;
  };
  miniprogram: {
    /**
     * Exchange a WeCom mini program login code for the session (code2Session)
     * 
     * `GET /cgi-bin/miniprogram/jscode2session` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91507
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    code2Session(params: T_work_miniprogram.WorkMiniprogramCode2SessionParams, options?: CallOptions): Promise<T_work_miniprogram.WorkMiniprogramCode2SessionResult>;
    /**
     * Convert an upstream corp's mini program session into a downstream corp's (获取下级/下游企业小程序session)
     * 
     * `POST /cgi-bin/miniprogram/transfer_session` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/96874
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    transferSession(params: T_work_miniprogram.WorkMiniprogramTransferSessionParams, options?: CallOptions): Promise<T_work_miniprogram.WorkMiniprogramTransferSessionResult>;
  };
  oauth: {
    /**
     * Let a member through the usage second-factor verification (使用二次验证)
     * 
     * `POST /cgi-bin/user/tfa_succ` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99500
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    completeTfa(params: T_work_oauth.WorkOauthCompleteTfaParams, options?: CallOptions): Promise<T_work_oauth.WorkOauthCompleteTfaResult>;
    /**
     * Get the member and tfa_code behind a second-factor verification code (获取用户二次验证信息)
     * 
     * `POST /cgi-bin/auth/get_tfa_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99499
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getTfaInfo(params: T_work_oauth.WorkOauthGetTfaInfoParams, options?: CallOptions): Promise<T_work_oauth.WorkOauthGetTfaInfoResult>;
    /**
     * Get the sensitive fields a member authorized (获取访问用户敏感信息)
     * 
     * `POST /cgi-bin/auth/getuserdetail` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95833
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserDetail(params: T_work_oauth.WorkOauthGetUserDetailParams, options?: CallOptions): Promise<T_work_oauth.WorkOauthGetUserDetailResult>;
    /**
     * Get the identity of the user behind an OAuth code (获取访问用户身份)
     * 
     * `GET /cgi-bin/auth/getuserinfo` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91023
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserInfo(params: T_work_oauth.WorkOauthGetUserInfoParams, options?: CallOptions): Promise<T_work_oauth.WorkOauthGetUserInfoResult>;
    /**
     * Get the identity of the user behind an OAuth code, legacy route (获取访问用户身份 - 旧接口)
     * 
     * `GET /cgi-bin/user/getuserinfo` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91023
     * @deprecated replaced by /cgi-bin/auth/getuserinfo (oauth.getUserInfo)
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    legacyGetUserInfo(params: T_work_oauth.WorkOauthLegacyGetUserInfoParams, options?: CallOptions): Promise<T_work_oauth.WorkOauthLegacyGetUserInfoResult>;
  };
  report: {
    grid: {
      /**
       * Add an event category (添加事件类别)
       * 
       * `POST /cgi-bin/report/grid/add_cata` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/94536
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      addCategory(params?: T_work_report.WorkReportGridAddCategoryParams, options?: CallOptions): Promise<T_work_report.WorkReportGridAddCategoryResult>;
      /**
       * Add a grid (添加网格)
       * 
       * `POST /cgi-bin/report/grid/add` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/94478
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      create(params?: T_work_report.WorkReportGridCreateParams, options?: CallOptions): Promise<T_work_report.WorkReportGridCreateResult>;
      /**
       * Delete a grid (删除网格)
       * 
       * `POST /cgi-bin/report/grid/delete` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/94480
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      delete(params?: T_work_report.WorkReportGridDeleteParams, options?: CallOptions): Promise<T_work_report.WorkReportGridDeleteResult>;
      /**
       * Delete an event category (删除事件类别)
       * 
       * `POST /cgi-bin/report/grid/delete_cata` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/94538
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      deleteCategory(params?: T_work_report.WorkReportGridDeleteCategoryParams, options?: CallOptions): Promise<T_work_report.WorkReportGridDeleteCategoryResult>;
      /**
       * List the grids a member owns and joins (获取用户负责及参与的网格列表)
       * 
       * `POST /cgi-bin/report/grid/get_user_grid_info` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/94482
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getUserGridInfo(params?: T_work_report.WorkReportGridGetUserGridInfoParams, options?: CallOptions): Promise<T_work_report.WorkReportGridGetUserGridInfoResult>;
      /**
       * List a grid's parent and sub-grids (获取网格列表)
       * 
       * `POST /cgi-bin/report/grid/list` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/94481
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      list(params?: T_work_report.WorkReportGridListParams, options?: CallOptions): Promise<T_work_report.WorkReportGridListResult>;
      /**
       * List the event categories (获取事件类别列表)
       * 
       * `POST /cgi-bin/report/grid/list_cata` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/94540
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      listCategories(params?: T_work_report.WorkReportGridListCategoriesParams, options?: CallOptions): Promise<T_work_report.WorkReportGridListCategoriesResult>;
      /**
       * Edit a grid (编辑网格)
       * 
       * `POST /cgi-bin/report/grid/update` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/94479
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      update(params?: T_work_report.WorkReportGridUpdateParams, options?: CallOptions): Promise<T_work_report.WorkReportGridUpdateResult>;
      /**
       * Edit an event category (修改事件类别)
       * 
       * `POST /cgi-bin/report/grid/update_cata` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/94537
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      updateCategory(params?: T_work_report.WorkReportGridUpdateCategoryParams, options?: CallOptions): Promise<T_work_report.WorkReportGridUpdateCategoryResult>;
    };
    patrol: {
      /**
       * Get patrol report statistics by event category (获取上报事件分类统计)
       * 
       * `POST /cgi-bin/report/patrol/category_statistic` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93534
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getCategoryStatistic(params?: T_work_report.WorkReportPatrolGetCategoryStatisticParams, options?: CallOptions): Promise<T_work_report.WorkReportPatrolGetCategoryStatisticResult>;
      /**
       * Get the corp's patrol report statistics (获取单位巡查上报数据统计)
       * 
       * `POST /cgi-bin/report/patrol/get_corp_status` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93532
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getCorpStatus(params?: T_work_report.WorkReportPatrolGetCorpStatusParams, options?: CallOptions): Promise<T_work_report.WorkReportPatrolGetCorpStatusResult>;
      /**
       * Get the configured grids and their administrators, for patrol reports (获取配置的网格及网格负责人)
       * 
       * `GET /cgi-bin/report/patrol/get_grid_info` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93531
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getGridInfo(params?: T_work_report.WorkReportPatrolGetGridInfoParams, options?: CallOptions): Promise<T_work_report.WorkReportPatrolGetGridInfoResult>;
      /**
       * Get a patrol report's details (获取巡查上报的事件详情信息)
       * 
       * `POST /cgi-bin/report/patrol/get_order_info` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93535
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getOrderInfo(params?: T_work_report.WorkReportPatrolGetOrderInfoParams, options?: CallOptions): Promise<T_work_report.WorkReportPatrolGetOrderInfoResult>;
      /**
       * List patrol reports (获取巡查上报事件列表)
       * 
       * `POST /cgi-bin/report/patrol/get_order_list` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93536
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getOrderList(params?: T_work_report.WorkReportPatrolGetOrderListParams, options?: CallOptions): Promise<T_work_report.WorkReportPatrolGetOrderListResult>;
      /**
       * Get a member's patrol report statistics (获取个人巡查上报数据统计)
       * 
       * `POST /cgi-bin/report/patrol/get_user_status` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93533
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getUserStatus(params: T_work_report.WorkReportPatrolGetUserStatusParams, options?: CallOptions): Promise<T_work_report.WorkReportPatrolGetUserStatusResult>;
    };
    resident: {
      /**
       * Get report statistics by event category (获取上报事件分类统计)
       * 
       * `POST /cgi-bin/report/resident/category_statistic` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93517
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getCategoryStatistic(params?: T_work_report.WorkReportResidentGetCategoryStatisticParams, options?: CallOptions): Promise<T_work_report.WorkReportResidentGetCategoryStatisticResult>;
      /**
       * Get the corp's resident report statistics (获取单位居民上报数据统计)
       * 
       * `POST /cgi-bin/report/resident/get_corp_status` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93515
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getCorpStatus(params?: T_work_report.WorkReportResidentGetCorpStatusParams, options?: CallOptions): Promise<T_work_report.WorkReportResidentGetCorpStatusResult>;
      /**
       * Get the configured grids and their administrators (获取配置的网格及网格负责人)
       * 
       * `GET /cgi-bin/report/resident/get_grid_info` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93514
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getGridInfo(params?: T_work_report.WorkReportResidentGetGridInfoParams, options?: CallOptions): Promise<T_work_report.WorkReportResidentGetGridInfoResult>;
      /**
       * Get a resident report's details (获取居民上报的事件详情信息)
       * 
       * `POST /cgi-bin/report/resident/get_order_info` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93519
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getOrderInfo(params?: T_work_report.WorkReportResidentGetOrderInfoParams, options?: CallOptions): Promise<T_work_report.WorkReportResidentGetOrderInfoResult>;
      /**
       * List resident reports (获取居民上报事件列表)
       * 
       * `POST /cgi-bin/report/resident/get_order_list` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93518
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getOrderList(params?: T_work_report.WorkReportResidentGetOrderListParams, options?: CallOptions): Promise<T_work_report.WorkReportResidentGetOrderListResult>;
      /**
       * Get a member's resident report statistics (获取个人居民上报数据统计)
       * 
       * `POST /cgi-bin/report/resident/get_user_status` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93516
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getUserStatus(params?: T_work_report.WorkReportResidentGetUserStatusParams, options?: CallOptions): Promise<T_work_report.WorkReportResidentGetUserStatusResult>;
    };
    siteCode: {
      /**
       * Get the answers users filled in for a site code (获取用户填写答案)
       * 
       * `POST /cgi-bin/report/sitecode/get_report_answer` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/95464
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getReportAnswer(params: T_work_report.WorkReportSiteCodeGetReportAnswerParams, options?: CallOptions): Promise<T_work_report.WorkReportSiteCodeGetReportAnswerResult>;
      /**
       * Get a site code's report questionnaire (获取场所码上报问卷)
       * 
       * `POST /cgi-bin/report/sitecode/get_site_report_info` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/95461
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getReportInfo(params: T_work_report.WorkReportSiteCodeGetReportInfoParams, options?: CallOptions): Promise<T_work_report.WorkReportSiteCodeGetReportInfoResult>;
    };
  };
  schedule: {
    /**
     * Create a schedule (创建日程)
     * 
     * `POST /cgi-bin/oa/schedule/add` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93648
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    add(params: T_work_schedule.WorkScheduleAddParams, options?: CallOptions): Promise<T_work_schedule.WorkScheduleAddResult>;
    /**
     * Add schedule attendees (新增日程参与者)
     * 
     * `POST /cgi-bin/oa/schedule/add_attendees` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97721
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addAttendees(params: T_work_schedule.WorkScheduleAddAttendeesParams, options?: CallOptions): Promise<T_work_schedule.WorkScheduleAddAttendeesResult>;
    /**
     * Cancel a schedule (取消日程)
     * 
     * `POST /cgi-bin/oa/schedule/del` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97725
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_work_schedule.WorkScheduleDeleteParams, options?: CallOptions): Promise<T_work_schedule.WorkScheduleDeleteResult>;
    /**
     * Remove schedule attendees (删除日程参与者)
     * 
     * `POST /cgi-bin/oa/schedule/del_attendees` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97722
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    deleteAttendees(params: T_work_schedule.WorkScheduleDeleteAttendeesParams, options?: CallOptions): Promise<T_work_schedule.WorkScheduleDeleteAttendeesResult>;
    /**
     * Get schedule details (获取日程详情)
     * 
     * `POST /cgi-bin/oa/schedule/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97724
     * @see https://developer.work.weixin.qq.com/document/path/97766
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work_schedule.WorkScheduleGetParams, options?: CallOptions): Promise<T_work_schedule.WorkScheduleGetResult>;
    /**
     * List the schedules of a calendar (获取日历下的日程列表)
     * 
     * `POST /cgi-bin/oa/schedule/get_by_calendar` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97723
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getByCalendar(params: T_work_schedule.WorkScheduleGetByCalendarParams, options?: CallOptions): Promise<T_work_schedule.WorkScheduleGetByCalendarResult>;
    /**
     * Update a schedule (更新日程)
     * 
     * `POST /cgi-bin/oa/schedule/update` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/97720
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    update(params: T_work_schedule.WorkScheduleUpdateParams, options?: CallOptions): Promise<T_work_schedule.WorkScheduleUpdateResult>;
  };
  school: {
    agent: {
      /**
       * Get the parents who may use the app (获取可使用的家长范围)
       * 
       * `GET /cgi-bin/school/agent/get_allow_scope` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/94895
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getAllowScope(params?: T_work_school.WorkSchoolAgentGetAllowScopeParams, options?: CallOptions): Promise<T_work_school.WorkSchoolAgentGetAllowScopeResult>;
    };
    department: {
      /**
       * Create a school department (创建部门)
       * 
       * `POST /cgi-bin/school/department/create` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92340
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      create(params?: T_work_school.WorkSchoolDepartmentCreateParams, options?: CallOptions): Promise<T_work_school.WorkSchoolDepartmentCreateResult>;
      /**
       * Delete a school department (删除部门)
       * 
       * `GET /cgi-bin/school/department/delete` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92342
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      delete(params?: T_work_school.WorkSchoolDepartmentDeleteParams, options?: CallOptions): Promise<T_work_school.WorkSchoolDepartmentDeleteResult>;
      /**
       * List school departments (获取部门列表)
       * 
       * `GET /cgi-bin/school/department/list` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92343
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      list(params?: T_work_school.WorkSchoolDepartmentListParams, options?: CallOptions): Promise<T_work_school.WorkSchoolDepartmentListResult>;
      /**
       * Update a school department (更新部门)
       * 
       * `POST /cgi-bin/school/department/update` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92341
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      update(params: T_work_school.WorkSchoolDepartmentUpdateParams, options?: CallOptions): Promise<T_work_school.WorkSchoolDepartmentUpdateResult>;
    };
    /**
     * Get the students' payment results of a class collection (获取学生付款结果)
     * 
     * `POST /cgi-bin/school/get_payment_result` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/94470
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getPaymentResult(params?: T_work_school.WorkSchoolGetPaymentResultParams, options?: CallOptions): Promise<T_work_school.WorkSchoolGetPaymentResultResult>;
    /**
     * Get a class collection order's details (获取订单详情)
     * 
     * `POST /cgi-bin/school/get_trade` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/94471
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getTrade(params?: T_work_school.WorkSchoolGetTradeParams, options?: CallOptions): Promise<T_work_school.WorkSchoolGetTradeResult>;
    /**
     * Get the identity of the parent or student behind an OAuth code (获取家校访问用户身份)
     * 
     * `GET /cgi-bin/school/getuserinfo` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95791
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserInfo(params?: T_work_school.WorkSchoolGetUserInfoParams, options?: CallOptions): Promise<T_work_school.WorkSchoolGetUserInfoResult>;
    health: {
      /**
       * Get teachers' and students' health codes (获取师生健康码)
       * 
       * `POST /cgi-bin/school/user/get_health_qrcode` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93746
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getQrcode(params: T_work_school.WorkSchoolHealthGetQrcodeParams, options?: CallOptions): Promise<T_work_school.WorkSchoolHealthGetQrcodeResult>;
      /**
       * Get the students' health information for a day (获取学生健康信息)
       * 
       * `POST /cgi-bin/school/user/get_student_customize_health_info` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93745
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getStudentInfo(params: T_work_school.WorkSchoolHealthGetStudentInfoParams, options?: CallOptions): Promise<T_work_school.WorkSchoolHealthGetStudentInfoResult>;
      /**
       * Get the teachers' health information for a day (获取老师健康信息)
       * 
       * `POST /cgi-bin/school/user/get_teacher_customize_health_info` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93744
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getTeacherInfo(params: T_work_school.WorkSchoolHealthGetTeacherInfoParams, options?: CallOptions): Promise<T_work_school.WorkSchoolHealthGetTeacherInfoResult>;
    };
    living: {
      /**
       * Get a class live's details (获取直播详情)
       * 
       * `GET /cgi-bin/school/living/get_living_info` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93740
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getInfo(params?: T_work_school.WorkSchoolLivingGetInfoParams, options?: CallOptions): Promise<T_work_school.WorkSchoolLivingGetInfoResult>;
      /**
       * Get who did not watch a class live (获取未观看直播统计)
       * 
       * `POST /cgi-bin/school/living/get_unwatch_stat` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93742
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getUnwatchStat(params?: T_work_school.WorkSchoolLivingGetUnwatchStatParams, options?: CallOptions): Promise<T_work_school.WorkSchoolLivingGetUnwatchStatResult>;
      /**
       * Get who did not watch a class live, v2 (获取未观看直播统计V2)
       * 
       * `POST /cgi-bin/school/living/get_unwatch_stat_v2` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/95795
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getUnwatchStatV2(params?: T_work_school.WorkSchoolLivingGetUnwatchStatV2Params, options?: CallOptions): Promise<T_work_school.WorkSchoolLivingGetUnwatchStatV2Result>;
      /**
       * Get who watched a class live (获取观看直播统计)
       * 
       * `POST /cgi-bin/school/living/get_watch_stat` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/93741
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getWatchStat(params?: T_work_school.WorkSchoolLivingGetWatchStatParams, options?: CallOptions): Promise<T_work_school.WorkSchoolLivingGetWatchStatResult>;
      /**
       * Get who watched a class live, v2 (获取观看直播统计V2)
       * 
       * `POST /cgi-bin/school/living/get_watch_stat_v2` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/95793
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getWatchStatV2(params?: T_work_school.WorkSchoolLivingGetWatchStatV2Params, options?: CallOptions): Promise<T_work_school.WorkSchoolLivingGetWatchStatV2Result>;
    };
    parent: {
      /**
       * Create parents in bulk (批量创建家长)
       * 
       * `POST /cgi-bin/school/user/batch_create_parent` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92334
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchCreate(params?: T_work_school.WorkSchoolParentBatchCreateParams, options?: CallOptions): Promise<T_work_school.WorkSchoolParentBatchCreateResult>;
      /**
       * Delete parents in bulk (批量删除家长)
       * 
       * `POST /cgi-bin/school/user/batch_delete_parent` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92335
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchDelete(params?: T_work_school.WorkSchoolParentBatchDeleteParams, options?: CallOptions): Promise<T_work_school.WorkSchoolParentBatchDeleteResult>;
      /**
       * Update parents in bulk (批量更新家长)
       * 
       * `POST /cgi-bin/school/user/batch_update_parent` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92336
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchUpdate(params?: T_work_school.WorkSchoolParentBatchUpdateParams, options?: CallOptions): Promise<T_work_school.WorkSchoolParentBatchUpdateResult>;
      /**
       * Create a parent (创建家长)
       * 
       * `POST /cgi-bin/school/user/create_parent` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92331
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      create(params: T_work_school.WorkSchoolParentCreateParams, options?: CallOptions): Promise<T_work_school.WorkSchoolParentCreateResult>;
      /**
       * Delete a parent (删除家长)
       * 
       * `GET /cgi-bin/school/user/delete_parent` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92332
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      delete(params: T_work_school.WorkSchoolParentDeleteParams, options?: CallOptions): Promise<T_work_school.WorkSchoolParentDeleteResult>;
      /**
       * List a department's parents (获取部门家长详情)
       * 
       * `GET /cgi-bin/school/user/list_parent` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92446
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      list(params: T_work_school.WorkSchoolParentListParams, options?: CallOptions): Promise<T_work_school.WorkSchoolParentListResult>;
      /**
       * Update a parent (更新家长)
       * 
       * `POST /cgi-bin/school/user/update_parent` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92333
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      update(params?: T_work_school.WorkSchoolParentUpdateParams, options?: CallOptions): Promise<T_work_school.WorkSchoolParentUpdateResult>;
    };
    /**
     * Set the school contacts' automatic sync mode (设置家校通讯录自动同步模式)
     * 
     * `POST /cgi-bin/school/set_arch_sync_mode` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92345
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setArchSyncMode(params?: T_work_school.WorkSchoolSetArchSyncModeParams, options?: CallOptions): Promise<T_work_school.WorkSchoolSetArchSyncModeResult>;
    /**
     * Set which classes teachers can see (设置「老师可查看班级」的模式)
     * 
     * `POST /cgi-bin/school/set_teacher_view_mode` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92652
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setTeacherViewMode(params: T_work_school.WorkSchoolSetTeacherViewModeParams, options?: CallOptions): Promise<T_work_school.WorkSchoolSetTeacherViewModeResult>;
    /**
     * Change the automatic grade promotion settings (修改自动升年级的配置)
     * 
     * `POST /cgi-bin/school/set_upgrade_info` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92949
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setUpgradeInfo(params?: T_work_school.WorkSchoolSetUpgradeInfoParams, options?: CallOptions): Promise<T_work_school.WorkSchoolSetUpgradeInfoResult>;
    student: {
      /**
       * Create students in bulk (批量创建学生)
       * 
       * `POST /cgi-bin/school/user/batch_create_student` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92328
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchCreate(params?: T_work_school.WorkSchoolStudentBatchCreateParams, options?: CallOptions): Promise<T_work_school.WorkSchoolStudentBatchCreateResult>;
      /**
       * Delete students in bulk (批量删除学生)
       * 
       * `POST /cgi-bin/school/user/batch_delete_student` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92329
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchDelete(params?: T_work_school.WorkSchoolStudentBatchDeleteParams, options?: CallOptions): Promise<T_work_school.WorkSchoolStudentBatchDeleteResult>;
      /**
       * Update students in bulk (批量更新学生)
       * 
       * `POST /cgi-bin/school/user/batch_update_student` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92330
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      batchUpdate(params?: T_work_school.WorkSchoolStudentBatchUpdateParams, options?: CallOptions): Promise<T_work_school.WorkSchoolStudentBatchUpdateResult>;
      /**
       * Create a student (创建学生)
       * 
       * `POST /cgi-bin/school/user/create_student` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92325
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      create(params?: T_work_school.WorkSchoolStudentCreateParams, options?: CallOptions): Promise<T_work_school.WorkSchoolStudentCreateResult>;
      /**
       * Delete a student (删除学生)
       * 
       * `GET /cgi-bin/school/user/delete_student` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92326
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      delete(params: T_work_school.WorkSchoolStudentDeleteParams, options?: CallOptions): Promise<T_work_school.WorkSchoolStudentDeleteResult>;
      /**
       * List a department's students with their parents (获取部门学生详情)
       * 
       * `GET /cgi-bin/school/user/list` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92338
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      list(params: T_work_school.WorkSchoolStudentListParams, options?: CallOptions): Promise<T_work_school.WorkSchoolStudentListResult>;
      /**
       * Update a student (更新学生)
       * 
       * `POST /cgi-bin/school/user/update_student` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92327
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      update(params?: T_work_school.WorkSchoolStudentUpdateParams, options?: CallOptions): Promise<T_work_school.WorkSchoolStudentUpdateResult>;
    };
    user: {
      /**
       * Read a student or a parent (读取学生或家长)
       * 
       * `GET /cgi-bin/school/user/get` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/92337
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      get(params: T_work_school.WorkSchoolUserGetParams, options?: CallOptions): Promise<T_work_school.WorkSchoolUserGetResult>;
    };
  };
  security: {
    /**
     * List file operations under file leak prevention (文件防泄漏 - 获取文件操作记录)
     * 
     * `POST /cgi-bin/security/get_file_oper_record` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/98079
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getFileOperRecord(params: T_work_security.WorkSecurityGetFileOperRecordParams, options?: CallOptions): Promise<T_work_security.WorkSecurityGetFileOperRecordResult>;
    /**
     * List screenshot and screen-recording operations (截屏/录屏管理 - 获取截屏/录屏操作记录)
     * 
     * `POST /cgi-bin/security/get_screen_oper_record` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/100128
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getScreenOperRecord(params: T_work_security.WorkSecurityGetScreenOperRecordParams, options?: CallOptions): Promise<T_work_security.WorkSecurityGetScreenOperRecordResult>;
    /**
     * Get the domains and IPs WeCom uses (获取企业微信域名IP信息)
     * 
     * `GET /cgi-bin/security/get_server_domain_ip` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/100079
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getServerDomainIp(params?: T_work_security.WorkSecurityGetServerDomainIpParams, options?: CallOptions): Promise<T_work_security.WorkSecurityGetServerDomainIpResult>;
    /**
     * List admin console operation logs (获取管理端操作日志)
     * 
     * `POST /cgi-bin/security/admin_oper_log/list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/100179
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listAdminOperLogs(params: T_work_security.WorkSecurityListAdminOperLogsParams, options?: CallOptions): Promise<T_work_security.WorkSecurityListAdminOperLogsResult>;
    /**
     * List member operation records (获取成员操作记录)
     * 
     * `POST /cgi-bin/security/member_oper_log/list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/100178
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listMemberOperLogs(params: T_work_security.WorkSecurityListMemberOperLogsParams, options?: CallOptions): Promise<T_work_security.WorkSecurityListMemberOperLogsResult>;
    trustDevice: {
      /**
       * Confirm devices as trusted (确认为可信设备)
       * 
       * `POST /cgi-bin/security/trustdevice/approve` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/98920
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      approve(params: T_work_security.WorkSecurityTrustDeviceApproveParams, options?: CallOptions): Promise<T_work_security.WorkSecurityTrustDeviceApproveResult>;
      /**
       * Delete device records (删除设备信息)
       * 
       * `POST /cgi-bin/security/trustdevice/delete` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/98920
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      delete(params: T_work_security.WorkSecurityTrustDeviceDeleteParams, options?: CallOptions): Promise<T_work_security.WorkSecurityTrustDeviceDeleteResult>;
      /**
       * List the devices a member last logged in on (获取成员使用设备)
       * 
       * `POST /cgi-bin/security/trustdevice/get_by_user` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/98920
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getByUser(params: T_work_security.WorkSecurityTrustDeviceGetByUserParams, options?: CallOptions): Promise<T_work_security.WorkSecurityTrustDeviceGetByUserResult>;
      /**
       * Import trusted corp devices (导入可信企业设备)
       * 
       * `POST /cgi-bin/security/trustdevice/import` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/98920
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      import(params: T_work_security.WorkSecurityTrustDeviceImportParams, options?: CallOptions): Promise<T_work_security.WorkSecurityTrustDeviceImportResult>;
      /**
       * List devices by type (获取设备信息)
       * 
       * `POST /cgi-bin/security/trustdevice/list` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/98920
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      list(params: T_work_security.WorkSecurityTrustDeviceListParams, options?: CallOptions): Promise<T_work_security.WorkSecurityTrustDeviceListResult>;
      /**
       * Reject trusted-device declarations (驳回可信设备申请)
       * 
       * `POST /cgi-bin/security/trustdevice/reject` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/98920
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      reject(params: T_work_security.WorkSecurityTrustDeviceRejectParams, options?: CallOptions): Promise<T_work_security.WorkSecurityTrustDeviceRejectResult>;
    };
    vip: {
      /**
       * Get the result of an advanced-feature assignment job (查询分配高级功能账号结果)
       * 
       * `POST /cgi-bin/security/vip/batch_add_job_result` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/99503
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getBatchAddJobResult(params: T_work_security.WorkSecurityVipGetBatchAddJobResultParams, options?: CallOptions): Promise<T_work_security.WorkSecurityVipGetBatchAddJobResultResult>;
      /**
       * Get the result of an advanced-feature revocation job (查询取消高级功能账号结果)
       * 
       * `POST /cgi-bin/security/vip/batch_del_job_result` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/99505
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      getBatchDelJobResult(params: T_work_security.WorkSecurityVipGetBatchDelJobResultParams, options?: CallOptions): Promise<T_work_security.WorkSecurityVipGetBatchDelJobResultResult>;
      /**
       * List advanced-feature accounts (获取高级功能账号列表)
       * 
       * `POST /cgi-bin/security/vip/list` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/99506
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      list(params?: T_work_security.WorkSecurityVipListParams, options?: CallOptions): Promise<T_work_security.WorkSecurityVipListResult>;
      /**
       * Assign advanced-feature accounts, as a job (分配高级功能账号)
       * 
       * `POST /cgi-bin/security/vip/submit_batch_add_job` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/99503
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      submitBatchAddJob(params: T_work_security.WorkSecurityVipSubmitBatchAddJobParams, options?: CallOptions): Promise<T_work_security.WorkSecurityVipSubmitBatchAddJobResult>;
      /**
       * Revoke advanced-feature accounts, as a job (取消高级功能账号)
       * 
       * `POST /cgi-bin/security/vip/submit_batch_del_job` on qyapi.weixin.qq.com
       * @see https://developer.work.weixin.qq.com/document/path/99505
       * @throws {WechatApiError} when WeChat answers with a non-zero errcode
       * @throws {ValidationError} when params do not match the descriptor
       */
      submitBatchDelJob(params: T_work_security.WorkSecurityVipSubmitBatchDelJobParams, options?: CallOptions): Promise<T_work_security.WorkSecurityVipSubmitBatchDelJobResult>;
    };
  };
  sync: {
    /**
     * Mark the contacts migration of a newly registered corp as done (设置通讯录同步完成)
     * 
     * `GET /cgi-bin/sync/contact_sync_success` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90584
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    contactSyncSuccess(params?: T_work_sync.WorkSyncContactSyncSuccessParams, options?: CallOptions): Promise<T_work_sync.WorkSyncContactSyncSuccessResult>;
  };
  tag: {
    /**
     * Add members or departments to a tag (增加标签成员)
     * 
     * `POST /cgi-bin/tag/addtagusers` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90214
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    addTagUsers(params: T_work_tag.WorkTagAddTagUsersParams, options?: CallOptions): Promise<T_work_tag.WorkTagAddTagUsersResult>;
    /**
     * Create a tag (创建标签)
     * 
     * `POST /cgi-bin/tag/create` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90210
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    create(params: T_work_tag.WorkTagCreateParams, options?: CallOptions): Promise<T_work_tag.WorkTagCreateResult>;
    /**
     * Remove members or departments from a tag (删除标签成员)
     * 
     * `POST /cgi-bin/tag/deltagusers` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90215
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delTagUsers(params: T_work_tag.WorkTagDelTagUsersParams, options?: CallOptions): Promise<T_work_tag.WorkTagDelTagUsersResult>;
    /**
     * Delete a tag (删除标签)
     * 
     * `GET /cgi-bin/tag/delete` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90212
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_work_tag.WorkTagDeleteParams, options?: CallOptions): Promise<T_work_tag.WorkTagDeleteResult>;
    /**
     * Get a tag's members (获取标签成员)
     * 
     * `GET /cgi-bin/tag/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90213
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work_tag.WorkTagGetParams, options?: CallOptions): Promise<T_work_tag.WorkTagGetResult>;
    /**
     * List tags (获取标签列表)
     * 
     * `GET /cgi-bin/tag/list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90216
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    list(params?: T_work_tag.WorkTagListParams, options?: CallOptions): Promise<T_work_tag.WorkTagListResult>;
    /**
     * Rename a tag (更新标签名字)
     * 
     * `POST /cgi-bin/tag/update` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90211
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    update(params: T_work_tag.WorkTagUpdateParams, options?: CallOptions): Promise<T_work_tag.WorkTagUpdateResult>;
  };
  token: {
    /**
     * Get an app's access_token from the corp ID and the app secret (获取access_token)
     * 
     * `GET /cgi-bin/gettoken` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91039
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work_token.WorkTokenGetParams, options?: CallOptions): Promise<T_work_token.WorkTokenGetResult>;
  };
  user: {
    /**
     * Confirm a member's login second verification (登录二次验证)
     * 
     * `GET /cgi-bin/user/authsucc` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99521
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    authSucc(params: T_work_user.WorkUserAuthSuccParams, options?: CallOptions): Promise<T_work_user.WorkUserAuthSuccResult>;
    /**
     * Delete several members (批量删除成员)
     * 
     * `POST /cgi-bin/user/batchdelete` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90199
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    batchDelete(params: T_work_user.WorkUserBatchDeleteParams, options?: CallOptions): Promise<T_work_user.WorkUserBatchDeleteResult>;
    /**
     * Check whether a member authorized the app (查询成员用户是否已授权)
     * 
     * `POST /cgi-bin/user/check_member_auth` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/94514
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    checkMemberAuth(params: T_work_user.WorkUserCheckMemberAuthParams, options?: CallOptions): Promise<T_work_user.WorkUserCheckMemberAuthResult>;
    /**
     * Convert a UserID to an openid (userid与openid互换 - userid转openid)
     * 
     * `POST /cgi-bin/user/convert_to_openid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90202
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    convertToOpenId(params: T_work_user.WorkUserConvertToOpenIdParams, options?: CallOptions): Promise<T_work_user.WorkUserConvertToOpenIdResult>;
    /**
     * Convert an openid to a UserID (userid与openid互换 - openid转userid)
     * 
     * `POST /cgi-bin/user/convert_to_userid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90202
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    convertToUserId(params: T_work_user.WorkUserConvertToUserIdParams, options?: CallOptions): Promise<T_work_user.WorkUserConvertToUserIdResult>;
    /**
     * Create a member (创建成员)
     * 
     * `POST /cgi-bin/user/create` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90195
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    create(params: T_work_user.WorkUserCreateParams, options?: CallOptions): Promise<T_work_user.WorkUserCreateResult>;
    /**
     * Delete a member (删除成员)
     * 
     * `GET /cgi-bin/user/delete` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90198
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    delete(params: T_work_user.WorkUserDeleteParams, options?: CallOptions): Promise<T_work_user.WorkUserDeleteResult>;
    /**
     * Read a member's details (读取成员)
     * 
     * `GET /cgi-bin/user/get` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90196
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    get(params: T_work_user.WorkUserGetParams, options?: CallOptions): Promise<T_work_user.WorkUserGetResult>;
    /**
     * Get the number of active members on a day (获取企业活跃成员数)
     * 
     * `POST /cgi-bin/user/get_active_stat` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/92714
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getActiveStat(params: T_work_user.WorkUserGetActiveStatParams, options?: CallOptions): Promise<T_work_user.WorkUserGetActiveStatResult>;
    /**
     * Get a member's UserID by mobile number (手机号获取userid)
     * 
     * `POST /cgi-bin/user/getuserid` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/91693
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserId(params: T_work_user.WorkUserGetUserIdParams, options?: CallOptions): Promise<T_work_user.WorkUserGetUserIdResult>;
    /**
     * Get a member's UserID by email (邮箱获取userid)
     * 
     * `POST /cgi-bin/user/get_userid_by_email` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/95895
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserIdByEmail(params: T_work_user.WorkUserGetUserIdByEmailParams, options?: CallOptions): Promise<T_work_user.WorkUserGetUserIdByEmailResult>;
    /**
     * List a department's members with details (获取部门成员详情)
     * 
     * `GET /cgi-bin/user/list` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90201
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    list(params: T_work_user.WorkUserListParams, options?: CallOptions): Promise<T_work_user.WorkUserListResult>;
    /**
     * List member UserIDs and their departments (获取成员ID列表)
     * 
     * `POST /cgi-bin/user/list_id` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/96067
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listId(params?: T_work_user.WorkUserListIdParams, options?: CallOptions): Promise<T_work_user.WorkUserListIdResult>;
    /**
     * List members who authorized the app (获取成员授权列表)
     * 
     * `POST /cgi-bin/user/list_member_auth` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/94513
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listMemberAuth(params?: T_work_user.WorkUserListMemberAuthParams, options?: CallOptions): Promise<T_work_user.WorkUserListMemberAuthResult>;
    /**
     * Get the users behind a contact-picker ticket (获取选人ticket对应的用户)
     * 
     * `POST /cgi-bin/user/list_selected_ticket_user` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/94894
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    listSelectedTicketUser(params: T_work_user.WorkUserListSelectedTicketUserParams, options?: CallOptions): Promise<T_work_user.WorkUserListSelectedTicketUserResult>;
    /**
     * List a department's members (获取部门成员)
     * 
     * `GET /cgi-bin/user/simplelist` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90200
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    simpleList(params: T_work_user.WorkUserSimpleListParams, options?: CallOptions): Promise<T_work_user.WorkUserSimpleListResult>;
    /**
     * Update a member (更新成员)
     * 
     * `POST /cgi-bin/user/update` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/90197
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    update(params: T_work_user.WorkUserUpdateParams, options?: CallOptions): Promise<T_work_user.WorkUserUpdateResult>;
  };
  vacation: {
    /**
     * Get the corp's leave (vacation) settings (获取企业假期管理配置)
     * 
     * `GET /cgi-bin/oa/vacation/getcorpconf` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93375
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getCorpConf(params?: T_work_vacation.WorkVacationGetCorpConfParams, options?: CallOptions): Promise<T_work_vacation.WorkVacationGetCorpConfResult>;
    /**
     * Get a member's leave balances (获取成员假期余额)
     * 
     * `POST /cgi-bin/oa/vacation/getuservacationquota` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93376
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    getUserQuota(params: T_work_vacation.WorkVacationGetUserQuotaParams, options?: CallOptions): Promise<T_work_vacation.WorkVacationGetUserQuotaResult>;
    /**
     * Change a member's leave balance (修改成员假期余额)
     * 
     * `POST /cgi-bin/oa/vacation/setoneuserquota` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/93377
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    setOneUserQuota(params: T_work_vacation.WorkVacationSetOneUserQuotaParams, options?: CallOptions): Promise<T_work_vacation.WorkVacationSetOneUserQuotaResult>;
  };
  webhook: {
    /**
     * Push a message to a group through its webhook robot (消息推送 / 群机器人 - 发送消息)
     * 
     * `POST /cgi-bin/webhook/send` on qyapi.weixin.qq.com
     * @see https://developer.work.weixin.qq.com/document/path/99110
     * @throws {WechatApiError} when WeChat answers with a non-zero errcode
     * @throws {ValidationError} when params do not match the descriptor
     */
    send(params: T_work_webhook.WorkWebhookSendParams, options?: CallOptions): Promise<T_work_webhook.WorkWebhookSendResult>;
  };
}
