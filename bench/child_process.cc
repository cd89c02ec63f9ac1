#include "bench/child_process.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/check.h"
#include "bench/timing.h"

extern char** environ;

namespace sc::bench {
namespace {

double Seconds(const timeval& time) {
  return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
}

// Closes a posix_spawn_file_actions_t on every return path.
class FileActions {
 public:
  FileActions() { posix_spawn_file_actions_init(&actions_); }
  ~FileActions() { posix_spawn_file_actions_destroy(&actions_); }
  FileActions(const FileActions&) = delete;
  FileActions& operator=(const FileActions&) = delete;
  posix_spawn_file_actions_t* get() { return &actions_; }

 private:
  posix_spawn_file_actions_t actions_;
};

}  // namespace

Result<ChildRun> RunChild(const std::vector<std::string>& command,
                          const std::filesystem::path& output) {
  SC_CHECK(!command.empty());
  FileActions actions;
  posix_spawn_file_actions_addopen(actions.get(), STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(actions.get(), STDOUT_FILENO, output.c_str(),
                                   O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_adddup2(actions.get(), STDOUT_FILENO, STDERR_FILENO);
  std::vector<char*> argv;
  for (const std::string& argument : command) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);

  Stopwatch stopwatch;
  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, argv[0], actions.get(), nullptr, argv.data(), environ);
  if (spawned != 0) {
    return Status::FailedPrecondition(
        fmt::format("cannot run {}: {}", command.front(), std::strerror(spawned)));
  }
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) {
      return Status::FailedPrecondition(
          fmt::format("cannot wait for {}: {}", command.front(), std::strerror(errno)));
    }
  }
  ChildRun run;
  run.seconds = stopwatch.Seconds();
  run.peak_rss_mb = static_cast<double>(usage.ru_maxrss) * 1024 / 1e6;  // ru_maxrss is in KiB
  run.user_seconds = Seconds(usage.ru_utime);
  run.system_seconds = Seconds(usage.ru_stime);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run;
}

}  // namespace sc::bench
