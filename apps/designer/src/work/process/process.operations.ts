import { gql, type TypedDocumentNode } from '@apollo/client';

/** `ProcessDiagram`: the BPMN of the instance's version and what to highlight. */
export interface ProcessDiagram {
  processInstanceId: string;
  xml: string;
  completedElementIds: string[];
  activeElementIds: string[];
}

export const PROCESS_DIAGRAM: TypedDocumentNode<{ processDiagram: ProcessDiagram }, { id: string }> = gql`
  query ProcessDiagram($id: ID!) {
    processDiagram(id: $id) {
      processInstanceId
      xml
      completedElementIds
      activeElementIds
    }
  }
`;
