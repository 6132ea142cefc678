import type { PackagingType } from '../../../gql/graphql';
import { humanize } from '../ui/format';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import type { CargoDraft } from './orderDraft';

const PACKAGING: { value: PackagingType; label: string }[] = (['PALLET', 'BOX', 'CRATE', 'DRUM', 'BULK', 'OTHER'] as const).map(
  (value) => ({ value, label: humanize(value) }),
);

export interface CargoFieldsProps {
  line: CargoDraft;
  path: string;
  index: number;
  errors: Record<string, string>;
  onChange: (line: CargoDraft) => void;
  onRemove: () => void;
}

export function CargoFields({ line, path, index, errors, onChange, onRemove }: CargoFieldsProps) {
  const set = <K extends keyof CargoDraft>(key: K) => (value: CargoDraft[K]) => onChange({ ...line, [key]: value });
  const err = (field: string) => errors[`${path}.${field}`];
  return (
    <div className="cargo-line" role="group" aria-label={`Cargo line ${index + 1}`}>
      <TextField label="Description" value={line.description} onChange={set('description')} error={err('description')} />
      <TextField label="Quantity" inputMode="numeric" value={line.quantity} onChange={set('quantity')} error={err('quantity')} />
      <SelectField label="Packaging" value={line.packagingType} options={PACKAGING} onChange={set('packagingType')} error={err('packagingType')} />
      <TextField label="Weight (kg)" inputMode="decimal" value={line.weightKg} onChange={set('weightKg')} error={err('weightKg')} />
      <button type="button" className="button button--link" onClick={onRemove} aria-label={`Remove cargo line ${index + 1}`}>
        Remove
      </button>
    </div>
  );
}
