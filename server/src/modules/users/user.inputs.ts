import { connectionType } from '../../graphql/page-info';
import { LoginAttempt } from './login-attempt.entity';
import { Field, InputType, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.entity';
import { User } from './user.entity';
import { Role } from '@tracklink/shared';

@ObjectType({ description: 'A signed-in session, made by login.' })
export class Session {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`. Empty when the session went into a cookie (`login(cookie: true)`).' })
  token!: string;

  @Field(() => User, { description: 'The user who signed in.' })
  user!: User;
}

@InputType({ description: 'A user to add to the caller\'s tenant.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Their sign-in address.' })
  email!: string;

  @Field(() => String, { description: 'Their first password, at least 12 characters.' })
  password!: string;

  @Field(() => Role, { description: 'SUPER_ADMIN or DISPATCHER.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Their name for display; null: none.' })
  name?: string | null;
}

@ObjectType({ description: 'A new API key and its secret value, returned once by createApiKey.' })
export class ApiKeyCredentials {
  @Field(() => ApiKey, { description: 'The key\'s record as listed by apiKeys.' })
  apiKey!: ApiKey;

  @Field(() => String, { description: 'Shown once; only a hash is kept.' })
  key!: string;
}

export const UserConnection = connectionType(User, 'User', "users of the caller's tenant", 'by address');
export const ApiKeyConnection = connectionType(ApiKey, 'ApiKey', "API keys of the caller's tenant", 'revoked ones included, newest first');
export const LoginAttemptConnection = connectionType(LoginAttempt, 'LoginAttempt', "sign-ins to the accounts of the caller's tenant", 'newest first');
