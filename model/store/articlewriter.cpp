// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlewriter.h"

#include "store/pairingstore.h"

#include "analysis/dates/timexinterval.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

// NOT NULL text columns take an empty string for a null QString.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

ArticleWriter::ArticleWriter(const QSqlDatabase &db)
    : m_article(db, uR"(INSERT INTO articles(source, content_hash, title, title_provenance, dateline, outlet,
                    outlet_provenance, country, country_provenance, language, published, date_provenance,
                    date_reason, encoding, body, words, imported_at)
                  VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?))"_s)
    , m_sentence(db, u"INSERT INTO sentences(article_id, idx, start, end) VALUES (?,?,?,?)"_s)
    , m_paragraph(db, u"INSERT INTO paragraphs(article_id, idx, start, end) VALUES (?,?,?,?)"_s)
    , m_timex(db, uR"(INSERT INTO time_expressions(article_id, idx, start, end, surface, type, value, mod,
                     anchor, sentence, first_day, last_day) VALUES (?,?,?,?,?,?,?,?,?,?,?,?))"_s)
    , m_mentionDays(db)
    , m_articleDays(db)
    , m_framing(db, u"INSERT INTO framing_hits (article_id, start, end, entry, term, concept, side) "
                    u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
    , m_pairing(db, u"INSERT OR REPLACE INTO pairing_keys (article_id, words, numbers) VALUES (?, ?, ?)"_s)
{
}

bool ArticleWriter::fail(const QString &what, const RowInserter &q)
{
    m_error = u"%1: %2"_s.arg(what, q.lastError());
    return false;
}

bool ArticleWriter::insertArticle(Article &a, int words)
{
    m_article.bind(text(a.source))
        .bind(text(a.contentHash))
        .bind(text(a.title))
        .bind(provenanceName(a.titleProvenance))
        .bind(text(a.dateline))
        .bind(text(a.outlet))
        .bind(provenanceName(a.outletProvenance))
        .bind(text(a.country))
        .bind(provenanceName(a.countryProvenance))
        .bind(text(a.language));
    if (a.published.isValid())
        m_article.bind(a.published.toString(Qt::ISODate));
    else
        m_article.bindNull();
    m_article.bind(provenanceName(a.dateProvenance))
        .bind(text(a.dateReason))
        .bind(text(a.encoding))
        .bind(text(a.body))
        .bind(words)
        .bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!m_article.exec())
        return fail(u"cannot store article %1"_s.arg(a.source), m_article);
    a.id = m_article.lastInsertId();
    return true;
}

bool ArticleWriter::insertAnalysis(const Article &a, const analysis::AnalysisResult &analysis)
{
    for (const auto &[q, spans, what] : {std::tuple{&m_sentence, &a.sentences, u"sentences"_s},
                                         std::tuple{&m_paragraph, &a.paragraphs, u"paragraphs"_s}}) {
        for (int i = 0; i < spans->size(); ++i) {
            if (!q->bind(a.id).bind(i).bind(spans->at(i).start).bind(spans->at(i).end).exec())
                return fail(u"cannot store the %1 of %2"_s.arg(what, a.source), *q);
        }
    }
    QList<std::pair<QString, QString>> dated;
    QList<std::pair<QDate, QDate>> packed; // what time_expressions holds with both days
    for (int i = 0; i < analysis.timeExpressions.size(); ++i) {
        const analysis::TimeExpression &e = analysis.timeExpressions.at(i);
        std::optional<analysis::DayRange> days;
        if (e.type == analysis::TimexType::Date || e.type == analysis::TimexType::Time)
            days = analysis::dayRange(e.value);
        m_timex.bind(a.id).bind(i).bind(e.span.start).bind(e.span.end).bind(text(e.surface))
            .bind(analysis::timexTypeName(e.type)).bind(text(e.value)).bind(text(e.mod)).bind(text(e.anchor))
            .bind(e.sentence);
        if (days) {
            dated.append({days->first.toString(Qt::ISODate), days->last.toString(Qt::ISODate)});
            m_timex.bind(dated.last().first).bind(dated.last().second);
            if (!dated.last().first.isNull() && !dated.last().second.isNull())
                packed.append({days->first, days->last});
        } else {
            m_timex.bindNull().bindNull();
        }
        if (!m_timex.exec())
            return fail(u"cannot store the time expressions of %1"_s.arg(a.source), m_timex);
    }
    if (!m_mentionDays.add(a.id, text(a.country), dated)) {
        m_error = m_mentionDays.lastError();
        return false;
    }
    if (!m_articleDays.write(a.id, text(a.country), packed)) {
        m_error = m_articleDays.lastError();
        return false;
    }
    for (const framing::FramingHit &h : analysis.framingHits) {
        if (!m_framing.bind(a.id).bind(h.span.start).bind(h.span.end).bind(h.entry).bind(text(h.term))
                 .bind(text(h.conceptName)).bind(text(h.side)).exec())
            return fail(u"cannot store the framing hits of %1"_s.arg(a.source), m_framing);
    }
    if (analysis.hasPairingKeys
        && !m_pairing.bind(a.id)
                .bind(analysis.pairingWordsPacked.isNull() ? packPairingWords(analysis.pairingWords)
                                                           : analysis.pairingWordsPacked)
                .bind(text(analysis.pairingNumbers.join(u' '))).exec())
        return fail(u"cannot store the pairing keys of %1"_s.arg(a.source), m_pairing);
    return true;
}

} // namespace parallax::store
