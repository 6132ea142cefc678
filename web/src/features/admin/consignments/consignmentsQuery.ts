import { graphql } from '../../../gql';

export const CONSIGNMENT_ROW_FRAGMENT = graphql(`
  fragment ConsignmentRow on Consignment {
    id
    reference
    status
    deliveryDetectedAt
    customerReference
    updatedAt
    order {
      id
      reference
      customer {
        id
        name
      }
    }
    stops {
      id
      type
      name
      actualArrival
      lateByMinutes
      lateEpisodes
    }
    trackingLinks {
      id
      status
    }
  }
`);

export const CONSIGNMENTS_QUERY = graphql(`
  query Consignments($first: Int, $after: String, $filter: ConsignmentFilter) {
    consignments(first: $first, after: $after, filter: $filter) {
      total {
        count
        capped
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ConsignmentRow
        }
      }
    }
  }
`);

export const RECALCULATE_TASKS_MUTATION = graphql(`
  mutation RecalculateTasks($orderIds: [ID!]!) {
    recalculateTasks(orderIds: $orderIds) {
      consignments
      linksCreated
      emailsQueued
    }
  }
`);

export const PAGE_SIZE = 25;
