import { Field, Int, ObjectType } from 'type-graphql';
import { OutboxMessage } from './outbox-message.entity';
import { PageInfo } from '../../graphql/page-info';

@ObjectType({ description: 'An outbox message with its cursor.' })
export class OutboxEdge {
  @Field(() => String, { description: 'Opaque; pass as `after` to get the messages after this one.' })
  cursor!: string;

  @Field(() => OutboxMessage, { description: 'The message.' })
  node!: OutboxMessage;
}

@ObjectType({ description: 'A page of outbox messages (Relay cursor connection), newest first.' })
export class OutboxConnection {
  @Field(() => [OutboxEdge], { description: 'The messages of this page with their cursors.' })
  edges!: OutboxEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list: cursors and whether more pages follow.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many messages match the filter in all, across pages.' })
  totalCount!: number;
}
