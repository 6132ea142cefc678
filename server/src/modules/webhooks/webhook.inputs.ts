import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/page-info';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEventType } from './webhook-events';

@InputType({ description: 'A webhook endpoint to create.' })
export class WebhookEndpointInput {
  @Field(() => String, { description: 'https URL to POST to, at most 2,000 characters (http only to loopback outside production).' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'A note for staff.' })
  description?: string | null;

  @Field(() => [WebhookEventType], { description: 'The events it gets (at least one).' })
  eventTypes!: WebhookEventType[];

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'False: created turned off.' })
  enabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Also send the consignment's price and cost (the tenant's own systems only)." })
  internal?: boolean | null;
}

@InputType({ description: 'What to change; absent fields stay as they are.' })
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true, description: 'A new https URL.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A note for staff; an empty string clears it.' })
  description?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The events it gets (replaces the list; at least one).' })
  eventTypes?: WebhookEventType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Turning it on again also clears why the server had turned it off.' })
  enabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'True: payloads also carry price and cost.' })
  internal?: boolean | null;
}

@ObjectType({ description: 'An endpoint with its signing secret, returned once.' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint!: WebhookEndpoint;

  @Field(() => String, { description: 'The signing secret (whsec_…): in this answer once, never again.' })
  secret!: string;
}

@ObjectType({ description: 'A delivery with its cursor.' })
export class WebhookDeliveryEdge {
  @Field(() => String, { description: 'Opaque; pass as `after` to get the deliveries after this one.' })
  cursor!: string;

  @Field(() => WebhookDelivery, { description: 'The delivery.' })
  node!: WebhookDelivery;
}

@ObjectType({ description: 'A page of an endpoint\'s deliveries (Relay cursor connection), newest first.' })
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge], { description: 'The deliveries of this page with their cursors.' })
  edges!: WebhookDeliveryEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list: cursors and whether more pages follow.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many deliveries match the filter in all, across pages.' })
  totalCount!: number;
}
