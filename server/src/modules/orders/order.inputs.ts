import { Field, InputType } from 'type-graphql';
import { ConsignmentInput } from '../consignments/consignment.inputs';

@InputType({ description: 'An order to create with all its consignments, in one transaction: nothing is stored unless all of it is valid.' })
export class CreateOrderInput {
  @Field(() => String, { description: 'The tenant\'s order reference (required, not empty).' })
  reference!: string;

  @Field(() => String, { nullable: true, description: 'The customer the order is for: matched case-insensitively to an existing customer of the tenant, or created. Required with customerEmail.' })
  customerName?: string | null;

  @Field(() => String, { nullable: true, description: "The customer's contact address." })
  customerEmail?: string | null;

  @Field(() => [ConsignmentInput], { description: 'At least one consignment, each with its stops.' })
  consignments!: ConsignmentInput[];
}
