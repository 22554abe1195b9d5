import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AuthPayload, Role } from './session-user.type';

// Typed by hand from apps/api/schema.gql (graphql-codegen could not be installed; see docs/designer.md).

const PAYLOAD = `token expiresAt refreshToken refreshExpiresAt user { id username displayName roles projectIds }`;

export const LOGIN: TypedDocumentNode<{ login: AuthPayload }, { username: string; password: string }> = gql`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { ${PAYLOAD} }
  }
`;

export const REFRESH_TOKEN: TypedDocumentNode<{ refreshToken: AuthPayload }, { token: string }> = gql`
  mutation RefreshToken($token: String!) {
    refreshToken(token: $token) { ${PAYLOAD} }
  }
`;

export const LOGOUT: TypedDocumentNode<{ logout: boolean }, { refreshToken: string }> = gql`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`;

/** `me`: what forms read as `$user` (phone, teams, projects, units) besides the name and roles. */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  phone: string | null;
  roles: Role[];
  teamIds: string[];
  projectIds: string[];
  unitIds: string[];
}

export const ME: TypedDocumentNode<{ me: Me }, Record<string, never>> = gql`
  query Me {
    me {
      id
      username
      displayName
      phone
      roles
      teamIds
      projectIds
      unitIds
    }
  }
`;
