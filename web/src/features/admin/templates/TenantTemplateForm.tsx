import { useMutation } from '@apollo/client/react';
import { SECTION_LABELS, TEMPLATE_SECTIONS, type TemplateSection } from '@tracklink/shared';
import { useState } from 'react';
import { FormError } from '../ui/QueryStates';
import { TRACKING_LINK_TEMPLATE_QUERY, UPDATE_TRACKING_LINK_TEMPLATE_MUTATION, type TenantTemplate } from './templateQuery';

/** The tenant-wide template (SPEC 3.1): one switch per section, saved as soon as it changes. */
export function TenantTemplateForm({ template, onSaved }: { template: TenantTemplate; onSaved: () => void }) {
  const [saving, setSaving] = useState<TemplateSection | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { error }] = useMutation(UPDATE_TRACKING_LINK_TEMPLATE_MUTATION, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: TRACKING_LINK_TEMPLATE_QUERY, data: { trackingLinkTemplate: data.updateTrackingLinkTemplate } });
    },
  });

  async function toggle(section: TemplateSection, on: boolean) {
    setSaving(section);
    setSaved(null);
    try {
      await update({ variables: { input: { [section]: on } } });
      setSaved(`${SECTION_LABELS[section]}: ${on ? 'shown' : 'hidden'}. Saved.`);
      onSaved();
    } catch {
      // Shown from `error`.
    } finally {
      setSaving(null);
    }
  }

  return (
    <fieldset className="subform">
      <legend>Sections of the public page</legend>
      <ul className="section-toggles">
        {TEMPLATE_SECTIONS.map((section) => (
          <li key={section}>
            <label className="switch">
              <input
                type="checkbox"
                role="switch"
                checked={template[section]}
                disabled={saving !== null}
                onChange={(e) => void toggle(section, e.target.checked)}
              />
              {SECTION_LABELS[section]}
            </label>
          </li>
        ))}
      </ul>
      <p role="status" className="muted small">
        {saving ? 'Saving…' : saved}
      </p>
      <FormError error={error} />
    </fieldset>
  );
}
