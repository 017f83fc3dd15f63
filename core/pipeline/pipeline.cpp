// STUB: replaced by the pipeline (issue 2/3).
#include "core/pipeline/pipeline.h"
namespace parallax::pipeline {
Run analyzeFolder(const Options& options, ProgressSink*, const CancelToken*, const ArticlesReady&) {
    Run run;
    run.result.folder = options.folder.string();
    return run;
}
}  // namespace parallax::pipeline
