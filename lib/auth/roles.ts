export const ROLES = ["viewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** What the UI needs to know about the current user: never the token itself. */
export type SessionInfo = { role: Role; readOnly: boolean };

export const SESSION_COOKIE = "swarmnet_session";
/** Long enough for a TV that is never touched; tokens can be rotated to end all sessions. */
export const SESSION_MAX_AGE_S = 60 * 60 * 24 * 30;
