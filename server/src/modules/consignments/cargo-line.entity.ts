import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PackagingType } from '@tracklink/shared';

@ObjectType({ description: 'One line of a consignment\'s cargo: what, how many, how packed.' })
@Entity('cargo_lines')
@Index(['consignmentId', 'sequence'])
export class CargoLine {
  @Field(() => ID, { description: 'The line\'s id; cargo lines are replaced as a whole by updateConsignment.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  consignmentId!: string;

  @Column({ type: 'integer' })
  sequence!: number;

  @Field(() => String, { description: 'What the goods are, free text.' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => Int, { description: 'Number of packages of packagingType, at least 1.' })
  @Column({ type: 'integer' })
  quantity!: number;

  @Field(() => PackagingType, { description: 'How the goods are packed.' })
  @Column({ type: 'text' })
  packagingType!: PackagingType;

  @Field(() => Float, { nullable: true, description: 'Gross weight of the whole line in kilograms; null: not known.' })
  @Column({ type: 'double precision', nullable: true })
  weightKg!: number | null;
}
