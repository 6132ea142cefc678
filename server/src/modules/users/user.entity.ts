import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@tracklink/shared';

@ObjectType()
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for platform admins, who belong to no tenant. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  tenantId!: string | null;

  @Field(() => String)
  @Column({ type: 'text', unique: true })
  email!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Field(() => Role)
  @Column({ type: 'text' })
  role!: Role;

  /** argon2id; never a GraphQL field. */
  @Column({ type: 'text' })
  passwordHash!: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
