#include "ui/views/factsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parallax::ui {
namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QTableWidgetItem* cell(const std::string& text) {
    auto* item = new QTableWidgetItem(QString::fromStdString(text));
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(item->text());
    return item;
}
}  // namespace

FactsDialog::FactsDialog(QWidget* parent)
    : QDialog(parent),
      m_info(new QLabel(this)),
      m_table(new QTableWidget(0, 4, this)),
      m_file(new QLabel(this)),
      m_remove(new QPushButton(tr("&Remove"), this)),
      m_dropFile(new QPushButton(tr("&Stop Using File"), this)) {
    setObjectName(QStringLiteral("factsDialog"));
    setWindowTitle(tr("Reference facts"));
    m_info->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("factsTable"));
    m_table->setHorizontalHeaderLabels({tr("Subject"), tr("Attribute"), tr("Value"), tr("Source")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Delete removes the selected fact from the keyboard; the button's tooltip says so.
    auto* del = new QAction(m_table);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(del);
    connect(del, &QAction::triggered, m_remove, &QPushButton::click);
    m_remove->setToolTip(tr("Remove the selected fact (%1)").arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));
    m_dropFile->setToolTip(tr("Check the articles without the loaded facts file"));
    m_remove->setAutoDefault(false);
    m_dropFile->setAutoDefault(false);

    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const std::int64_t id = selectedFact(); id >= 0) emit removeRequested(id);
    });
    connect(m_dropFile, &QPushButton::clicked, this, &FactsDialog::dropFileRequested);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FactsDialog::updateButtons);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_dropFile);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);
    layout->addLayout(fileRow);
    layout->addLayout(buttons);
    resize(760, 380);
    updateButtons();
}

void FactsDialog::setFacts(const std::vector<store::StoredFact>& facts, const QString& factsFile, const QString& error) {
    const std::int64_t keep = selectedFact();
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(facts.size()));
    int row = 0;
    for (const store::StoredFact& f : facts) {
        QTableWidgetItem* subject = cell(f.fact.subject);
        subject->setData(kIdRole, QVariant::fromValue<qint64>(f.id));
        m_table->setItem(row, 0, subject);
        m_table->setItem(row, 1, cell(f.fact.attribute));
        m_table->setItem(row, 2, cell(f.fact.value));
        m_table->setItem(row, 3, cell(f.fact.source));
        if (f.id == keep) m_table->selectRow(row);
        ++row;
    }
    m_table->resizeColumnsToContents();
    if (!error.isEmpty()) m_info->setText(error);
    else if (facts.empty())
        m_info->setText(tr("No reference facts are kept for this folder. Pick “Use this as the reference” under a "
                           "conflict's evidence to add one."));
    else
        m_info->setText(tr("Every article of the folder is checked against these facts; a disagreement shows as a "
                           "conflict with the reference."));
    m_file->setText(factsFile.isEmpty() ? tr("No facts file loaded.")
                                        : tr("Also checked against the facts file %1").arg(QDir::toNativeSeparators(factsFile)));
    m_dropFile->setVisible(!factsFile.isEmpty());
    updateButtons();
}

std::int64_t FactsDialog::selectedFact() const {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    for (QTableWidgetItem* item : items)
        if (QTableWidgetItem* first = m_table->item(item->row(), 0)) return first->data(kIdRole).toLongLong();
    return -1;
}

void FactsDialog::updateButtons() { m_remove->setEnabled(selectedFact() >= 0); }

}  // namespace parallax::ui
