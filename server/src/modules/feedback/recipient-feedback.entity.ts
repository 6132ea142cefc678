import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * What the recipient of one tracking link told us through its page: delivery instructions
 * before delivery, a rating and a comment after it. One per link; each submission edits it.
 * Texts are the recipient's own words: show them as text, never as markup.
 */
@ObjectType({ description: "The recipient's word back through one tracking link." })
@Entity('recipient_feedback')
export class RecipientFeedback {
  @Field(() => ID, { description: 'Its id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'uuid' })
  consignmentId!: string;

  @Field(() => ID, { description: 'The tracking link it came through.' })
  @Column({ type: 'uuid' })
  linkId!: string;

  @Field(() => String, { nullable: true, description: "The link's recipient; null for the consignment's default link." })
  @Column({ type: 'text', nullable: true })
  recipientEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'Delivery instructions ("gate 3, ring the bell"), for dispatch and the driver.' })
  @Column({ type: 'text', nullable: true })
  instructions!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the instructions were last given or edited; null: none given.' })
  @Column({ type: 'timestamptz', nullable: true })
  instructionsAt!: Date | null;

  @Field(() => Int, { nullable: true, description: '1 (poor) to 5 (excellent), given after delivery.' })
  @Column({ type: 'smallint', nullable: true })
  rating!: number | null;

  @Field(() => String, { nullable: true, description: "The recipient's comment with the rating, as they wrote it (show it as text); null: none." })
  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the rating was last given or edited; null: not rated.' })
  @Column({ type: 'timestamptz', nullable: true })
  ratedAt!: Date | null;

  @Field(() => Int, { description: 'Submissions accepted so far (edits included).' })
  @Column({ type: 'integer', default: 0 })
  submissions!: number;

  @Field(() => Date, { description: 'When the recipient first wrote.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
