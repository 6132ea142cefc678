import { Field, Int, ObjectType } from 'type-graphql';
import { OutboxMessage } from './outbox-message.entity';
import { PageInfo } from '../../graphql/page-info';

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
