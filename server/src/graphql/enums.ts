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
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do.',
  valuesConfig: {
    DISPATCHER: { description: "Works on the tenant's orders, consignments, links and drivers; cannot change settings, users, keys, tasks or webhooks." },
    PLATFORM_ADMIN: { description: 'Runs Tracklink itself: creates tenants and sets their billing and integration; belongs to no tenant.' },
    SUPER_ADMIN: { description: "Everything a dispatcher may, plus the tenant's settings, users, API keys, contact tasks, templates and webhooks." },
  },
});
registerEnumType(BillingStatus, {
  name: 'BillingStatus',
  description: "Whether a tenant's account is in good standing. Only platform admins set it.",
  valuesConfig: {
    ACTIVE: { description: 'In good standing: everything works.' },
    LOCKED: { description: 'Locked: tracking pages show "not available" and emails with a link are not sent.' },
  },
});
registerEnumType(ConsignmentStatus, {
  name: 'ConsignmentStatus',
  description: 'Where a consignment is in its flow: DRAFT → TO_PLAN → PLANNED → IN_TRANSIT → DELIVERED, or CANCELLED from any status before DELIVERED.',
  valuesConfig: {
    DRAFT: { description: 'Being entered; not yet handed to planning. The public page shows no progress.' },
    TO_PLAN: { description: 'Ready for planning.' },
    PLANNED: { description: 'Planned for transport.' },
    IN_TRANSIT: { description: "On its way: the assigned driver's positions show on the page (when the template allows) and move the next stop's ETA." },
    DELIVERED: { description: 'Delivered at the last stop. Final.' },
    CANCELLED: { description: 'Cancelled before delivery. Final.' },
  },
});
registerEnumType(StopType, {
  name: 'StopType',
  description: 'What happens at a stop.',
  valuesConfig: {
    DELIVERY: { description: 'Goods are delivered.' },
    PICKUP: { description: 'Goods are picked up.' },
  },
});
registerEnumType(StopTimeSource, {
  name: 'StopTimeSource',
  description: 'Where a stop\'s actual arrival or departure time came from.',
  valuesConfig: {
    GEOFENCE: { description: "Detected from the assigned driver's positions (within the stop's radius for the dwell time, or outside it again)." },
    MANUAL: { description: 'Set by staff or an integrator; never overwritten by a detected time.' },
  },
});
registerEnumType(PackagingType, {
  name: 'PackagingType',
  description: 'How goods are packed.',
  valuesConfig: {
    BOX: { description: 'Boxes or cartons.' },
    BULK: { description: 'Loose bulk goods (quantity is then usually 1).' },
    CRATE: { description: 'Crates.' },
    DRUM: { description: 'Drums or barrels.' },
    OTHER: { description: 'Anything else; say what in the description.' },
    PALLET: { description: 'Pallets.' },
  },
});
registerEnumType(PalletScanEvent, {
  name: 'PalletScanEvent',
  description: 'What a pallet scan records.',
  valuesConfig: {
    DAMAGED: { description: 'The pallet was found damaged.' },
    LOADED: { description: 'Loaded onto the vehicle.' },
    MISSING: { description: 'Expected but not found.' },
    SCANNED_AT_HUB: { description: 'Scanned at a hub or depot on the way.' },
    UNLOADED: { description: 'Unloaded from the vehicle.' },
  },
});
registerEnumType(NoteScope, {
  name: 'NoteScope',
  description: 'Who may see a consignment note.',
  valuesConfig: {
    CUSTOMER: { description: "The consignment's public page may show it (when the template shows notes)." },
    INTERNAL: { description: 'Staff and API keys only; never on a public page.' },
  },
});

export { BillingStatus, ConsignmentStatus, NoteScope, PackagingType, PalletScanEvent, Role, StopTimeSource, StopType };
