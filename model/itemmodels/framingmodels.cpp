// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framingmodels.h"

#include "itemmodels/roles.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace parallax::itemmodels {

namespace {

QString fieldName(const QString &country)
{
    return country == framing::unknownCountry ? u"unknown"_s : country;
}

} // namespace

QString countryLabel(const QString &country)
{
    return country.isEmpty() || country == framing::unknownCountry ? FramingTableModel::tr("unknown") : country;
}

QString keynessGroupLabel(query::KeynessGrouping grouping, const QString &key)
{
    if (grouping == query::KeynessGrouping::Language && key != framing::unknownCountry) {
        const QLocale::Language language = QLocale::codeToLanguage(key);
        if (language != QLocale::AnyLanguage && language != QLocale::C)
            return u"%1 (%2)"_s.arg(QLocale::languageToString(language), key);
    }
    return countryLabel(key);
}

void FramingTableModel::setTable(const framing::FramingTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

QString FramingTableModel::warning() const
{
    return m_table.warnings.join(u"\n"_s);
}

int FramingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.cells.size());
}

int FramingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FramingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const framing::FramingCell &c = m_table.cells.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Concept: return c.conceptName;
    case Term: return c.term;
    case Side: return c.side;
    case Country: return role == Qt::DisplayRole ? countryLabel(c.country) : c.country;
    case Count: return c.count;
    case Articles: return c.articles;
    case PerThousand:
        return role == Qt::DisplayRole ? QVariant(QString::number(c.perThousandWords, 'f', 3))
                                       : QVariant(c.perThousandWords);
    case ColumnCount: break;
    }
    return {};
}

QVariant FramingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {"concept", "term", "side", "country", "count", "articles",
                                        "per_1000_words"};
    switch (role) {
    case FieldNameRole: return QString::fromLatin1(names[section]);
    case Qt::DisplayRole:
        switch (Column(section)) {
        case Concept: return tr("Concept");
        case Term: return tr("Term");
        case Side: return tr("Side");
        case Country: return tr("Country");
        case Count: return tr("Hits");
        case Articles: return tr("Articles");
        case PerThousand: return tr("Per 1,000 words");
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole:
        switch (Column(section)) {
        case Side: return tr("Whose usage the term marks: JP, RU or neutral");
        case Country: return tr("The country of the outlets that published the articles");
        case Count: return tr("How often the term occurs in that country's articles");
        case Articles: return tr("Articles of that country with the term at least once");
        case PerThousand: return tr("Hits per 1,000 words of that country's articles, so that countries "
                                    "with more articles compare fairly");
        default: break;
        }
        break;
    default: break;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void KeynessModel::setRows(const QList<compare::KeynessRow> &rows, const QString &groupA, const QString &groupB)
{
    beginResetModel();
    m_rows = rows;
    m_groupA = groupA;
    m_groupB = groupB;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, CountA, CountB);
}

int KeynessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeynessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeynessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const compare::KeynessRow &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() != Term ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Term && !r.forms.isEmpty())
        return tr("Counted with its other forms: %1").arg(r.forms.mid(1).join(u", "_s));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (Column(index.column())) {
    case Term: return r.term;
    case G2: return display ? QVariant(QString::number(r.g2, 'f', 2)) : QVariant(r.g2);
    case LogRatio: return display ? QVariant(QString::number(r.logRatio, 'f', 2)) : QVariant(r.logRatio);
    case CountA: return r.countA;
    case CountB: return r.countB;
    case ColumnCount: break;
    }
    return {};
}

QVariant KeynessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = Column(section);
    switch (role) {
    case FieldNameRole:
        switch (column) {
        case Term: return u"term"_s;
        case G2: return u"g2"_s;
        case LogRatio: return u"log_ratio"_s;
        case CountA: return m_groupA.isEmpty() ? u"count_a"_s : u"count_"_s + fieldName(m_groupA);
        case CountB: return m_groupB.isEmpty() ? u"count_b"_s : u"count_"_s + fieldName(m_groupB);
        case ColumnCount: break;
        }
        break;
    case Qt::DisplayRole:
        switch (column) {
        case Term: return tr("Term");
        case G2: return tr("G²");
        case LogRatio: return tr("Log ratio");
        case CountA: return m_groupA.isEmpty() ? tr("Count A") : tr("In %1").arg(countryLabel(m_groupA));
        case CountB: return m_groupB.isEmpty() ? tr("Count B") : tr("In %1").arg(countryLabel(m_groupB));
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case G2: return tr("Log-likelihood (G²): how sure it is that the term is used more by one group "
                           "than chance allows; above 3.84 is significant at p < 0.05");
        case LogRatio: return tr("Binary log of the ratio of the term's relative frequencies: 1 is twice "
                                 "as frequent in the first group, −1 in the second");
        case CountA:
        case CountB: return tr("How often the term occurs in the group's articles");
        default: break;
        }
        break;
    default: break;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace parallax::itemmodels
