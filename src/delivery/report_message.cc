#include "delivery/report_message.h"

#include <fmt/format.h>

#include "base/text.h"
#include "delivery/email_message.h"
#include "delivery/slack_message.h"
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

// A small email-safe page for the follow-up: the same words as the text part, escaped.
std::string FollowUpHtml(const FollowUpToSend& followup) {
  using report::text::HtmlEscape;
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
      HtmlEscape(kFollowUpSubject) +
      "</title>\n</head>\n<body style=\"margin:0;padding:16px;font-family:Arial,Helvetica,"
      "sans-serif;font-size:15px;line-height:1.5;color:#1a202c;\">\n";
  std::string first = FirstName(followup.rep);
  out += fmt::format("<p>Hi {},</p>\n", HtmlEscape(first.empty() ? "there" : first));
  out += fmt::format(
      "<p>A week ago your coaching report of {} set this week's focus. How did it go?</p>\n",
      HtmlEscape(followup.report_as_of.ToString()));
  if (!followup.this_week.empty()) {
    out += "<ol>\n";
    for (const std::string& item : followup.this_week) {
      out += fmt::format("<li>{}</li>\n", HtmlEscape(report::text::OneLine(item)));
    }
    out += "</ol>\n";
  }
  out += fmt::format("<p>{}</p>\n",
                     HtmlEscape(fmt::format("Take two minutes to look back: which of these did you "
                                            "try on a call, and what happened? {}",
                                            followup.focus_skill.empty()
                                                ? "Your next report will show what moved."
                                                : fmt::format("Your next report will show how your "
                                                              "{} score moved.",
                                                              followup.focus_skill))));
  out += "<p>Sales Coaching</p>\n</body>\n</html>\n";
  return out;
}

}  // namespace

std::string FollowUpMarkdown(const FollowUpToSend& followup) {
  using report::text::MarkdownEscape;
  std::string first = FirstName(followup.rep);
  std::string out = fmt::format("Hi {},\n\n", MarkdownEscape(first.empty() ? "there" : first));
  out +=
      fmt::format("A week ago your coaching report of {} set this week's focus. How did it go?\n\n",
                  followup.report_as_of.ToString());
  int number = 0;
  for (const std::string& item : followup.this_week) {
    out += fmt::format("{}. {}\n", ++number, MarkdownEscape(report::text::OneLine(item)));
  }
  if (number > 0) out += '\n';
  out +=
      "Take two minutes to look back: which of these did you try on a call, and what "
      "happened? ";
  out += followup.focus_skill.empty()
             ? std::string("Your next report will show what moved.")
             : fmt::format("Your next report will show how your {} score moved.",
                           MarkdownEscape(followup.focus_skill));
  out += "\n\nSales Coaching\n";
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
