#include "store/sqlite_schema.h"

#include <array>
#include <string_view>

#include <fmt/format.h>

#include "base/check.h"

namespace sc::store {
namespace {

struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;
};

// Dates are ISO 8601 text so that plain SQL over the file reads naturally
// (WHERE closed_at >= '2026-10-01'); booleans are 0/1 with NULL for "not recorded".
constexpr std::string_view kCrmTables = R"sql(
CREATE TABLE reps (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  manager_id TEXT NOT NULL DEFAULT '',
  team TEXT NOT NULL DEFAULT '',
  segment TEXT NOT NULL DEFAULT 'unknown',
  hire_date TEXT,
  role TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'manager'))
) STRICT;

CREATE TABLE deals (
  id TEXT PRIMARY KEY,
  rep_id TEXT NOT NULL REFERENCES reps(id),
  name TEXT NOT NULL DEFAULT '',
  account TEXT NOT NULL DEFAULT '',
  amount REAL NOT NULL,
  currency TEXT NOT NULL DEFAULT '',
  stage TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'won', 'lost')),
  created_at TEXT NOT NULL,
  closed_at TEXT,
  list_amount REAL,
  discount_pct REAL,
  icp_fit INTEGER,
  metrics TEXT NOT NULL DEFAULT '',
  economic_buyer TEXT NOT NULL DEFAULT '',
  decision_criteria TEXT NOT NULL DEFAULT '',
  decision_process TEXT NOT NULL DEFAULT '',
  paper_process TEXT NOT NULL DEFAULT '',
  identify_pain TEXT NOT NULL DEFAULT '',
  champion TEXT NOT NULL DEFAULT '',
  competition TEXT NOT NULL DEFAULT '',
  loss_reason TEXT NOT NULL DEFAULT '',
  disqualified INTEGER,
  price_objection INTEGER
) STRICT;
CREATE INDEX deals_by_rep ON deals(rep_id);

CREATE TABLE activities (
  id TEXT PRIMARY KEY,
  rep_id TEXT NOT NULL REFERENCES reps(id),
  deal_id TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL CHECK (type IN ('call', 'meeting', 'email')),
  at TEXT NOT NULL,
  duration_s REAL,
  subject TEXT NOT NULL DEFAULT '',
  call_id TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX activities_by_rep ON activities(rep_id, at);

CREATE TABLE quotas (
  rep_id TEXT NOT NULL REFERENCES reps(id),
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  amount REAL NOT NULL,
  PRIMARY KEY (rep_id, period_start, period_end)
) STRICT;

CREATE TABLE forecasts (
  rep_id TEXT NOT NULL REFERENCES reps(id),
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  amount REAL NOT NULL,
  submitted_at TEXT,
  PRIMARY KEY (rep_id, period_start, period_end)
) STRICT;
)sql";

// A call's transcript is stored once at import, so analysis and reports never re-read the
// original files. WITHOUT ROWID keeps a call's utterances together on disk.
constexpr std::string_view kCallTables = R"sql(
CREATE TABLE calls (
  id TEXT PRIMARY KEY,
  rep_id TEXT NOT NULL REFERENCES reps(id),
  deal_id TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  started_at TEXT,
  call_type TEXT NOT NULL DEFAULT 'unknown',
  rep_speakers TEXT NOT NULL DEFAULT '',
  roles_from TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  duration_s REAL NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX calls_by_rep ON calls(rep_id, started_at);

CREATE TABLE utterances (
  call_id TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  speaker TEXT NOT NULL,
  role TEXT NOT NULL,
  start_s REAL NOT NULL,
  end_s REAL NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (call_id, seq)
) STRICT, WITHOUT ROWID;
)sql";

// A call's analysis is kept as the analyzer wrote it, so reports never re-read transcripts.
// Deleting or re-importing a call deletes its analysis with it. The (version, call_id) index
// lists the calls analyzed by one version in id order without reading the documents, which
// is how the store finds the calls still to analyze.
constexpr std::string_view kCallAnalysisTables = R"sql(
CREATE TABLE call_analyses (
  call_id TEXT PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
  version TEXT NOT NULL,
  analyzed_json TEXT NOT NULL
) STRICT;
CREATE INDEX call_analyses_by_version ON call_analyses(version, call_id);
)sql";

// A report snapshot is what one report run produced for one rep, at most one per rep and
// as-of date. UNIQUE (rep_id, as_of) is also the index that finds a rep's latest snapshot
// before a date and lists a rep's snapshots in order. AUTOINCREMENT because snapshot ids are
// shown to users (to approve or send a report), so an id is never given to another snapshot.
// Scores are rows, not fields of the report document, so that trends and progress read them
// with plain SQL; replacing a snapshot replaces its scores, and deleting it deletes them.
constexpr std::string_view kSnapshotTables = R"sql(
CREATE TABLE report_snapshots (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  rep_id TEXT NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
  as_of TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  overall REAL CHECK (overall BETWEEN 0 AND 100),
  focus_skill TEXT NOT NULL DEFAULT '',
  focus_component TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL
    CHECK (status IN ('draft', 'pending_review', 'approved', 'rejected', 'sent')),
  report_json TEXT NOT NULL,
  reviewed_by TEXT NOT NULL DEFAULT '',
  reviewed_at TEXT,
  review_note TEXT NOT NULL DEFAULT '',
  UNIQUE (rep_id, as_of)
) STRICT;

