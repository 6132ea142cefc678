import {
  ConsignmentStatus,
  isValidLatitude,
  isValidLongitude,
  isValidTimeZone,
  LIMITS,
  StopType,
} from '@tracklink/shared';
import type { KeyValue } from './consignment.entity';
import type { CargoLineInput, ConsignmentInput, KeyValueInput, StopInput } from './consignment.inputs';
import type { Stop } from './stop.entity';
import type { CargoLine } from './cargo-line.entity';
import { invalid } from '../../core/errors';
import { checkGeofenceRadius, checkTime, optionalEmail, optionalText, requiredText } from '../../core/validation';

// Every check names the input path of the value it refuses, so a client can put the message
// next to the field. Checks run before anything is written.

export function optionalMoney(value: number | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || Math.abs(value) >= 1e10) throw invalid(field, 'is not a valid amount');
  return value.toFixed(2);
}

export function checkWindow(from: Date | null, to: Date | null, field: string): void {
  if (from && to && to < from) throw invalid(field, 'must not be before plannedArrival');
}

export function keyValues(values: KeyValueInput[] | null | undefined, field: string): KeyValue[] {
  if (!values) return [];
  if (values.length > 50) throw invalid(field, 'at most 50 entries');
  const seen = new Set<string>();
  return values.map((kv, i) => {
    const key = requiredText(kv.key, `${field}[${i}].key`, 100);
    if (seen.has(key)) throw invalid(`${field}[${i}].key`, `"${key}" appears twice`);
    seen.add(key);
    return { key, value: optionalText(kv.value, `${field}[${i}].value`, 1000) ?? '' };
  });
}

/** Custom field values keyed by the tenant's definitions; an unknown key is an error. */
export function customFieldValues(
  values: KeyValueInput[] | null | undefined,
  field: string,
  definedKeys: ReadonlySet<string>,
): Record<string, string> {
  const result: Record<string, string> = {};
  keyValues(values, field).forEach((kv, i) => {
    if (!definedKeys.has(kv.key)) throw invalid(`${field}[${i}].key`, `"${kv.key}" is not a custom field of this tenant`);
    result[kv.key] = kv.value;
  });
  return result;
}

export type StopRow = Omit<Stop, 'id' | 'consignmentId'>;
export type CargoRow = Omit<CargoLine, 'id' | 'consignmentId'>;

export function stopRows(stops: StopInput[], field: string): StopRow[] {
  if (stops.length > 50) throw invalid(field, 'at most 50 stops');
  if (!stops.some((s) => s.type === StopType.PICKUP)) throw invalid(field, 'needs at least one PICKUP stop');
  if (!stops.some((s) => s.type === StopType.DELIVERY)) throw invalid(field, 'needs at least one DELIVERY stop');
  return stops.map((s, i) => {
    const at = `${field}[${i}]`;
    if (!isValidLatitude(s.latitude)) throw invalid(`${at}.latitude`, `must be between -90 and 90, got ${s.latitude}`);
    if (!isValidLongitude(s.longitude)) throw invalid(`${at}.longitude`, `must be between -180 and 180, got ${s.longitude}`);
    const timezone = s.timezone?.trim() || 'UTC';
    if (!isValidTimeZone(timezone)) throw invalid(`${at}.timezone`, `"${timezone}" is not a known IANA time zone`);
    const plannedArrival = s.plannedArrival ? checkTime(s.plannedArrival, `${at}.plannedArrival`) : null;
    const plannedWindowEnd = s.plannedWindowEnd ? checkTime(s.plannedWindowEnd, `${at}.plannedWindowEnd`) : null;
    checkWindow(plannedArrival, plannedWindowEnd, `${at}.plannedWindowEnd`);
    return {
      sequence: i + 1,
      type: s.type,
      name: requiredText(s.name, `${at}.name`),
      address: optionalText(s.address, `${at}.address`, 500),
      latitude: s.latitude,
      longitude: s.longitude,
      timezone,
      reference: optionalText(s.reference, `${at}.reference`),
      plannedArrival,
      plannedWindowEnd,
      estimatedArrival: s.estimatedArrival ? checkTime(s.estimatedArrival, `${at}.estimatedArrival`) : null,
      etaEarliest: null,
      etaLatest: null,
      actualArrival: null,
      arrivalSource: null,
      actualDeparture: null,
      departureSource: null,
      lateByMinutes: null,
      lateEpisodes: 0,
      geofenceRadiusM: s.geofenceRadiusM == null ? null : checkGeofenceRadius(s.geofenceRadiusM, `${at}.geofenceRadiusM`),
      contactName: optionalText(s.contactName, `${at}.contactName`),
      contactEmail: optionalEmail(s.contactEmail, `${at}.contactEmail`),
      contactPhone: optionalText(s.contactPhone, `${at}.contactPhone`, 40),
    };
  });
}

export function cargoRows(cargo: CargoLineInput[] | null | undefined, field: string): CargoRow[] {
  if (!cargo) return [];
  if (cargo.length > 500) throw invalid(field, 'at most 500 cargo lines');
  return cargo.map((c, i) => {
    const at = `${field}[${i}]`;
    if (!Number.isInteger(c.quantity) || c.quantity < 1 || c.quantity > 1_000_000) {
      throw invalid(`${at}.quantity`, 'must be a whole number from 1 to 1000000');
    }
    if (c.weightKg != null && !(Number.isFinite(c.weightKg) && c.weightKg >= 0 && c.weightKg < 1e7)) {
      throw invalid(`${at}.weightKg`, 'must be zero or more');
    }
    return {
      sequence: i + 1,
      description: requiredText(c.description, `${at}.description`, 500),
      quantity: c.quantity,
      packagingType: c.packagingType,
      weightKg: c.weightKg ?? null,
    };
  });
}

/** A consignment input checked and normalised, ready to insert. */
export function consignmentFields(input: ConsignmentInput, field: string, customKeys: ReadonlySet<string>) {
  const status = input.status ?? ConsignmentStatus.DRAFT;
  if (status === ConsignmentStatus.CANCELLED) throw invalid(`${field}.status`, 'a new consignment cannot start CANCELLED');
  return {
    consignment: {
      reference: requiredText(input.reference, `${field}.reference`),
      status,
      customerReference: optionalText(input.customerReference, `${field}.customerReference`),
      containerNumber: optionalText(input.containerNumber, `${field}.containerNumber`, 20),
      transportService: optionalText(input.transportService, `${field}.transportService`),
      vehiclePlate: optionalText(input.vehiclePlate, `${field}.vehiclePlate`, 20),
      extraFields: keyValues(input.extraFields, `${field}.extraFields`),
      customFields: customFieldValues(input.customFields, `${field}.customFields`, customKeys),
      price: optionalMoney(input.price, `${field}.price`),
      cost: optionalMoney(input.cost, `${field}.cost`),
      internalNotes: optionalText(input.internalNotes, `${field}.internalNotes`, LIMITS.longText),
    },
    stops: stopRows(input.stops, `${field}.stops`),
    cargo: cargoRows(input.cargo, `${field}.cargo`),
  };
}

