import { useEffect, useState } from 'react';

export interface CopyButtonProps {
  text: string;
  /** The button's label, e.g. "Copy URL". */
  label?: string;
  /** Accessible name when the label alone is ambiguous (several on a page). */
  ariaLabel?: string;
  className?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `text` to the clipboard and says so next to the button (announced politely). */
export function CopyButton({ text, label = 'Copy', ariaLabel, className = 'button' }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="copy">
      <button type="button" className={className} onClick={copy} aria-label={ariaLabel}>
        {label}
      </button>
      <span role="status" className={state === 'failed' ? 'copy__status copy__status--failed' : 'copy__status'}>
        {state === 'copied' && 'Copied to clipboard'}
        {state === 'failed' && 'Could not copy; select the text and copy it'}
      </span>
    </span>
  );
}
