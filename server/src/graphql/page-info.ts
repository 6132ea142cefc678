import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a page sits in a cursor-paginated list (Relay connection specification).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the page\'s last edge; null when the page is empty. Pass it as `after` for the next page.' })
  endCursor!: string | null;
}
