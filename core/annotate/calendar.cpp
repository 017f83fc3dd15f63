#include "core/annotate/calendar.h"

#include <cstdio>

namespace parallax::annotate::calendar {

int daysInMonth(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 31;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

int isoWeekday(const Date& d) {
    long days = Date{d.year, d.month ? d.month : 1, d.day ? d.day : 1, DatePrecision::Day}.daysSinceEpoch();
    // 1970-01-01 was a Thursday (ISO 4).
    long wd = ((days % 7) + 7 + 3) % 7;  // Monday = 0
    return static_cast<int>(wd) + 1;
}

Date addDays(const Date& d, long n) {
    Date full{d.year, d.month ? d.month : 1, d.day ? d.day : 1, DatePrecision::Day};
    return Date::fromDaysSinceEpoch(full.daysSinceEpoch() + n);
}

std::string isoWeek(const Date& d) {
    // The ISO week belongs to the year of its Thursday.
    Date thursday = addDays(d, 4 - isoWeekday(d));
    long jan1 = Date{thursday.year, 1, 1, DatePrecision::Day}.daysSinceEpoch();
    long week = (thursday.daysSinceEpoch() - jan1) / 7 + 1;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.year, static_cast<int>(week));
    return buf;
}

std::string ymd(int y, int m, int d) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

std::string ym(int y, int m) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return buf;
}

std::string yearOnly(int y) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d", y);
    return buf;
}

}  // namespace parallax::annotate::calendar
