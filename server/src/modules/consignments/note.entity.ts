import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NoteScope } from '@tracklink/shared';

@ObjectType('ConsignmentNote')
@Entity('consignment_notes')
@Index(['consignmentId', 'createdAt'])
export class Note {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  consignmentId!: string;

  @Field(() => NoteScope)
  @Column({ type: 'text' })
  scope!: NoteScope;

  @Field(() => String)
  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
