#include "core/cli/pdf_hook.h"

namespace parallax::cli {
namespace {
PdfPrinter& slot() {
    static PdfPrinter printer;
    return printer;
}
}  // namespace

void setPdfPrinter(PdfPrinter printer) { slot() = std::move(printer); }
const PdfPrinter& pdfPrinter() { return slot(); }

}  // namespace parallax::cli
