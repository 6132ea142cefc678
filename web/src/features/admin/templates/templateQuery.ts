import { graphql } from '../../../gql';
import type { TrackingLinkTemplateQuery } from '../../../gql/graphql';

/**
 * The section flags of every type that carries them (SectionChoices): the tenant
 * template (all set), a customer template and a link's overrides (null: inherit).
 */
export const SECTION_CHOICES_FRAGMENT = graphql(`
  fragment SectionChoices on SectionChoices {
    showStatus
    showProgress
    showStopReferences
    showEstimatedTimes
    showCargo
    showPalletScans
    showMap
    showDriverPosition
    showCustomerReference
    showContainerNumber
    showTransportService
    showCustomFields
    showExtraFields
    showNotes
    showPhotos
    showFeedback
    showProofOfDelivery
  }
`);

/** The tenant template: unlike the overrides that share SectionChoices, every flag is set. */
export type TenantTemplate = TrackingLinkTemplateQuery['trackingLinkTemplate'];

export const TRACKING_LINK_TEMPLATE_QUERY = graphql(`
  query TrackingLinkTemplate {
    trackingLinkTemplate {
      ...SectionChoices
    }
  }
`);

export const UPDATE_TRACKING_LINK_TEMPLATE_MUTATION = graphql(`
  mutation UpdateTrackingLinkTemplate($input: TrackingLinkTemplateInput!) {
    updateTrackingLinkTemplate(input: $input) {
      ...SectionChoices
    }
  }
`);

export const CUSTOMER_TEMPLATES_QUERY = graphql(`
  query CustomerTemplates {
    customers {
      id
      name
      email
    }
    customerTrackingLinkTemplates {
      customer {
        id
        name
      }
      ...SectionChoices
    }
  }
`);

export const SET_CUSTOMER_TEMPLATE_MUTATION = graphql(`
  mutation SetCustomerTrackingLinkTemplate($input: CustomerTemplateInput!) {
    setCustomerTrackingLinkTemplate(input: $input) {
      customer {
        id
      }
    }
  }
`);

export const DELETE_CUSTOMER_TEMPLATE_MUTATION = graphql(`
  mutation DeleteCustomerTrackingLinkTemplate($customerId: ID!) {
    deleteCustomerTrackingLinkTemplate(customerId: $customerId)
  }
`);

export const PREVIEW_CONSIGNMENTS_QUERY = graphql(`
  query PreviewConsignments {
    consignments(first: 50) {
      edges {
        node {
          id
          reference
          order {
            id
            customer {
              id
              name
            }
          }
          trackingLinks {
            id
            url
            status
            recipientEmail
          }
        }
      }
    }
  }
`);
