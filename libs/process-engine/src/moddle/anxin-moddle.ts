import anxinDescriptor from './anxin.json';

/**
 * The `anxin` moddle extension (namespace `http://anxin.dev/schema/bpmn/1.0`): the attributes and extension elements
 * Anxin reads from BPMN. The reader registers it with bpmn-moddle; the designer passes it to bpmn-js as
 * `moddleExtensions: { anxin: anxinModdle }` so both read and write the same XML. Conventions: docs/definitions/bpmn.md.
 */
export const anxinModdle = anxinDescriptor;
