#pragma once
/// @file factsdialog.h  Lists the reference facts kept for the open folder and lets the user remove them.
#include <QDialog>

#include <cstdint>
#include <vector>

#include "core/store/library.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace parallax::ui {

/// A view only: it shows what it is given and asks for removals by signal; ReferenceController reads and
/// writes the library and refreshes the dialog.
class FactsDialog : public QDialog {
    Q_OBJECT
public:
    explicit FactsDialog(QWidget* parent = nullptr);

    /// Shows these facts (subject, attribute, value, source), the facts file in use (empty: none) and, when
    /// not empty, an error in place of the explanation.
    void setFacts(const std::vector<store::StoredFact>& facts, const QString& factsFile, const QString& error = {});
    /// The fact of the selected row, or -1.
    [[nodiscard]] std::int64_t selectedFact() const;

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }
    [[nodiscard]] QPushButton* dropFileButton() const { return m_dropFile; }

signals:
    /// Remove the stored fact with this id.
    void removeRequested(std::int64_t factId);
    /// Stop checking against the loaded facts file.
    void dropFileRequested();

private:
    void updateButtons();

    QLabel* m_info;
    QTableWidget* m_table;
    QLabel* m_file;
    QPushButton* m_remove;
    QPushButton* m_dropFile;
};

}  // namespace parallax::ui
