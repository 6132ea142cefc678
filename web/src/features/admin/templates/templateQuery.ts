import { graphql } from '../../../gql';

export const TEMPLATE_FIELDS_FRAGMENT = graphql(`
  fragment TemplateFields on TrackingLinkTemplate {
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
  }
`);

export const TRACKING_LINK_TEMPLATE_QUERY = graphql(`
  query TrackingLinkTemplate {
    trackingLinkTemplate {
      ...TemplateFields
    }
  }
`);

export const UPDATE_TRACKING_LINK_TEMPLATE_MUTATION = graphql(`
  mutation UpdateTrackingLinkTemplate($input: TrackingLinkTemplateInput!) {
    updateTrackingLinkTemplate(input: $input) {
      ...TemplateFields
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
