import pino from "pino";

// Field names that may carry personal data or secrets anywhere in a log record. The logger
// removes them rather than masking them, so a value never reaches the log in any form.
const REDACTED = [
  "iin",
  "name",
  "firstName",
  "lastName",
  "phone",
  "email",
  "address",
  "password",
  "token",
  "secret",
  "authorization",
  "cookie",
];
const paths = REDACTED.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);

const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info");

/** The portal's structured logger; one line per meaningful event, never personal data. */
export const log = pino({
  level,
  base: { service: "portal" },
  redact: { paths, remove: true },
});
