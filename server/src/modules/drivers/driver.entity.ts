import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A driver of the tenant. Their app reports positions and scans with the driver token given at creation.' })
@Entity('drivers')
export class Driver {
  @Field(() => ID, { description: 'The driver\'s id; pass as PositionInput.driverId when reporting with an API key.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String, { description: 'The driver\'s name.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A phone number, free text; null: none.' })
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'The licence plate of their usual vehicle; null: none.' })
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

  @Field(() => Date, { description: 'When the driver was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
