/**
 * The roles an account can have, least to most privileged in what they may change: a domain type
 * (permissions.ts says what each may do); the store keeps it as a column and imports it from here.
 */
export type UserRole = "admin" | "translator" | "copy-editor" | "viewer";
