import { interpolate, type Messages } from '../../i18n';
import { brandTheme, DEFAULT_BRAND_COLOR } from './brand';
import type { TrackingState } from './trackingState';

// What the document's <head> says for a state of the page: the server writes it into the
// HTML it renders, and the running page keeps it in step.

export function documentTitle(state: TrackingState, messages: Messages): string {
  switch (state.status) {
    case 'loading':
      return messages.states.loading;
    case 'error':
      return state.rateLimited ? messages.states.rateLimitedTitle : messages.states.errorTitle;
    case 'unavailable':
      return state.reason === 'EXPIRED' ? messages.states.expiredTitle : messages.states.notAvailableTitle;
    case 'ready':
      // An order link's page carries its consignments' pages.
      return `${interpolate(state.page.consignments ? messages.order.title : messages.page.title, { reference: state.page.reference })} – ${state.page.organization.name}`;
  }
}

/** The browser's accent colour: the tenant's brand once its page shows. */
export function themeColor(state: TrackingState): string {
  return state.status === 'ready' ? brandTheme(state.page.organization.brandColor).color : DEFAULT_BRAND_COLOR;
}
