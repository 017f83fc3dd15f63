// One moment of a story: see moments.h. Only times of day are compared across names, never dates alone: a
// story of a launch often dates the previous flight, but rarely gives its minute without its date, and the
// days must agree (or both articles fall near one publication day) before two minutes are compared.
#include "core/conflict/moments.h"

#include "core/conflict/clock.h"

namespace parallax::conflict {

std::string eventPairing(std::string_view attribute) {
    if (attribute == "lifted off") return "released";
    return std::string(attribute);
}

bool storyMoment(const Side& a, const Side& b) {
    const Claim& ca = a.claim;
    const Claim& cb = b.claim;
    if (ca.kind != ClaimKind::Event || cb.kind != ClaimKind::Event) return false;
    if (a.reference() || b.reference() || a.article == b.article) return false;
    if (!parseClock(ca.value) || !parseClock(cb.value)) return false;
    const bool liftOff = (ca.attribute == "lifted off" && (cb.attribute == "lifted off" || cb.attribute == "released")) ||
                         (cb.attribute == "lifted off" && ca.attribute == "released");
    const bool collision = ca.attribute == "collided" && cb.attribute == "collided";
    return liftOff || collision;
}

}  // namespace parallax::conflict
