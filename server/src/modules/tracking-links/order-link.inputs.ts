import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { TemplateSection } from '@tracklink/shared';
import { SectionChoices } from '../templates/template.inputs';
import { TrackingSection } from './tracking-link.inputs';

/**
 * An order link's expiry and section overrides. On create, null fields inherit; on update, null
 * fields stay as they are. The show* overrides apply to every consignment on the order's page.
 */
@InputType({ description: "An order link's expiry and section overrides. On create, null fields inherit; on update, null fields stay as they are. A show* field overrides the templates for every consignment on this link's page; inherit removes overrides." })
export class OrderLinkInput extends SectionChoices {
  @Field(() => Date, { nullable: true, description: "An explicit expiry; the link stops at the earlier of this and the tenant's link lifetime." }) expiresAt?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Removes the explicit expiry.' }) clearExpiresAt?: boolean | null;

  @Field(() => [TrackingSection], { nullable: true, description: 'Sections that go back to following the template.' })
  inherit?: TemplateSection[] | null;
}

/** The sections an order link decides itself; null follows the template. */
@ObjectType({ implements: SectionChoices, description: "The sections an order link decides itself for every consignment on its page; a null section follows the customer's and the tenant's template." })
export class OrderLinkOverrides extends SectionChoices {}

@ObjectType({ description: 'What createMissingOrderLinks did.' })
export class MissingOrderLinksResult {
  @Field(() => Int, { description: 'Order links created (orders that never had one).' }) created!: number;
  @Field(() => Boolean, { description: 'Whether orders without a link may remain (at most 1000 are done per call): call again.' }) more!: boolean;
}
