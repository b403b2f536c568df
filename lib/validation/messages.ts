import { z } from 'zod';

/**
 * Validation messages are keys of the `validation` messages (translated where they are shown), so the one
 * schema of a form gives errors in the user's language on the client and on the server alike.
 */
export const validationKeys = ['required', 'invalid', 'email', 'tooLong', 'tooShort', 'tooBig', 'tooSmall', 'url', 'date', 'choice'] as const;
export type ValidationKey = (typeof validationKeys)[number];

function keyFor(issue: z.core.$ZodRawIssue): ValidationKey {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? 'required' : 'invalid';
    case 'too_big':
      return issue.origin === 'string' ? 'tooLong' : 'tooBig';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'required' : 'tooShort';
      return 'tooSmall';
    case 'invalid_format':
      if (issue.format === 'email') return 'email';
      if (issue.format === 'url') return 'url';
      if (issue.format === 'date' || issue.format === 'datetime') return 'date';
      return 'invalid';
    case 'invalid_value':
      return 'choice';
    default:
      return 'invalid';
  }
}

// jitless: zod would otherwise probe for `new Function` in the browser, which the Content-Security-Policy forbids
// (and reports as a violation on every form page).
z.config({ customError: (issue) => keyFor(issue), jitless: true });

export { z };
