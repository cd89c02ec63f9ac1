#include "app/demo_coaching.h"

#include <fmt/format.h>

#include "app/coaching_setup.h"
#include "app/delivery_setup.h"
#include "app/followups.h"
#include "app/send_reports.h"
#include "delivery/file_channel.h"
#include "sample/rep_feedback.h"
#include "store/sqlite_store.h"

namespace sc::app {
namespace {

// Reports go out at 09:00 UTC on their date.
constexpr std::int64_t kSendHour = 9 * 3600;

// A clock that stands still at `now` and never waits: the demo replays a quarter in seconds.
delivery::Clock FixedClock(Timestamp now) {
  return delivery::Clock{[now] { return now; }, [](std::chrono::milliseconds) {}};
}

class CoachingWeeks {
 public:
  CoachingWeeks(store::Store& store, const delivery::DeliveryConfig& config,
                const DemoCoachingOptions& options, DemoCoachingResult& result)
      : store_(store), config_(config), options_(options), result_(result) {}

  // Sends the week's reports and follow-ups, then records the reps' feedback.
  Status Run(Date week) {
    const Timestamp at = Timestamp::StartOf(week).AddSeconds(kSendHour);
    const delivery::Clock clock = FixedClock(at);
    SC_ASSIGN_OR_RETURN(std::vector<SendLine> lines,
                        SendReports(store_, config_, &channel_,
                                    {.team = true, .channel = "file", .as_of = week}, clock));
    for (const SendLine& line : lines) {
      if (line.outcome == SendOutcome::kHeld) ++result_.held;
      if (line.outcome == SendOutcome::kFailed) {
        return Status::Internal(
            fmt::format("the demo could not deliver {}'s report: {}", line.rep_id, line.detail));
      }
      if (line.outcome != SendOutcome::kSent || !line.report_id) continue;
      ++result_.delivered;
      SC_RETURN_IF_ERROR(RecordFeedback(line.rep_id, *line.report_id, week, at));
    }
    SC_ASSIGN_OR_RETURN(
        std::vector<FollowUpLine> followups,
        RunFollowUps(
            store_, config_,
            [this](std::string_view) { return Result<delivery::Channel*>(&channel_); },
            FollowUpMode::kSend, clock));
    for (const FollowUpLine& followup : followups) result_.followups_sent += followup.sent_now;
    return Status::Ok();
  }

 private:
  Status RecordFeedback(const std::string& rep_id, std::int64_t report_id, Date week,
                        Timestamp sent_at) {
    sample::RepFeedback feedback = sample::SimulateFeedback(options_.seed, rep_id, week);
    if (!feedback.acknowledged) return Status::Ok();
    const Timestamp at = sent_at.AddSeconds(std::int64_t{feedback.hours_later} * 3600);
    SC_RETURN_IF_ERROR(store_.AcknowledgeReport(report_id, at));
    ++result_.acknowledged;
    if (!feedback.rating) return Status::Ok();
    SC_RETURN_IF_ERROR(store_.RateReport(report_id, *feedback.rating, at));
    ++result_.rated;
    return Status::Ok();
  }

  store::Store& store_;
  const delivery::DeliveryConfig& config_;
  const DemoCoachingOptions& options_;
  DemoCoachingResult& result_;
  delivery::FileChannel channel_;
};

}  // namespace

Result<DemoCoachingResult> RunDemoCoaching(const DemoCoachingOptions& options,
                                           Diagnostics* diagnostics) {
  SC_ASSIGN_OR_RETURN(CoachingKnowledge knowledge,
                      LoadCoachingKnowledge(options.config_dir, diagnostics));
  SC_ASSIGN_OR_RETURN(delivery::DeliveryConfig config,
                      LoadDeliverySetup(options.config_dir, diagnostics));
  config.file_dir = options.dir / "outbox";
  const std::string database = options.database.string();
  SC_ASSIGN_OR_RETURN(std::unique_ptr<store::SqliteStore> store,
                      store::SqliteStore::Open(database));
  TeamOptions team{.as_of = options.end_date,
                   .from = std::nullopt,
                   .out_dir = options.dir / "reports",
                   .clips = config.clips};
  if (options.weeks > 1) team.from = options.end_date.AddDays(-7 * (options.weeks - 1));
  DemoCoachingResult result;
  CoachingWeeks weeks(*store, config, options, result);
  SC_ASSIGN_OR_RETURN(result.team, RunTeam(*store, SqliteOpener(database), knowledge, team,
                                           [&](Date week, std::size_t, std::size_t) {
                                             return options.weeks > 1 ? weeks.Run(week)
                                                                      : Status::Ok();
                                           }));
  return result;
}

}  // namespace sc::app
