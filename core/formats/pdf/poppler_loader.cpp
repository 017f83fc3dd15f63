// Finds and opens the poppler module once per process; every later PDF calls straight into it.
#include "core/formats/pdf/poppler_loader.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>

#include "core/formats/pdf/poppler_module_api.h"
#include "core/ingest/utf8.h"
#include "core/util/executable.h"

#ifndef PARALLAX_POPPLER_MODULE_NAME
#define PARALLAX_POPPLER_MODULE_NAME "parallax-poppler.so"
#endif
#ifndef PARALLAX_POPPLER_MODULE_INSTALLED
#define PARALLAX_POPPLER_MODULE_INSTALLED "../lib/parallax"
#endif
#ifndef PARALLAX_POPPLER_MODULE_BUILT
#define PARALLAX_POPPLER_MODULE_BUILT ""
#endif

namespace parallax::formats::pdf {
namespace {

struct Module {
    ParallaxPdfTextFn read = nullptr;
    std::string problem;  ///< why read is null
};

std::vector<std::filesystem::path> candidates() {
    std::vector<std::filesystem::path> out;
    if (const char* env = std::getenv("PARALLAX_POPPLER_MODULE"); env && *env) return {env};  // the packager's word
    if (auto dir = util::executableDir(); !dir.empty()) {
        out.push_back(dir / PARALLAX_POPPLER_MODULE_NAME);
        out.push_back(dir / PARALLAX_POPPLER_MODULE_INSTALLED / PARALLAX_POPPLER_MODULE_NAME);
    }
    // Last: the build tree, so tests and uninstalled builds read PDFs wherever their executable sits.
    if (*PARALLAX_POPPLER_MODULE_BUILT) out.push_back(std::filesystem::path(PARALLAX_POPPLER_MODULE_BUILT) / PARALLAX_POPPLER_MODULE_NAME);
    return out;
}

Module open() {
    Module m;
    std::string looked;
    for (const auto& path : candidates()) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
            looked += (looked.empty() ? "" : ", ") + path.string();
            continue;
        }
        void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            const char* why = dlerror();
            m.problem = "cannot load the PDF module " + path.string() + ": " + (why ? why : "unknown error");
            return m;
        }
        m.read = reinterpret_cast<ParallaxPdfTextFn>(dlsym(handle, kParallaxPdfTextSymbol));
        if (!m.read) m.problem = "the PDF module " + path.string() + " lacks " + kParallaxPdfTextSymbol;
        return m;  // the handle stays open for the life of the process
    }
    m.problem = std::string("cannot read PDF: the PDF module ") + PARALLAX_POPPLER_MODULE_NAME +
                " is not installed (looked for " + looked + ")";
    return m;
}

const Module& module() {
    static const Module m = open();  // thread-safe, once
    return m;
}

void collect(void* context, int part, const char* utf8, std::size_t size) {
    auto& c = *static_cast<PdfContent*>(context);
    std::string text = ingest::sanitizeUtf8(std::string_view(utf8, size));
    if (part == kParallaxPdfPage) c.pages.push_back(std::move(text));
    else if (part == kParallaxPdfTitle) c.title = std::move(text);
    else if (part == kParallaxPdfAuthor) c.author = std::move(text);
}

}  // namespace

Result<PdfContent> readPdfContent(std::string_view bytes) {
    const Module& m = module();
    if (!m.read) return Error{m.problem};
    PdfContent content;
    long long created = 0;
    if (const char* problem = m.read(bytes.data(), bytes.size(), &collect, &content, &created)) return Error{problem};
    content.created = static_cast<std::time_t>(created);
    return content;
}

}  // namespace parallax::formats::pdf
