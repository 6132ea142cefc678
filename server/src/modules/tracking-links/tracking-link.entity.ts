import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SectionOverrides } from '@tracklink/shared';
import type { FieldReads } from '../../db/raw-rows';

/**
 * A public tracking URL for a consignment, optionally for one recipient. The token is stored
 * only as a keyed hash (for look-up) and encrypted (so staff can copy the URL again).
 */
@ObjectType({ simpleResolvers: true, description: 'A public tracking URL of a consignment.' })
@Entity('tracking_links')
export class TrackingLink {
  @Field(() => ID, { description: 'The link\'s id (not its token).' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'uuid' })
  consignmentId!: string;

  @Field(() => String, { nullable: true, description: 'Null for the consignment\'s default link.' })
  @Column({ type: 'text', nullable: true })
  recipientEmail!: string | null;

  @Column({ type: 'text', unique: true })
  tokenHash!: string;

  @Column({ type: 'text' })
  tokenEncrypted!: string;

  @Field(() => Date, { description: 'When the link was made.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'text' })
  createdBy!: string;

  /** Explicit expiry chosen for this link; the effective expiry is the earlier of this and the lifetime. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked (or regenerated); null while it is not.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedBy!: string | null;

  @Field(() => Int, { description: 'How many times its page was opened.' })
  @Column({ type: 'integer', default: 0 })
  viewCount!: number;

  @Field(() => Date, { nullable: true, description: 'When its page was last opened; null: never.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastViewedAt!: Date | null;

  /** Per-section overrides of the template; a missing key inherits. */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  overrides!: SectionOverrides;

  /** Photos to show on this link; null shows every customer-visible photo. */
  @Column({ type: 'uuid', array: true, nullable: true })
  photoIds!: string[] | null;

  /** Set by the service on reads: the moment the link stops working unless something changes. */
  effectiveExpiresAt!: Date;
}

/**
 * What the TrackingLink type's field resolvers read of a link (db/raw-rows `propertiesFor`;
 * `expiresAt` is the effective expiry, which a reader of links computes itself); every other
 * field is the property of its name.
 */
export const TRACKING_LINK_FIELD_READS: FieldReads = {
  url: ['tokenEncrypted'],
  qrCode: ['revokedAt', 'tokenEncrypted'],
  status: ['revokedAt'],
  expiresAt: [],
  explicitExpiresAt: ['expiresAt'],
  auditLog: ['id'],
  auditLogConnection: ['id'],
};
