// salescoach_bench: analysis throughput on a generated corpus of call JSON, tracker
// compilation, and the VADER peers a user would otherwise script, in one run (bench/README.md).
//
//   build/release/salescoach_bench [--corpus-dir DIR] [--results FILE] [--threads N] ...
//
// Prints one table of every figure with the goals, writes the same as JSON, and exits 0 when
// everything could be measured, whether or not the goals were met; 1 when something could not.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <ctime>
#include <thread>

#include "analysis/call_analyzer.h"
#include "base/file_io.h"
#include "base/text.h"
#include "bench/component_timing.h"
#include "bench/corpus.h"
#include "bench/peers.h"
#include "bench/pipeline.h"
#include "bench/report.h"
#include "ingest/native_json_reader.h"

namespace sc::bench {
namespace {

namespace fs = std::filesystem;

struct Options {
  CorpusOptions corpus{.dir = SC_BENCH_CORPUS_DIR};
  double corpus_mb = 50;
  fs::path results = SC_BENCH_RESULTS;
  analysis::AnalyzerPaths paths{.trackers = fs::path(SC_DATA_DIR) / "trackers" / "en.yaml",
                                .lexicon = SC_VADER_LEXICON,
                                .stopwords = fs::path(SC_DATA_DIR) / "words" / "stopwords.en.txt"};
  int repetitions = 5;
  int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  int startup_runs = 10;
  std::size_t peer_utterances = 100'000;
  std::string node = "node";
  // Debian's interpreter, which python3-nltk installs into, whatever python3 is first on PATH.
  std::string python = "/usr/bin/python3";
  fs::path project_root = SC_SOURCE_DIR;
  bool peers = true;
};

void Progress(std::string_view line) { fmt::print(stderr, "salescoach_bench: {}\n", line); }

Machine DescribeMachine() {
  Machine machine{.cpu_model = "unknown CPU",
                  .hardware_threads = std::thread::hardware_concurrency(),
                  .load_average = "unknown"};
  if (Result<std::string> cpuinfo = ReadFile("/proc/cpuinfo"); cpuinfo.ok()) {
    for (std::string_view line : Split(*cpuinfo, '\n')) {
      if (line.starts_with("model name") && line.find(':') != std::string_view::npos) {
        machine.cpu_model = std::string(Trim(line.substr(line.find(':') + 1)));
        break;
      }
    }
  }
  if (Result<std::string> loadavg = ReadFile("/proc/loadavg"); loadavg.ok()) {
    machine.load_average = std::string(Split(*loadavg, ' ').front());
  }
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", &utc);
  machine.date = date;
  return machine;
}

// 1, 2 and all threads, each once.
std::vector<int> ThreadCounts(int threads) {
  std::vector<int> counts = {1};
  if (threads >= 2) counts.push_back(2);
  if (threads > 2) counts.push_back(threads);
  return counts;
}

// The texts of the corpus's first `count` utterances, as ingest reads them, one per line.
Result<std::vector<std::string>> SampleTexts(const std::vector<CorpusFile>& files,
                                             std::size_t count) {
  std::vector<std::string> texts;
  for (const CorpusFile& file : files) {
    Diagnostics diagnostics;
    SC_ASSIGN_OR_RETURN(model::Call call,
                        ingest::ReadNativeJson(file.text, file.name, &diagnostics));
    for (model::Utterance& utterance : call.utterances) {
      if (texts.size() == count) return texts;
      for (char& c : utterance.text) {
        if (c == '\n' || c == '\r') c = ' ';
      }
      texts.push_back(std::move(utterance.text));
    }
  }
  return texts;
}

std::vector<PeerRun> RunPeers(const Options& options, const fs::path& utterances) {
  fs::path scripts = options.project_root / "bench" / "peers";
  struct Peer {
    std::string name;
    std::vector<std::string> command;
  };
  std::vector<Peer> peers = {
      {"vader-sentiment (npm)",
       {options.node, (scripts / "vader_node.js").string(), utterances.string(),
        options.project_root.string()}},
      {"NLTK VADER (python3-nltk)",
       {options.python, (scripts / "vader_nltk.py").string(), utterances.string(),
        options.paths.lexicon.string()}},
  };
  std::vector<PeerRun> runs;
  for (const Peer& peer : peers) {
    Progress(fmt::format("running {}", peer.name));
    Result<PeerFigures> figures = RunPeer(peer.command);
    if (figures.ok()) {
      runs.push_back({peer.name, *figures, ""});
    } else {
      runs.push_back({peer.name, std::nullopt, figures.status().message()});
    }
  }
  return runs;
}

// Measures everything and prints the table. A loader's located problems go to `*diagnostics`.
Status Run(const Options& options, Diagnostics* diagnostics) {
  BenchFigures figures{.machine = DescribeMachine(), .corpus_dir = options.corpus.dir.string()};
  SC_ASSIGN_OR_RETURN(figures.corpus, EnsureCorpus(options.corpus, Progress));
  SC_ASSIGN_OR_RETURN(std::vector<CorpusFile> files, LoadCorpus(options.corpus.dir));
  Progress(fmt::format("{} corpus: {} files, {:.1f} MB",
                       figures.corpus.generated ? "new" : "cached", files.size(),
                       static_cast<double>(figures.corpus.bytes) / 1e6));

  SC_ASSIGN_OR_RETURN(analysis::CallAnalyzer analyzer,
                      analysis::CallAnalyzer::Load(options.paths, diagnostics));
  figures.analyzer_version = analyzer.version();
  Progress("timing start-up");
  SC_ASSIGN_OR_RETURN(figures.tracker_load,
                      TimeTrackerLoad(options.paths.trackers, options.startup_runs, diagnostics));
  SC_ASSIGN_OR_RETURN(
      figures.tracker_compile,
      TimeTrackerCompile(options.paths.trackers, options.startup_runs, diagnostics));
  SC_ASSIGN_OR_RETURN(figures.analyzer_load,
                      TimeAnalyzerLoad(options.paths, options.startup_runs, diagnostics));

  SC_ASSIGN_OR_RETURN(figures.pipeline, MeasurePipeline(files, analyzer, Stage::kParseAndAnalyze,
                                                        ThreadCounts(options.threads),
                                                        options.repetitions, Progress));
  SC_ASSIGN_OR_RETURN(figures.parse, MeasurePipeline(files, analyzer, Stage::kParse, {1},
                                                     options.repetitions, Progress));

  SC_ASSIGN_OR_RETURN(std::vector<std::string> texts, SampleTexts(files, options.peer_utterances));
  files.clear();
  figures.sentiment_utterances = texts.size();
  Progress(fmt::format("timing VaderAnalyzer on {} utterances", texts.size()));
  SC_ASSIGN_OR_RETURN(figures.vader,
                      TimeVader(options.paths.lexicon, texts, options.repetitions, diagnostics));
  if (options.peers) {
    fs::path utterances = options.corpus.dir / "peer-utterances.txt";
    std::string lines;
    for (const std::string& text : texts) lines += text + "\n";
    SC_RETURN_IF_ERROR(WriteFile(utterances, lines));
    figures.peers = RunPeers(options, utterances);
  }

  std::vector<Goal> goals = EvaluateGoals(figures);
  fmt::print("\n{}", RenderTable(figures, goals));
  SC_RETURN_IF_ERROR(WriteFile(options.results, ToJson(figures, goals).dump(2) + "\n"));
  fmt::print("\nfigures written to {}\n", options.results.string());
  for (const PeerRun& peer : figures.peers) {
    if (!peer.figures) return Status::FailedPrecondition(peer.name + ": " + peer.failure);
  }
  return Status::Ok();
}

}  // namespace
}  // namespace sc::bench

