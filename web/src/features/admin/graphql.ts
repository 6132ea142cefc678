// Sign-in and the signed-in user: used by the shell (login page, layout, role guard).
import { graphql } from '../../gql';

export const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password, cookie: true) {
      user {
        id
        email
        role
      }
    }
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      id
      email
      role
      tenant {
        id
        name
        trackingIntegrationEnabled
      }
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);
