// Starts the throw-away PostgreSQL server these tests also run on, unless one is given; stops it after.
import { setupTestPostgres } from '../../tooling/vitest/postgres.ts';

export default setupTestPostgres;
