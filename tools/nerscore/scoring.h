// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meantime.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace parallax::entities {
class EntityRecognizer;
}

namespace parallax::nerscore {

/** True positives, false positives and false negatives, and the measures made from them. */
struct Counts
{
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0.0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    Counts &operator+=(const Counts &o)
    {
        tp += o.tp;
        fp += o.fp;
        fn += o.fn;
        return *this;
    }
};

/** Scores per type (person, place, organization) and over all three. */
struct Scores
{
    Counts mention[3];
    Counts document[3];
    Counts mentionAll() const { return sum(mention); }
    Counts documentAll() const { return sum(document); }
    int documents = 0;
    QStringList errors; ///< "doc: FP/FN type 'text'" lines, for looking at what went wrong

    QJsonObject toJson() const;
    QString table() const;

private:
    static Counts sum(const Counts (&c)[3]);
};

/**
 * Runs the recogniser over the documents and scores it against their gold mentions, in the
 * annotated part of each document (the recogniser reads the whole text).
 * Mention level: a found mention counts when its type matches and its span is the gold span or
 * the name inside it (GoldMention::core). Document level: the set of distinct names (case-folded,
 * without a leading "the" or a possessive) per type per document.
 */
Scores score(const QList<GoldDocument> &documents, const entities::EntityRecognizer &recognizer);

/** The name used for document-level comparison. */
QString comparableName(const QString &name);

} // namespace parallax::nerscore
