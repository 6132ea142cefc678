import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum LoginOutcome {
  SUCCEEDED = 'SUCCEEDED',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  /** This failure locked the account for a while (LOGIN_LOCK_AFTER failures). */
  LOCKED = 'LOCKED',
}
registerEnumType(LoginOutcome, { name: 'LoginOutcome' });

/** A sign-in to an existing account, as a super admin sees it. */
@ObjectType()
@Entity('login_attempts')
export class LoginAttempt {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  tenantId!: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  email!: string;

  @Field(() => String, { description: 'The client address the attempt came from.' })
  @Column({ type: 'text' })
  ip!: string;

  @Field(() => LoginOutcome)
  @Column({ type: 'text' })
  outcome!: LoginOutcome;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
