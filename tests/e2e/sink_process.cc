#include "sink_process.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

namespace sc::e2e {
namespace {

// Debian's interpreter, where python3-aiosmtpd is installed, whatever else is first on PATH.
constexpr char kPython[] = "/usr/bin/python3";

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

SinkProcess::SinkProcess(const std::string& script, const std::filesystem::path& dir,
                         int fail_first)
    : messages_(dir / "received") {
  Start(script, dir, fail_first);
}

void SinkProcess::Start(const std::string& script, const std::filesystem::path& dir,
                        int fail_first) {
  std::filesystem::create_directories(dir);
  const std::filesystem::path port_file = dir / "port";
  const std::string path = std::string(SC_E2E_SINKS) + "/" + script;
  const std::string messages = messages_.string(), port = port_file.string(),
                    fail = std::to_string(fail_first);
  pid_ = fork();
  if (pid_ == 0) {
    execl(kPython, kPython, path.c_str(), "--dir", messages.c_str(), "--port-file", port.c_str(),
          "--fail-first", fail.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  ASSERT_GT(pid_, 0) << "cannot start " << script;
  for (int waited = 0; waited < 200 && port_ == 0; ++waited) {
    if (std::filesystem::exists(port_file)) {
      port_ = std::stoi(Slurp(port_file));
      break;
    }
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      FAIL() << script << " exited before listening (is python3-aiosmtpd installed? "
             << "scripts/install-deps.sh installs it)";
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_NE(port_, 0) << script << " did not start listening within 10 s";
}

SinkProcess::~SinkProcess() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  int status = 0;
  for (int waited = 0; waited < 100; ++waited) {
    if (waitpid(pid_, &status, WNOHANG) == pid_) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, &status, 0);
}

std::vector<nlohmann::json> SinkProcess::Messages() const {
  std::vector<std::filesystem::path> files;
  if (std::filesystem::exists(messages_)) {
    for (const auto& entry : std::filesystem::directory_iterator(messages_)) {
      if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<nlohmann::json> out;
  for (const auto& file : files) out.push_back(nlohmann::json::parse(Slurp(file)));
  return out;
}

}  // namespace sc::e2e
