#pragma once
/// @file poppler_module_api.h  The C interface of the poppler module (parallax-poppler.so), which the PDF reader
/// loads with dlopen() on the first PDF: the executables do not link poppler and its 30 libraries, so they start
/// fast, and a PDF costs the loading only when a folder has one.
#include <cstddef>

extern "C" {

/// What the module hands back, through the callbacks below, in this order: every page's text (raw order layout,
/// UTF-8 as poppler gives it), then the Title and Author of the document info (possibly empty).
enum ParallaxPdfPart { kParallaxPdfPage = 0, kParallaxPdfTitle = 1, kParallaxPdfAuthor = 2 };
using ParallaxPdfSink = void (*)(void* context, int part, const char* utf8, std::size_t size);

/// Reads the PDF in `bytes`; calls sink for each part; stores the info CreationDate (seconds since the epoch, 0 when
/// absent) in *created. Returns nullptr on success, else a static message ("damaged or unsupported PDF", ...).
using ParallaxPdfTextFn = const char* (*)(const char* bytes, std::size_t size, ParallaxPdfSink sink, void* context,
                                          long long* created);

}  // extern "C"

/// The symbol the module exports; the _v1 changes when the interface does.
inline constexpr const char* kParallaxPdfTextSymbol = "parallax_pdf_text_v1";
