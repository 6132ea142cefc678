import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NoteScope } from '@tracklink/shared';

@ObjectType('ConsignmentNote', { description: 'A note on a consignment; CUSTOMER notes may appear on the public page, INTERNAL ones never.' })
@Entity('consignment_notes')
@Index(['consignmentId', 'createdAt'])
export class Note {
  @Field(() => ID, { description: 'The note\'s id (for deleteConsignmentNote).' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  consignmentId!: string;

  @Field(() => NoteScope, { description: 'Who may see it: CUSTOMER (the public page, when the template shows notes) or INTERNAL (staff only).' })
  @Column({ type: 'text' })
  scope!: NoteScope;

  @Field(() => String, { description: 'The note, plain text.' })
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Field(() => Date, { description: 'When the note was added.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
