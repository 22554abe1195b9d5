export { createTestDatabase, type TestDatabase } from './test-database';
export { startTestPostgres, testEnv, type TestPostgres } from './test-postgres';
