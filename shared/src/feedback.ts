// A word back from the recipient on the public page: delivery instructions before delivery, a
// rating and a comment after it.

export const FEEDBACK_LIMITS = {
  /** "Gate 3, ring the bell": a few lines at most. */
  instructions: 500,
  comment: 1000,
  /** Accepted submissions per link, edits included; then the page says no more. */
  submissionsPerLink: 5,
  /** A rating at or below this is a low one (staff filter by it). */
  lowRating: 2,
} as const;

export type FeedbackStage = 'INSTRUCTIONS' | 'RATING' | 'CLOSED';

/** What the recipient may send now: instructions until delivery, a rating after it, nothing once cancelled. */
export function feedbackStage(status: string): FeedbackStage {
  if (status === 'DELIVERED') return 'RATING';
  if (status === 'CANCELLED') return 'CLOSED';
  return 'INSTRUCTIONS';
}
