import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/pagination';
import { OutboxMessage } from './outbox-message.entity';

@ObjectType()
export class OutboxEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => OutboxMessage)
  node!: OutboxMessage;
}

@ObjectType()
export class OutboxConnection {
  @Field(() => [OutboxEdge])
  edges!: OutboxEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
