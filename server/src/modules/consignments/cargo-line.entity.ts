import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PackagingType } from '@tracklink/shared';

@ObjectType()
@Entity('cargo_lines')
@Index(['consignmentId', 'sequence'])
export class CargoLine {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  consignmentId!: string;

  @Column({ type: 'integer' })
  sequence!: number;

  @Field(() => String)
  @Column({ type: 'text' })
  description!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  quantity!: number;

  @Field(() => PackagingType)
  @Column({ type: 'text' })
  packagingType!: PackagingType;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  weightKg!: number | null;
}