CREATE TABLE snapshot_scores (
  snapshot_id INTEGER NOT NULL REFERENCES report_snapshots(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('skill', 'component')),
  key TEXT NOT NULL,
  score REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
  PRIMARY KEY (snapshot_id, kind, key)
) STRICT, WITHOUT ROWID;
)sql";

// A snapshot keeps the report as rendered for people, so that what is delivered is what a
// manager reviewed. The outbox holds each composed message once: UNIQUE (snapshot_id, kind,
// channel) is what makes queuing a report twice impossible, whoever asks, and also serves
// listing one snapshot's messages. Recipients are one per line (a recipient never holds a
// line break). AUTOINCREMENT because outbox ids are shown to users, like snapshot ids. The
// (status, due_at) index finds the messages due for an attempt without reading payloads.
constexpr std::string_view kOutboxTables = R"sql(
ALTER TABLE report_snapshots ADD COLUMN report_markdown TEXT NOT NULL DEFAULT '';
ALTER TABLE report_snapshots ADD COLUMN report_html TEXT NOT NULL DEFAULT '';
ALTER TABLE report_snapshots ADD COLUMN report_card TEXT NOT NULL DEFAULT '';

CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  snapshot_id INTEGER NOT NULL REFERENCES report_snapshots(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('report', 'followup')),
  channel TEXT NOT NULL CHECK (channel IN ('email', 'webhook', 'file')),
  recipients TEXT NOT NULL CHECK (recipients <> ''),
  subject TEXT NOT NULL DEFAULT '',
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error TEXT NOT NULL DEFAULT '',
  due_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  UNIQUE (snapshot_id, kind, channel)
) STRICT;
CREATE INDEX deliveries_by_status ON deliveries(status, due_at);
)sql";

// A rep's feedback on a report, one row per snapshot at most: the first acknowledgement and
// the latest rating (1..5) with its time. Keyed by the snapshot, so re-running a report for the
// same rep and date (which keeps the snapshot's id) keeps its feedback; deleting the snapshot
// deletes it.
constexpr std::string_view kFeedbackTables = R"sql(
CREATE TABLE report_feedback (
  snapshot_id INTEGER PRIMARY KEY REFERENCES report_snapshots(id) ON DELETE CASCADE,
  acknowledged_at TEXT,
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  rated_at TEXT
) STRICT;
)sql";

constexpr std::array<Migration, 6> kMigrations{{
    {1, "CRM tables: reps, deals, activities, quotas, forecasts", kCrmTables},
    {2, "calls and their utterances", kCallTables},
    {3, "call analyses", kCallAnalysisTables},
    {4, "report snapshots and their scores", kSnapshotTables},
    {5, "outbox and rendered reports", kOutboxTables},
    {6, "rep feedback on reports", kFeedbackTables},
}};

}  // namespace

int LatestSchemaVersion() { return kMigrations.back().version; }

Result<int> CurrentSchemaVersion(SqliteDatabase& db) {
  SC_RETURN_IF_ERROR(db.Exec(
      "CREATE TABLE IF NOT EXISTS schema_version ("
      "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL"
      ") STRICT"));
  SC_ASSIGN_OR_RETURN(SqliteStatement query,
                      db.Prepare("SELECT coalesce(max(version), 0) FROM schema_version"));
  SC_ASSIGN_OR_RETURN(bool has_row, query.Step());
  return has_row ? static_cast<int>(query.ColumnInt(0)) : 0;
}

Status MigrateSchema(SqliteDatabase& db) { return MigrateSchemaTo(db, LatestSchemaVersion()); }

Status MigrateSchemaTo(SqliteDatabase& db, int version) {
  SC_CHECK(version <= LatestSchemaVersion());
  SC_ASSIGN_OR_RETURN(int current, CurrentSchemaVersion(db));
  if (current > LatestSchemaVersion()) {
    return Status::FailedPrecondition(fmt::format(
        "the database has schema version {} but this salescoach knows only up to {}; "
        "upgrade salescoach",
        current, LatestSchemaVersion()));
  }
  for (const Migration& migration : kMigrations) {
    if (migration.version <= current) continue;
    if (migration.version > version) break;
    SC_RETURN_IF_ERROR(db.InTransaction([&]() -> Status {
      SC_RETURN_IF_ERROR(db.Exec(migration.sql));
      SC_ASSIGN_OR_RETURN(SqliteStatement record,
                          db.Prepare("INSERT INTO schema_version(version, description, "
                                     "applied_at) VALUES (?, ?, datetime('now'))"));
      record.BindInt(1, migration.version);
      record.BindText(2, migration.description);
      return record.Run();
    }).WithContext(fmt::format("schema migration {}", migration.version)));
  }
  return Status::Ok();
}

}  // namespace sc::store
