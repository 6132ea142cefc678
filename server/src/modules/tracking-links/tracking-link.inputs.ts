import { connectionType } from '../../graphql/page-info';
import { TrackingLink } from './tracking-link.entity';
import { TrackingLinkEvent } from './tracking-link-event.entity';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TEMPLATE_SECTIONS, type TemplateSection } from '@tracklink/shared';
import { SectionChoices } from '../templates/template.inputs';

/** The sections of the public page, by their template name. */
export const TrackingSection = Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, s])) as { [K in TemplateSection]: K };
registerEnumType(TrackingSection, {
  name: 'TrackingSection',
  description: 'A section of the public tracking page, named as its show* field.',
  valuesConfig: {
    showStatus: { description: "The consignment's status." },
    showProgress: { description: 'The progress bar: the steps TO_PLAN, PLANNED, IN_TRANSIT, DELIVERED reached so far.' },
    showStopReferences: { description: "The stops' references." },
    showEstimatedTimes: { description: "The stops' planned windows, ETAs and actual times." },
    showCargo: { description: 'The cargo lines.' },
    showPalletScans: { description: 'The pallet scans.' },
    showMap: { description: "The map (the stops' coordinates)." },
    showDriverPosition: { description: "The driver's latest position on the map, while IN_TRANSIT." },
    showCustomerReference: { description: "The customer's reference." },
    showContainerNumber: { description: 'The container number.' },
    showTransportService: { description: 'The transport service.' },
    showCustomFields: { description: 'The custom fields (those named in customFieldKeys).' },
    showExtraFields: { description: 'The extra fields.' },
    showNotes: { description: 'The CUSTOMER notes.' },
    showPhotos: { description: 'The customer-visible photos.' },
    showFeedback: { description: "The recipient's word back: delivery instructions, then a rating and a comment." },
    showProofOfDelivery: { description: 'The proof of delivery of the delivery stops: receiver, time, signature and photos.' },
  },
});

export enum TrackingLinkStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(TrackingLinkStatus, {
  name: 'TrackingLinkStatus',
  description: "Whether a link's page works now.",
  valuesConfig: {
    ACTIVE: { description: 'It works.' },
    EXPIRED: { description: 'Its expiry has passed; the page says so.' },
    REVOKED: { description: 'Revoked or regenerated; the page shows "not available".' },
  },
});

/**
 * Null fields leave the setting as it is (update) or inherit (create). The show* overrides take
 * precedence over the template for this link only; `inherit` removes overrides.
 */
@InputType({ description: 'A tracking link\'s recipient, expiry, photos and section overrides. On create, null fields inherit; on update, null fields stay as they are. A show* field overrides the templates for this link only; inherit removes overrides.' })
export class TrackingLinkInput extends SectionChoices {
  @Field(() => String, { nullable: true, description: 'Whom the link is for; one active link per recipient and consignment. Null on create: the consignment\'s default link.' }) recipientEmail?: string | null;
  @Field(() => Date, { nullable: true, description: 'An explicit expiry; the link stops at the earlier of this and the tenant\'s link lifetime.' }) expiresAt?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Removes the explicit expiry.' }) clearExpiresAt?: boolean | null;

  @Field(() => [TrackingSection], { nullable: true, description: 'Sections that go back to following the template.' })
  inherit?: TemplateSection[] | null;

  @Field(() => [ID], { nullable: true, description: "Customer-visible photos to show on this link; an empty list shows them all." })
  photoIds?: string[] | null;
}

/** The sections this link decides itself; null follows the template. */
@ObjectType({ implements: SectionChoices, description: 'The sections a link decides itself; a null section follows the customer\'s and the tenant\'s template.' })
export class TrackingLinkOverrides extends SectionChoices {}

@ObjectType({ description: 'What recalculateTasks did.' })
export class RecalculateResult {
  @Field(() => Int, { description: 'Consignments looked at.' }) consignments!: number;
  @Field(() => Int, { description: 'Default tracking links created where one was missing.' }) linksCreated!: number;
  @Field(() => Int, { description: 'Contact-task emails queued in the outbox.' }) emailsQueued!: number;
}

export const TrackingLinkConnection = connectionType(TrackingLink, 'TrackingLink', 'tracking links of a consignment', 'revoked ones included, oldest first');
export const TrackingLinkEventConnection = connectionType(TrackingLinkEvent, 'TrackingLinkEvent', 'audit log entries of a tracking link', 'oldest first');
