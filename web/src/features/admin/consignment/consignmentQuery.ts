import { graphql } from '../../../gql';

export const CONSIGNMENT_QUERY = graphql(`
  query Consignment($id: ID!) {
    consignment(id: $id) {
      id
      reference
      status
      allowedNextStatuses
      deliveryDetectedAt
      customerReference
      containerNumber
      transportService
      vehiclePlate
      createdAt
      updatedAt
      order {
        id
        reference
        customer {
          id
          name
          email
        }
      }
      stops {
        ...StopRow
        ...ProofOfDeliveryStop
      }
      cargo {
        id
        description
        quantity
        packagingType
        weightKg
      }
      palletScans {
        id
        palletBarcode
        event
        scannedAt
        latitude
        longitude
      }
      notes {
        id
        scope
        text
        createdAt
      }
      photos {
        id
        url
        caption
        customerVisible
        createdAt
      }
      ...ConsignmentDriver
      trackingLinks {
        ...TrackingLinkItem
      }
      recipientFeedback {
        ...RecipientFeedbackItem
      }
    }
  }
`);

export const RECIPIENT_FEEDBACK_FRAGMENT = graphql(`
  fragment RecipientFeedbackItem on RecipientFeedback {
    id
    linkId
    recipientEmail
    instructions
    instructionsAt
    rating
    comment
    ratedAt
    updatedAt
  }
`);

/** The assigned driver and where they are: what the page shows and what an assignment returns. */
export const CONSIGNMENT_DRIVER_FRAGMENT = graphql(`
  fragment ConsignmentDriver on Consignment {
    driver {
      id
      name
      phone
      vehiclePlate
    }
    driverPosition {
      ...LivePosition
    }
  }
`);

export const LIVE_POSITION_FRAGMENT = graphql(`
  fragment LivePosition on StaffDriverPosition {
    driverId
    latitude
    longitude
    heading
    speedKmh
    recordedAt
  }
`);

export const CONSIGNMENT_CHANGED_SUBSCRIPTION = graphql(`
  subscription ConsignmentChanged {
    consignmentChanged {
      consignmentId
      deleted
    }
  }
`);

export const DRIVER_POSITION_CHANGED_SUBSCRIPTION = graphql(`
  subscription DriverPositionChanged {
    driverPositionChanged {
      ...LivePosition
    }
  }
`);
