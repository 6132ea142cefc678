import { TextField } from '../ui/TextField';
import { CargoFields } from './CargoFields';
import { emptyCargo, emptyStop, type ConsignmentDraft } from './orderDraft';
import { StopFields } from './StopFields';

export interface ConsignmentFieldsProps {
  consignment: ConsignmentDraft;
  index: number;
  errors: Record<string, string>;
  onChange: (consignment: ConsignmentDraft) => void;
  onRemove?: () => void;
}

/** One consignment of the new order: its references, stops in route order, and cargo. */
export function ConsignmentFields({ consignment, index, errors, onChange, onRemove }: ConsignmentFieldsProps) {
  const path = `input.consignments[${index}]`;
  const set = <K extends keyof ConsignmentDraft>(key: K) => (value: ConsignmentDraft[K]) => onChange({ ...consignment, [key]: value });
  const err = (field: string) => errors[`${path}.${field}`];
  const title = `Consignment ${index + 1}`;

  return (
    <fieldset className="card subform">
      <legend>{title}</legend>
      {errors[path] && <p className="field__error">{errors[path]}</p>}
      <div className="grid grid--2">
        <TextField label="Consignment reference" value={consignment.reference} onChange={set('reference')} error={err('reference')} required />
        <TextField label="Customer reference" value={consignment.customerReference} onChange={set('customerReference')} error={err('customerReference')} />
        <TextField label="Container number" value={consignment.containerNumber} onChange={set('containerNumber')} error={err('containerNumber')} />
        <TextField label="Transport service" value={consignment.transportService} onChange={set('transportService')} error={err('transportService')} />
      </div>

      <h3>Stops</h3>
      {err('stops') && <p className="field__error">{err('stops')}</p>}
      {consignment.stops.map((stop, j) => (
        <StopFields
          key={stop.key}
          stop={stop}
          path={`${path}.stops[${j}]`}
          errors={errors}
          title={`Stop ${j + 1}`}
          onChange={(next) => set('stops')(consignment.stops.map((s, k) => (k === j ? next : s)))}
          onRemove={consignment.stops.length > 2 ? () => set('stops')(consignment.stops.filter((_, k) => k !== j)) : undefined}
        />
      ))}
      <button type="button" className="button" onClick={() => set('stops')([...consignment.stops, emptyStop('DELIVERY')])}>
        Add stop
      </button>

      <h3>Cargo</h3>
      {err('cargo') && <p className="field__error">{err('cargo')}</p>}
      {consignment.cargo.length === 0 && <p className="muted">No cargo lines.</p>}
      {consignment.cargo.map((line, k) => (
        <CargoFields
          key={line.key}
          line={line}
          index={k}
          path={`${path}.cargo[${k}]`}
          errors={errors}
          onChange={(next) => set('cargo')(consignment.cargo.map((l, m) => (m === k ? next : l)))}
          onRemove={() => set('cargo')(consignment.cargo.filter((_, m) => m !== k))}
        />
      ))}
      <button type="button" className="button" onClick={() => set('cargo')([...consignment.cargo, emptyCargo()])}>
        Add cargo line
      </button>
      {onRemove && (
        <p>
          <button type="button" className="button button--link" onClick={onRemove}>
            Remove {title.toLowerCase()}
          </button>
        </p>
      )}
    </fieldset>
  );
}
