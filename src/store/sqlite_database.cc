#include "store/sqlite_database.h"

#include <sqlite3.h>

#include <utility>

#include <fmt/format.h>

namespace sc::store {
namespace {

// Long enough to ride out another process's import commit, short enough to report a stuck
// writer instead of hanging.
constexpr int kBusyTimeoutMs = 5000;

}  // namespace

Status SqliteStatus(sqlite3* db, int result_code, std::string_view context) {
  std::string message =
      fmt::format("{}: {}", context, db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(result_code));
  switch (result_code & 0xFF) {
    case SQLITE_OK:
    case SQLITE_DONE:
    case SQLITE_ROW:
      return Status::Ok();
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::Unavailable(message + " (another salescoach process is writing; try again)");
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return Status::InvalidArgument(message);
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_PERM:
      return Status::IoError(message);
    default:
      return Status::Internal(message);
  }
}

bool IsForeignKeyViolation(const Status& status) {
  return !status.ok() && status.message().find("FOREIGN KEY") != std::string::npos;
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_), statement_(std::exchange(other.statement_, nullptr)) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(statement_);
    db_ = other.db_;
    statement_ = std::exchange(other.statement_, nullptr);
  }
  return *this;
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(statement_); }

void SqliteStatement::BindText(int index, std::string_view value) {
  sqlite3_bind_text(statement_, index, value.data(), static_cast<int>(value.size()),
                    SQLITE_TRANSIENT);
}
void SqliteStatement::BindInt(int index, std::int64_t value) {
  sqlite3_bind_int64(statement_, index, value);
}
void SqliteStatement::BindDouble(int index, double value) {
  sqlite3_bind_double(statement_, index, value);
}
void SqliteStatement::BindNull(int index) { sqlite3_bind_null(statement_, index); }
void SqliteStatement::BindOptionalText(int index, const std::optional<std::string>& value) {
  value ? BindText(index, *value) : BindNull(index);
}
void SqliteStatement::BindOptionalDouble(int index, std::optional<double> value) {
  value ? BindDouble(index, *value) : BindNull(index);
}
void SqliteStatement::BindOptionalBool(int index, std::optional<bool> value) {
  value ? BindInt(index, *value ? 1 : 0) : BindNull(index);
}

Result<bool> SqliteStatement::Step() {
  int result = sqlite3_step(statement_);
  if (result == SQLITE_ROW) return true;
  if (result == SQLITE_DONE) return false;
  return SqliteStatus(db_, result, "database error");
}

Status SqliteStatement::Run() {
  while (true) {
    SC_ASSIGN_OR_RETURN(bool has_row, Step());
    if (!has_row) return Status::Ok();
  }
}

void SqliteStatement::Reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

std::string SqliteStatement::ColumnText(int column) const {
  const unsigned char* text = sqlite3_column_text(statement_, column);
  if (text == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)));
}
std::int64_t SqliteStatement::ColumnInt(int column) const {
  return sqlite3_column_int64(statement_, column);
}
double SqliteStatement::ColumnDouble(int column) const {
  return sqlite3_column_double(statement_, column);
}
bool SqliteStatement::ColumnIsNull(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}
std::optional<double> SqliteStatement::ColumnOptionalDouble(int column) const {
  if (ColumnIsNull(column)) return std::nullopt;
  return ColumnDouble(column);
}
std::optional<bool> SqliteStatement::ColumnOptionalBool(int column) const {
  if (ColumnIsNull(column)) return std::nullopt;
  return ColumnInt(column) != 0;
}

Result<SqliteDatabase> SqliteDatabase::Open(const std::string& path) {
  sqlite3* db = nullptr;
  int result = sqlite3_open_v2(path.c_str(), &db,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                               nullptr);
  SqliteDatabase database(db);  // owns the handle even when opening failed
  if (result != SQLITE_OK) {
    return SqliteStatus(db, result, fmt::format("cannot open database '{}'", path));
  }
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  sqlite3_extended_result_codes(db, 1);
  // Reading the schema is the first access that notices a file which is not a database.
  SC_RETURN_IF_ERROR(database.Exec("PRAGMA foreign_keys = ON; SELECT count(*) FROM sqlite_schema")
                         .WithContext(fmt::format("cannot open database '{}'", path)));
  if (path != ":memory:") {
    // WAL lets reports read while an import writes; NORMAL sync is safe with WAL.
    SC_RETURN_IF_ERROR(database.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL"));
  }
  return database;
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)) {}

SqliteDatabase& SqliteDatabase::operator=(SqliteDatabase&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
  }
  return *this;
}

SqliteDatabase::~SqliteDatabase() { sqlite3_close_v2(db_); }

int SqliteDatabase::changes() const { return sqlite3_changes(db_); }

Status SqliteDatabase::Exec(std::string_view sql) {
  std::string text(sql);
  char* error = nullptr;
  int result = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
  sqlite3_free(error);
  if (result == SQLITE_OK) return Status::Ok();
  return SqliteStatus(db_, result, "database error");
}

Result<SqliteStatement> SqliteDatabase::Prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  int result = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                  SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
  if (result != SQLITE_OK) {
    return SqliteStatus(db_, result, fmt::format("cannot prepare '{}'", sql.substr(0, 60)));
  }
  return SqliteStatement(db_, statement);
}

}  // namespace sc::store
