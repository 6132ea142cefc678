// The sections of the public tracking page that a template switches on or off (SPEC 3.1).

export const TEMPLATE_SECTIONS = [
  'showStatus',
  'showProgress',
  'showStopReferences',
  'showEstimatedTimes',
  'showCargo',
  'showPalletScans',
  'showMap',
  'showDriverPosition',
  'showCustomerReference',
  'showContainerNumber',
  'showTransportService',
  'showCustomFields',
  'showExtraFields',
  'showNotes',
  'showPhotos',
  'showFeedback',
  'showProofOfDelivery',
] as const;

export type TemplateSection = (typeof TEMPLATE_SECTIONS)[number];

/** A complete choice for every section. */
export type SectionSettings = Record<TemplateSection, boolean>;

/** Overrides: a section left out (or null) inherits from the level below. */
export type SectionOverrides = Partial<Record<TemplateSection, boolean | null>>;

export const DEFAULT_TEMPLATE: Readonly<SectionSettings> = Object.freeze({
  showStatus: true,
  showProgress: true,
  showStopReferences: true,
  showEstimatedTimes: true,
  showCargo: true,
  showPalletScans: true,
  showMap: true,
  showDriverPosition: true,
  showCustomerReference: false,
  showContainerNumber: false,
  showTransportService: false,
  showCustomFields: false,
  showExtraFields: false,
  showNotes: false,
  showPhotos: false,
  showFeedback: false,
  showProofOfDelivery: false,
});

export const SECTION_LABELS: Readonly<Record<TemplateSection, string>> = {
  showStatus: 'Consignment status',
  showProgress: 'Progress tracker',
  showStopReferences: 'Stop references',
  showEstimatedTimes: 'Estimated timestamps',
  showCargo: 'Cargo details',
  showPalletScans: 'Pallet scan history',
  showMap: 'Map',
  showDriverPosition: 'Driver live position',
  showCustomerReference: 'Customer reference',
  showContainerNumber: 'Container number',
  showTransportService: 'Transport service',
  showCustomFields: 'Custom fields',
  showExtraFields: 'Extra fields',
  showNotes: 'Customer notes',
  showPhotos: 'Photos',
  showFeedback: 'Recipient feedback (instructions, rating)',
  showProofOfDelivery: 'Proof of delivery (receiver, signature, photos)',
};

/** The effective settings: for each section the link's choice, else the customer's, else the tenant's. */
export function resolveSections(
  tenant: SectionSettings,
  customer: SectionOverrides | null | undefined,
  link: SectionOverrides | null | undefined,
): SectionSettings {
  const result = { ...tenant };
  for (const section of TEMPLATE_SECTIONS) {
    result[section] = link?.[section] ?? customer?.[section] ?? tenant[section];
  }
  return result;
}
