// The SQLite schema as an ordered list of migrations.
//
// Each migration moves the database from version N-1 to N and runs in its own transaction
// together with the row it adds to schema_version. Migrations are append-only: a released
// migration is never edited, a change is a new migration. docs/storage.md describes the
// tables.
#pragma once

#include "store/sqlite_database.h"

namespace sc::store {

// The schema version this build writes.
int LatestSchemaVersion();

// Brings `db` up to LatestSchemaVersion(), applying the missing migrations in order.
// Returns kFailedPrecondition when the database was written by a newer salescoach, and the
// failing migration's Status (with the database unchanged by it) otherwise.
Status MigrateSchema(SqliteDatabase& db);

// The same, stopping at `version`: how tests build a database as an older salescoach wrote
// it. A database already past `version` is left as it is.
// REQUIRES: version <= LatestSchemaVersion().
Status MigrateSchemaTo(SqliteDatabase& db, int version);

// The version recorded in `db` (0 for a new, empty database).
Result<int> CurrentSchemaVersion(SqliteDatabase& db);

}  // namespace sc::store
