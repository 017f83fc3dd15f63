#pragma once
// Hand-built articles for the claim and conflict tests: the test names the entities, times and amounts
// in the text (as the annotators would) and runs the claim extractors over them.
#include <string>
#include <vector>

#include "core/annotate/claims.h"
#include "core/model/annotation.h"
#include "core/model/article.h"
#include "core/text/text.h"

namespace parallax::testing {

class Doc {
public:
    explicit Doc(std::string text, std::string id = "a1", std::string outlet = {}) {
        article.id = std::move(id);
        article.text = std::move(text);
        article.outlet = std::move(outlet);
    }

    /// Every whole-word occurrence of `written` is a mention of `canonical` (default: as written).
    Doc& entity(const std::string& written, EntityKind kind, const std::string& canonical = {},
                const std::string& base = {}) {
        for (std::size_t at : occurrences(written)) {
            Entity e;
            e.span = {at, at + written.size()};
            e.text = written;
            e.canonical = canonical.empty() ? written : canonical;
            e.kind = kind;
            e.base = base;
            ann.entities.push_back(e);
        }
        return *this;
    }

    Doc& time(const std::string& written, const std::string& value) {
        for (std::size_t at : occurrences(written)) {
            TimeValue t;
            t.span = {at, at + written.size()};
            t.text = written;
            t.value = value;
            t.resolved = !value.empty();
            ann.times.push_back(t);
        }
        return *this;
    }

    /// An amount; `low`/`high` are the interval its wording allows. `from` links a conversion to the
    /// quantity it converts (index in ann.quantities).
    Doc& amount(const std::string& written, double value, double low, double high, const std::string& unit,
                bool approximate = false, int from = -1) {
        std::size_t at = article.text.find(written);
        Quantity q;
        q.span = {at, at + written.size()};
        q.text = written;
        q.value = value;
        q.low = low;
        q.high = high;
        q.unit = unit;
        q.approximate = approximate;
        if (from >= 0) q.convertedFrom = static_cast<std::size_t>(from);
        ann.quantities.push_back(q);
        return *this;
    }

    /// Sentences from the text stage, then the claims.
    Doc& extract() {
        ann.sentences = text::sentences(article.text);
        std::sort(ann.entities.begin(), ann.entities.end(), [](const Entity& a, const Entity& b) { return a.span < b.span; });
        annotate::extractClaims(article, ann);
        return *this;
    }

    /// Claims of one kind.
    [[nodiscard]] std::vector<Claim> claims(ClaimKind kind) const {
        std::vector<Claim> out;
        for (const Claim& c : ann.claims) {
            if (c.kind == kind) out.push_back(c);
        }
        return out;
    }

    Article article;
    Annotations ann;

private:
    std::vector<std::size_t> occurrences(const std::string& written) const {
        std::vector<std::size_t> out;
        const std::string& t = article.text;
        auto wordByte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
        for (std::size_t at = t.find(written); at != std::string::npos; at = t.find(written, at + 1)) {
            bool startOk = at == 0 || !wordByte(t[at - 1]);
            bool endOk = at + written.size() >= t.size() || !wordByte(t[at + written.size()]);
            if (startOk && endOk) out.push_back(at);
        }
        return out;
    }
};

}  // namespace parallax::testing
