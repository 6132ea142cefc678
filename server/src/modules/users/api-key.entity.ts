import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A tenant's integration key. The key is shown once; only its SHA-256 is stored. */
@ObjectType({ description: 'A tenant\'s key for machine access (integrations): sent as `Authorization: Bearer <key>`; acts with integration rights on the tenant\'s orders, consignments, links, positions and scans. Only super admins list, create and revoke keys.' })
@Entity('api_keys')
export class ApiKey {
  @Field(() => ID, { description: 'The key\'s id (not the key itself).' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String, { description: 'A label chosen at creation, e.g. the integration that uses the key.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'The first characters of the key, to tell keys apart.' })
  @Column({ type: 'text' })
  prefix!: string;

  @Column({ type: 'text', unique: true })
  tokenHash!: string;

  @Field(() => Date, { description: 'When the key was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null while it is not. A revoked key answers UNAUTHENTICATED at once.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'From this moment the key no longer works; null: it does not expire.' })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key last made a request (written at most once a minute).' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
