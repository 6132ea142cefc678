import { isValidEmail, LIMITS } from '@tracklink/shared';
import { invalid } from './errors';

// Checks of input values shared by every module. Each names the input path of the value it
// refuses, so a client can put the message next to the field.

export function requiredText(value: string, field: string, max: number = LIMITS.shortText): string {
  const text = value.trim();
  if (!text) throw invalid(field, 'must not be empty');
  if (text.length > max) throw invalid(field, `must be at most ${max} characters`);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max: number = LIMITS.shortText): string | null {
  if (value == null) return null;
  const text = value.trim();
  if (text.length > max) throw invalid(field, `must be at most ${max} characters`);
  return text || null;
}

export function optionalEmail(value: string | null | undefined, field: string): string | null {
  const email = optionalText(value, field, 254);
  if (email && !isValidEmail(email)) throw invalid(field, `"${email}" is not a valid email address`);
  return email;
}
