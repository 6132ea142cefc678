import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FieldReads } from '../../db/raw-rows';

@ObjectType({ simpleResolvers: true, description: 'A customer order: one or more consignments created together by createOrder.' })
@Entity('orders')
@Index(['tenantId', 'reference'], { unique: true })
export class Order {
  @Field(() => ID, { description: 'The order\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String, { description: 'The tenant\'s order reference.' })
  @Column({ type: 'text' })
  reference!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  customerId!: string | null;

  @Field(() => Date, { description: 'When the order was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the order last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** What the Order type's field resolvers read of an order (db/raw-rows `propertiesFor`); every other field is the property of its name. */
export const ORDER_FIELD_READS: FieldReads = {
  consignments: ['id'],
  customer: ['customerId'],
  orderLinks: ['id'],
};
