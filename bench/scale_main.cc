// salescoach_scale_bench: a large organisation end to end, as a user would run it
// (bench/README.md, "Scale").
//
//   build/release/salescoach_scale_bench [--reps 1000] [--calls 100000] [--dir DIR] [--keep]
//
// Generates the organisation into DIR (scale_org.h; timed as set-up, not as part of the run),
// then runs the real salescoach binary, each step a child process against DIR/salescoach.db:
// import crm, import calls, analyze, team (every rep's report), and single-rep reports. Prints
// one table of wall times and peak memory with the goals, writes the same as JSON to
// DIR/scale-results.json, and removes the generated files and database unless --keep. Exits 0
// when every step ran, whether or not the goals were met; 1 when a step failed.
#include <fmt/format.h>
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <ctime>
#include <nlohmann/json.hpp>
#include <system_error>
#include <thread>

#include "app/build_report.h"
#include "app/coaching_setup.h"
#include "app/rep_evidence.h"
#include "base/file_io.h"
#include "base/text.h"
#include "bench/child_process.h"
#include "bench/scale_org.h"
#include "bench/timing.h"
#include "store/sqlite_store.h"

namespace sc::bench {
namespace {

namespace fs = std::filesystem;

constexpr double kBytesPerMb = 1e6;
constexpr double kEndToEndGoalSeconds = 15 * 60;
constexpr double kPeakMemoryGoalMb = 2000;  // 2 GB
constexpr double kReportGoalSeconds = 0.050;

struct Options {
  OrganisationOptions organisation{.dir = SC_SCALE_BENCH_DIR};
  std::string salescoach = SC_SALESCOACH_BINARY;
  int threads = 2;
  int report_runs = 20;
  int report_reps = 5;
  bool keep = false;
};

void Progress(std::string_view line) { fmt::print(stderr, "salescoach_scale_bench: {}\n", line); }

struct Step {
  std::string name;
  ChildRun run;
  bool end_to_end = true;  // counted in the end-to-end time
};

struct Latency {
  std::vector<double> seconds;

  double median() const { return Timing{seconds}.median(); }
  // Nearest rank.
  double p95() const {
    std::vector<double> sorted = seconds;
    std::sort(sorted.begin(), sorted.end());
    auto rank = static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(sorted.size())));
    return sorted[std::max<std::size_t>(rank, 1) - 1];
  }
};

std::string MachineLine() {
  std::string cpu = "unknown CPU";
  if (Result<std::string> cpuinfo = ReadFile("/proc/cpuinfo"); cpuinfo.ok()) {
    for (std::string_view line : Split(*cpuinfo, '\n')) {
      if (line.starts_with("model name") && line.find(':') != std::string_view::npos) {
        cpu = std::string(Trim(line.substr(line.find(':') + 1)));
        break;
      }
    }
  }
  std::string load = "unknown";
  if (Result<std::string> loadavg = ReadFile("/proc/loadavg"); loadavg.ok()) {
    load = std::string(Split(*loadavg, ' ').front());
  }
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", &utc);
  return fmt::format("{}, {}, {} hardware threads, load average {} at the start", date, cpu,
                     std::thread::hardware_concurrency(), load);
}

double SelfPeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) * 1024 / kBytesPerMb;
}

std::uint64_t PathBytes(const fs::path& path) {
  std::error_code error;
  if (fs::is_regular_file(path, error)) return fs::file_size(path, error);
  std::uint64_t bytes = 0;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(path, error)) {
    if (entry.is_regular_file(error)) bytes += entry.file_size(error);
  }
  return bytes;
}

// What the run creates in DIR, besides scale-results.json.
std::vector<fs::path> GeneratedPaths(const fs::path& dir) {
  return {dir / "crm",
          dir / "calls",
          dir / "salescoach.db",
          dir / "salescoach.db-wal",
          dir / "salescoach.db-shm",
          dir / "reports",
          dir / "logs"};
}

void RemoveGenerated(const fs::path& dir) {
  for (const fs::path& path : GeneratedPaths(dir)) {
    std::error_code error;
    fs::remove_all(path, error);
  }
}

// Runs one salescoach step; fails when it cannot start or exits with a failure.
Result<ChildRun> RunStep(const Options& options, const std::string& name,
                         std::vector<std::string> arguments, const fs::path& log) {
  fs::path db = options.organisation.dir / "salescoach.db";
  std::vector<std::string> command = {options.salescoach, "--db", db.string()};
  command.insert(command.end(), arguments.begin(), arguments.end());
  SC_ASSIGN_OR_RETURN(ChildRun run, RunChild(command, log));
  if (run.exit_code != 0) {
    return Status::FailedPrecondition(fmt::format("{} exited with status {}; its output is in {}",
                                                  name, run.exit_code, log.string()));
  }
  return run;
}

