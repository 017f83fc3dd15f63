#include "ui/controllers/analysiscontroller.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <chrono>
#include <exception>

namespace parallax::ui {
namespace {

using Clock = std::chrono::steady_clock;

// Forwards pipeline progress to the GUI thread at most every 40 ms (plus each stage's end), so a fast
// pipeline cannot flood the event queue.
class ThrottledSink : public ProgressSink {
public:
    using Post = std::function<void(Stage, std::size_t, std::size_t, std::string)>;
    explicit ThrottledSink(Post post) : m_post(std::move(post)) {}
    void progress(Stage stage, std::size_t done, std::size_t total, std::string_view item) override {
        const auto now = Clock::now().time_since_epoch().count();
        auto last = m_last.load(std::memory_order_relaxed);
        const bool end = done >= total;
        if (!end && now - last < std::chrono::duration_cast<Clock::duration>(std::chrono::milliseconds(40)).count()) return;
        if (!end && !m_last.compare_exchange_strong(last, now)) return;
        m_post(stage, done, total, std::string(item));
    }

private:
    Post m_post;
    std::atomic<Clock::rep> m_last{0};
};

}  // namespace

struct AnalysisController::Job {
    quint64 generation = 0;
    CancelToken cancel;
};

AnalysisController::AnalysisController(StagedAnalyzeFn analyze, QObject* parent)
    : QObject(parent), m_analyze(analyze ? std::move(analyze) : StagedAnalyzeFn(&pipeline::analyzeFolder)) {}

AnalysisController::AnalysisController(AnalyzeFn analyze, QObject* parent)
    : AnalysisController(
          analyze ? StagedAnalyzeFn([analyze](const pipeline::Options& o, ProgressSink* p, const CancelToken* c,
                                              const pipeline::ArticlesReady& a, const pipeline::StoriesReady&) {
              return analyze(o, p, c, a);
          })
                  : StagedAnalyzeFn(),
          parent) {}

AnalysisController::~AnalysisController() {
    if (m_job) m_job->cancel.cancel();
    for (auto& f : m_running) f.waitForFinished();
}

void AnalysisController::deliver(quint64 generation, std::function<void()> emitFn) {
    // Queued to the GUI thread; the generation check there drops whatever a superseded run says.
    QMetaObject::invokeMethod(
        this,
        [this, generation, fn = std::move(emitFn)] {
            if (generation == m_generation) fn();
        },
        Qt::QueuedConnection);
}

void AnalysisController::start(const pipeline::Options& options) {
    if (m_job) m_job->cancel.cancel();
    // Forget futures that are done so the list stays short.
    m_running.erase(std::remove_if(m_running.begin(), m_running.end(), [](const QFuture<void>& f) { return f.isFinished(); }),
                    m_running.end());
    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    m_job = job;
    m_busy = true;
    emit started(QString::fromStdString(options.folder.string()));

    const quint64 gen = job->generation;
    StagedAnalyzeFn analyze = m_analyze;
    m_running.append(QtConcurrent::run([this, job, gen, analyze, options] {
        ThrottledSink sink([this, gen](Stage stage, std::size_t done, std::size_t total, std::string item) {
            deliver(gen, [this, stage, done, total, item] {
                emit progressed(qs(std::string(toString(stage))), done, total, qs(item));
            });
        });
        auto onArticles = [this, gen, folder = options.folder.string()](const std::vector<Article>& articles) {
            AnalysisResult partial;
            partial.folder = folder;
            partial.articles = articles;
            Story all;
            all.id = "(reading)";
            all.label = "Reading and comparing…";
            for (const auto& a : articles) all.articles.push_back(a.id);
            partial.stories.push_back(std::move(all));
            auto data = std::make_shared<const AnalysisData>(std::move(partial), AnalysisData::Phase::Reading);
            deliver(gen, [this, data] { emit articlesReady(data); });
        };
        auto onStories = [this, gen](const AnalysisResult& partial) {
            // A copy, because the pipeline goes on filling its own result; the look-up tables are built here too.
            auto data = std::make_shared<const AnalysisData>(partial, AnalysisData::Phase::Comparing);
            deliver(gen, [this, data] { emit storiesReady(data); });
        };
        pipeline::Run run;
        try {
            run = analyze(options, &sink, &job->cancel, onArticles, onStories);
        } catch (const std::exception& e) {  // exceptions never cross the thread boundary
            run.outcome = pipeline::Outcome::Failed;
            run.error = e.what();
        } catch (...) {
            run.outcome = pipeline::Outcome::Failed;
            run.error = "unknown error";
        }
        if (job->cancel.cancelled() && run.outcome == pipeline::Outcome::Ok) run.outcome = pipeline::Outcome::Cancelled;
        switch (run.outcome) {
            case pipeline::Outcome::Ok: {
                // The look-up tables are built here, on the worker, so the GUI thread only swaps a pointer.
                auto data = std::make_shared<const AnalysisData>(std::move(run.result));
                deliver(gen, [this, data] {
                    m_busy = false;
                    emit finished(data);
                });
                break;
            }
            case pipeline::Outcome::Cancelled:
                deliver(gen, [this] {
                    m_busy = false;
                    emit cancelled();
                });
                break;
            case pipeline::Outcome::Failed:
                deliver(gen, [this, msg = qs(run.error)] {
                    m_busy = false;
                    emit failed(msg);
                });
                break;
        }
    }));
}

void AnalysisController::cancel() {
    if (m_job) m_job->cancel.cancel();
}

}  // namespace parallax::ui
