import { manyLoader } from '../../graphql/loader-utils';
import type { FeedbackService } from './feedback.service';

export function feedbackLoaders(feedback: FeedbackService) {
  return {
    recipientFeedback: manyLoader((ids) => feedback.of(ids), (f) => f.consignmentId),
  };
}
