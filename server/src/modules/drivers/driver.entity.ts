import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType()
@Entity('drivers')
export class Driver {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  vehiclePlate!: string | null;

  /** SHA-256 of the driver app's bearer token. */
  @Column({ type: 'text', unique: true })
  tokenHash!: string;

  /** SHA-256 of the device key a third-party driver app sends as its identifier; null: none. */
  @Column({ type: 'text', nullable: true, unique: true })
  deviceKeyHash!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the current device key (the identifier for Traccar Client or OsmAnd) was made; null: none.' })
  @Column({ type: 'timestamptz', nullable: true })
  deviceKeyCreatedAt!: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