int main(int argc, char** argv) {
  sc::bench::Options options;
  CLI::App app{"salescoach_bench: analysis throughput, tracker compilation and the VADER peers"};
  app.add_option("--corpus-dir", options.corpus.dir, "where the corpus is generated and cached")
      ->capture_default_str();
  app.add_option("--corpus-mb", options.corpus_mb, "corpus size, in MB of JSON")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--seed", options.corpus.seed, "sample team seed of the first batch")
      ->capture_default_str();
  app.add_option("--results", options.results, "the JSON file the figures are written to")
      ->capture_default_str();
  app.add_option("--repetitions", options.repetitions, "timed passes per measurement")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--threads", options.threads, "most threads to analyze with")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--startup-runs", options.startup_runs, "loads timed per start-up figure")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--peer-utterances", options.peer_utterances,
                 "utterances VADER and the peers score")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--trackers", options.paths.trackers)->capture_default_str();
  app.add_option("--lexicon", options.paths.lexicon)->capture_default_str();
  app.add_option("--stopwords", options.paths.stopwords)->capture_default_str();
  app.add_option("--node", options.node, "Node.js, for the vader-sentiment peer")
      ->capture_default_str();
  app.add_option("--python", options.python, "Python with NLTK, for the NLTK peer")
      ->capture_default_str();
  app.add_flag("!--no-peers", options.peers, "skip the peers");
  CLI11_PARSE(app, argc, argv);
  options.corpus.min_bytes = static_cast<std::uint64_t>(options.corpus_mb * 1e6);

  sc::Diagnostics diagnostics;
  sc::Status status = sc::bench::Run(options, &diagnostics);
  if (!status.ok()) {
    if (!diagnostics.empty()) fmt::print(stderr, "{}\n", diagnostics.FormatAll());
    fmt::print(stderr, "salescoach_bench: {}\n", status.message());
    return 1;
  }
  return 0;
}
