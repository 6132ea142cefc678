import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum LoginOutcome {
  SUCCEEDED = 'SUCCEEDED',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  /** This failure locked the account for a while (LOGIN_LOCK_AFTER failures). */
  LOCKED = 'LOCKED',
}
registerEnumType(LoginOutcome, {
  name: 'LoginOutcome',
  description: 'How a sign-in attempt ended.',
  valuesConfig: {
    LOCKED: { description: 'Refused without checking the password: the account was locked after repeated failures.' },
    SUCCEEDED: { description: 'Signed in: a session was made.' },
    WRONG_PASSWORD: { description: 'The password did not match.' },
  },
});

/** A sign-in to an existing account, as a super admin sees it. */
@ObjectType({ description: 'A sign-in attempt to an account of the tenant, kept for audit.' })
@Entity('login_attempts')
export class LoginAttempt {
  @Field(() => ID, { description: 'The attempt\'s id.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  tenantId!: string | null;

  @Field(() => String, { description: 'The account\'s email address.' })
  @Column({ type: 'text' })
  email!: string;

  @Field(() => String, { description: 'The client address the attempt came from.' })
  @Column({ type: 'text' })
  ip!: string;

  @Field(() => LoginOutcome, { description: 'How it ended.' })
  @Column({ type: 'text' })
  outcome!: LoginOutcome;

  @Field(() => Date, { description: 'When the attempt was made.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
