// Admin operations. Result types are written by hand until GraphQL codegen is set up;
// keep them in step with the server schema.
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Role } from '@tracklink/shared';

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
}

export interface LoginMutation {
  login: { token: string; user: SessionUser };
}

export interface LoginMutationVariables {
  email: string;
  password: string;
}

export const LOGIN_MUTATION: TypedDocumentNode<LoginMutation, LoginMutationVariables> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        email
        role
      }
    }
  }
`;

export interface MeQuery {
  me: (SessionUser & { tenant: { id: string; name: string } | null }) | null;
}

export const ME_QUERY: TypedDocumentNode<MeQuery, Record<string, never>> = gql`
  query Me {
    me {
      id
      email
      role
      tenant {
        id
        name
      }
    }
  }
`;
