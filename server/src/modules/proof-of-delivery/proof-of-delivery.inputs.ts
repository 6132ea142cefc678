import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ProofOfDeliveryImage', { description: 'A signature or photo of a proof of delivery (PNG or JPEG).' })
export class ProofOfDeliveryImageType {
  @Field(() => ID, { description: "The image's id." }) id!: string;
  @Field(() => String, { description: 'The type: image/png or image/jpeg, told by its content when it was recorded.' }) contentType!: string;
  @Field(() => Int, { description: 'Its size in bytes.' }) byteSize!: number;
}

@ObjectType('ProofOfDelivery', {
  description: 'Who took the goods at a delivery stop, when and where, with a signature and photos (PUT /api/stops/<id>/proof-of-delivery records it).',
})
export class ProofOfDeliveryType {
  @Field(() => ID, { description: "The proof's id." }) id!: string;
  @Field(() => ID, { description: 'The delivery stop it proves.' }) stopId!: string;
  @Field(() => String, { description: 'The name of who took the goods.' }) receiverName!: string;
  @Field(() => Date, { description: 'When the goods were delivered (as sent, else when it was recorded).' }) deliveredAt!: Date;
  @Field(() => Float, { nullable: true, description: 'WGS 84 latitude where it was recorded; null: unknown.' }) latitude!: number | null;
  @Field(() => Float, { nullable: true, description: 'WGS 84 longitude where it was recorded; null: unknown.' }) longitude!: number | null;
  @Field(() => String, { nullable: true, description: "GIVEN: the position came with the proof; DRIVER: the driver's last known position; null: none." })
  positionSource!: string | null;
  @Field(() => Int, { description: '1 for the first proof, one more with each correction.' }) revision!: number;
  @Field(() => String, { description: 'Who recorded it: a user, an API key or a driver.' }) recordedBy!: string;
  @Field(() => ProofOfDeliveryImageType, { nullable: true, description: 'The signature; null: none.' }) signature!: ProofOfDeliveryImageType | null;
  @Field(() => [ProofOfDeliveryImageType], { description: 'The photos, in the order sent.' }) photos!: ProofOfDeliveryImageType[];
}
