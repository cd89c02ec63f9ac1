// What goes into the outbox for a coaching report and for its follow-up a week later, on each
// channel: the recipients, the subject and the composed payload (email_message.h for email
// and file, slack_message.h for the webhook).
//
// A report goes to its rep, with the rep's manager copied when the configuration says so, and
// to nobody else: the recipients come from the two people given here, never from a list. A
// follow-up goes to the rep alone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "delivery/delivery_config.h"

namespace sc::delivery {

// The seed's subject for the weekly report.
inline constexpr std::string_view kReportSubject = "Your Weekly Sales Coaching Insights";
inline constexpr std::string_view kFollowUpSubject = "Checking in on this week's coaching focus";

struct Person {
  std::string id;
  std::string name;
  std::string email;  // may be empty: the CRM did not give one
};

struct ReportToSend {
  std::int64_t snapshot_id = 0;
  Date as_of;
  Person rep;
  std::optional<Person> manager;  // copied on email when config.cc_manager is set
  std::string markdown;           // the text part
  std::string html;               // the HTML part
  std::string card;               // the webhook message
};

struct FollowUpToSend {
  std::int64_t snapshot_id = 0;  // the report it follows up
  Date report_as_of;
  Person rep;
  std::string focus_skill;             // "Objection Handling"; "" when the report had none
  std::vector<std::string> this_week;  // the report's "This Week's Focus" items
};

struct ComposedMessage {
  std::vector<std::string> recipients;  // as the channel addresses them (channel.h)
  std::string subject;
  std::string payload;
};

// For `channel` ("email", "file" or "webhook"), queued at `queued_at` (which makes the
// Message-ID unique across databases). Returns kFailedPrecondition naming the rep and the fix
// when an email or file needs the rep's address and the CRM gave none, or the channel's
// settings are missing (RequireEmail, RequireWebhook); kInvalidArgument when a name or address
// would break a header (ComposeEmail); kInvalidArgument for an unknown channel.
Result<ComposedMessage> ComposeReport(std::string_view channel, const ReportToSend& report,
                                      const DeliveryConfig& config, Timestamp queued_at);
Result<ComposedMessage> ComposeFollowUp(std::string_view channel, const FollowUpToSend& followup,
                                        const DeliveryConfig& config, Timestamp queued_at);

// The follow-up's words as Markdown (the text part, and the webhook message).
std::string FollowUpMarkdown(const FollowUpToSend& followup);

}  // namespace sc::delivery
