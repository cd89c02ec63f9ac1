// ClipLinks: links from a quoted moment to its recording, so a rep reading a report can hear
// the moment it quotes. The recording system is the team's own; salescoach only knows a URL
// template, such as
//
//   https://recordings.example.com/calls/{call_id}?t={start_s}
//
// with two placeholders: {call_id} (the call's id, percent-encoded) and {start_s} (whole
// seconds from the start of the call to the moment). Without a template there are no links,
// and the reports read the same as ever.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace sc::report {

class ClipLinks {
 public:
  // No links.
  ClipLinks() = default;

  // The links `url_template` describes; an empty template means no links. Returns
  // kInvalidArgument, saying what to fix, when the template does not start with http:// or
  // https://, lacks {call_id}, names another placeholder, leaves a brace unclosed, or holds
  // whitespace, a control character or one of the characters " ' < > \ that would break the
  // link out of an HTML attribute or a Markdown link.
  static Result<ClipLinks> Parse(std::string_view url_template);

  bool enabled() const { return !template_.empty(); }
  const std::string& url_template() const { return template_; }

  // The link to the moment `at_s` seconds into call `call_id` (negative times count as 0), or
  // "" when there are no links or the call id is empty.
  std::string For(std::string_view call_id, double at_s) const;

 private:
  explicit ClipLinks(std::string url_template) : template_(std::move(url_template)) {}

  std::string template_;
};

}  // namespace sc::report
