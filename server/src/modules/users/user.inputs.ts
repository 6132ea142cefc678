import { Field, InputType, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.entity';
import { User } from './user.entity';
import { Role } from '@tracklink/shared';

@ObjectType()
export class Session {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`. Empty when the session went into a cookie (`login(cookie: true)`).' })
  token!: string;

  @Field(() => User)
  user!: User;
}

@InputType()
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => Role, { description: 'SUPER_ADMIN or DISPATCHER.' })
  role!: Role;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

@ObjectType()
export class ApiKeyCredentials {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String, { description: 'Shown once; only a hash is kept.' })
  key!: string;
}
