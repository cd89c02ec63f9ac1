// The world the sample team sells into: customer industries, the pains their revenue teams
// talk about, the seller's products (Northwind Analytics, a revenue analytics and data
// platform suite), competitors, and the name pools for people and companies.
//
// Everything here is static data with "{slot}" placeholders filled per call (see slots.h).
// Pains carry the words that make follow-up questions measurable: every closing sentence of
// a customer's pain story and every pain follow-up question contains the pain's `key` word.
#pragma once

#include <span>
#include <string_view>

namespace sc::sample {

using Lines = std::span<const std::string_view>;

inline constexpr std::string_view kSellerShortName = "Northwind";
inline constexpr std::string_view kSellerDomain = "northwind-analytics.example";

// One product module of the seller's suite.
struct ProductModule {
  std::string_view name;        // "Northwind Pulse"
  std::string_view short_name;  // "Pulse"
  std::string_view purpose;     // "revenue forecasting"
  Lines features;               // feature-only statements: capability, no outcome
  Lines values;     // value statements: capability linked to an outcome (so that, saves, %)
  Lines narration;  // screen narration during a demo: neither feature claim nor value
};

struct Pain {
  std::string_view key;          // the content word every follow-up reuses, "forecast"
  std::string_view noun;         // singular noun phrase holding `key`, "the forecast"
  std::string_view mention;      // the customer's short phrase, "our forecast keeps slipping"
  std::size_t module;            // index into ProductModules() of the module that addresses it
  std::string_view metric_note;  // MEDDPICC Metrics note
  std::string_view pain_note;    // MEDDPICC Identify Pain note
  Lines story;                   // customer sentences telling the pain
  Lines closers;                 // customer sentences that end the story; each holds `key`
  Lines follow_ups;              // pain-specific rep follow-up questions; each holds `key`
};

struct Industry {
  std::string_view key;        // "logistics"
  std::string_view label;      // "freight and logistics"
  Lines name_suffixes;         // company name endings, "Freight", "Logistics"
  std::string_view unit;       // what their revenue is counted in, "shipper accounts"
  std::string_view customers;  // who buys from them, "shippers"
  std::string_view systems;    // their revenue stack, "Salesforce and NetSuite"
};

std::span<const ProductModule> ProductModules();
std::span<const Pain> Pains();
std::span<const Industry> Industries();

Lines FirstNames();
Lines LastNames();
Lines CompanyPrefixes();  // "Harbor", "Bluewater", ...
Lines LegalSuffixes();    // ", Inc.", ", LLC", " Group", ...
Lines Competitors();      // "Clari", "Gong", ...
Lines Regions();          // "the Northeast", "EMEA", ...
Lines Cities();           // where small talk travels to

// Customer contact titles by buying role.
Lines ChampionTitles();
Lines EconomicBuyerTitles();
Lines UserTitles();
Lines TechnicalTitles();
Lines ProcurementTitles();

// Loss reasons for deals lost on their merits (not disqualified).
Lines LossReasons();

}  // namespace sc::sample
