#pragma once
/// @file claims_frame.h  Reading the slots of a figure's fact frame (core/model/annotation.h, Frame) from the
/// words around it: the kind of number, the period, the scope and the stage. Internal to parallax_annotate.
#include <string>

#include "core/annotate/claims_text.h"
#include "core/model/annotation.h"

namespace parallax::annotate::claims {

/// Where a figure sits in its sentence: its words [at, end), the measure's words [measureAt, measureEnd)
/// (equal to at when the measure is not written before it), its clause [clause, clauseEnd).
struct FigurePlace {
    std::size_t at = 0;
    std::size_t end = 0;
    std::size_t measureAt = 0;
    std::size_t measureEnd = 0;
    std::size_t clause = 0;
    std::size_t clauseEnd = 0;
};

/// Fills frame.kind, period, scope and stage from an English sentence; frame.measure and dimension are the
/// caller's. `unit` is the figure's unit ("%" makes a change or a share).
void readFrameSlots(const SentenceView& s, const FigurePlace& p, const std::string& unit, Frame& frame);

/// Fills the same slots from a Chinese sentence, text[clause, clauseEnd) around a figure at [at, end); the
/// period is read from the sentence's start (`sentence`), since "2025年第一季度…，净利润为130亿元" dates
/// every clause after it.
void readChineseFrameSlots(std::string_view text, std::size_t sentence, std::size_t clause, std::size_t clauseEnd,
                           std::size_t at, std::size_t end, const std::string& unit, Frame& frame);

/// A closing or opening qualifier in a figure's attribute ("price (closing)") is the frame's stage too: the frame
/// then compares it whichever words said it ("closed at", 收涨, 收报). A moment of trading also ends an "interim"
/// reading: "ahead of its report, the shares closed down 1%" is no running tally.
void stageFromQualifiers(const std::string& attribute, Frame& frame);

}  // namespace parallax::annotate::claims
