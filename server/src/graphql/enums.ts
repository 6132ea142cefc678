import { registerEnumType } from 'type-graphql';
import {
  BillingStatus,
  ConsignmentStatus,
  NoteScope,
  PackagingType,
  PalletScanEvent,
  Role,
  StopTimeSource,
  StopType,
} from '@tracklink/shared';

// The domain enums live in @tracklink/shared; here they are given their GraphQL names once.
registerEnumType(Role, { name: 'Role' });
registerEnumType(BillingStatus, { name: 'BillingStatus' });
registerEnumType(ConsignmentStatus, { name: 'ConsignmentStatus' });
registerEnumType(StopType, { name: 'StopType' });
registerEnumType(StopTimeSource, {
  name: 'StopTimeSource',
  description: 'GEOFENCE: detected from the assigned driver\'s positions; MANUAL: set by staff or an integrator (never overwritten by a detected time).',
});
registerEnumType(PackagingType, { name: 'PackagingType' });
registerEnumType(PalletScanEvent, { name: 'PalletScanEvent' });
registerEnumType(NoteScope, { name: 'NoteScope' });

export { BillingStatus, ConsignmentStatus, NoteScope, PackagingType, PalletScanEvent, Role, StopTimeSource, StopType };
