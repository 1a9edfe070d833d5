// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfeatures.h"

#include "text/segmenter.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace parallax::compare {

namespace {

bool isLatinWord(QStringView w)
{
    for (QChar c : w) {
        if (c.isLetter() && c.unicode() > 0x24f)
            return false;
    }
    return true;
}

bool isConsonant(QChar c)
{
    return c.isLetter() && !u"aeiouy"_s.contains(c);
}

// "stopp" → "stop", but keep "ll", "ss" and "zz" ("fall", "pass").
QString undouble(QString w)
{
    const qsizetype n = w.size();
    if (n >= 3 && w.at(n - 1) == w.at(n - 2) && isConsonant(w.at(n - 1))
        && !u"lsz"_s.contains(w.at(n - 1)))
        w.chop(1);
    return w;
}

const QHash<QString, int> &numberWords()
{
    static const QHash<QString, int> words = {
        {u"zero"_s, 0},      {u"two"_s, 2},        {u"three"_s, 3},     {u"four"_s, 4},
        {u"five"_s, 5},      {u"six"_s, 6},        {u"seven"_s, 7},     {u"eight"_s, 8},
        {u"nine"_s, 9},      {u"ten"_s, 10},       {u"eleven"_s, 11},   {u"twelve"_s, 12},
        {u"thirteen"_s, 13}, {u"fourteen"_s, 14},  {u"fifteen"_s, 15},  {u"sixteen"_s, 16},
        {u"seventeen"_s, 17}, {u"eighteen"_s, 18}, {u"nineteen"_s, 19}, {u"twenty"_s, 20},
        {u"thirty"_s, 30},   {u"forty"_s, 40},     {u"fifty"_s, 50},    {u"sixty"_s, 60},
        {u"seventy"_s, 70},  {u"eighty"_s, 80},    {u"ninety"_s, 90},   {u"hundred"_s, 100},
        {u"thousand"_s, 1000}, {u"million"_s, 1000000}, {u"billion"_s, 1000000000},
        {u"dozen"_s, 12},
    };
    return words;
}

} // namespace

QString foldWord(QStringView word)
{
    QString w = word.toString().toCaseFolded();
    w.replace(u'’', u'\'');
    return w;
}

namespace {

// The lemma of a word already folded (folding twice changes nothing).
QString lemmaOfFolded(QString w)
{
    if (w.endsWith(u"'s"_s))
        w.chop(2);
    else if (w.endsWith(u'\''))
        w.chop(1);
    if (w.size() <= 3 || !isLatinWord(w) || w.at(w.size() - 1).isDigit())
        return w;
    if (w.endsWith(u"ies"_s) && w.size() > 4) {
        w.chop(3);
        w += u'y';
    } else if (w.endsWith(u"sses"_s) || w.endsWith(u"xes"_s) || w.endsWith(u"ches"_s)
               || w.endsWith(u"shes"_s) || w.endsWith(u"zes"_s)) {
        w.chop(2);
    } else if (w.endsWith(u's') && !w.endsWith(u"ss"_s) && !w.endsWith(u"us"_s)
               && !w.endsWith(u"is"_s)) {
        w.chop(1);
    } else if (w.endsWith(u"ied"_s) && w.size() > 4) {
        w.chop(3);
        w += u'y';
    } else if (w.endsWith(u"eed"_s)) {
        w.chop(1);
    } else if (w.endsWith(u"ed"_s) && w.size() > 4) {
        w.chop(2);
        w = undouble(w);
    } else if (w.endsWith(u"ing"_s) && w.size() > 5) {
        w.chop(3);
        w = undouble(w);
    }
    if (w.endsWith(u'e') && w.size() > 3 && !w.endsWith(u"ee"_s))
        w.chop(1);
    return w;
}

// The value of a number word already folded, or of a numeral.
QString numberValueOfFolded(const QString &w);

} // namespace

QString lemma(QStringView word)
{
    return lemmaOfFolded(foldWord(word));
}

QString numberValue(QStringView word)
{
    if (word.isEmpty())
        return {};
    return numberValueOfFolded(word.at(0).isDigit() ? word.toString() : foldWord(word));
}

namespace {

QString numberValueOfFolded(const QString &word)
{
    if (word.isEmpty())
        return {};
    if (word.at(0).isDigit()) {
        QString digits;
        for (QChar c : word) {
            if (c.isDigit() || c == u'.')
                digits += c;
            else if (c != u',')
                return {};
        }
        bool ok = false;
        const double v = digits.toDouble(&ok);
        return ok ? QString::number(v, 'g', 15) : QString();
    }
    const QString &w = word;
    const auto &table = numberWords();
    if (auto it = table.constFind(w); it != table.cend())
        return QString::number(*it);
    const qsizetype dash = w.indexOf(u'-');
    if (dash > 0) {
        const auto tens = table.constFind(w.left(dash));
        const auto units = table.constFind(w.mid(dash + 1));
        if (tens != table.cend() && units != table.cend() && *tens >= 20 && *tens < 100 && *units < 10)
            return QString::number(*tens + *units);
    }
    return {};
}

const QHash<QString, int> &monthNames()
{
    static const QHash<QString, int> months = {
        {u"january"_s, 1}, {u"february"_s, 2}, {u"march"_s, 3},     {u"april"_s, 4},
        {u"may"_s, 5},     {u"june"_s, 6},     {u"july"_s, 7},      {u"august"_s, 8},
        {u"september"_s, 9}, {u"october"_s, 10}, {u"november"_s, 11}, {u"december"_s, 12},
        {u"jan"_s, 1}, {u"feb"_s, 2}, {u"mar"_s, 3}, {u"apr"_s, 4}, {u"jun"_s, 6}, {u"jul"_s, 7},
        {u"aug"_s, 8}, {u"sep"_s, 9}, {u"sept"_s, 9}, {u"oct"_s, 10}, {u"nov"_s, 11}, {u"dec"_s, 12},
    };
    return months;
}

} // namespace

