#include "bench/report.h"

#include <fmt/format.h>

#include <cmath>

namespace sc::bench {
namespace {

constexpr double kBytesPerMb = 1e6;
constexpr double kMinMbPerSecondPerCore = 150;
constexpr double kMinTwoThreadSpeedUp = 1.7;
constexpr double kMaxTrackerLoadMs = 50;
constexpr double kMinTimesPeer = 100;

double MbPerSecond(std::uint64_t bytes, double seconds) {
  return static_cast<double>(bytes) / kBytesPerMb / seconds;
}

double PerSecond(std::uint64_t count, double seconds) {
  return static_cast<double>(count) / seconds;
}

const PipelineRun* FindRun(const PipelineFigures& pipeline, int threads) {
  for (const PipelineRun& run : pipeline.runs) {
    if (run.threads == threads) return &run;
  }
  return nullptr;
}

// Utterances per second of our full analysis on one thread, best run.
double OursPerSecond(const BenchFigures& figures) {
  const PipelineRun* one = FindRun(figures.pipeline, 1);
  return one ? PerSecond(figures.pipeline.totals.utterances, one->timing.best()) : 0;
}

// 1234567.8 -> "1,234,568".
std::string Grouped(double value) {
  std::string digits = fmt::format("{:.0f}", std::round(value));
  std::string out;
  std::size_t first = digits[0] == '-' ? 1 : 0;
  for (std::size_t index = 0; index < digits.size(); ++index) {
    if (index > first && (digits.size() - index) % 3 == 0) out += ',';
    out += digits[index];
  }
  return out;
}

std::string Ms(double seconds) { return fmt::format("{:.1f} ms", seconds * 1000); }

Goal Judge(std::string name, std::string target, double measured, std::string unit, bool pass) {
  return {std::move(name), std::move(target), measured, std::move(unit), pass, ""};
}

Goal NotMeasured(std::string name, std::string target, std::string unit, std::string note) {
  return {std::move(name), std::move(target), std::nullopt, std::move(unit),
          false,           std::move(note)};
}

std::string PeerLabel(const PeerFigures& peer) {
  return fmt::format("{} {} ({})", peer.peer, peer.version, peer.runtime);
}

std::string ThroughputRow(std::string_view label, const PassTotals& totals, const PipelineRun& run,
                          const PipelineRun* baseline) {
  double best = run.timing.best();
  double median = run.timing.median();
  std::string speed_up = baseline ? fmt::format("{:.2f}x", baseline->timing.best() / best) : "";
  return fmt::format("  {:<40}  {:>9.1f}  {:>11.1f}  {:>10}  {:>12}  {:>8}\n", label,
                     MbPerSecond(totals.bytes, best), MbPerSecond(totals.bytes, median),
                     Grouped(PerSecond(totals.utterances, best)),
                     Grouped(PerSecond(totals.utterances, median)), speed_up);
}

std::string AnalysisSection(const BenchFigures& figures) {
  const PipelineRun* one = FindRun(figures.pipeline, 1);
  std::string out = fmt::format(
      "Throughput on the corpus in memory, {} timed passes each\n"
      "  {:<40}  {:>9}  {:>11}  {:>10}  {:>12}  {:>8}\n",
      one ? one->timing.seconds.size() : 0, "", "MB/s best", "MB/s median", "utt/s best",
      "utt/s median", "speed-up");
  for (const PipelineRun& run : figures.pipeline.runs) {
    std::string label =
        fmt::format("full analysis, {} thread{}", run.threads, run.threads == 1 ? "" : "s");
    out += ThroughputRow(label, figures.pipeline.totals, run, one);
  }
  for (const PipelineRun& run : figures.parse.runs) {
    out +=
        ThroughputRow("parse only (ReadNativeJson), 1 thread", figures.parse.totals, run, nullptr);
  }
  out += "  (full analysis: ReadNativeJson then CallAnalyzer::Analyze, file by file)\n";
  return out;
}

std::string StartupSection(const BenchFigures& figures) {
  std::string out = fmt::format("Start-up                                best     median\n");
  auto row = [&](std::string_view label, const Timing& timing) {
    out += fmt::format("  {:<36}  {:>9}  {:>9}\n", label, Ms(timing.best()), Ms(timing.median()));
  };
  row("TrackerSet::Load (en.yaml)", figures.tracker_load);
  row("  of which TrackerSet::Compile", figures.tracker_compile);
  row("CallAnalyzer::Load (all three files)", figures.analyzer_load);
  return out;
}

std::string SentimentSection(const BenchFigures& figures) {
  double ours_full = OursPerSecond(figures);
  const PipelineRun* most = &figures.pipeline.runs.back();
  double ours_all = PerSecond(figures.pipeline.totals.utterances, most->timing.best());
  double ours_vader = PerSecond(figures.sentiment_utterances, figures.vader.timing.best());
  double count = static_cast<double>(figures.sentiment_utterances);
  std::string out = fmt::format(
      "Sentiment on the same {} utterances, one thread\n"
      "  {:<52}  {:>10}  {:>8}  {:>13}  {:>9}  {:>10}  {:>10}\n",
      Grouped(count), "scorer", "utt/s", "seconds", "mean compound", "VADER x", "full 1t x",
      fmt::format("full {}t x", most->threads));
  out +=
      fmt::format("  {:<52}  {:>10}  {:>8.2f}  {:>13.4f}  {:>9}  {:>10}  {:>10}\n",
                  "salescoach VaderAnalyzer (C++)", Grouped(ours_vader),
                  figures.vader.timing.best(), figures.vader.compound_sum / count, "-", "-", "-");
  for (const PeerRun& run : figures.peers) {
    if (!run.figures) {
      out += fmt::format("  {:<52}  not run: {}\n", run.name, run.failure);
      continue;
    }
    const PeerFigures& peer = *run.figures;
    double theirs = peer.utterances_per_second();
    out += fmt::format("  {:<52}  {:>10}  {:>8.2f}  {:>13.4f}  {:>8.1f}x  {:>9.1f}x  {:>9.1f}x\n",
                       PeerLabel(peer), Grouped(theirs), peer.seconds,
                       peer.compound_sum / static_cast<double>(peer.utterances),
                       ours_vader / theirs, ours_full / theirs, ours_all / theirs);
  }
  out += fmt::format(
      "  (x columns: our utterances/s over the peer's: VaderAnalyzer alone, then the full\n"
      "   analysis of the corpus on 1 and {} threads, which also parses JSON and runs every "
      "measure)\n",
      most->threads);
  return out;
}

std::string GoalsSection(const std::vector<Goal>& goals) {
  std::string out = "Goals (judged on the best run)\n";
  int met = 0;
  for (const Goal& goal : goals) {
    met += goal.pass ? 1 : 0;
    std::string measured = goal.measured ? fmt::format("{:.1f} {}", *goal.measured, goal.unit)
                                         : "not measured: " + goal.note;
    out += fmt::format("  {}  {:<56}  {:<12}  {}\n", goal.pass ? "PASS" : "FAIL", goal.name,
                       goal.target, measured);
  }
  out += fmt::format("  {} of {} goals met\n", met, goals.size());
  return out;
}

nlohmann::json TimingJson(const Timing& timing) {
  return {{"seconds", timing.seconds}, {"best_s", timing.best()}, {"median_s", timing.median()}};
}

}  // namespace

std::vector<Goal> EvaluateGoals(const BenchFigures& figures) {
  std::vector<Goal> goals;
  const PassTotals& totals = figures.pipeline.totals;
  const PipelineRun* one = FindRun(figures.pipeline, 1);
  const PipelineRun* two = FindRun(figures.pipeline, 2);
  double per_core = one ? MbPerSecond(totals.bytes, one->timing.best()) : 0;
  goals.push_back(Judge("full analysis, 1 thread", ">= 150 MB/s", per_core, "MB/s",
                        per_core >= kMinMbPerSecondPerCore));
  if (one && two) {
    double speed_up = one->timing.best() / two->timing.best();
    goals.push_back(Judge("speed-up from 2 threads", ">= 1.7x", speed_up, "x",
                          speed_up >= kMinTwoThreadSpeedUp));
  } else {
    goals.push_back(NotMeasured("speed-up from 2 threads", ">= 1.7x", "x",
                                "the machine has one hardware thread"));
  }
  double load_ms = figures.tracker_load.best() * 1000;
  goals.push_back(Judge("tracker compilation (TrackerSet::Load)", "< 50 ms", load_ms, "ms",
                        load_ms < kMaxTrackerLoadMs));
  for (const PeerRun& run : figures.peers) {
    std::string name = fmt::format("full analysis 1 thread vs {}", run.name);
    if (!run.figures) {
      goals.push_back(NotMeasured(name, ">= 100x", "x", run.failure));
      continue;
    }
    double times = OursPerSecond(figures) / run.figures->utterances_per_second();
    goals.push_back(Judge(name, ">= 100x", times, "x", times >= kMinTimesPeer));
  }
  return goals;
}

std::string RenderTable(const BenchFigures& figures, const std::vector<Goal>& goals) {
  const PassTotals& totals = figures.pipeline.totals;
  std::string out = fmt::format(
      "salescoach benchmark, {}\n"
      "machine: {}, {} hardware threads, load average {} at the start; analyzer {}\n"
      "corpus: {} files, {:.1f} MB of JSON, {} calls, {} utterances ({})\n\n",
      figures.machine.date, figures.machine.cpu_model, figures.machine.hardware_threads,
      figures.machine.load_average, figures.analyzer_version, figures.corpus.files,
      static_cast<double>(figures.corpus.bytes) / kBytesPerMb, totals.calls,
      Grouped(static_cast<double>(totals.utterances)), figures.corpus_dir);
  out += AnalysisSection(figures) + "\n";
  out += StartupSection(figures) + "\n";
  out += SentimentSection(figures) + "\n";
  out += GoalsSection(goals);
  return out;
}

nlohmann::json ToJson(const BenchFigures& figures, const std::vector<Goal>& goals) {
  const PassTotals& totals = figures.pipeline.totals;
  const PipelineRun* one = FindRun(figures.pipeline, 1);
  nlohmann::json analysis = nlohmann::json::array();
  for (const PipelineRun& run : figures.pipeline.runs) {
    analysis.push_back(
        {{"threads", run.threads},
         {"timing", TimingJson(run.timing)},
         {"mb_per_s_best", MbPerSecond(totals.bytes, run.timing.best())},
         {"mb_per_s_median", MbPerSecond(totals.bytes, run.timing.median())},
         {"utterances_per_s_best", PerSecond(totals.utterances, run.timing.best())},
         {"utterances_per_s_median", PerSecond(totals.utterances, run.timing.median())},
         {"speed_up_best", one ? one->timing.best() / run.timing.best() : 0.0}});
  }
  const PipelineRun& parse = figures.parse.runs.front();
  nlohmann::json parse_only = {
      {"threads", parse.threads},
      {"timing", TimingJson(parse.timing)},
      {"mb_per_s_best", MbPerSecond(figures.parse.totals.bytes, parse.timing.best())},
      {"mb_per_s_median", MbPerSecond(figures.parse.totals.bytes, parse.timing.median())}};
  nlohmann::json peers = nlohmann::json::array();
  for (const PeerRun& run : figures.peers) {
    if (!run.figures) {
      peers.push_back({{"name", run.name}, {"failure", run.failure}});
      continue;
    }
    const PeerFigures& peer = *run.figures;
    peers.push_back({{"name", run.name},
                     {"peer", peer.peer},
                     {"version", peer.version},
                     {"runtime", peer.runtime},
                     {"utterances", peer.utterances},
                     {"seconds", peer.seconds},
                     {"utterances_per_s", peer.utterances_per_second()},
                     {"mean_compound", peer.compound_sum / static_cast<double>(peer.utterances)}});
  }
  nlohmann::json goal_list = nlohmann::json::array();
  for (const Goal& goal : goals) {
    nlohmann::json item = {
        {"name", goal.name}, {"target", goal.target}, {"unit", goal.unit}, {"pass", goal.pass}};
    item["measured"] = goal.measured ? nlohmann::json(*goal.measured) : nlohmann::json();
    if (!goal.note.empty()) item["note"] = goal.note;
    goal_list.push_back(item);
  }
  double vader_count = static_cast<double>(figures.sentiment_utterances);
  return {
      {"date", figures.machine.date},
      {"machine",
       {{"cpu_model", figures.machine.cpu_model},
        {"hardware_threads", figures.machine.hardware_threads},
        {"load_average", figures.machine.load_average}}},
      {"analyzer_version", figures.analyzer_version},
      {"corpus",
       {{"dir", figures.corpus_dir},
        {"files", figures.corpus.files},
        {"bytes", figures.corpus.bytes},
        {"calls", totals.calls},
        {"utterances", totals.utterances},
        {"rep_questions", totals.rep_questions},
        {"objections", totals.objections}}},
      {"analysis", analysis},
      {"parse_only", parse_only},
      {"startup",
       {{"tracker_load", TimingJson(figures.tracker_load)},
        {"tracker_compile", TimingJson(figures.tracker_compile)},
        {"analyzer_load", TimingJson(figures.analyzer_load)}}},
      {"sentiment",
       {{"utterances", figures.sentiment_utterances},
        {"salescoach_vader",
         {{"timing", TimingJson(figures.vader.timing)},
          {"utterances_per_s", vader_count / figures.vader.timing.best()},
          {"mean_compound", figures.vader.compound_sum / vader_count}}},
        {"peers", peers}}},
      {"goals", goal_list},
  };
}

}  // namespace sc::bench
