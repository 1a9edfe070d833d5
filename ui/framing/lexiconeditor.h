// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace parallax {
namespace framing {
class LexiconDocument;
}
namespace itemmodels {
class LexiconModel;
}
} // namespace parallax

namespace parallax::ui {

/**
 * The lexicon table editor: the user's lexicon entries (term, concept, side, note), edited in
 * place or added and deleted with the buttons, undoable, imported from and exported to CSV.
 */
class LexiconEditor final : public QWidget
{
    Q_OBJECT
public:
    LexiconEditor(framing::LexiconDocument &document, QWidget *parent = nullptr);
    itemmodels::LexiconModel &model() const { return *m_model; }
    QTableView *table() const { return m_table; }

private:
    void addEntry();
    void deleteSelected();
    void importCsv();
    void exportCsv();
    void showProblem(const QString &text);

    framing::LexiconDocument &m_doc;
    itemmodels::LexiconModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace parallax::ui