int monthNumber(QStringView word)
{
    return monthNames().value(foldWord(word), 0);
}

QSet<QString> readWordList(const QString &path)
{
    QSet<QString> words;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return words;
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            words.insert(foldWord(line));
    }
    return words;
}

const QSet<QString> &englishStopwords()
{
    static const QSet<QString> words = readWordList(u":/parallax/framing/stopwords-en.txt"_s);
    return words;
}

const QSet<QString> &keynessStopwords()
{
    static const QSet<QString> words = englishStopwords() + readWordList(u":/parallax/framing/stopwords-ru.txt"_s)
        + readWordList(u":/parallax/framing/stopwords-ja.txt"_s);
    return words;
}

const SynonymTable &SynonymTable::standard()
{
    static const SynonymTable table = [] {
        SynonymTable t;
        t.load(u":/parallax/framing/synonyms.tsv"_s);
        return t;
    }();
    return table;
}

QStringList SynonymTable::parse(const QString &text)
{
    QStringList problems;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList members;
        for (const QString &m : line.split(u'\t')) {
            if (!m.trimmed().isEmpty())
                members.append(m.trimmed());
        }
        if (members.size() < 2) {
            problems.append(u"line %1: a group needs at least two members separated by tabs"_s.arg(i + 1));
            continue;
        }
        addGroup(members);
    }
    return problems;
}

bool SynonymTable::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    const QStringList problems = parse(QString::fromUtf8(file.readAll()));
    if (error)
        *error = problems.join(u'\n');
    return problems.isEmpty();
}

void SynonymTable::addGroup(const QStringList &members)
{
    auto phraseKey = [](const QString &phrase) {
        QStringList lemmas;
        for (const Span &w : text::words(phrase))
            lemmas.append(lemma(QStringView(phrase).mid(w.start, w.length())));
        return lemmas;
    };
    const QString group = phraseKey(members.first()).join(u' ');
    for (const QString &m : members) {
        const QStringList lemmas = phraseKey(m);
        if (lemmas.isEmpty())
            continue;
        m_maxWords = std::max(m_maxWords, int(lemmas.size()));
        m_phraseToGroup.insert(lemmas.join(u' '), group);
        if (lemmas.size() >= 2)
            m_phraseStarts.insert(lemmas.first());
    }
}

TermFeatures extractFeatures(const QString &text, Span within, const SynonymTable &synonyms,
                             const QSet<QString> &stopwords)
{
    struct Token
    {
        QString folded;
        QString lemma;
    };
    QList<Token> tokens;
    for (const Span &w : text::words(text, within)) {
        QString folded = foldWord(QStringView(text).mid(w.start, w.length()));
        QString lemma = lemmaOfFolded(folded);
        tokens.append({std::move(folded), std::move(lemma)});
    }
    TermFeatures f;
    const int n = int(tokens.size());
    int i = 0;
    while (i < n) {
        const Token &t = tokens.at(i);
        if (const QString number = numberValueOfFolded(t.folded); !number.isEmpty()) {
            f.numbers.append(number);
            // What is counted: the next few content words ("five fields" → "5 field").
            int taken = 0;
            for (int k = i + 1; k < n && k <= i + 4 && taken < 3; ++k) {
                const Token &next = tokens.at(k);
                if (stopwords.contains(next.folded) || !numberValueOfFolded(next.folded).isEmpty())
                    continue;
                const QString group = synonyms.groupOf(next.lemma);
                f.quantities.append(number + u' ' + (group.isEmpty() ? next.lemma : group));
                ++taken;
            }
            ++i;
            continue;
        }
        if (const int month = monthNames().value(t.folded, 0); month > 0) {
            // "December 19" or "19 December"; a month alone is a content word.
            auto day = [&](int k) {
                if (k < 0 || k >= n)
                    return 0;
                const int d = tokens.at(k).folded.toInt();
                return d >= 1 && d <= 31 ? d : 0;
            };
            const int d = day(i + 1) ? day(i + 1) : day(i - 1);
            if (d > 0)
                f.dates.append(u"%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(d, 2, 10, QChar(u'0')));
        }
        // The longest synonym phrase starting here (only lemmas that start one are tried).
        int taken = 0;
        const int longest = synonyms.startsPhrase(t.lemma) ? std::min(synonyms.maxPhraseWords(), n - i) : 0;
        for (int len = longest; len >= 2 && taken == 0; --len) {
            QString phrase = t.lemma;
            for (int k = 1; k < len; ++k)
                phrase += u' ' + tokens.at(i + k).lemma;
            if (const QString group = synonyms.groupOf(phrase); !group.isEmpty()) {
                f.words.append(group);
                taken = len;
            }
        }
        if (taken > 0) {
            i += taken;
            continue;
        }
        if (!stopwords.contains(t.folded) && t.lemma.size() > 1) {
            const QString group = synonyms.groupOf(t.lemma);
            f.words.append(group.isEmpty() ? t.lemma : group);
        }
        ++i;
    }
    return f;
}

} // namespace parallax::compare
