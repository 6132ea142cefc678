import { Field, Int, ObjectType } from 'type-graphql';
import type { Refusal } from '../core/batch';
import { graphqlCodeOf } from './errors';

@ObjectType({ description: 'An item of a batch that was not stored, and why; the rest of the batch was.' })
export class RefusedItem {
  @Field(() => Int, { description: 'Its place in the batch, counted from 0.' })
  index!: number;

  @Field(() => String, { description: 'As an error would say it: BAD_USER_INPUT, FORBIDDEN…' })
  code!: string;

  @Field(() => String, { description: 'What is wrong with it, in words.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The input path of the refused value, e.g. "positions[3].recordedAt".' })
  field!: string | null;
}

export const refusedItems = (refusals: readonly Refusal[]): RefusedItem[] =>
  refusals.map((r) => ({ index: r.index, code: graphqlCodeOf(r.code), message: r.message, field: r.field ?? null }));
