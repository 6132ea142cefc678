import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The shipper or consignee an order is for; found again by name within a tenant. */
@ObjectType()
@Entity('customers')
@Index(['tenantId', 'nameKey'], { unique: true })
export class Customer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  /** Lower-cased, trimmed name: the identity of a customer within its tenant. */
  @Column({ type: 'text' })
  nameKey!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
