#pragma once
/// @file library.h  The library database: one SQLite file per opened folder. (Filled in by the store work.)
