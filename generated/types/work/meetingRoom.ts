// generated from spec/ by codegen/ — do not edit. Run `npm run generate`.
import type * as S from '../shapes.js';

/** Params of `meetingRoom.add`: Add a meeting room (添加会议室) */
export interface WorkMeetingRoomAddParams {
  /**
   * Room name, at most 30 characters
   * (length ≤ 30)
   */
  name: string;
  /** Number of people the room holds */
  capacity: number;
  /** City of the room; to set a location, fill city, building and floor together */
  city?: string;
  /** Building of the room */
  building?: string;
  /** Floor of the room */
  floor?: string;
  /** Equipment ids (附录: 1 TV, 2 phone, 3 projector, 4 whiteboard, 5 video) */
  equipment?: Array<number>;
  /** Position of the building (pick it with the Tencent Maps coordinate picker) */
  coordinate?: {
    /** Latitude of the building */
    latitude?: string;
    /** Longitude of the building */
    longitude?: string;
  };
  /** Who may use the room; the whole corp when left out */
  range?: {
    /** UserIDs of the members who may use the room, at most 1000 (items ≤ 1000) */
    user_list?: Array<string>;
    /** Department ids that may use the room, at most 1000 (items ≤ 1000) */
    department_list?: Array<number>;
  };
}

/** Result of `meetingRoom.add`: Add a meeting room (添加会议室) */
export interface WorkMeetingRoomAddResult {
  /** Id of the new room */
  meetingroom_id?: number;
}

/** Params of `meetingRoom.book`: Book a meeting room (预定会议室) */
export interface WorkMeetingRoomBookParams {
  /** Room id */
  meetingroom_id: number;
  /** Meeting subject */
  subject?: string;
  /** Start (Unix seconds); between 8:00 and 23:00, rounded to 30 minutes, at least 30 minutes long */
  start_time: number;
  /** End (Unix seconds); rounded to 30 minutes */
  end_time: number;
  /** UserID of the booker; only rooms needing no approval can be booked */
  booker: string;
  /** UserIDs of the attendees */
  attendees?: Array<string>;
}

/** Result of `meetingRoom.book`: Book a meeting room (预定会议室) */
export interface WorkMeetingRoomBookResult {
  /** Booking id */
  booking_id?: string;
  /** Id of the schedule (日程) linked to the booking */
  schedule_id?: string;
}

/** Params of `meetingRoom.bookByMeeting`: Book a meeting room for a meeting (通过会议预定会议室) */
export interface WorkMeetingRoomBookByMeetingParams {
  /** Room id */
  meetingroom_id: number;
  /** Meeting id; only meetings created by the same app */
  meetingid: string;
  /** UserID of the booker */
  booker: string;
}

/** Result of `meetingRoom.bookByMeeting`: Book a meeting room for a meeting (通过会议预定会议室) */
export interface WorkMeetingRoomBookByMeetingResult {
  /** Booking id */
  booking_id?: string;
  /** Days (0:00 timestamps) that clash with existing bookings, for a recurring meeting */
  conflict_date?: Array<number>;
}

/** Params of `meetingRoom.bookBySchedule`: Book a meeting room for a schedule (通过日程预定会议室) */
export interface WorkMeetingRoomBookByScheduleParams {
  /** Room id */
  meetingroom_id: number;
  /** Id of the schedule (日程); recurring schedules are supported */
  schedule_id: string;
  /** UserID of the booker */
  booker: string;
}

/** Result of `meetingRoom.bookBySchedule`: Book a meeting room for a schedule (通过日程预定会议室) */
export interface WorkMeetingRoomBookByScheduleResult {
  /** Booking id */
  booking_id?: string;
  /** Days (0:00 timestamps) that clash with existing bookings, for a recurring schedule */
  conflict_date?: Array<number>;
}

/** Params of `meetingRoom.cancelBooking`: Cancel a meeting room booking (取消预定会议室) */
export interface WorkMeetingRoomCancelBookingParams {
  /** Booking id */
  booking_id: string;
  /** Keep the schedule: 0 delete it too, 1 keep it; only for non-recurring schedules */
  keep_schedule?: 0 | 1;
  /** For a recurring booking: the day to cancel (timestamp); all occurrences when left out */
  cancel_date?: number;
}

/** Result of `meetingRoom.cancelBooking`: Cancel a meeting room booking (取消预定会议室) */
export type WorkMeetingRoomCancelBookingResult = Record<string, unknown>;

/** Params of `meetingRoom.delete`: Delete a meeting room (删除会议室) */
export interface WorkMeetingRoomDeleteParams {
  /** Id of the room to delete */
  meetingroom_id: number;
}

/** Result of `meetingRoom.delete`: Delete a meeting room (删除会议室) */
export type WorkMeetingRoomDeleteResult = Record<string, unknown>;

/** Params of `meetingRoom.edit`: Edit a meeting room (编辑会议室) */
export interface WorkMeetingRoomEditParams {
  /** Id of the room to edit */
  meetingroom_id: number;
  /**
   * Room name, at most 30 characters
   * (length ≤ 30)
   */
  name?: string;
  /** Number of people the room holds */
  capacity?: number;
  /** City; to change the location, send city, building and floor together */
  city?: string;
  /** Building of the room */
  building?: string;
  /** Floor of the room */
  floor?: string;
  /** Equipment ids (附录: 1 TV, 2 phone, 3 projector, 4 whiteboard, 5 video) */
  equipment?: Array<number>;
  /** Position of the building; a building already created keeps its coordinates */
  coordinate?: {
    /** Latitude of the building */
    latitude?: string;
    /** Longitude of the building */
    longitude?: string;
  };
}