// The reps whose reports are timed: spread over the organisation.
std::vector<std::string> ReportReps(const OrganisationInfo& info, int count) {
  std::vector<std::string> reps;
  std::size_t total = info.rep_ids.size();
  for (int index = 0; index < count && total > 0; ++index) {
    std::string id = info.rep_ids[static_cast<std::size_t>(index) * (total - 1) /
                                  static_cast<std::size_t>(std::max(1, count - 1))];
    if (std::find(reps.begin(), reps.end(), id) == reps.end()) reps.push_back(id);
  }
  return reps;
}

struct InProcessReports {
  double load_organisation_seconds = 0;
  Latency build;
};

// app::BuildReport on a store opened once, as a long-running service would call it.
Result<InProcessReports> TimeBuildReport(const Options& options,
                                         const std::vector<std::string>& reps, int runs) {
  Diagnostics diagnostics;
  SC_ASSIGN_OR_RETURN(app::CoachingKnowledge knowledge,
                      app::LoadCoachingKnowledge({}, &diagnostics));
  SC_ASSIGN_OR_RETURN(
      std::unique_ptr<store::SqliteStore> store,
      store::SqliteStore::Open((options.organisation.dir / "salescoach.db").string()));
  InProcessReports result;
  Stopwatch load;
  SC_ASSIGN_OR_RETURN(app::OrganisationRecords organisation, app::LoadOrganisation(*store));
  result.load_organisation_seconds = load.Seconds();
  for (int run = 0; run < runs; ++run) {
    app::ReportOptions report{.rep_id = reps[static_cast<std::size_t>(run) % reps.size()],
                              .as_of = options.organisation.end_date,
                              .save_snapshot = false};
    Stopwatch stopwatch;
    SC_ASSIGN_OR_RETURN(app::BuiltReport built,
                        app::BuildReport(*store, knowledge, organisation, report));
    result.build.seconds.push_back(stopwatch.Seconds());
  }
  return result;
}

std::string Duration(double seconds) {
  if (seconds < 1) return fmt::format("{:.1f} ms", seconds * 1000);
  if (seconds < 120) return fmt::format("{:.1f} s", seconds);
  return fmt::format("{:.1f} s ({}:{:02})", seconds, static_cast<int>(seconds) / 60,
                     static_cast<int>(seconds) % 60);
}

nlohmann::ordered_json RunJson(const ChildRun& run) {
  return {{"seconds", run.seconds},
          {"peak_rss_mb", run.peak_rss_mb},
          {"user_seconds", run.user_seconds},
          {"system_seconds", run.system_seconds}};
}

