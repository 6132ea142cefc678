import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page sits in a cursor-paginated list (Relay connection specification). Lists page forward only: first and after.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when items come before this page: the page was asked for with `after`, and the list still holds the item of that cursor or items before it. False on the first page.' })
  hasPreviousPage!: boolean;

  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the page's first edge; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the page's last edge; null when the page is empty. Pass it as `after` for the next page." })
  endCursor!: string | null;
}
