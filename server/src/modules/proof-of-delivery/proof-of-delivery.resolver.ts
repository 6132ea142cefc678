import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Stop } from '../consignments/stop.entity';
import { ProofOfDeliveryImageType, ProofOfDeliveryType } from './proof-of-delivery.inputs';
import type { PodImageView, ProofView } from './proof-of-delivery.service';

@Resolver(() => Stop)
export class StopProofOfDeliveryResolver {
  @FieldResolver(() => ProofOfDeliveryType, { nullable: true, description: 'The proof of delivery of a delivery stop; null: none recorded.' })
  proofOfDelivery(@Root() stop: Stop, @Ctx() ctx: Context): Promise<ProofView | null> {
    return ctx.loaders.proofOfDelivery.load(stop.id);
  }
}

@Resolver(() => ProofOfDeliveryImageType)
export class ProofOfDeliveryImageResolver {
  @FieldResolver(() => String, {
    description: 'The image as a signed URL that works for POD_URL_TTL_SECONDS (default 10 minutes); ask again for a fresh one.',
  })
  url(@Root() image: PodImageView, @Ctx() ctx: Context): string {
    return ctx.services.podImageUrls.url(image.id);
  }
}
