#pragma once
/// @file json_report.h  The parallax.report/1 JSON contract (docs/report-schema.md). (Filled in by the report work.)
