import { dictionary } from '@zxcvbn-ts/language-common';
import { LIMITS } from '@tracklink/shared';

/** zxcvbn-ts's list of common passwords (about 49,000, from leaked password sets), lower case. */
let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));

/**
 * What is wrong with a new password, or null when it may be used: at least
 * LIMITS.passwordMinLength characters, and not one of the commonly used passwords.
 */
export function passwordProblem(password: string): string | null {
  if ([...password].length < LIMITS.passwordMinLength) return `must be at least ${LIMITS.passwordMinLength} characters`;
  if (password.length > 200) return 'must be at most 200 characters';
  if (commonPasswords().has(password.toLowerCase())) return 'is a commonly used password; choose another';
  return null;
}
