import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SectionOverrides } from '@tracklink/shared';

/**
 * A public tracking URL for a whole order: one page showing every consignment of the order.
 * Tokens as a consignment's link: stored only as a keyed hash (look-up) and encrypted.
 */
@ObjectType({ description: 'A public tracking URL of an order: one page with every consignment of the order.' })
@Entity('order_links')
export class OrderLink {
  @Field(() => ID, { description: 'The link\'s id (not its token).' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'uuid' })
  orderId!: string;

  @Column({ type: 'text', unique: true })
  tokenHash!: string;

  @Column({ type: 'text' })
  tokenEncrypted!: string;

  @Field(() => Date, { description: 'When the link was made.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => String, { description: 'Who made it: a user\'s email, an API key, or "system".' })
  @Column({ type: 'text' })
  createdBy!: string;

  /** Explicit expiry chosen for this link; the effective expiry is the earlier of this and the lifetime. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked (or regenerated); null while it is not.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who revoked or regenerated it; null while it is not.' })
  @Column({ type: 'text', nullable: true })
  revokedBy!: string | null;

  @Field(() => Int, { description: 'How many times its page was opened.' })
  @Column({ type: 'integer', default: 0 })
  viewCount!: number;

  @Field(() => Date, { nullable: true, description: 'When its page was last opened; null: never.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastViewedAt!: Date | null;

  /** Per-section overrides of the template, applied to every consignment of the page; a missing key inherits. */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  overrides!: SectionOverrides;

  /** Set by the service on reads: the moment the link stops working unless something changes. */
  effectiveExpiresAt!: Date;
}
