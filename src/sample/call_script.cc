// CallScript: the frame of every call (opening, agenda, close) and the shared helpers.
#include "sample/call_script.h"

#include <algorithm>
#include <cctype>

namespace sc::sample {
namespace {

// Time kept back at the end of the body for the wrap-up, next step and goodbyes.
constexpr double kCloseReserveSeconds = 50;
constexpr double kSmallTalkRate = 0.8;

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Replaces whole-word occurrences of `word` in `text`.
void ReplaceWord(std::string& text, const std::string& word, const std::string& replacement) {
  std::size_t at = 0;
  while ((at = text.find(word, at)) != std::string::npos) {
    bool starts = at == 0 || !IsWordChar(text[at - 1]);
    std::size_t end = at + word.size();
    bool ends = end == text.size() || !IsWordChar(text[end]);
    if (starts && ends) {
      text.replace(at, word.size(), replacement);
      at += replacement.size();
    } else {
      at = end;
    }
  }
}

}  // namespace

std::size_t CallScript::Deck::Draw(std::size_t size, Rng& rng) {
  SC_CHECK(size > 0);
  if (order_.size() != size || next_ == order_.size()) {
    std::size_t last = order_.empty() || next_ == 0 ? size : order_[next_ - 1];
    order_.resize(size);
    for (std::size_t index = 0; index < size; ++index) order_[index] = index;
    rng.Shuffle(order_);
    // Never the same line twice in a row across a reshuffle.
    if (size > 1 && order_.front() == last) std::swap(order_.front(), order_.back());
    next_ = 0;
  }
  return order_[next_++];
}

std::optional<std::size_t> CallScript::Deck::DrawFresh(std::size_t size, Rng& rng) {
  if (order_.size() == size && next_ == order_.size()) return std::nullopt;
  return Draw(size, rng);
}

std::vector<model::Utterance> CallScript::Write(const CallSetting& setting, RepBehavior& behavior,
                                                Rng& rng) {
  SC_CHECK(!setting.voices.empty() && !setting.customers.empty());
  SC_CHECK(!setting.pains.empty() && !setting.modules.empty());
  CallScript script(setting, behavior, rng);
  script.Opening();
  switch (setting.type) {
    case model::CallType::kDiscovery:
      script.DiscoveryBody();
      break;
    case model::CallType::kDemo:
      script.DemoBody();
      break;
    case model::CallType::kNegotiation:
      script.NegotiationBody();
      break;
    case model::CallType::kClosing:
      script.ClosingBody();
      break;
    default:
      script.CheckInBody();
      break;
  }
  script.Close();
  return script.dialogue_.TakeUtterances();
}

CallScript::CallScript(const CallSetting& setting, RepBehavior& behavior, Rng& rng)
    : setting_(setting),
      behavior_(behavior),
      rng_(rng),
      dialogue_(setting.voices, &rng),
      slots_(setting.slots) {
  SetPain(setting.pains.front());
  SetModule(setting.modules.front());
  for (std::string_view name : kSlotNames) SC_CHECK(slots_.Find(name) != nullptr);
}

void CallScript::Opening() {
  if (setting_.rep_speaks_first) {
    // Greetings address the main contact by name, so they skip Address.
    dialogue_.Say(0, {Exact(Line(phrases::kRepGreetings))}, 0.8);
    CustomerSays(MainCustomer(), {Exact(Line(phrases::kCustomerGreetingReplies))}, CustomerPause());
  } else {
    const phrases::Exchange& opening = Pick(phrases::kCustomerOpenings);
    CustomerSays(MainCustomer(), {Exact(slots_.Fill(opening.first, rng_))}, 0.8);
    dialogue_.Say(0, {Exact(slots_.Fill(opening.second, rng_))}, RepPause());
  }
  if (rng_.Chance(kSmallTalkRate)) {
    const phrases::Exchange& talk = Pick(phrases::kSmallTalk);
    RepSays({Exact(slots_.Fill(talk.first, rng_))}, RepPause());
    CustomerSays(MainCustomer(), {Plain(slots_.Fill(talk.second, rng_))}, CustomerPause());
    RepSays({Plain(slots_.Fill(talk.third, rng_))}, RepPause());
  }
  if (setting_.first_meeting) {
    Introductions();
  } else if (setting_.se >= 0) {
    // A solutions engineer joining a later call still says hello.
    std::vector<Sentence> intro = {Plain(Line(phrases::kSeIntros))};
    Address(intro, setting_.se);
    dialogue_.Say(setting_.se, std::move(intro), 0.5);
  }
  Agenda();
}

void CallScript::Introductions() {
  RepSays({Plain(Line(phrases::kRepIntros))}, RepPause());
  if (setting_.se >= 0) {
    std::vector<Sentence> intro = {Plain(Line(phrases::kSeIntros))};
    Address(intro, setting_.se);
    dialogue_.Say(setting_.se, std::move(intro), 0.5);
  }
  std::string main_first = *slots_.Find("cust_first");
  std::string main_title = *slots_.Find("cust_title");
  for (std::size_t index = 0; index < setting_.customers.size(); ++index) {
    int customer = setting_.customers[index];
    std::string_view name = dialogue_.voice(customer).name;
    slots_.Set("cust_first", std::string(name.substr(0, name.find(' '))));
    slots_.Set("cust_title", setting_.customer_titles[index]);
    // People introduce themselves by name, so introductions skip Address.
    dialogue_.Say(customer, {Plain(Line(phrases::kCustomerIntros))}, CustomerPause());
  }
  slots_.Set("cust_first", main_first);
  slots_.Set("cust_title", main_title);
}

void CallScript::Agenda() {
  Lines agenda = phrases::kAgendaCheckIn;
  switch (setting_.type) {
    case model::CallType::kDiscovery:
      agenda = phrases::kAgendaDiscovery;
      break;
    case model::CallType::kDemo:
      agenda = phrases::kAgendaDemo;
      break;
    case model::CallType::kNegotiation:
      agenda = phrases::kAgendaNegotiation;
      break;
    case model::CallType::kClosing:
      agenda = phrases::kAgendaClosing;
      break;
    default:
      break;
  }
  RepSays({Plain(Line(agenda))}, RepPause());
  CustomerSays(MainCustomer(), {Plain(Line(phrases::kAgendaConfirmations))}, CustomerPause());
}

void CallScript::Close() {
  RaisePendingRepeat();
  RepSays({Plain(Line(phrases::kWrapUps))}, RepPause());
  if (setting_.personal_data) {
    CustomerSays(MainCustomer(), {Plain(Line(phrases::kPersonalData))}, CustomerPause());
  }
  switch (behavior_.NextNextStep(rng_)) {
    case NextStepKind::kSpecific:
      RepSays({Exact(Line(phrases::kSpecificNextSteps))}, RepPause());
      CustomerSays(MainCustomer(), {Plain(Line(phrases::kSpecificNextStepReplies))},
                   CustomerPause());
      break;
    case NextStepKind::kVague:
      RepSays({Exact(Line(phrases::kVagueNextSteps))}, RepPause());
      CustomerSays(MainCustomer(), {Plain(Line(phrases::kVagueNextStepReplies))}, CustomerPause());
      break;
    case NextStepKind::kNone:
      break;
  }
  RepSays({Exact(Line(phrases::kRepGoodbyes))}, RepPause());
  CustomerSays(MainCustomer(), {Exact(Line(phrases::kCustomerGoodbyes))}, CustomerPause());
}

std::string CallScript::Line(Lines bank) {
  std::size_t index = decks_[bank.data()].Draw(bank.size(), rng_);
  return slots_.Fill(bank[index], rng_);
}

std::optional<std::string> CallScript::FreshLine(Lines bank) {
  std::optional<std::size_t> index = decks_[bank.data()].DrawFresh(bank.size(), rng_);
  if (!index) return std::nullopt;
  return slots_.Fill(bank[*index], rng_);
}

const phrases::Exchange& CallScript::Pick(phrases::Exchanges exchanges) {
  return exchanges[decks_[exchanges.data()].Draw(exchanges.size(), rng_)];
}

void CallScript::SetPain(std::size_t pain) {
  current_pain_ = pain;
  const Pain& chosen = Pains()[pain];
  slots_.Set("pain_key", std::string(chosen.key));
  slots_.Set("pain_noun", std::string(chosen.noun));
  slots_.Set("pain_mention", std::string(chosen.mention));
}

void CallScript::SetModule(std::size_t module) {
  slots_.Set("module", std::string(ProductModules()[module].short_name));
}

int CallScript::SomeCustomer() {
  // The main contact does most of the talking; others chime in.
  if (setting_.customers.size() == 1 || rng_.Chance(0.7)) return MainCustomer();
  return setting_.customers[1 + rng_.Index(setting_.customers.size() - 1)];
}

double CallScript::CustomerPause() { return rng_.Uniform(0.3, 0.9); }

double CallScript::RepPause() { return behavior_.ReplyPause(rng_); }

void CallScript::RepSays(std::vector<Sentence> sentences, double pause) {
  Address(sentences, 0);
  dialogue_.Say(0, std::move(sentences), pause);
}

void CallScript::RepMonologue(std::vector<Sentence> sentences, double backchannel_rate) {
  Address(sentences, 0);
  dialogue_.Monologue(0, std::move(sentences), RepPause(), MainCustomer(), backchannel_rate);
}

void CallScript::CustomerSays(int customer, std::vector<Sentence> sentences, double pause) {
  Address(sentences, customer);
  dialogue_.Say(customer, std::move(sentences), pause);
}

void CallScript::Address(std::vector<Sentence>& sentences, int speaker) const {
  auto present = [&](const std::string& first) {
    for (int customer : setting_.customers) {
      if (dialogue_.voice(customer).name.starts_with(first + " ")) return customer;
    }
    return -1;
  };
  const std::string& buyer = *slots_.Find("eb_first");
  const std::string& champion = *slots_.Find("champion_first");
  const std::string& technical = *slots_.Find("tech_first");
  std::vector<std::pair<std::string, std::string>> replacements;
  if (dialogue_.voice(speaker).role == model::SpeakerRole::kRep) {
    for (const std::string* name : {&buyer, &champion, &technical}) {
      if (present(*name) >= 0) replacements.emplace_back(*name, "you");
    }
  } else if (present(buyer) == speaker) {
    replacements.emplace_back(buyer, "the leadership team");
  } else if (present(technical) == speaker) {
    replacements.emplace_back(technical, "our admin");
  }
  for (const auto& [name, replacement] : replacements) {
    for (Sentence& sentence : sentences) ReplaceWord(sentence.text, name, replacement);
  }
}

double CallScript::WordsFor(int voice, double seconds) const {
  return seconds * dialogue_.voice(voice).words_per_minute / 60.0;
}

double CallScript::end_of_body() const { return setting_.target_seconds - kCloseReserveSeconds; }

std::size_t CallScript::FocusModule(bool about_pain) {
  if (about_pain) return Pains()[current_pain_].module;
  return setting_.modules[module_cursor_ % setting_.modules.size()];
}

std::vector<Sentence> CallScript::ProductStatement(bool about_pain) {
  // Reps talk about the module that answers the pain at hand, or move through the modules in
  // scope as a demo goes on.
  std::size_t module = FocusModule(about_pain);
  if (rng_.Chance(0.2)) {
    // Now and then a rep connects to another module in scope.
    module = setting_.modules[rng_.Index(setting_.modules.size())];
  }
  bool value = behavior_.NextValueStatement(rng_);
  auto bank = [&](std::size_t index) {
    const ProductModule& product = ProductModules()[index];
    return value ? product.values : product.features;
  };
  // Say something not yet said on this call: this module, then the others in scope, then any.
  std::optional<std::string> line = FreshLine(bank(module));
  for (std::size_t other : setting_.modules) {
    if (!line) line = FreshLine(bank(other));
  }
  for (std::size_t other = 0; other < ProductModules().size() && !line; ++other) {
    line = FreshLine(bank(other));
  }
  return {Plain(line ? std::move(*line) : Line(bank(module)))};
}

std::vector<Sentence> CallScript::ProductTalk(double seconds, bool narrate) {
  std::vector<Sentence> sentences;
  double words = WordsFor(0, seconds);
  double total = 0;
  while (total < words) {
    std::vector<Sentence> next;
    double roll = rng_.Uniform();
    // Half of a demo is clicking through screens; the other half is claims about them.
    if (narrate && roll < 0.25) {
      next.push_back(Plain(Line(ProductModules()[FocusModule(false)].narration)));
    } else if (narrate && roll < 0.5) {
      next.push_back(Plain(Line(phrases::kDemoNarration)));
    } else {
      next = ProductStatement();
    }
    for (Sentence& sentence : next) {
      total += CountWords(sentence.text);
      sentences.push_back(std::move(sentence));
    }
  }
  return sentences;
}

std::vector<Sentence> CallScript::CustomerStory(int customer, double seconds,
                                                std::optional<std::size_t> pain, bool opener) {
  std::vector<Sentence> sentences;
  double words = WordsFor(customer, seconds);
  if (!pain) {
    if (opener) sentences.push_back(Plain(Line(phrases::kAnswerOpeners)));
    AppendContext(sentences, std::max(words, 8.0), std::nullopt);
    return sentences;
  }
  const Pain& told = Pains()[*pain];
  SetPain(*pain);
  if (opener) sentences.push_back(Plain(Line(phrases::kStoryOpeners)));
  std::string closer = Line(told.closers);
  AppendContext(sentences, words - CountWords(closer), pain);
  // The story ends on the pain's key word, which a listening rep picks up in a follow-up.
  sentences.push_back(Exact(std::move(closer)));
  return sentences;
}

void CallScript::AppendContext(std::vector<Sentence>& sentences, double words,
                               std::optional<std::size_t> pain) {
  double total = 0;
  for (const Sentence& sentence : sentences) total += CountWords(sentence.text);
  int elaborations = 0;  // general remarks about the pain read as filler beyond a couple
  while (total < words) {
    std::optional<std::string> line;
    // Mostly the pain itself, with context about the team and what happened around it.
    if (pain && rng_.Chance(0.7)) {
      line = FreshLine(Pains()[*pain].story);
      if (!line && elaborations < 2 && (line = FreshLine(phrases::kPainElaborations))) {
        ++elaborations;
      }
    }
    if (!line && rng_.Chance(0.45)) line = FreshLine(phrases::kAnecdotes);
    if (!line) line = Line(phrases::kSituationStory);
    total += CountWords(*line);
    sentences.push_back(Plain(std::move(*line)));
  }
}

}  // namespace sc::sample
