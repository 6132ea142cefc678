import type { StopType } from '../../../gql/graphql';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { LocationPicker } from './LocationPicker';
import type { StopDraft } from './orderDraft';

export interface StopFieldsProps {
  stop: StopDraft;
  /** Input path of this stop, e.g. "input.consignments[0].stops[1]", to find its errors. */
  path: string;
  errors: Record<string, string>;
  title: string;
  onChange: (stop: StopDraft) => void;
  onRemove?: () => void;
}

const STOP_TYPES: { value: StopType; label: string }[] = [
  { value: 'PICKUP', label: 'Pickup' },
  { value: 'DELIVERY', label: 'Delivery' },
];

/** One stop: where, when, who; a click on the map sets its coordinates. */
export function StopFields({ stop, path, errors, title, onChange, onRemove }: StopFieldsProps) {
  const set = <K extends keyof StopDraft>(key: K) => (value: StopDraft[K]) => onChange({ ...stop, [key]: value });
  const err = (field: string) => errors[`${path}.${field}`];
  return (
    <fieldset className="subform">
      <legend>{title}</legend>
      {errors[path] && <p className="field__error">{errors[path]}</p>}
      <div className="grid grid--3">
        <SelectField label="Type" value={stop.type} options={STOP_TYPES} onChange={set('type')} error={err('type')} />
        <TextField label="Location name" value={stop.name} onChange={set('name')} error={err('name')} required />
        <TextField label="Reference" value={stop.reference} onChange={set('reference')} error={err('reference')} />
      </div>
      <TextField label="Address" value={stop.address} onChange={set('address')} error={err('address')} />
      <div className="grid grid--2 stop-location">
        <div className="grid grid--2">
          <TextField label="Latitude" inputMode="decimal" value={stop.latitude} onChange={set('latitude')} error={err('latitude')} required />
          <TextField label="Longitude" inputMode="decimal" value={stop.longitude} onChange={set('longitude')} error={err('longitude')} required />
          <TextField
            label="Time zone"
            value={stop.timezone}
            onChange={set('timezone')}
            error={err('timezone')}
            hint="IANA name, e.g. Europe/Amsterdam"
            className="span-2"
          />
        </div>
        <LocationPicker
          label={`Map for ${title}: click to set its coordinates`}
          latitude={stop.latitude}
          longitude={stop.longitude}
          kind={stop.type === 'PICKUP' ? 'pickup' : 'delivery'}
          onPick={(lat, lng) => onChange({ ...stop, latitude: lat.toFixed(6), longitude: lng.toFixed(6) })}
        />
      </div>
      <div className="grid grid--2">
        <TextField label="Planned from" type="datetime-local" value={stop.plannedArrival} onChange={set('plannedArrival')} error={err('plannedArrival')} />
        <TextField label="Planned until" type="datetime-local" value={stop.plannedWindowEnd} onChange={set('plannedWindowEnd')} error={err('plannedWindowEnd')} />
      </div>
      <div className="grid grid--3">
        <TextField label="Contact name" value={stop.contactName} onChange={set('contactName')} error={err('contactName')} />
        <TextField label="Contact email" type="email" value={stop.contactEmail} onChange={set('contactEmail')} error={err('contactEmail')} />
        <TextField label="Contact phone" type="tel" value={stop.contactPhone} onChange={set('contactPhone')} error={err('contactPhone')} />
      </div>
      {onRemove && (
        <button type="button" className="button button--link" onClick={onRemove}>
          Remove {title.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}
