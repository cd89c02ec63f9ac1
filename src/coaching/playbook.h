// The coaching playbook: what a report says about each of the eighteen skill components (what
// to improve, why it matters, coaching tips, practice activities, this week's actions, how the
// component reads as a strength), plus the notes that tailor the advice to the rep's segment,
// tenure, previous coaching and call types. It is read from data/playbook/en.yaml (format:
// docs/playbook.md); a sales leader can replace it without rebuilding.
//
// Contracts:
//   - A loaded Playbook is complete: every skill has its `why` and every component its advice,
//     with at least 3 distinct tips, 3 distinct practice activities and 2 distinct actions, so
//     the accessors never come back empty-handed. A file that breaks any rule fails to load
//     with a located diagnostic (file:line:col, message, hint) per problem.
//   - Every text in a loaded Playbook passed the ToneCheck it was loaded with (the guardrail
//     "constructive, not punitive").
//   - Only the follow_up templates take placeholders ({skill}, {from}, {to}); any other text
//     with a {placeholder} fails to load.
//   - Rotation is deterministic (see Pick): the same rep, week and salt always give the same
//     choice, and consecutive weeks give different ones whenever there are two or more.
//   - Immutable after loading, so it can be shared between threads.
//
//   Diagnostics diagnostics;
//   SC_ASSIGN_OR_RETURN(ToneCheck tone, ToneCheck::Load(dir / "tone.yaml", &diagnostics));
//   SC_ASSIGN_OR_RETURN(Playbook playbook, Playbook::Load(dir / "en.yaml", tone, &diagnostics));
//   const ComponentAdvice& advice = playbook.Advice(model::Component::kQuestionQuality);
//   const std::string& tip = playbook.Choose(model::Component::kQuestionQuality,
//                                            AdviceKind::kTip, rep.id, week_index);
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/result.h"
#include "coaching/tone_check.h"
#include "model/call.h"
#include "model/rep.h"
#include "model/skill.h"

namespace sc::coaching {

// The advice for one component. Every string is non-empty and passed the tone check.
struct ComponentAdvice {
  std::string what;                   // "What to improve": one imperative line
  std::string why;                    // "Why it matters": 1-2 sentences, with a source figure
  std::vector<std::string> tips;      // "Coaching Tip": 3 or more, distinct
  std::vector<std::string> practice;  // "Practice Activity": 3 or more, distinct
  std::vector<std::string> actions;   // "This Week's Focus": 2 or more one-line actions
  std::string strength;               // the component done well, for "Strengths"
  bool fundamentals = false;          // a new rep works on it first
};

// How tenure shapes the advice (DOMAIN.md, "Recommendations").
struct TenureSettings {
  int new_rep_days = 90;                    // a rep hired fewer days ago than this is new
  std::size_t new_rep_max_focus_areas = 2;  // 1 to 3; reports show at most 3
  std::string new_rep_note;                 // one line for a new rep's report
};

// How last week's focus skill moved; the caller decides (DOMAIN.md's trend rule).
enum class FocusMovement { kMovedUp, kFlat, kMovedDown };
// "moved_up", "flat", "moved_down": the keys under follow_up.
std::string_view FocusMovementKey(FocusMovement movement);

// Which list of a component Choose picks from.
enum class AdviceKind { kTip, kPractice, kAction };

class Playbook {
 public:
  // Reads and parses a playbook file. Returns kNotFound or kIoError naming the path when it
  // cannot be read, else what Parse returns.
  static Result<Playbook> Load(const std::filesystem::path& path, const ToneCheck& tone,
                               Diagnostics* diagnostics);

  // Parses a playbook (format: docs/playbook.md); `source` names it in diagnostics. On failure
  // returns kInvalidArgument "<source>: N problem(s) in the playbook" and adds one located
  // diagnostic per problem to `*diagnostics` (all of them, not only the first): YAML syntax
  // errors; a missing or unsupported `version`; unknown keys; an unknown skill, component,
  // segment or call type (the hint lists the valid keys); a skill, component or required call
  // type (discovery, demo, negotiation) that is missing; a required field that is missing,
  // of the wrong type or empty; fewer than 3 tips, 3 practice activities or 2 actions; an
  // entry repeated within one list (case and spacing folded); a placeholder other than
  // {skill}, {from} or {to} in a follow_up template, or any placeholder elsewhere; tenure
  // numbers out of range; and any text the tone check rejects (the message names the words).
  // Thread-safe; no I/O.
  static Result<Playbook> Parse(std::string_view yaml, std::string_view source,
                                const ToneCheck& tone, Diagnostics* diagnostics);

  const ComponentAdvice& Advice(model::Component component) const;
  // One sentence on why the skill matters.
  std::string_view SkillWhy(model::Skill skill) const;
  // The segment's note for the skill; "" when the playbook has none (always for kUnknown).
  std::string_view SegmentNote(model::Segment segment, model::Skill skill) const;

  const TenureSettings& tenure() const { return tenure_; }
  // True when a rep hired `tenure_days` ago counts as new (tenure_days < new_rep_days).
  bool IsNewRep(int tenure_days) const { return tenure_days < tenure_.new_rep_days; }

  // The follow_up template as written, with its placeholders.
  std::string_view FollowUpTemplate(FocusMovement movement) const;
  // The template with every {skill}, {from} and {to} replaced by the arguments as given.
  std::string FollowUp(FocusMovement movement, std::string_view skill, std::string_view from,
                       std::string_view to) const;

  // The call type's coaching note; "" when the playbook has none (kUnknown, and closing or
  // other unless the file adds them).
  std::string_view CallTypeNote(model::CallType type) const;
  // The components the call type's coaching looks at first, in file order; may be empty.
  std::span<const model::Component> CallTypeFocus(model::CallType type) const;

  // Deterministic rotation over `count` items: the index of the item for `rep_id` in week
  // `week_index` (any week numbering that goes up by one a week, for example days since
  // 1970-01-01 divided by 7). The rule: start = FNV-1a-64(rep_id bytes, then the 8 bytes of
  // `salt` little-endian) mod count; pick = (start + week_index) mod count, with a
  // non-negative modulo. So the same inputs always give the same pick, week w and w + 1 differ
  // whenever count >= 2, and a rep sees every item once in any `count` consecutive weeks; the
  // salt keeps different lists from moving in step. REQUIRES: count > 0.
  static std::size_t Pick(std::size_t count, std::string_view rep_id, int week_index,
                          std::size_t salt);

  // The tip, practice activity or action of `component` for the rep and week: Pick over that
  // list, salted with the component and the kind, so tips and practice rotate independently.
  const std::string& Choose(model::Component component, AdviceKind kind, std::string_view rep_id,
                            int week_index) const;

 private:
  struct CallTypeAdvice {
    std::string note;
    std::vector<model::Component> focus;
  };
  static constexpr std::size_t kSegmentCount = 3;   // smb, mid_market, enterprise
  static constexpr std::size_t kCallTypeCount = 6;  // model::CallType's values
  static constexpr std::size_t kMovementCount = 3;

  Playbook() = default;
  friend class PlaybookReader;

  std::array<ComponentAdvice, model::kComponentCount> components_;
  std::array<std::string, model::kSkillCount> skill_why_;
  std::array<std::array<std::string, model::kSkillCount>, kSegmentCount> segment_notes_;
  TenureSettings tenure_;
  std::array<std::string, kMovementCount> follow_up_;
  std::array<CallTypeAdvice, kCallTypeCount> call_types_;
};

}  // namespace sc::coaching
