import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@tracklink/shared';

@ObjectType({ description: 'A person who signs in: a tenant\'s super admin or dispatcher, or a platform admin.' })
@Entity('users')
export class User {
  @Field(() => ID, { description: 'The user\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for platform admins, who belong to no tenant. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  tenantId!: string | null;

  @Field(() => String, { description: 'Their sign-in address.' })
  @Column({ type: 'text', unique: true })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Their name for display; null: none.' })
  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Field(() => Role, { description: 'What they may do.' })
  @Column({ type: 'text' })
  role!: Role;

  /** argon2id; never a GraphQL field. */
  @Column({ type: 'text' })
  passwordHash!: string;

  @Field(() => Date, { description: 'When the user was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
