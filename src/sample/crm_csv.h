// Renders the sample team's CRM data as the files a real export produces.
//
// reps, activities, quotas and forecasts use the canonical columns of INTERFACES.md (RFC 4180
// quoting where needed, LF line ends, ISO dates). Deals are written as a Salesforce
// opportunity report export: every field quoted, US dates (M/D/YYYY), "1"/"0" flags, CRLF
// line ends and a UTF-8 byte order mark, with the rep's full name as the owner. The exact
// columns are in docs/formats/sample-team.md.
#pragma once

#include <string>

#include "sample/sample_team.h"

namespace sc::sample {

std::string RenderRepsCsv(const SampleTeam& team);
std::string RenderSalesforceDealsCsv(const SampleTeam& team);
std::string RenderActivitiesCsv(const SampleTeam& team);
std::string RenderQuotasCsv(const SampleTeam& team);
std::string RenderForecastsCsv(const SampleTeam& team);

// The Salesforce report header, exactly as exported.
inline constexpr std::string_view kSalesforceDealsHeader =
    "\"Opportunity ID\",\"Opportunity Name\",\"Account Name\",\"Opportunity Owner\",\"Amount\","
    "\"Amount Currency\",\"Stage\",\"Created Date\",\"Close Date\",\"Closed\",\"Won\","
    "\"List Price\",\"Discount (%)\",\"ICP Fit\",\"Metrics\",\"Economic Buyer\","
    "\"Decision Criteria\",\"Decision Process\",\"Paper Process\",\"Identify Pain\",\"Champion\","
    "\"Competition\",\"Loss Reason\",\"Disqualified\",\"Price Objection\"";

// Plain number text: "48500" for whole amounts, "48500.5" otherwise (no exponent).
std::string FormatAmount(double amount);

}  // namespace sc::sample
