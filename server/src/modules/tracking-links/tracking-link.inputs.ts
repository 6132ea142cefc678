import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TEMPLATE_SECTIONS, type TemplateSection } from '@tracklink/shared';
import { SectionChoices } from '../templates/template.inputs';

/** The sections of the public page, by their template name. */
export const TrackingSection = Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, s])) as { [K in TemplateSection]: K };
registerEnumType(TrackingSection, { name: 'TrackingSection', description: 'A section of the public tracking page.' });

export enum TrackingLinkStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(TrackingLinkStatus, { name: 'TrackingLinkStatus' });

/**
 * Null fields leave the setting as it is (update) or inherit (create). The show* overrides take
 * precedence over the template for this link only; `inherit` removes overrides.
 */
@InputType()
export class TrackingLinkInput extends SectionChoices {
  @Field(() => String, { nullable: true }) recipientEmail?: string | null;
  @Field(() => Date, { nullable: true }) expiresAt?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Removes the explicit expiry.' }) clearExpiresAt?: boolean | null;

  @Field(() => [TrackingSection], { nullable: true, description: 'Sections that go back to following the template.' })
  inherit?: TemplateSection[] | null;

  @Field(() => [ID], { nullable: true, description: "Customer-visible photos to show on this link; an empty list shows them all." })
  photoIds?: string[] | null;
}

/** The sections this link decides itself; null follows the template. */
@ObjectType({ implements: SectionChoices })
export class TrackingLinkOverrides extends SectionChoices {}

@ObjectType()
export class RecalculateResult {
  @Field(() => Int) consignments!: number;
  @Field(() => Int) linksCreated!: number;
  @Field(() => Int) emailsQueued!: number;
}
