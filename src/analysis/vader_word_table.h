// WordTable: an immutable-after-build hash table from short strings (words, emoticons) to values.
//
// The sentiment lexicon and VADER's rule word lists are looked up once or twice for every word
// of every utterance, so lookups must be cheap: open addressing with linear probing over one
// flat array, a table at most half full, FNV-1a hashing, and the keys packed into one string.
// A miss usually ends at the first empty slot without touching any key bytes.
//
//   WordTable<double> table;
//   table.InsertOrAssign("good", 1.9);
//   const double* valence = table.Find("good");  // nullptr when absent
//
// Build on one thread; once built, Find may be called from many threads at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/check.h"

namespace sc::analysis {

template <typename Value>
class WordTable {
 public:
  // Adds `key` with `value`, replacing the value when `key` is already there.
  // REQUIRES: !key.empty() and the keys together stay under 4 GiB.
  void InsertOrAssign(std::string_view key, Value value) {
    SC_CHECK(!key.empty());
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    std::uint64_t hash = Hash(key);
    Slot& slot = slots_[Probe(key, hash)];
    if (slot.key_size == 0) {
      slot.hash = hash;
      slot.key_offset = static_cast<std::uint32_t>(keys_.size());
      slot.key_size = static_cast<std::uint32_t>(key.size());
      keys_.append(key);
      ++size_;
    }
    slot.value = std::move(value);
  }

  // The value stored for `key`, or nullptr. The pointer stays valid until the next insertion.
  const Value* Find(std::string_view key) const {
    if (key.empty() || slots_.empty()) return nullptr;
    const Slot& slot = slots_[Probe(key, Hash(key))];
    return slot.key_size == 0 ? nullptr : &slot.value;
  }

  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t key_offset = 0;
    std::uint32_t key_size = 0;  // 0 marks an empty slot: keys are never empty
    Value value{};
  };

  static std::uint64_t Hash(std::string_view key) {
    std::uint64_t hash = 14695981039346656037ull;  // FNV-1a 64-bit offset basis and prime
    for (char character : key) {
      hash ^= static_cast<unsigned char>(character);
      hash *= 1099511628211ull;
    }
    return hash;
  }

  // The slot holding `key`, or the empty slot where it would go.
  // Invariant: the table is at most half full, so probing ends.
  std::size_t Probe(std::string_view key, std::uint64_t hash) const {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t index = hash & mask;; index = (index + 1) & mask) {
      const Slot& slot = slots_[index];
      if (slot.key_size == 0) return index;
      if (slot.hash == hash &&
          std::string_view(keys_).substr(slot.key_offset, slot.key_size) == key) {
        return index;
      }
    }
  }

  void Grow() {
    std::size_t capacity = slots_.empty() ? 16 : slots_.size() * 2;
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(capacity));
    std::size_t mask = slots_.size() - 1;
    for (Slot& slot : old) {
      if (slot.key_size == 0) continue;
      std::size_t index = slot.hash & mask;
      while (slots_[index].key_size != 0) index = (index + 1) & mask;
      slots_[index] = std::move(slot);
    }
  }

  std::string keys_;
  std::vector<Slot> slots_;  // size is zero or a power of two
  std::size_t size_ = 0;
};

}  // namespace sc::analysis
