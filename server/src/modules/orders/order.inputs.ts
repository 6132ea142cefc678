import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/page-info';
import { ConsignmentInput } from '../consignments/consignment.inputs';
import { Customer } from './customer.entity';

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

@ObjectType({ description: 'A customer with its cursor.' })
export class CustomerEdge {
  @Field(() => String, { description: 'Opaque; pass as `after` to get the customers after this one.' })
  cursor!: string;

  @Field(() => Customer, { description: 'The customer.' })
  node!: Customer;
}

@ObjectType({ description: 'A page of the tenant\'s customers (Relay cursor connection), by name regardless of case.' })
export class CustomerConnection {
  @Field(() => [CustomerEdge], { description: 'The customers of this page with their cursors.' })
  edges!: CustomerEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list: cursors and whether more pages follow.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many customers there are in all, across pages.' })
  totalCount!: number;
}
