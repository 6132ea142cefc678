import { SECTION_LABELS, TEMPLATE_SECTIONS, type TemplateSection } from '@tracklink/shared';
import type { Dispatch, SetStateAction } from 'react';
import { toTriState, TriStateToggle, type TriState } from '../../../components/TriStateToggle';
import type { SectionChoicesFragment } from '../../../gql/graphql';

// Overrides over a template, section by section: for a customer's template and for one link.

/** One value for every section. */
export function perSection<T>(value: (section: TemplateSection) => T): Record<TemplateSection, T> {
  return Object.fromEntries(TEMPLATE_SECTIONS.map((section) => [section, value(section)])) as Record<TemplateSection, T>;
}

export type SectionTriStates = Record<TemplateSection, TriState>;

/** The choices as tri-states; a null choice, or none at all, inherits. */
export function toSectionTriStates(choices: SectionChoicesFragment | null): SectionTriStates {
  return perSection((section) => toTriState(choices?.[section]));
}

/** A tri-state toggle per section; `inheritLabel` says what inheriting means for each. */
export function SectionTriStateGrid({
  value,
  onChange,
  inheritLabel,
}: {
  value: SectionTriStates;
  onChange: Dispatch<SetStateAction<SectionTriStates>>;
  inheritLabel: (section: TemplateSection) => string;
}) {
  return (
    <div className="tristate-grid">
      {TEMPLATE_SECTIONS.map((section) => (
        <TriStateToggle
          key={section}
          label={SECTION_LABELS[section]}
          value={value[section]}
          inheritLabel={inheritLabel(section)}
          onChange={(next) => onChange((previous) => ({ ...previous, [section]: next }))}
        />
      ))}
    </div>
  );
}