/** Result of `meetingRoom.edit`: Edit a meeting room (编辑会议室) */
export type WorkMeetingRoomEditResult = Record<string, unknown>;

/** Params of `meetingRoom.getBooking`: Get a meeting room booking by its id (根据会议室预定ID查询预定详情) */
export interface WorkMeetingRoomGetBookingParams {
  /** Room id */
  meetingroom_id: number;
  /** Booking id */
  booking_id: string;
}

/** Result of `meetingRoom.getBooking`: Get a meeting room booking by its id (根据会议室预定ID查询预定详情) */
export interface WorkMeetingRoomGetBookingResult {
  /** Room id */
  meetingroom_id?: number;
  /** The booking */
  schedule?: {
    /** Booking id */
    booking_id?: string;
    /** booking_id of the recurring booking this one is part of, if any */
    master_booking_id?: string;
    /** Id of the linked schedule; no longer readable once the booking is cancelled without keeping it */
    schedule_id?: string;
    /** Start time (Unix seconds) */
    start_time?: number;
    /** End time (Unix seconds) */
    end_time?: number;
    /** UserID of the booker */
    booker?: string;
    /** Booking status: 0 booked, 1 cancelled, 2 requested, 3 under approval */
    status?: 0 | 1 | 2 | 3;
  };
}

/** Params of `meetingRoom.getBookingByMeetingId`: Get a meeting room's bookings for a meeting id (根据会议ID查询会议室的预定信息) */
export interface WorkMeetingRoomGetBookingByMeetingIdParams {
  /** Room id */
  meetingroom_id: number;
  /** Meeting id */
  meeting_id: string;
}

/** Result of `meetingRoom.getBookingByMeetingId`: Get a meeting room's bookings for a meeting id (根据会议ID查询会议室的预定信息) */
export interface WorkMeetingRoomGetBookingByMeetingIdResult {
  /** Room id */
  meetingroom_id?: number;
  /** The room's bookings for the meeting */
  schedule?: Array<{
    /** Meeting id; only while booked */
    meeting_id?: string;
    /** Id of the linked schedule; only while booked */
    schedule_id?: string;
    /** Start time (Unix seconds) */
    start_time?: number;
    /** End time (Unix seconds) */
    end_time?: number;
    /** UserID of the booker; only while booked */
    booker?: string;
  }>;
}

/** Params of `meetingRoom.list`: List meeting rooms (查询会议室) */
export interface WorkMeetingRoomListParams {
  /** City of the rooms; to filter by building, fill city too (each level needs the one above) */
  city?: string;
  /** Building of the rooms */
  building?: string;
  /** Floor of the rooms */
  floor?: string;
  /** Equipment ids the rooms must have (附录: 1 TV, 2 phone, 3 projector, 4 whiteboard, 5 video) */
  equipment?: Array<number>;
}

/** Result of `meetingRoom.list`: List meeting rooms (查询会议室) */
export interface WorkMeetingRoomListResult {
  /** The rooms that match */
  meetingroom_list?: Array<{
    /** Room id */
    meetingroom_id?: number;
    /** Room name */
    name?: string;
    /** Number of people the room holds */
    capacity?: number;
    /** City of the room */
    city?: string;
    /** Building of the room */
    building?: string;
    /** Floor of the room */
    floor?: string;
    /** Equipment ids of the room */
    equipment?: Array<number>;
    /** Position of the building */
    coordinate?: {
      /** Latitude of the building */
      latitude?: string;
      /** Longitude of the building */
      longitude?: string;
    };
    /** Whether booking needs approval: 0 no, 1 yes */
    need_approval?: 0 | 1;
  }>;
}

/** Params of `meetingRoom.listBookings`: Get the bookings of meeting rooms in a time range (查询会议室的预定信息) */
export interface WorkMeetingRoomListBookingsParams {
  /** Room id */
  meetingroom_id?: number;
  /** Start of the range (Unix seconds); now by default. One day at most */
  start_time?: number;
  /** End of the range (Unix seconds); 0:00 tomorrow by default */
  end_time?: number;
  /** City of the rooms; a building filter needs the city too */
  city?: string;
  /** Building of the rooms */
  building?: string;
  /** Floor of the rooms */
  floor?: string;
}

/** Result of `meetingRoom.listBookings`: Get the bookings of meeting rooms in a time range (查询会议室的预定信息) */
export interface WorkMeetingRoomListBookingsResult {
  /** Bookings per room (会议室预订信息列表) */
  booking_list?: Array<{
    /** Room id */
    meetingroom_id?: number;
    /** The room's bookings in the range */
    schedule?: Array<{
      /** Booking id */
      booking_id?: string;
      /** Id of the schedule (日程) linked to the booking (from the sample) */
      schedule_id?: string;
      /** Start time (Unix seconds) */
      start_time?: number;
      /** End time (Unix seconds) */
      end_time?: number;
      /** UserID of the member who booked */
      booker?: string;
      /** Booking status: 0 booked, 1 cancelled, 2 requested, 3 under approval */
      status?: 0 | 1 | 2 | 3;
    }>;
  }>;
}
