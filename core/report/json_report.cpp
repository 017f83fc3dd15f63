#include "core/report/json_report.h"
