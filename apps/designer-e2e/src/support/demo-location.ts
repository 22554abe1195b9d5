import { Client } from 'pg';

/** The ids a repair QR code of a unit carries: its project, building and unit (read from the seeded database). */
export interface UnitLocation {
  projectId: string;
  buildingId: string;
  unitId: string;
}

/** The location of a demo unit by its code (`1-101`), straight from the test database. */
export async function unitLocation(databaseUrl: string, unitCode: string): Promise<UnitLocation> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<UnitLocation>(
      `select project_id::text as "projectId", building_id::text as "buildingId", id::text as "unitId"
         from unit where code = $1`,
      [unitCode],
    );
    if (rows.length !== 1) throw new Error(`expected one unit ${unitCode}, found ${rows.length}`);
    return rows[0]!;
  } finally {
    await client.end();
  }
}
