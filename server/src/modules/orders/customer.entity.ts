import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The shipper or consignee an order is for; found again by name within a tenant. */
@ObjectType({ simpleResolvers: true, description: 'A customer of the tenant: whom orders are for. Created by createOrder from customerName.' })
@Entity('customers')
@Index(['tenantId', 'nameKey'], { unique: true })
export class Customer {
  @Field(() => ID, { description: 'The customer\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String, { description: 'The customer\'s name, unique per tenant regardless of case.' })
  @Column({ type: 'text' })
  name!: string;

  /** Lower-cased, trimmed name: the identity of a customer within its tenant. */
  @Column({ type: 'text' })
  nameKey!: string;

  @Field(() => String, { nullable: true, description: 'The customer\'s contact address (CUSTOMER_CONTACT tasks write to it); null: none.' })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
