// The sample team: a deterministic, realistic B2B sales team with planted skill levels.
//
// GenerateSampleTeam builds a seller (Northwind Analytics, a revenue analytics suite) with
// `reps` account executives and their managers, half a year of CRM history (deals, activities,
// quotas, forecasts) and 30-40 recorded calls per rep with full transcripts. Every rep has
// planted levels for the six skills (planted_levels.h), and each level shows monotonically
// and strongly in the signals the analysis and scoring stages measure: questions and talk
// share on discovery calls, MEDDPICC completeness and disqualification in the CRM, value
// statements and monologues on demos, objection handling, discounts and win rates, trial
// closes and next steps. ground_truth.json (sample_files.h) records the levels so that a
// test can check that scoring recovers them. With options.coaching_days, about half the
// "spread" reps get better at their weakest skill on the calls from a coaching start date on
// (PlantedRep::improvement), so that whether coaching works can be measured.
// docs/formats/sample-team.md describes the generated files.
//
//   SampleOptions options{.reps = 12, .seed = 7, .end_date = Date::FromYmd(2026, 11, 24)};
//   SC_ASSIGN_OR_RETURN(SampleTeam team, GenerateSampleTeam(options));
//   SC_ASSIGN_OR_RETURN(SampleFiles files, WriteSampleTeam(team, dir));
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "model/call.h"
#include "model/crm_batch.h"
#include "sample/skill.h"

namespace sc::sample {

struct SampleOptions {
  int reps = 12;   // account executives; managers = max(1, round(reps / 6)) come on top
  int days = 180;  // length of the history window, ending at end_date
  std::uint64_t seed = 7;
  Date end_date = Date::FromYmd(2026, 11, 24);  // last day of the window, inclusive
  // Coaching starts this many days before end_date (0: never). From then on some reps (those
  // with a PlantedRep::improvement) play their weakest skill `improvement_points` higher.
  int coaching_days = 0;
  int improvement_points = 20;

  friend bool operator==(const SampleOptions&, const SampleOptions&) = default;
};

// A rep who gets better at their weakest skill once coaching starts: every call that starts
// on or after `from` (00:00 UTC) is played at levels[skill] + points. Only the calls change;
// deals and the rest of the CRM history keep the planted levels.
struct Improvement {
  Skill skill = Skill::kDiscovery;  // the rep's planted weakest skill
  int points = 0;                   // improvement_points, less where the level would pass 100
  Date from;                        // end_date - coaching_days

  friend bool operator==(const Improvement&, const Improvement&) = default;
};

struct PlantedRep {
  std::string rep_id;
  std::string name;
  std::string profile;                    // "strong_all_round", "critical" or "spread"
  std::array<int, kSkillCount> levels{};  // 0..100, indexed by SkillIndex
  Skill weakest = Skill::kDiscovery;
  std::vector<Skill> critical_skills;  // skills planted below 40, lowest first
  // Set for the improving reps when options.coaching_days > 0: among the "spread" reps, every
  // other one in roster order starting with the first (never "critical" or
  // "strong_all_round").
  std::optional<Improvement> improvement;

  friend bool operator==(const PlantedRep&, const PlantedRep&) = default;
};

// The four real transcript formats the calls are written in (sample_files.h).
enum class TranscriptFormat { kWebVtt, kGongJson, kAwsTranscribeJson, kPlainText };

// A person on a call, with what the richer formats (Gong's "parties") record about them.
struct CallParticipant {
  std::string name;
  std::string title;
  std::string email;
  model::SpeakerRole role = model::SpeakerRole::kCustomer;  // kRep for the rep and an SE

  friend bool operator==(const CallParticipant&, const CallParticipant&) = default;
};

// What the transcript writers need beyond model::Call; parallel to SampleTeam::calls.
struct CallMeta {
  TranscriptFormat format = TranscriptFormat::kWebVtt;
  bool vtt_voice_spans = true;  // WebVTT only: "<v Name>" spans, else "Name: " prefixes
  std::vector<CallParticipant> participants;  // the rep first

  friend bool operator==(const CallMeta&, const CallMeta&) = default;
};

// The stage history behind a deal; parallel to SampleTeam::crm.deals.
struct DealMeta {
  // When the deal entered Prospecting, Qualification, Discovery, Demo, Proposal and
  // Negotiation, for the stages it reached on or before the end date.
  std::array<std::optional<Date>, 6> stage_entered;
  // The close date the CRM shows: the actual one for closed deals, the expected one (after
  // the end date) for open deals.
  Date expected_close;

  friend bool operator==(const DealMeta&, const DealMeta&) = default;
};

struct SampleTeam {
  model::CrmBatch crm;              // managers first, then reps; deals and activities by rep
  std::vector<model::Call> calls;   // by rep, each rep's in time order
  std::vector<CallMeta> call_meta;  // parallel to calls
  std::vector<DealMeta> deal_meta;  // parallel to crm.deals
  std::vector<PlantedRep> planted;  // one per rep, in crm.reps order
  SampleOptions options;
};

// Generates the team. Pure and deterministic for `options`: no clock, no I/O, the same
// options give an identical team on every platform. Returns kInvalidArgument when
// options.reps is outside 1..5000, options.days is below 30, options.coaching_days is negative,
// or options.improvement_points is outside 1..100 while coaching_days is above 0. Coaching
// changes only the improving reps' calls from its start on (and the durations of the
// activities that log them): everything else is identical to the team generated with
// coaching_days = 0.
Result<SampleTeam> GenerateSampleTeam(const SampleOptions& options);

}  // namespace sc::sample
