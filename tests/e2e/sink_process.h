// SinkProcess: one of the local servers the delivery tests send to (sinks/mail_sink.py, a
// real SMTP server from Debian's python3-aiosmtpd, or sinks/webhook_sink.py), started in the
// background on a free port of 127.0.0.1 and stopped when the object goes away. Each message
// it receives is a JSON file in its folder.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace sc::e2e {

class SinkProcess {
 public:
  // Starts `script` (a file under sinks/) writing into `dir`; `fail_first` temporary failures
  // come before the first success. Fails the current test when the server does not come up.
  SinkProcess(const std::string& script, const std::filesystem::path& dir, int fail_first = 0);
  ~SinkProcess();
  SinkProcess(const SinkProcess&) = delete;
  SinkProcess& operator=(const SinkProcess&) = delete;

  bool running() const { return port_ != 0; }
  int port() const { return port_; }
  // Every message received so far, in the order received.
  std::vector<nlohmann::json> Messages() const;

 private:
  // The constructor's work, in a function of its own so gtest's ASSERTs may end it.
  void Start(const std::string& script, const std::filesystem::path& dir, int fail_first);

  std::filesystem::path messages_;
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace sc::e2e
