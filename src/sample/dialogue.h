// Dialogue: turns the sentences of a scripted call into timed utterances.
//
// Each speaker (a Voice) has a speech rate, so an utterance lasts words / rate; turns are
// separated by the pause the script asks for, long turns are split into utterances of at most
// about kMaxUtteranceWords at sentence boundaries, and a listener may drop short backchannels
// ("Mm-hm.", at most 1 s and 2 words) between the pieces of a monologue, as happens on real
// calls without breaking the monologue. Filler words ("um", "you know", filler "like", ...)
// are inserted into fillable sentences at each voice's own rate per minute of speech, so the
// planted filler rate shows in the transcript whatever the script says.
//
//   Dialogue dialogue({rep_voice, customer_voice}, &rng);
//   dialogue.Say(0, {Plain("Thanks for making the time.")}, 0);
//   dialogue.Say(1, {Plain("Of course.")}, 0.6);
//   std::vector<model::Utterance> utterances = dialogue.TakeUtterances();
#pragma once

#include <string>
#include <vector>

#include "model/call.h"
#include "sample/random.h"

namespace sc::sample {

struct Voice {
  std::string name;
  model::SpeakerRole role = model::SpeakerRole::kCustomer;
  double words_per_minute = 160;
  double fillers_per_minute = 0;
};

// One sentence of a turn. Only fillable sentences receive filler words: questions, trial
// closes, next steps and acknowledgements stay exactly as written so that the phrases the
// analysis looks for are never broken up.
struct Sentence {
  std::string text;
  bool fillable = true;
};
inline Sentence Plain(std::string text) { return {std::move(text), true}; }
inline Sentence Exact(std::string text) { return {std::move(text), false}; }

inline constexpr int kMaxUtteranceWords = 60;  // about 20 s of speech, as ASR segments run

int CountWords(std::string_view text);
// Inserts `filler` ("um", "you know", "like", ...) into `sentence` where a speaker would: at
// the start ("Um, so the ...") or after the first word ("We, you know, connect ...").
void InsertFiller(std::string& sentence, std::string_view filler, Rng& rng);

class Dialogue {
 public:
  // `rng` must outlive the Dialogue. REQUIRES: at least one voice.
  Dialogue(std::vector<Voice> voices, Rng* rng);

  // Appends a turn of voice `speaker`, starting `pause_s` after the previous utterance ends.
  // Long turns become several utterances with short same-speaker gaps.
  void Say(int speaker, std::vector<Sentence> sentences, double pause_s);
  // Like Say, and after each utterance of the turn except the last, `listener` backchannels
  // with probability `backchannel_rate`. A negative `listener` means nobody does.
  void Monologue(int speaker, std::vector<Sentence> sentences, double pause_s, int listener,
                 double backchannel_rate);
  // A backchannel ("Mm-hm.") by `speaker`: at most 2 words and 1 s.
  void Backchannel(int speaker, double pause_s);

  double now() const { return now_; }
  // Seconds spoken by every voice of `role` so far.
  double TalkSeconds(model::SpeakerRole role) const;
  const Voice& voice(int speaker) const { return voices_[static_cast<std::size_t>(speaker)]; }

  std::vector<model::Utterance> TakeUtterances() { return std::move(utterances_); }

 private:
  // Adds fillers owed by `speaker` for `seconds` of speech into the fillable sentences.
  void AddFillers(int speaker, std::vector<Sentence>& sentences);
  void Emit(int speaker, std::string text, double pause_s);
  std::vector<std::vector<Sentence>> Split(std::vector<Sentence> sentences) const;

  std::vector<Voice> voices_;
  std::vector<double> filler_debt_;  // fillers owed per voice, carried between turns
  Rng* rng_;
  double now_ = 0;
  double rep_talk_s_ = 0;
  double customer_talk_s_ = 0;
  double other_talk_s_ = 0;
  std::vector<model::Utterance> utterances_;
};

}  // namespace sc::sample
