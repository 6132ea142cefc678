import { CopyButton } from '../../../components/CopyButton';

/** A secret the server shows once (API key, driver token): visible, copyable, with a warning. */
export function SecretOnce({ label, secret, onDone }: { label: string; secret: string; onDone: () => void }) {
  return (
    <div className="secret" role="region" aria-label={label}>
      <p>
        <strong>{label}</strong>: copy it now. It is shown only once.
      </p>
      <code className="secret__value">{secret}</code>
      <div className="toolbar">
        <CopyButton text={secret} label="Copy" ariaLabel={`Copy ${label.toLowerCase()}`} />
        <button type="button" className="button button--link" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
