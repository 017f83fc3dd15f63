// The poppler module: the only code that calls poppler-cpp, built as a shared module that the PDF reader
// loads on demand (see poppler_module_api.h).
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>

#include "core/formats/pdf/poppler_module_api.h"

namespace {

void quiet(const std::string&, void*) {}

void send(ParallaxPdfSink sink, void* context, int part, const poppler::ustring& s) {
    const poppler::byte_array bytes = s.to_utf8();
    sink(context, part, bytes.data(), bytes.size());
}

}  // namespace

extern "C" __attribute__((visibility("default"))) const char* parallax_pdf_text_v1(const char* bytes,
                                                                                   std::size_t size,
                                                                                   ParallaxPdfSink sink,
                                                                                   void* context,
                                                                                   long long* created) {
    try {
        if (size > static_cast<std::size_t>(INT_MAX)) return "PDF too large";
        static const bool silenced = [] {
            poppler::set_debug_error_function(quiet, nullptr);  // poppler would print parse warnings to stderr
            return true;
        }();
        (void)silenced;
        std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes, static_cast<int>(size)));
        if (!doc) return "damaged or unsupported PDF";
        if (doc->is_locked()) return "password-protected PDF";
        for (int i = 0; i < doc->pages(); ++i) {
            std::unique_ptr<poppler::page> page(doc->create_page(i));
            if (page) send(sink, context, kParallaxPdfPage, page->text(poppler::rectf(), poppler::page::raw_order_layout));
        }
        send(sink, context, kParallaxPdfTitle, doc->info_key("Title"));
        send(sink, context, kParallaxPdfAuthor, doc->info_key("Author"));
        *created = static_cast<long long>(doc->info_date_t("CreationDate"));
        return nullptr;
    } catch (...) {  // nothing may cross the C boundary
        return "PDF reader failed";
    }
}
