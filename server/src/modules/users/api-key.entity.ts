import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A tenant's integration key. The key is shown once; only its SHA-256 is stored. */
@ObjectType()
@Entity('api_keys')
export class ApiKey {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  tenantId!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'The first characters of the key, to tell keys apart.' })
  @Column({ type: 'text' })
  prefix!: string;

  @Column({ type: 'text', unique: true })
  tokenHash!: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'From this moment the key no longer works; null: it does not expire.' })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key last made a request (written at most once a minute).' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
