import { In, type DataSource } from 'typeorm';
import { FEEDBACK_LIMITS, feedbackStage } from '@tracklink/shared';
import { DomainError, forbidden, invalid } from '../../core/errors';
import { systemScope } from '../../core/scope';
import type { AppUnitOfWork } from '../../events/domain-events';
import type { LinkContext } from '../public-tracking/link-context';
import type { TrackingLinkService } from '../tracking-links/tracking-link.service';
import type { ConsignmentService } from '../consignments/consignment.service';
import { checkFeedback } from './feedback.validation';
import { RecipientFeedback } from './recipient-feedback.entity';

const FIELDS = new Set(['token', 'instructions', 'rating', 'comment']);

/** The recipient's word back through a link's page, and what staff read of it. */
export class FeedbackService {
  constructor(
    private readonly ds: DataSource,
    private readonly uow: AppUnitOfWork,
    private readonly links: TrackingLinkService,
    private readonly consignments: ConsignmentService,
  ) {}

  /**
   * One submission through an available link's page: instructions before delivery, a rating
   * (and a comment) after it. At most FEEDBACK_LIMITS.submissionsPerLink per link, each
   * replacing what it names. The caller has found the link and checked it is available.
   */
  async submit(link: LinkContext, body: Record<string, unknown>): Promise<RecipientFeedback> {
    if (!link.profile.showFeedback) throw forbidden('This tracking page does not take messages');
    const unknown = Object.keys(body).find((key) => !FIELDS.has(key));
    if (unknown) throw invalid(unknown, 'is not a field of this form');
    const stage = feedbackStage(link.status);
    if (stage === 'CLOSED') throw forbidden('This consignment was cancelled: there is nothing to tell the carrier');
    const checked = checkFeedback(body, stage);
    const scope = systemScope(link.tenantId, 'recipient');
    return this.uow.run(scope, async (tx) => {
      const { em } = tx;
      // Locked like any other change of the consignment, so its tasks and webhooks keep their order.
      const consignment = await this.consignments.lockOwn(em, scope, link.consignmentId);
      const { recipientEmail } = await this.links.find(scope, link.linkId, em);
      const before = await em.getRepository(RecipientFeedback).findOneBy({ linkId: link.linkId });
      const set =
        stage === 'INSTRUCTIONS'
          ? { columns: 'instructions, instructions_at', values: '$5, now()', update: 'instructions = EXCLUDED.instructions, instructions_at = now()', params: [checked.instructions] }
          : { columns: 'rating, comment, rated_at', values: '$5, $6, now()', update: 'rating = EXCLUDED.rating, comment = EXCLUDED.comment, rated_at = now()', params: [checked.rating, checked.comment] };
      // One statement: the count of submissions cannot be passed by two at once.
      const rows: Array<{ id: string }> = await em.query(
        `INSERT INTO recipient_feedback (tenant_id, consignment_id, link_id, recipient_email, ${set.columns}, submissions)
         VALUES ($1, $2, $3, $4, ${set.values}, 1)
         ON CONFLICT (link_id) DO UPDATE SET ${set.update}, recipient_email = EXCLUDED.recipient_email,
                submissions = recipient_feedback.submissions + 1, updated_at = now()
          WHERE recipient_feedback.submissions < ${FEEDBACK_LIMITS.submissionsPerLink}
         RETURNING id`,
        [link.tenantId, link.consignmentId, link.linkId, recipientEmail, ...set.params],
      );
      if (!rows.length) {
        throw new DomainError('CONFLICT', `This link has taken its ${FEEDBACK_LIMITS.submissionsPerLink} messages; please contact the carrier directly`);
      }
      const feedback = await em.getRepository(RecipientFeedback).findOneByOrFail({ id: rows[0].id });
      await tx.emit({
        type: 'feedback.submitted',
        consignment,
        feedback: {
          id: feedback.id,
          tenantId: feedback.tenantId,
          consignmentId: feedback.consignmentId,
          linkId: feedback.linkId,
          kind: stage === 'INSTRUCTIONS' ? 'INSTRUCTIONS' : 'RATING',
          instructions: feedback.instructions,
          rating: feedback.rating,
          comment: feedback.comment,
          previousRating: before?.rating ?? null,
          submittedAt: feedback.updatedAt,
        },
      });
      return feedback;
    });
  }

  /** The feedback of some consignments (already the caller's), oldest first. */
  of(consignmentIds: readonly string[]): Promise<RecipientFeedback[]> {
    return this.ds.getRepository(RecipientFeedback).find({ where: { consignmentId: In([...consignmentIds]) }, order: { createdAt: 'ASC' } });
  }
}
