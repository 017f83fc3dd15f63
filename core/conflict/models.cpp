// One aircraft has one model: "the plane, an Airbus A320" and "the plane, a Boeing 737" in one story cannot both
// hold. A story may hold two aircraft (a collision on a runway): when one article names two families in the same
// role the story is such a story, and nothing is flagged.
#include "core/conflict/models.h"

#include <map>
#include <set>

#include "core/annotate/claims_lexicon.h"
#include "core/conflict/subject.h"

namespace parallax::conflict {

bool modelClaim(const Claim& c) {
    if (c.kind != ClaimKind::Version) return false;
    return c.attribute == "chip" || c.attribute == "process node" || c.attribute.rfind("struck in ", 0) == 0 || (c.subject == "aircraft" && (c.attribute == "model" || c.attribute == "grounded model"));
}

namespace {

/// Some article of the story names two families for `attribute` of `subject`.
bool storyNamesSeveral(const std::string& subject, const std::string& attribute, const RuleContext& ctx) {
    std::map<std::string, std::set<std::string>> families;
    for (const Side& s : ctx.all) {
        if (s.reference() || !modelClaim(s.claim) || s.claim.attribute != attribute || s.claim.negated ||
            !sameSubject(s.claim.subject, subject))
            continue;
        auto& set = families[s.article];
        set.insert(s.claim.value);
        if (set.size() > 1) return true;
    }
    return false;
}

}  // namespace

std::optional<Finding> judgeModel(const Side& a, const Side& b, const RuleContext& ctx) {
    // A dated accident of a named craft is one fact whatever the story; a story's aircraft and a device's chip are
    // judged inside one story.
    const bool struck = a.claim.attribute.rfind("struck in ", 0) == 0;
    if ((!ctx.oneStory && !struck) || a.article == b.article || a.claim.value == b.claim.value) return std::nullopt;
    // One chip's node: the same chip, or a chip and a statement about every chip of its family.
    if (a.claim.attribute == "process node" && a.claim.object != "series" && b.claim.object != "series" &&
        annotate::lowerAscii(a.claim.object) != annotate::lowerAscii(b.claim.object))
        return std::nullopt;
    if (a.claim.negated || b.claim.negated || storyNamesSeveral(a.claim.subject, a.claim.attribute, ctx)) return std::nullopt;
    Finding f;
    f.type = ConflictType::Version;
    f.severity = (a.claim.hedged || b.claim.hedged) ? Severity::Low : Severity::Medium;
    const bool grounded = a.claim.attribute == "grounded model";
    if (struck) {
        f.reason = whereOf(a) + " says " + a.claim.subject + " " + a.claim.text + " in " + a.claim.attribute.substr(10) + ", " +
                   whereOf(b) + " that it " + b.claim.text + ": one accident, two different kinds of thing hit";
        return f;
    }
    if (a.claim.attribute == "process node") {
        f.reason = whereOf(a) + " says the " + (a.claim.object == "series" ? a.claim.subject + " family" : a.claim.object) +
                   " is made on " + a.claim.text + ", " + whereOf(b) + " that the " +
                   (b.claim.object == "series" ? b.claim.subject + " family" : b.claim.object) + " is made on " + b.claim.text +
                   ": one chip is made on one process node";
        return f;
    }
    if (a.claim.attribute == "chip") {
        f.reason = whereOf(a) + " gives " + a.claim.subject + " the " + a.claim.text + " and " + whereOf(b) + " the " +
                   b.claim.text + ": one device model runs on one chip, and the two are different chip families";
        return f;
    }
    f.reason = whereOf(a) + " names the " + a.claim.text + " and " + whereOf(b) + " the " + b.claim.text +
               (grounded ? " as the model that was grounded: the two are different aircraft families"
                         : " as the aircraft: one aircraft has one model, and the two are different families");
    return f;
}

}  // namespace parallax::conflict
