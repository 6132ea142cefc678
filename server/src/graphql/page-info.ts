import { ArgsType, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in a cursor-paginated list (Relay connection specification). Lists page forward only: first and after.' })
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

/** The GraphQL class of a connection (Relay): its edges, pageInfo and totalCount. */
export interface ConnectionClass<T> {
  new (): { edges: Array<{ cursor: string; node: T }>; pageInfo: PageInfo; totalCount: number };
}

/**
 * A connection type of `node` named `<name>Connection` (with `<name>Edge`): what a page holds
 * is told by `what` (plural, e.g. "pallet scans") and `order` (e.g. "by scannedAt, oldest first").
 */
export function connectionType<T extends object>(node: new (...args: never[]) => T, name: string, what: string, order: string): ConnectionClass<T> {
  @ObjectType(`${name}Edge`, { description: `One of the ${what} with its cursor.` })
  class Edge {
    @Field(() => String, { description: `Opaque; pass as \`after\` to get the ${what} after this one.` })
    cursor!: string;

    @Field(() => node, { description: `The item.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of the ${what} (Relay cursor connection), ${order}.` })
  class Connection {
    @Field(() => [Edge], { description: `The ${what} of this page with their cursors.` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list: cursors and whether more pages follow.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${what} there are in all, across pages.` })
    totalCount!: number;
  }
  return Connection;
}

/** `first` and `after` of a connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100; default 20.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor from a previous page (endCursor): the page starts after it.' })
  after?: string | null;
}
