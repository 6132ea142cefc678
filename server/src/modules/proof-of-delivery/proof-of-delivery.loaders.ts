import { oneLoader } from '../../graphql/loader-utils';
import type { ProofOfDeliveryService } from './proof-of-delivery.service';

export function proofOfDeliveryLoaders(proofs: ProofOfDeliveryService) {
  return {
    proofOfDelivery: oneLoader((stopIds) => proofs.ofStops(stopIds), (p) => p.stopId),
  };
}
