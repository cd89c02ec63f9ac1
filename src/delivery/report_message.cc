#include "delivery/report_message.h"

#include <fmt/format.h>

#include "base/text.h"
#include "delivery/email_message.h"
#include "delivery/slack_message.h"
#include "report/html_blocks.h"
#include "report/report_text.h"

namespace sc::delivery {
namespace {

// The sender of .eml files when no SMTP sender is configured: they are read, not relayed.
constexpr std::string_view kFileSender = "coaching@localhost";

struct Envelope {
  std::string kind;  // "report" or "followup"
  std::int64_t snapshot_id = 0;
  Date as_of;
  const Person* rep = nullptr;
  const Person* cc = nullptr;  // the manager, or nobody
  std::string subject;
  std::string text;
  std::string html;
  std::string webhook_text;
};

Status RequireRepEmail(const Person& rep) {
  if (!rep.email.empty()) return Status::Ok();
  return Status::FailedPrecondition(fmt::format(
      "rep {} ({}) has no email address in the CRM; add one to the reps file and import it again",
      rep.id, rep.name));
}

std::string FileName(const Envelope& envelope) {
  return fmt::format("{}-{}-{}-{}.eml", envelope.as_of.ToString(), PercentEncode(envelope.rep->id),
                     envelope.kind, envelope.snapshot_id);
}

Result<ComposedMessage> Compose(std::string_view channel, const Envelope& envelope,
                                const DeliveryConfig& config, Timestamp queued_at) {
  ComposedMessage out;
  out.subject = envelope.subject;
  if (channel == "webhook") {
    SC_RETURN_IF_ERROR(RequireWebhook(config));
    out.recipients = {WebhookUrlFor(config, envelope.rep->id)};
    out.payload = SlackMessage(envelope.subject, envelope.webhook_text);
    return out;
  }
  if (channel != "email" && channel != "file") {
    return Status::InvalidArgument(
        fmt::format("unknown channel '{}'; use email, webhook or file", channel));
  }
  if (channel == "email") SC_RETURN_IF_ERROR(RequireEmail(config));
  SC_RETURN_IF_ERROR(RequireRepEmail(*envelope.rep));
  EmailMessage email;
  email.from = {config.from_name, config.from.empty() ? std::string(kFileSender) : config.from};
  email.to = {{envelope.rep->name, envelope.rep->email}};
  if (envelope.cc != nullptr && !envelope.cc->email.empty()) {
    email.cc = {{envelope.cc->name, envelope.cc->email}};
  }
  email.subject = envelope.subject;
  email.text = envelope.text;
  email.html = envelope.html;
  email.message_id = MessageIdFor(fmt::format("{}.{}", envelope.kind, queued_at.seconds()),
                                  envelope.snapshot_id, email.from.address);
  SC_ASSIGN_OR_RETURN(out.payload, ComposeEmail(email));
  if (channel == "email") {
    for (const EmailAddress& to : email.to) out.recipients.push_back(to.address);
    for (const EmailAddress& cc : email.cc) out.recipients.push_back(cc.address);
  } else {
    out.recipients = {(config.file_dir / FileName(envelope)).string()};
  }
  return out;
}

std::string FirstName(const Person& rep) {
  std::string name = report::text::OneLine(rep.name);
  std::size_t space = name.find(' ');
  return space == std::string::npos ? name : name.substr(0, space);
}

// The follow-up's words, plain, for both of its renderings.
struct FollowUpWords {
  std::string greeting;            // "Hi Ana,"
  std::string opening;             // when the report was and the question
  std::vector<std::string> items;  // the report's "This Week's Focus", one line each
  std::string closing;             // what to do and what the next report will show
};

FollowUpWords WordsOf(const FollowUpToSend& followup) {
  std::string first = FirstName(followup.rep);
  FollowUpWords words{
      .greeting = fmt::format("Hi {},", first.empty() ? "there" : first),
      .opening =
          fmt::format("A week ago your coaching report of {} set this week's focus. How did it go?",
                      followup.report_as_of.ToString()),
      .items = {},
      .closing = fmt::format(
          "Take two minutes to look back: which of these did you try on a call, and what "
          "happened? {}",
          followup.focus_skill.empty()
              ? std::string("Your next report will show what moved.")
              : fmt::format("Your next report will show how your {} score moved.",
                            followup.focus_skill))};
  for (const std::string& item : followup.this_week) {
    words.items.push_back(report::text::OneLine(item));
  }
  return words;
}

constexpr std::string_view kSignature = "Sales Coaching";

// The follow-up as a small email-safe page, drawn like the reports.
std::string FollowUpHtml(const FollowUpToSend& followup) {
  using report::text::HtmlEscape;
  namespace html = report::html;
  const FollowUpWords words = WordsOf(followup);
  std::string out = html::PageStart(kFollowUpSubject, 640);
  html::P(out, HtmlEscape(words.greeting));
  html::P(out, HtmlEscape(words.opening));
  int number = 0;
  for (const std::string& item : words.items) {
    html::P(out, fmt::format("{}. {}", ++number, HtmlEscape(item)));
  }
  html::P(out, HtmlEscape(words.closing));
  html::P(out, HtmlEscape(kSignature));
  out += html::PageEnd();
  return out;
}

}  // namespace

std::string FollowUpMarkdown(const FollowUpToSend& followup) {
  using report::text::MarkdownEscape;
  const FollowUpWords words = WordsOf(followup);
  std::string out =
      fmt::format("{}\n\n{}\n\n", MarkdownEscape(words.greeting), MarkdownEscape(words.opening));
  int number = 0;
  for (const std::string& item : words.items) {
    out += fmt::format("{}. {}\n", ++number, MarkdownEscape(item));
  }
  if (number > 0) out += '\n';
  out += fmt::format("{}\n\n{}\n", MarkdownEscape(words.closing), kSignature);
  return out;
}

Result<ComposedMessage> ComposeReport(std::string_view channel, const ReportToSend& report,
                                      const DeliveryConfig& config, Timestamp queued_at) {
  Envelope envelope{.kind = "report",
                    .snapshot_id = report.snapshot_id,
                    .as_of = report.as_of,
                    .rep = &report.rep,
                    .cc = config.cc_manager && report.manager ? &*report.manager : nullptr,
                    .subject = std::string(kReportSubject),
                    .text = report.markdown,
                    .html = report.html,
                    .webhook_text = report.card};
  return Compose(channel, envelope, config, queued_at);
}

Result<ComposedMessage> ComposeFollowUp(std::string_view channel, const FollowUpToSend& followup,
                                        const DeliveryConfig& config, Timestamp queued_at) {
  std::string markdown = FollowUpMarkdown(followup);
  Envelope envelope{.kind = "followup",
                    .snapshot_id = followup.snapshot_id,
                    .as_of = followup.report_as_of,
                    .rep = &followup.rep,
                    .cc = nullptr,
                    .subject = std::string(kFollowUpSubject),
                    .text = markdown,
                    .html = FollowUpHtml(followup),
                    .webhook_text = markdown};
  return Compose(channel, envelope, config, queued_at);
}

}  // namespace sc::delivery
