import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Consignment } from '../consignments/consignment.entity';
import { RecipientFeedback } from './recipient-feedback.entity';

@Resolver(() => Consignment)
export class ConsignmentFeedbackResolver {
  @FieldResolver(() => [RecipientFeedback], {
    description: "What recipients told us through the consignment's links (one per link that sent any), oldest first.",
  })
  recipientFeedback(@Root() c: Consignment, @Ctx() ctx: Context): Promise<RecipientFeedback[]> {
    return ctx.loaders.recipientFeedback.load(c.id);
  }
}
