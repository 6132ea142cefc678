import { graphql } from '../../../gql';

export const CONTACT_TASK_FIELDS_FRAGMENT = graphql(`
  fragment ContactTaskFields on ContactTask {
    id
    name
    level
    trigger
    triggerStatus
    recipient
    fixedEmail
    subject
    body
    enabled
  }
`);

export const CONTACT_TASKS_QUERY = graphql(`
  query ContactTasks {
    contactTasks {
      ...ContactTaskFields
    }
    myTenant {
      id
      trackingIntegrationEnabled
    }
  }
`);

export const CREATE_CONTACT_TASK_MUTATION = graphql(`
  mutation CreateContactTask($input: ContactTaskInput!) {
    createContactTask(input: $input) {
      ...ContactTaskFields
    }
  }
`);

export const UPDATE_CONTACT_TASK_MUTATION = graphql(`
  mutation UpdateContactTask($id: ID!, $input: ContactTaskInput!) {
    updateContactTask(id: $id, input: $input) {
      ...ContactTaskFields
    }
  }
`);

export const SET_CONTACT_TASK_ENABLED_MUTATION = graphql(`
  mutation SetContactTaskEnabled($id: ID!, $enabled: Boolean!) {
    setContactTaskEnabled(id: $id, enabled: $enabled) {
      id
      enabled
    }
  }
`);

export const DELETE_CONTACT_TASK_MUTATION = graphql(`
  mutation DeleteContactTask($id: ID!) {
    deleteContactTask(id: $id)
  }
`);
