// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `agent.get`: Get an app's details and visible range (获取应用 - 获取指定的应用详情) */
export interface WorkAgentGetParams {
  /** The app id; a corp may only read the app its token belongs to, a third party only apps it is authorized for */
  agentid: number;
}

/** Result of `agent.get`: Get an app's details and visible range (获取应用 - 获取指定的应用详情) */
export interface WorkAgentGetResult {
  /** The app id */
  agentid: number;
  /** The app name */
  name?: string;
  /** URL of the square app logo */
  square_logo_url?: string;
  /** The app description */
  description?: string;
  /** Visible range (members) */
  allow_userinfos?: {
    user?: Array<{
      /** Member UserID */
      userid: string;
    }>;
  };
  /** Visible range (departments) */
  allow_partys?: {
    /** Department ids */
    partyid?: Array<number>;
  };
  /** Visible range (tags) */
  allow_tags?: {
    /** Tag ids */
    tagid?: Array<number>;
  };
  /** 1 when the app is disabled, 0 otherwise */
  close?: 0 | 1;
  /** The app's trusted domain */
  redirect_domain?: string;
  /** Location reporting: 0 off, 1 on entering a chat */
  report_location_flag?: number;
  /** 1 when the app receives the enter-app event */
  isreportenter?: 0 | 1;
  /** URL of the app home page */
  home_url?: string;
  /** Custom (代开发) apps only: 0 awaiting development, 1 in development, 2 live, 3 live with an unreleased version */
  customized_publish_status?: 0 | 1 | 2 | 3;
}

/** Params of `agent.set`: Update an app's settings (设置应用) */
export interface WorkAgentSetParams {
  /** The app id; only the app the token belongs to (not callable by third-party or custom apps) */
  agentid: number;
  /** Location reporting: 0 off, 1 on entering a chat */
  report_location_flag?: 0 | 1;
  /** media_id of an uploaded image for the logo (cropped to square and round automatically) */
  logo_mediaid?: string;
  /** App name, at most 32 UTF-8 characters */
  name?: string;
  /** App description, 4 to 120 UTF-8 characters */
  description?: string;
  /** Trusted domain; it must pass the ownership check or JS-SDK features are limited (errcode 85005) */
  redirect_domain?: string;
  /** 1 to receive the enter-app event */
  isreportenter?: 0 | 1;
  /** Home page URL, starting with http or https (https recommended) */
  home_url?: string;
}

/** Result of `agent.set`: Update an app's settings (设置应用) */
export type WorkAgentSetResult = Record<string, unknown>;
