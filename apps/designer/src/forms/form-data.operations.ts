import { gql, type TypedDocumentNode } from '@apollo/client';

// What a form needs besides its definition: dictionaries (any signed-in user) and the pickers' data sources.

export interface DefinitionContent {
  key: string;
  version: number;
  content: string;
}

export const DICTIONARIES: TypedDocumentNode<{ definitions: DefinitionContent[] }, Record<string, never>> = gql`
  query FormDictionaries {
    definitions(kind: DICTIONARY) {
      key
      version
      content
    }
  }
`;

export const FORM_DEFINITION: TypedDocumentNode<{ definition: DefinitionContent }, { key: string }> = gql`
  query FormDefinition($key: String!) {
    definition(kind: FORM, key: $key) {
      key
      version
      content
    }
  }
`;

export const PICKER_PROJECTS: TypedDocumentNode<
  { projects: { id: string; code: string; name: string }[] },
  Record<string, never>
> = gql`
  query PickerProjects {
    projects {
      id
      code
      name
    }
  }
`;

export const PICKER_TEAMS: TypedDocumentNode<
  { teams: { id: string; name: string; projectId: string | null }[] },
  Record<string, never>
> = gql`
  query PickerTeams {
    teams {
      id
      name
      projectId
    }
  }
`;

export interface PickedUser {
  id: string;
  displayName: string;
  phone: string | null;
  roles: string[];
}

export const PICKER_USERS: TypedDocumentNode<
  { users: { total: number; items: PickedUser[] } },
  { search?: string; limit: number }
> = gql`
  query PickerUsers($search: String, $limit: Int!) {
    users(filter: { search: $search }, page: { offset: 0, limit: $limit }) {
      total
      items {
        id
        displayName
        phone
        roles
      }
    }
  }
`;

export interface PickedBuilding {
  id: string;
  projectId: string;
  code: string;
  name: string;
}

export const PICKER_BUILDINGS: TypedDocumentNode<{ buildings: PickedBuilding[] }, { projectId: string }> = gql`
  query PickerBuildings($projectId: ID!) {
    buildings(projectId: $projectId) {
      id
      projectId
      code
      name
    }
  }
`;

export interface PickedUnit {
  id: string;
  projectId: string;
  buildingId: string;
  code: string;
}

export const PICKER_UNITS: TypedDocumentNode<{ units: PickedUnit[] }, { buildingId: string }> = gql`
  query PickerUnits($buildingId: ID!) {
    units(buildingId: $buildingId) {
      id
      projectId
      buildingId
      code
    }
  }
`;