int Run(const Options& options) {
  const fs::path& dir = options.organisation.dir;
  std::string machine = MachineLine();
  RemoveGenerated(dir);
  std::error_code error;
  fs::create_directories(dir / "logs", error);
  if (error) {
    fmt::print(stderr, "salescoach_scale_bench: cannot make {}: {}\n", dir.string(),
               error.message());
    return 1;
  }

  Progress(fmt::format("generating {} reps and {} calls into {}", options.organisation.reps,
                       options.organisation.calls, dir.string()));
  Stopwatch generation;
  Result<OrganisationInfo> organisation = WriteOrganisation(options.organisation, Progress);
  double generation_seconds = generation.Seconds();
  double generation_rss_mb = SelfPeakRssMb();
  if (!organisation.ok()) {
    fmt::print(stderr, "salescoach_scale_bench: {}\n", organisation.status().ToString());
    return 1;
  }
  const OrganisationInfo& info = *organisation;
  std::string end = options.organisation.end_date.ToString();
  std::string threads = std::to_string(options.threads);

  std::vector<std::string> import_crm = {"import", "crm"};
  for (const fs::path& file : info.crm_files) import_crm.push_back(file.string());
  struct Planned {
    std::string name;
    std::vector<std::string> arguments;
  };
  std::vector<Planned> planned = {
      {"import crm", import_crm},
      {"import calls", {"import", "calls", info.calls_dir.string()}},
      {"analyze", {"analyze", "--threads", threads}},
      {"team",
       {"-q", "team", "--as-of", end, "--out", (dir / "reports").string(), "--threads", threads}},
  };
  std::vector<Step> steps;
  for (std::size_t index = 0; index < planned.size(); ++index) {
    Progress(fmt::format("running salescoach {}", planned[index].name));
    std::string file_name = planned[index].name;
    std::replace(file_name.begin(), file_name.end(), ' ', '-');
    fs::path log = dir / "logs" / fmt::format("{}-{}.log", index + 1, file_name);
    Result<ChildRun> run = RunStep(options, planned[index].name, planned[index].arguments, log);
    if (!run.ok()) {
      fmt::print(stderr, "salescoach_scale_bench: {}\n", run.status().ToString());
      return 1;
    }
    steps.push_back({planned[index].name, *run});
    Progress(fmt::format("{}: {}, peak {:.0f} MB", planned[index].name, Duration(run->seconds),
                         run->peak_rss_mb));
  }

  // One rep's report from the stored analysis, as the command line runs it.
  std::vector<std::string> reps = ReportReps(info, options.report_reps);
  auto report_command = [&](const std::string& rep) {
    return std::vector<std::string>{"-q", "report",        "--rep", rep,        "--as-of",
                                    end,  "--no-snapshot", "-o",    "/dev/null"};
  };
  Progress(fmt::format("timing {} reports of {} reps", options.report_runs, reps.size()));
  fs::path report_log = dir / "logs" / "5-report.log";
  Latency report_latency;
  double report_rss_mb = 0;
  // One untimed run first, so that every timed one finds the database in the page cache.
  for (int run = -1; run < options.report_runs; ++run) {
    const std::string& rep = reps[static_cast<std::size_t>(std::max(run, 0)) % reps.size()];
    Result<ChildRun> child = RunStep(options, "report", report_command(rep), report_log);
    if (!child.ok()) {
      fmt::print(stderr, "salescoach_scale_bench: {}\n", child.status().ToString());
      return 1;
    }
    if (run < 0) continue;
    report_latency.seconds.push_back(child->seconds);
    report_rss_mb = std::max(report_rss_mb, child->peak_rss_mb);
  }
  Result<InProcessReports> in_process = TimeBuildReport(options, reps, options.report_runs);
  if (!in_process.ok()) {
    fmt::print(stderr, "salescoach_scale_bench: in-process reports: {}\n",
               in_process.status().ToString());
    return 1;
  }

  std::uint64_t db_bytes = PathBytes(dir / "salescoach.db") + PathBytes(dir / "salescoach.db-wal");
  std::uint64_t crm_bytes = PathBytes(dir / "crm");
  std::uint64_t report_bytes = PathBytes(dir / "reports");
  double end_to_end = 0;
  double peak_mb = report_rss_mb;
  for (const Step& step : steps) {
    end_to_end += step.run.seconds;
    peak_mb = std::max(peak_mb, step.run.peak_rss_mb);
  }
  bool end_to_end_met = end_to_end < kEndToEndGoalSeconds;
  bool memory_met = peak_mb < kPeakMemoryGoalMb;
  bool report_met = report_latency.median() < kReportGoalSeconds;
  auto met = [](bool ok) { return ok ? "met" : "NOT MET"; };

  fmt::print("\nsalescoach scale benchmark: {}\n", machine);
  fmt::print(
      "organisation: {} reps and {} managers, {} deals, {} activities, {} calls "
      "({} utterances; each rep's {} days of calls spread over up to {} windows)\n",
      info.reps, info.managers, info.deals, info.activities, info.calls, info.utterances,
      options.organisation.days, info.copies);
  fmt::print(
      "files: {:.1f} MB of call JSON, {:.1f} MB of CRM CSV; database {:.1f} MB; "
      "reports {:.1f} MB\n",
      static_cast<double>(info.transcript_bytes) / kBytesPerMb,
      static_cast<double>(crm_bytes) / kBytesPerMb, static_cast<double>(db_bytes) / kBytesPerMb,
      static_cast<double>(report_bytes) / kBytesPerMb);
  fmt::print("set-up (not part of the run): generation {}, peak {:.0f} MB\n\n",
             Duration(generation_seconds), generation_rss_mb);
  fmt::print("| {:<34} | {:>18} | {:>10} | {:>9} |\n", "step", "wall time", "peak RSS", "CPU");
  fmt::print("|{:-<36}|{:->20}|{:->12}|{:->11}|\n", "", "", "", "");
  for (const Step& step : steps) {
    fmt::print("| salescoach {:<23} | {:>18} | {:>7.0f} MB | {:>7.1f} s |\n", step.name,
               Duration(step.run.seconds), step.run.peak_rss_mb,
               step.run.user_seconds + step.run.system_seconds);
  }
  fmt::print("| {:<34} | {:>18} | {:>7.0f} MB | {:>9} |\n", "end to end (the four steps)",
             Duration(end_to_end), peak_mb, "");
  fmt::print("\none rep's report ({} runs over {} reps, --no-snapshot):\n", options.report_runs,
             reps.size());
  fmt::print("  salescoach report, process start-up included: median {}, p95 {}, peak {:.0f} MB\n",
             Duration(report_latency.median()), Duration(report_latency.p95()), report_rss_mb);
  fmt::print("  app::BuildReport in one process: median {}, p95 {} (LoadOrganisation once: {})\n",
             Duration(in_process->build.median()), Duration(in_process->build.p95()),
             Duration(in_process->load_organisation_seconds));
  fmt::print("\n| {:<44} | {:>18} | {:<7} |\n", "goal", "measured", "");
  fmt::print("|{:-<46}|{:->20}|{:-<9}|\n", "", "", "");
  fmt::print("| {:<44} | {:>18} | {:<7} |\n", "end to end under 15 min", Duration(end_to_end),
             met(end_to_end_met));
  fmt::print("| {:<44} | {:>18} | {:<7} |\n", "peak memory under 2 GB (any step)",
             fmt::format("{:.0f} MB", peak_mb), met(memory_met));
  fmt::print("| {:<44} | {:>18} | {:<7} |\n", "one rep's report under 50 ms (CLI median)",
             Duration(report_latency.median()), met(report_met));

  nlohmann::ordered_json steps_json = nlohmann::ordered_json::array();
  for (const Step& step : steps) {
    nlohmann::ordered_json entry = {{"step", step.name}};
    entry.update(RunJson(step.run));
    steps_json.push_back(entry);
  }
  nlohmann::ordered_json results = {
      {"machine", machine},
      {"organisation",
       {{"reps", info.reps},
        {"managers", info.managers},
        {"deals", info.deals},
        {"activities", info.activities},
        {"calls", info.calls},
        {"utterances", info.utterances},
        {"windows", info.copies},
        {"transcript_mb", static_cast<double>(info.transcript_bytes) / kBytesPerMb},
        {"crm_mb", static_cast<double>(crm_bytes) / kBytesPerMb},
        {"database_mb", static_cast<double>(db_bytes) / kBytesPerMb},
        {"reports_mb", static_cast<double>(report_bytes) / kBytesPerMb}}},
      {"generation", {{"seconds", generation_seconds}, {"peak_rss_mb", generation_rss_mb}}},
      {"steps", steps_json},
      {"end_to_end_seconds", end_to_end},
      {"peak_rss_mb", peak_mb},
      {"report_cli",
       {{"runs", report_latency.seconds.size()},
        {"reps", reps},
        {"median_seconds", report_latency.median()},
        {"p95_seconds", report_latency.p95()},
        {"peak_rss_mb", report_rss_mb},
        {"seconds", report_latency.seconds}}},
      {"report_in_process",
       {{"load_organisation_seconds", in_process->load_organisation_seconds},
        {"median_seconds", in_process->build.median()},
        {"p95_seconds", in_process->build.p95()},
        {"seconds", in_process->build.seconds}}},
      {"goals",
       {{{"goal", "end to end under 15 min"}, {"measured", end_to_end}, {"met", end_to_end_met}},
        {{"goal", "peak memory under 2 GB"}, {"measured", peak_mb}, {"met", memory_met}},
        {{"goal", "one rep's report under 50 ms"},
         {"measured", report_latency.median()},
         {"met", report_met}}}}};
  fs::path results_path = dir / "scale-results.json";
  if (Status written = WriteFile(results_path, results.dump(2) + "\n"); !written.ok()) {
    fmt::print(stderr, "salescoach_scale_bench: {}\n", written.ToString());
    return 1;
  }
  fmt::print("\nfigures written to {}\n", results_path.string());
  if (!options.keep) RemoveGenerated(dir);
  return 0;
}

}  // namespace
}  // namespace sc::bench

int main(int argc, char** argv) {
  sc::bench::Options options;
  CLI::App app("salescoach_scale_bench: a large organisation end to end, as a user runs it");
  app.add_option("--reps", options.organisation.reps, "account executives")
      ->check(CLI::Range(1, 100'000))
      ->capture_default_str();
  app.add_option("--calls", options.organisation.calls, "calls, spread evenly over the reps")
      ->capture_default_str();
  app.add_option("--dir", options.organisation.dir, "where the files and database go")
      ->capture_default_str();
  app.add_option("--salescoach", options.salescoach, "the salescoach binary to run")
      ->capture_default_str();
  app.add_option("--threads", options.threads, "threads for analyze and team")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--report-runs", options.report_runs, "timed single-rep reports")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_flag("--keep", options.keep, "keep the generated files, database and reports");
  CLI11_PARSE(app, argc, argv);
  return sc::bench::Run(options);
}
