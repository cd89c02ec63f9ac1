// Where scoring and coaching find their knowledge, and loading it once for many reports:
//
//   file      default                          overridden by
//   scoring   <data>/scoring/scoring.yaml      <config>/scoring.yaml
//   tone      <data>/playbook/tone.yaml        <config>/tone.yaml
//   playbook  <data>/playbook/en.yaml          <config>/playbook.yaml
//
// (<data> and <config> as in analyzer_setup.h.) A file that fails to load is an error with
// file:line:col and a hint; nothing runs on a silent default.
#pragma once

#include <filesystem>

#include "base/diagnostics.h"
#include "base/result.h"
#include "coaching/playbook.h"
#include "coaching/tone_check.h"
#include "scoring/scoring_config.h"

namespace sc::app {

struct CoachingKnowledge {
  scoring::ScoringConfig scoring;
  coaching::ToneCheck tone;
  coaching::Playbook playbook;
};

Result<CoachingKnowledge> LoadCoachingKnowledge(const std::filesystem::path& config_dir,
                                                Diagnostics* diagnostics);

}  // namespace sc::app
