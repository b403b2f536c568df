// The one way server code writes an error or a notice to the logs. Logs leave the app (hosting dashboards, log
// shippers, people asked for help), so what is written loses every email address and token first: an error of
// PostgreSQL or of the email provider quotes the values it failed on, a URL may carry a link token. Plain
// JavaScript, as the web server (scripts/web-server.mjs) and the page store use it too.
import { format } from 'node:util';

const hidden = [
  // Addresses, also percent-encoded in a URL (%40) and in any script; the top-level domain starts with a letter
  // (so a package@1.2.3 in a stack trace stays). Matching starts only where a run of such characters does, so a
  // huge value is scrubbed in linear time.
  [/(?<![\p{L}\p{N}\p{M}._%+'-])[\p{L}\p{N}\p{M}._%+'-]+(?:@|%40)[\p{L}\p{N}\p{M}-]+(?:\.[\p{L}\p{N}\p{M}-]+)*\.\p{L}[\p{L}\p{M}-]*/gu, '[email]'],
  // A token named in a query string or form body: the sign-in link's token, a callback's email.
  [/\b(token|email|identifier|sessionToken|csrfToken)=[^&\s"'<>]+/gi, '$1=[hidden]'],
  // Session tokens (UUIDs), sign-in link tokens (hex) and link tokens (base64url, 43 characters): long random
  // strings. Slugs and row ids (cuid, 25 lower-case characters) are shorter or have no upper-case letter and digit.
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '[token]'],
  [/\b[0-9a-f]{32,}\b/gi, '[token]'],
  [/(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Z])[\w-]{32,}(?![\w-])/g, '[token]'],
];

/**
 * The text as console.error would print the values (an error with its stack, causes and properties), without
 * email addresses or tokens.
 * @param {unknown[]} values
 * @returns {string}
 */
function scrubbedLine(...values) {
  let line = format(...values);
  for (const [pattern, replacement] of hidden) line = line.replace(pattern, replacement);
  return line;
}

/**
 * Writes a failure to the error log (stderr), scrubbed.
 * @param {unknown[]} values
 */
export function logError(...values) {
  console.error(scrubbedLine(...values));
}

/**
 * Writes a notice to the log (stdout), scrubbed.
 * @param {unknown[]} values
 */
export function logInfo(...values) {
  console.log(scrubbedLine(...values));
}
