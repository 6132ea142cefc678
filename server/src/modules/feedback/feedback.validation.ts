import { FEEDBACK_LIMITS } from '@tracklink/shared';
import { invalid } from '../../core/errors';

/** Control characters other than tab and line breaks: never part of a message someone typed. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
/** Links are what spam carries; a recipient has no need to send one. */
const LINK = /(?:https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|net|org|ru|xyz|top|info|biz)\b\/?)/i;

export interface CheckedFeedback {
  instructions?: string;
  rating?: number;
  comment?: string | null;
}

/** A recipient's text: a string, trimmed, within `max`, no control characters, no links. */
export function recipientText(value: unknown, field: string, max: number, required: boolean): string | null {
  if (value === undefined || value === null) {
    if (required) throw invalid(field, 'is required');
    return null;
  }
  if (typeof value !== 'string') throw invalid(field, 'must be text');
  // Refused before any other work: a megabyte of text is not read twice.
  if (value.length > max * 2) throw invalid(field, `must be at most ${max} characters`);
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (CONTROL.test(text)) throw invalid(field, 'must not contain control characters');
  if ([...text].length > max) throw invalid(field, `must be at most ${max} characters`);
  if (!text) {
    if (required) throw invalid(field, 'must not be empty');
    return null;
  }
  if (LINK.test(text)) throw invalid(field, 'must not contain links');
  return text;
}

/** The body of a submission: only the fields named, of the right types. */
export function checkFeedback(body: Record<string, unknown>, stage: 'INSTRUCTIONS' | 'RATING'): CheckedFeedback {
  if (stage === 'INSTRUCTIONS') {
    if (body.rating !== undefined) throw invalid('rating', 'can be given once the consignment is delivered');
    if (body.comment !== undefined) throw invalid('comment', 'can be given once the consignment is delivered');
    return { instructions: recipientText(body.instructions, 'instructions', FEEDBACK_LIMITS.instructions, true)! };
  }
  if (body.instructions !== undefined) throw invalid('instructions', 'are taken only before delivery');
  const rating = body.rating;
  if (rating === undefined || rating === null) throw invalid('rating', 'is required');
  if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5) {
    throw invalid('rating', 'must be a whole number from 1 to 5');
  }
  return { rating, comment: recipientText(body.comment, 'comment', FEEDBACK_LIMITS.comment, false) };
}
