#pragma once
/// @file analysiscontroller.h  Runs the pipeline off the GUI thread, one generation at a time.
#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

#include "core/pipeline/pipeline.h"
#include "ui/analysisdata.h"

namespace parallax::ui {

/// Starts analyses on a worker thread (QtConcurrent). Each start() bumps a generation number and cancels
/// the previous run; anything a stale run reports is dropped. Signals are emitted on the GUI thread.
class AnalysisController : public QObject {
    Q_OBJECT
public:
    using AnalyzeFn = std::function<pipeline::Run(const pipeline::Options&, ProgressSink*, const CancelToken*,
                                                  const pipeline::ArticlesReady&)>;
    /// The same with the stories-ready callback (pipeline::analyzeFolder's full signature).
    using StagedAnalyzeFn = std::function<pipeline::Run(const pipeline::Options&, ProgressSink*, const CancelToken*,
                                                        const pipeline::ArticlesReady&, const pipeline::StoriesReady&)>;

    /// `analyze` defaults to pipeline::analyzeFolder; tests pass their own (which then reports no early stories).
    explicit AnalysisController(AnalyzeFn analyze = {}, QObject* parent = nullptr);
    explicit AnalysisController(StagedAnalyzeFn analyze, QObject* parent = nullptr);
    /// Cancels a running analysis and waits for its thread (which stops at its next cancel check).
    ~AnalysisController() override;

    void start(const pipeline::Options& options);
    void cancel();
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] quint64 generation() const { return m_generation; }

signals:
    void started(const QString& folder);
    void progressed(const QString& stage, qulonglong done, qulonglong total, const QString& item);
    /// The articles are read; stories are not built yet (a provisional AnalysisData with one pseudo-story).
    void articlesReady(parallax::ui::AnalysisPtr analysis);
    /// The stories are built; alignment and conflicts follow (AnalysisData::Phase::Comparing).
    void storiesReady(parallax::ui::AnalysisPtr analysis);
    void finished(parallax::ui::AnalysisPtr analysis);
    void cancelled();
    void failed(const QString& message);

private:
    struct Job;
    void deliver(quint64 generation, std::function<void()> emitFn);

    StagedAnalyzeFn m_analyze;
    quint64 m_generation = 0;
    bool m_busy = false;
    std::shared_ptr<Job> m_job;
    QList<QFuture<void>> m_running;
};

}  // namespace parallax::ui
