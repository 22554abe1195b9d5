import { Installation } from './installation.entity';

export { Installation };

/** Every entity the ORM knows; new entities are added here and get a generated migration. */
export const allEntities = [Installation];
