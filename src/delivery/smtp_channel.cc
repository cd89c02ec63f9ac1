#include "delivery/smtp_channel.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "delivery/curl_handle.h"
#include "delivery/email_message.h"

namespace sc::delivery {
namespace {

// libcurl pulls the message through this; `Upload` tracks how much is sent.
struct Upload {
  std::string_view data;
  std::size_t sent = 0;
};

std::size_t ReadUpload(char* buffer, std::size_t size, std::size_t count, void* user) {
  Upload* upload = static_cast<Upload*>(user);
  std::size_t n = std::min(size * count, upload->data.size() - upload->sent);
  std::memcpy(buffer, upload->data.data() + upload->sent, n);
  upload->sent += n;
  return n;
}

}  // namespace

Status SmtpChannel::Send(const OutgoingMessage& message) {
  SC_RETURN_IF_ERROR(RequireEmail(config_));
  if (message.recipients.empty()) return Status::InvalidArgument("an email with no recipient");
  const std::string data = WithDate(message.payload, message.at);
  Upload upload{data};

  CurlHandle curl;
  CURL* handle = curl.get();
  if (handle == nullptr) return Status::Internal("libcurl could not open a handle");
  curl_easy_setopt(handle, CURLOPT_URL, config_.smtp_url.c_str());
  curl_easy_setopt(handle, CURLOPT_USE_SSL,
                   config_.smtp_url.starts_with("smtps://") ? static_cast<long>(CURLUSESSL_ALL)
                                                            : static_cast<long>(CURLUSESSL_TRY));
  if (!config_.smtp_user.empty()) {
    curl_easy_setopt(handle, CURLOPT_USERNAME, config_.smtp_user.c_str());
    curl_easy_setopt(handle, CURLOPT_PASSWORD, config_.smtp_password.c_str());
  }
  const std::string from = fmt::format("<{}>", config_.from);
  curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.c_str());
  curl_slist* recipients = nullptr;
  for (const std::string& address : message.recipients) {
    // Addresses were checked when the message was composed; checked again here because the
    // envelope is a command line of its own.
    SC_RETURN_IF_ERROR(CheckAddress(address));
    recipients = curl.Append(recipients, fmt::format("<{}>", address));
  }
  curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(handle, CURLOPT_READFUNCTION, ReadUpload);
  curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
  curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(data.size()));
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(config_.timeout_s));
  curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(config_.timeout_s) * 4);
  return curl.Perform(fmt::format("sending email through {}", config_.smtp_url));
}

}  // namespace sc::delivery
