// A thin RAII layer over the SQLite C API: a connection and prepared statements that
// report failures as Status values with the database's own message.
//
//   SC_ASSIGN_OR_RETURN(SqliteDatabase db, SqliteDatabase::Open("salescoach.db"));
//   SC_ASSIGN_OR_RETURN(SqliteStatement insert, db.Prepare("INSERT INTO reps(id) VALUES (?)"));
//   insert.BindText(1, "R-001");
//   SC_RETURN_IF_ERROR(insert.Run());
//
// Only prepared statements with bound parameters touch data; Exec() is for fixed SQL
// (pragmas, schema, transaction control). Not thread-safe; one connection per thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "base/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sc::store {

class SqliteStatement {
 public:
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&& other) noexcept;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement();

  // Parameters are 1-based, as in SQL. An empty optional binds NULL.
  void BindText(int index, std::string_view value);
  void BindInt(int index, std::int64_t value);
  void BindDouble(int index, double value);
  void BindNull(int index);
  void BindOptionalText(int index, const std::optional<std::string>& value);
  void BindOptionalDouble(int index, std::optional<double> value);
  void BindOptionalBool(int index, std::optional<bool> value);

  // Advances to the next row: true when a row is available, false when done. Returns
  // kUnavailable when the database is locked by another writer past the busy timeout,
  // kInvalidArgument for constraint violations, kIoError for disk failures.
  Result<bool> Step();
  // Steps until done, for statements that return no rows.
  Status Run();
  // Resets the statement and clears its bindings, ready to run again.
  void Reset();

  // Column accessors for the current row; columns are 0-based. NULL reads as "" / 0 /
  // nullopt.
  std::string ColumnText(int column) const;
  std::int64_t ColumnInt(int column) const;
  double ColumnDouble(int column) const;
  bool ColumnIsNull(int column) const;
  std::optional<double> ColumnOptionalDouble(int column) const;
  std::optional<bool> ColumnOptionalBool(int column) const;

 private:
  friend class SqliteDatabase;
  SqliteStatement(sqlite3* db, sqlite3_stmt* statement) : db_(db), statement_(statement) {}

  sqlite3* db_ = nullptr;               // not owned
  sqlite3_stmt* statement_ = nullptr;   // owned
};

// Steps `query` through its remaining rows and returns read(query) for each, in order, or
// the first failing step's Status.
template <typename Read>
auto ReadRows(SqliteStatement& query, Read read)
    -> Result<std::vector<std::invoke_result_t<Read&, const SqliteStatement&>>> {
  std::vector<std::invoke_result_t<Read&, const SqliteStatement&>> rows;
  while (true) {
    SC_ASSIGN_OR_RETURN(bool has_row, query.Step());
    if (!has_row) return rows;
    rows.push_back(read(std::as_const(query)));
  }
}

class SqliteDatabase {
 public:
  // Opens (creating when missing) the database at `path`; ":memory:" opens a private
  // in-memory database. Turns on foreign keys, WAL journaling for files and a busy timeout.
  // Returns kIoError naming the path when the file cannot be opened or is not a database.
  static Result<SqliteDatabase> Open(const std::string& path);

  SqliteDatabase(SqliteDatabase&& other) noexcept;
  SqliteDatabase& operator=(SqliteDatabase&& other) noexcept;
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;
  ~SqliteDatabase();

  // Runs one or more fixed SQL statements with no parameters.
  Status Exec(std::string_view sql);
  // Compiles `sql`; returns kInternal with SQLite's message when it does not compile.
  Result<SqliteStatement> Prepare(std::string_view sql);

  // Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when `body` fails, returning
  // its Status unchanged.
  template <typename Body>
  Status InTransaction(Body&& body) {
    SC_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    Status status = body();
    if (!status.ok()) {
      Exec("ROLLBACK").IgnoreError();  // the body's failure is the one worth reporting
      return status;
    }
    status = Exec("COMMIT");
    if (!status.ok()) Exec("ROLLBACK").IgnoreError();
    return status;
  }

  // Rows changed by the most recent INSERT, UPDATE or DELETE (not counting cascades).
  int changes() const;

  sqlite3* handle() { return db_; }

 private:
  explicit SqliteDatabase(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;  // owned
};

// Maps an SQLite result code to our Status codes, with `context` and SQLite's message.
Status SqliteStatus(sqlite3* db, int result_code, std::string_view context);

// True when `status` is a write refused because a row names a parent row that is not stored
// (a FOREIGN KEY constraint), which callers turn into a message about the user's data.
bool IsForeignKeyViolation(const Status& status);

}  // namespace sc::store
