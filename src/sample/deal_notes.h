// The notes reps write into a deal's MEDDPICC fields: short, specific and drawn from what the
// account actually said ("Cut forecast prep from 3 days to 4 hours", "CFO (Priya Shah)").
#pragma once

#include "model/deal.h"
#include "sample/accounts.h"
#include "sample/random.h"

namespace sc::sample {

// Fills `other_fields` (0..7) of the seven fields besides Identify Pain, chosen at random,
// and Identify Pain when `pain_captured`. Values may contain commas and quotes.
model::Meddpicc WriteMeddpicc(const Account& account, int other_fields, bool pain_captured,
                              Rng& rng);

}  // namespace sc::sample
