import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('ConsignmentPhoto')
@Entity('consignment_photos')
@Index(['consignmentId', 'createdAt'])
export class Photo {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  consignmentId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  url!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  caption!: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  customerVisible!: boolean;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
