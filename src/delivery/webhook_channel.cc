#include "delivery/webhook_channel.h"

#include <fmt/format.h>

#include "delivery/curl_handle.h"

namespace sc::delivery {
namespace {

// The reply body is read and dropped: only its status matters, and nothing goes to stdout.
std::size_t Discard(char*, std::size_t size, std::size_t count, void*) { return size * count; }

}  // namespace

Status WebhookChannel::Send(const OutgoingMessage& message) {
  if (message.recipients.size() != 1) {
    return Status::InvalidArgument("a webhook message goes to exactly one URL");
  }
  const std::string& url = message.recipients.front();
  CurlHandle curl;
  CURL* handle = curl.get();
  if (handle == nullptr) return Status::Internal("libcurl could not open a handle");
  curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
  curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_slist* headers = curl.Append(nullptr, "Content-Type: application/json; charset=utf-8");
  curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(handle, CURLOPT_POSTFIELDS, message.payload.c_str());
  curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE,
                   static_cast<curl_off_t>(message.payload.size()));
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, Discard);
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(config_.timeout_s));
  curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(config_.timeout_s) * 2);
  const std::string what = fmt::format("posting to the webhook {}", url);
  SC_RETURN_IF_ERROR(curl.Perform(what));
  long reply = curl.ResponseCode();
  if (reply >= 200 && reply < 300) return Status::Ok();
  std::string message_text = fmt::format("{}: the server replied {}", what, reply);
  if (reply == 408 || reply == 429 || reply >= 500) return Status::Unavailable(message_text);
  return Status::InvalidArgument(message_text);
}

}  // namespace sc::delivery
