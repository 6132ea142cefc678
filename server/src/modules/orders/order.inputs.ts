import { Field, InputType } from 'type-graphql';
import { ConsignmentInput } from '../consignments/consignment.inputs';

@InputType()
export class CreateOrderInput {
  @Field(() => String)
  reference!: string;

  @Field(() => String, { nullable: true })
  customerName?: string | null;

  @Field(() => String, { nullable: true, description: "The customer's contact address." })
  customerEmail?: string | null;

  @Field(() => [ConsignmentInput])
  consignments!: ConsignmentInput[];
}
