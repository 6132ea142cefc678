import type { CreateOrderInput, PackagingType, StopType } from '../../../gql/graphql';
import { localInputToIso } from '../ui/format';

// The "New order" form's state: strings as typed, turned into CreateOrderInput on submit.

export interface StopDraft {
  key: string;
  type: StopType;
  name: string;
  address: string;
  latitude: string;
  longitude: string;
  timezone: string;
  reference: string;
  plannedArrival: string;
  plannedWindowEnd: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export interface CargoDraft {
  key: string;
  description: string;
  quantity: string;
  packagingType: PackagingType;
  weightKg: string;
}

export interface ConsignmentDraft {
  key: string;
  reference: string;
  customerReference: string;
  containerNumber: string;
  transportService: string;
  stops: StopDraft[];
  cargo: CargoDraft[];
}

export interface OrderDraft {
  reference: string;
  customerName: string;
  customerEmail: string;
  consignments: ConsignmentDraft[];
}

let counter = 0;
const nextKey = () => `k${++counter}`;

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function emptyStop(type: StopType): StopDraft {
  return {
    key: nextKey(),
    type,
    name: '',
    address: '',
    latitude: '',
    longitude: '',
    timezone: browserTimeZone(),
    reference: '',
    plannedArrival: '',
    plannedWindowEnd: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  };
}

export function emptyCargo(): CargoDraft {
  return { key: nextKey(), description: '', quantity: '1', packagingType: 'PALLET', weightKg: '' };
}

export function emptyConsignment(reference = ''): ConsignmentDraft {
  return {
    key: nextKey(),
    reference,
    customerReference: '',
    containerNumber: '',
    transportService: '',
    stops: [emptyStop('PICKUP'), emptyStop('DELIVERY')],
    cargo: [emptyCargo()],
  };
}

export function emptyOrder(): OrderDraft {
  return { reference: '', customerName: '', customerEmail: '', consignments: [emptyConsignment()] };
}

const text = (value: string) => value.trim() || undefined;

/** A number as typed; NaN for anything else, so the server names the field that is wrong. */
function number(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value.replace(',', '.'));
}

export function toCreateOrderInput(draft: OrderDraft): CreateOrderInput {
  return {
    reference: draft.reference.trim(),
    customerName: text(draft.customerName),
    customerEmail: text(draft.customerEmail),
    consignments: draft.consignments.map((c) => ({
      reference: c.reference.trim(),
      customerReference: text(c.customerReference),
      containerNumber: text(c.containerNumber),
      transportService: text(c.transportService),
      stops: c.stops.map((s) => ({
        type: s.type,
        name: s.name.trim(),
        address: text(s.address),
        latitude: number(s.latitude),
        longitude: number(s.longitude),
        timezone: text(s.timezone),
        reference: text(s.reference),
        plannedArrival: localInputToIso(s.plannedArrival),
        plannedWindowEnd: localInputToIso(s.plannedWindowEnd),
        contactName: text(s.contactName),
        contactEmail: text(s.contactEmail),
        contactPhone: text(s.contactPhone),
      })),
      cargo: c.cargo.map((l) => ({
        description: l.description.trim(),
        quantity: Math.trunc(number(l.quantity)),
        packagingType: l.packagingType,
        weightKg: l.weightKg.trim() === '' ? undefined : number(l.weightKg),
      })),
    })),
  };
}

/** What the browser can tell before sending: required fields and coordinates, by input path. */
export function validateOrderDraft(draft: OrderDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.reference.trim()) errors['input.reference'] = 'Enter the order reference';
  draft.consignments.forEach((c, i) => {
    const at = `input.consignments[${i}]`;
    if (!c.reference.trim()) errors[`${at}.reference`] = 'Enter the consignment reference';
    c.stops.forEach((s, j) => {
      const stop = `${at}.stops[${j}]`;
      if (!s.name.trim()) errors[`${stop}.name`] = 'Enter the location name';
      const lat = number(s.latitude);
      const lng = number(s.longitude);
      if (!(lat >= -90 && lat <= 90)) errors[`${stop}.latitude`] = 'Enter a latitude between -90 and 90, or click the map';
      if (!(lng >= -180 && lng <= 180)) errors[`${stop}.longitude`] = 'Enter a longitude between -180 and 180, or click the map';
    });
    c.cargo.forEach((l, k) => {
      if (!l.description.trim()) errors[`${at}.cargo[${k}].description`] = 'Describe the cargo, or remove the line';
      const q = number(l.quantity);
      if (!Number.isInteger(q) || q < 1) errors[`${at}.cargo[${k}].quantity`] = 'Enter a whole number of at least 1';
      if (l.weightKg.trim() && !(number(l.weightKg) >= 0)) errors[`${at}.cargo[${k}].weightKg`] = 'Enter a weight in kg';
    });
  });
  return errors;
}
