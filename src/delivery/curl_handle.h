// CurlHandle: a libcurl easy handle that cleans up after itself, with the error buffer and the
// header list every transfer here uses, and the one place libcurl's global set-up happens.
// Used by the SMTP and webhook channels only; nothing else in the project talks to libcurl.
#pragma once

#include <curl/curl.h>

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace sc::delivery {

class CurlHandle {
 public:
  // Initialises libcurl once per process (thread-safe) and opens an easy handle.
  CurlHandle();
  ~CurlHandle();
  CurlHandle(const CurlHandle&) = delete;
  CurlHandle& operator=(const CurlHandle&) = delete;

  CURL* get() const { return curl_; }
  bool ok() const { return curl_ != nullptr; }

  // Appends to a string list the handle owns and frees (headers, recipients).
  curl_slist* Append(curl_slist* list, const std::string& item);

  // Runs the transfer. Ok when libcurl completed it (an HTTP error status still completes: the
  // caller reads ResponseCode). Otherwise kUnavailable for what a retry may cure (a 4xx SMTP
  // reply; connect, resolve, timeout, send or receive failures without a 5xx reply) and
  // kInvalidArgument for the rest, each with `what`, libcurl's explanation and the server's
  // reply code when it answered.
  Status Perform(std::string_view what);

  // The last reply code from the server (SMTP or HTTP), 0 when there was none.
  long ResponseCode() const;

 private:
  CURL* curl_ = nullptr;
  std::vector<curl_slist*> lists_;
  char error_[CURL_ERROR_SIZE] = {};
};

}  // namespace sc::delivery
