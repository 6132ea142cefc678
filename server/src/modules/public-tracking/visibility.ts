import {
  DEFAULT_TEMPLATE,
  resolveSections,
  TEMPLATE_SECTIONS,
  type SectionOverrides,
  type SectionSettings,
} from '@tracklink/shared';

/**
 * What one link's page may show, resolved once per request (link ?? customer ?? tenant) and
 * frozen. Queries and subscription payloads both build the public view from it.
 */
export interface VisibilityProfile extends Readonly<SectionSettings> {
  /** Custom fields to show when showCustomFields is on; null: all. */
  readonly customFieldKeys: readonly string[] | null;
  /** Photos to show when showPhotos is on; null: every customer-visible photo. */
  readonly photoIds: readonly string[] | null;
}

export interface TemplateLevels {
  tenant: { sections: SectionOverrides | null; customFieldKeys: string[] | null } | null;
  customer: { sections: SectionOverrides | null; customFieldKeys: string[] | null } | null;
  link: { sections: SectionOverrides | null; photoIds: string[] | null };
}

export function visibilityProfile(levels: TemplateLevels): VisibilityProfile {
  const tenant = resolveSections(DEFAULT_TEMPLATE, null, levels.tenant?.sections);
  const sections = resolveSections(tenant, levels.customer?.sections, levels.link.sections);
  return Object.freeze({
    ...sections,
    customFieldKeys: Object.freeze(levels.customer?.customFieldKeys ?? levels.tenant?.customFieldKeys ?? null),
    photoIds: levels.link.photoIds ? Object.freeze([...levels.link.photoIds]) : null,
  }) as VisibilityProfile;
}

/** Equal profiles give equal pages: a key to share one built page among subscribers. */
export function profileKey(profile: VisibilityProfile): string {
  const bits = TEMPLATE_SECTIONS.map((s) => (profile[s] ? '1' : '0')).join('');
  return `${bits}|${profile.customFieldKeys?.join(',') ?? '*'}|${profile.photoIds?.join(',') ?? '*'}`;
}
