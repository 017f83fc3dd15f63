#pragma once
/// @file term_table.h  A flat open-addressing table from term id to a small value: counting document
/// frequencies over a large folder touches millions of terms, where a node-based hash map spends most of
/// the clustering time in allocation and pointer chasing.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/align/sparse.h"

namespace parallax::align {

template <typename V>
class TermTable {
public:
    /// Room for `expected` distinct terms (at most three quarters full) before the table grows.
    explicit TermTable(std::size_t expected = 1024) { rehash(capacityFor(expected)); }

    /// The value of `id`, inserted as V{} when absent.
    V& operator[](TermId id) {
        if (id == kEmpty) {
            if (!m_zeroUsed) ++m_size;
            m_zeroUsed = true;
            return m_zeroValue;
        }
        if ((m_size + 1) * 4 > m_slots.size() * 3) rehash(m_slots.size() * 2);
        std::size_t at = slotOf(id);
        if (m_slots[at].id == kEmpty) {
            m_slots[at] = Slot{id, V{}};
            ++m_size;
        }
        return m_slots[at].value;
    }

    /// The value of `id`, or nullptr when absent.
    [[nodiscard]] const V* find(TermId id) const {
        if (id == kEmpty) return m_zeroUsed ? &m_zeroValue : nullptr;
        const Slot& s = m_slots[slotOf(id)];
        return s.id != kEmpty ? &s.value : nullptr;
    }

    /// Asks the processor to fetch the slot where `id` is probed first. A table of a large folder's terms is
    /// far larger than the caches: fetching the slots of the next few terms while this one is looked up
    /// overlaps the waits on memory that would otherwise come one after the other.
    void prefetch(TermId id) const { __builtin_prefetch(m_slots.data() + homeOf(id)); }

    [[nodiscard]] std::size_t size() const { return m_size; }

    /// Calls `f(id, value)` for every term in the table, in no particular order.
    template <typename F>
    void forEach(F f) const {
        if (m_zeroUsed) f(kEmpty, m_zeroValue);
        for (const Slot& s : m_slots)
            if (s.id != kEmpty) f(s.id, s.value);
    }

private:
    /// Id 0 marks an empty slot (it is a hash like any other, so it is kept aside when it occurs).
    static constexpr TermId kEmpty = 0;

    // Packed to 4 bytes: a (term, count) slot is 12 bytes instead of 16. At 100k articles the table of the
    // folder's repeated terms holds millions of them.
#pragma pack(push, 4)
    struct Slot {
        TermId id = kEmpty;
        V value{};
    };
#pragma pack(pop)

    static std::size_t capacityFor(std::size_t expected) {
        std::size_t c = 16;
        while (c * 3 < expected * 4) c *= 2;
        return c;
    }

    /// Where probing for `id` starts (ids are hashes already, mixed once more so that the low bits spread).
    [[nodiscard]] std::size_t homeOf(TermId id) const {
        return static_cast<std::size_t>((id ^ (id >> 29)) * 0x9E3779B97F4A7C15ULL >> 17) & (m_slots.size() - 1);
    }

    /// The slot holding `id`, or the empty slot where it belongs (linear probing from homeOf).
    [[nodiscard]] std::size_t slotOf(TermId id) const {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t at = homeOf(id);
        while (m_slots[at].id != kEmpty && m_slots[at].id != id) at = (at + 1) & mask;
        return at;
    }

    void rehash(std::size_t capacity) {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot{});
        for (const Slot& s : old)
            if (s.id != kEmpty) m_slots[slotOf(s.id)] = s;
    }

    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
    bool m_zeroUsed = false;
    V m_zeroValue{};
};

}  // namespace parallax::align
