#include "app/coaching_setup.h"

#include "app/analyzer_setup.h"

namespace sc::app {

Result<CoachingKnowledge> LoadCoachingKnowledge(const std::filesystem::path& config_dir,
                                                Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(
      scoring::ScoringConfig scoring,
      scoring::LoadScoringConfig(
          ResolveDataFile(config_dir, "scoring.yaml", "scoring/scoring.yaml").string(),
          diagnostics));
  SC_ASSIGN_OR_RETURN(
      coaching::ToneCheck tone,
      coaching::ToneCheck::Load(ResolveDataFile(config_dir, "tone.yaml", "playbook/tone.yaml"),
                                diagnostics));
  SC_ASSIGN_OR_RETURN(
      coaching::Playbook playbook,
      coaching::Playbook::Load(ResolveDataFile(config_dir, "playbook.yaml", "playbook/en.yaml"),
                               tone, diagnostics));
  return CoachingKnowledge{std::move(scoring), std::move(tone), std::move(playbook)};
}

}  // namespace sc::app
