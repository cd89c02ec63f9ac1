#include "delivery/curl_handle.h"

#include <mutex>

#include <fmt/format.h>

namespace sc::delivery {
namespace {

void InitOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// Failures that may pass if tried again later.
bool Transient(CURLcode code) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_SSL_CONNECT_ERROR:
      return true;
    default:
      return false;
  }
}

}  // namespace

CurlHandle::CurlHandle() {
  InitOnce();
  curl_ = curl_easy_init();
  if (curl_ != nullptr) {
    curl_easy_setopt(curl_, CURLOPT_ERRORBUFFER, error_);
    curl_easy_setopt(curl_, CURLOPT_NOSIGNAL, 1L);
  }
}

CurlHandle::~CurlHandle() {
  if (curl_ != nullptr) curl_easy_cleanup(curl_);
  for (curl_slist* list : lists_) curl_slist_free_all(list);
}

curl_slist* CurlHandle::Append(curl_slist* list, const std::string& item) {
  curl_slist* appended = curl_slist_append(list, item.c_str());
  if (list == nullptr && appended != nullptr) lists_.push_back(appended);
  return appended;
}

long CurlHandle::ResponseCode() const {
  long code = 0;
  if (curl_ != nullptr) curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &code);
  return code;
}

Status CurlHandle::Perform(std::string_view what) {
  if (curl_ == nullptr) return Status::Internal("libcurl could not open a handle");
  error_[0] = '\0';
  CURLcode code = curl_easy_perform(curl_);
  if (code == CURLE_OK) return Status::Ok();
  std::string detail = error_[0] != '\0' ? error_ : curl_easy_strerror(code);
  long reply = ResponseCode();
  std::string message = reply != 0 ? fmt::format("{}: {} (server replied {})", what, detail, reply)
                                   : fmt::format("{}: {}", what, detail);
  // A 4xx SMTP reply is the server asking to try later, a 5xx one a refusal that a retry would
  // meet again, whatever transfer error libcurl reports alongside.
  bool refused = reply >= 500 && reply < 600;
  bool temporary = (reply >= 400 && reply < 500) || (!refused && Transient(code));
  return temporary ? Status::Unavailable(message) : Status::InvalidArgument(message);
}

}  // namespace sc::delivery
