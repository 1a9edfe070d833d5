// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordforms.h"

#include "analysis/compare/textfeatures.h"

#include <libstemmer.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace parallax::text {

namespace {

bool isCyrillic(char32_t c)
{
    return (c >= 0x0400 && c <= 0x04FF) || (c >= 0x0500 && c <= 0x052F);
}

// A Snowball stemmer holds the word it stems, so each thread has its own.
struct Stemmer
{
    explicit Stemmer(const char *algorithm)
        : handle(sb_stemmer_new(algorithm, "UTF_8"), &sb_stemmer_delete)
    {
    }
    QString stem(const QString &word) const
    {
        if (!handle)
            return word;
        const QByteArray utf8 = word.toUtf8();
        const sb_symbol *s = sb_stemmer_stem(handle.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                             int(utf8.size()));
        if (!s)
            return word;
        return QString::fromUtf8(reinterpret_cast<const char *>(s), sb_stemmer_length(handle.get()));
    }
    std::unique_ptr<sb_stemmer, void (*)(sb_stemmer *)> handle;
};

} // namespace

FormsLanguage formsLanguage(QStringView word)
{
    bool latin = false;
    bool cyrillic = false;
    for (const char32_t c : word.toUcs4()) {
        if (!QChar::isLetter(c))
            return FormsLanguage::None;
        if (isCyrillic(c))
            cyrillic = true;
        else if (QChar::script(c) == QChar::Script_Latin)
            latin = true;
        else
            return FormsLanguage::None;
    }
    if (latin == cyrillic)
        return FormsLanguage::None;
    return cyrillic ? FormsLanguage::Russian : FormsLanguage::English;
}

QString formKey(QStringView foldedWord)
{
    if (foldedWord.size() < 3)
        return {};
    const FormsLanguage language = formsLanguage(foldedWord);
    if (language == FormsLanguage::None)
        return {};
    const QString word = foldedWord.toString();
    if (compare::keynessStopwords().contains(word))
        return {};
    if (language == FormsLanguage::Russian) {
        // The stemmer takes -ов from a nominative (остров → остр, Лавров → лавр) but leaves it
        // on the stem of the other forms (островах → остров, Лаврова → лавров): such a stem is
        // stemmed again, unless that leaves under four letters (голова → голов, not гол).
        thread_local const Stemmer russian("russian");
        QString stem = russian.stem(word);
        if (stem.endsWith(u"ов"_s) || stem.endsWith(u"ев"_s)) {
            const QString again = russian.stem(stem);
            if (again.size() >= 4)
                stem = again;
        }
        return u'r' + stem;
    }
    // As the search index writes Latin words: café as cafe.
    QString plain;
    plain.reserve(word.size());
    for (const QChar c : word.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    }
    thread_local const Stemmer english("english");
    return u'e' + english.stem(plain);
}

QStringList formPrefixes(const QString &key)
{
    if (key.size() < 2)
        return {};
    QString stem = key.mid(1);
    if (key.front() == u'e') {
        if (stem.size() > 2 && stem.endsWith(u'i'))
            stem.chop(1);
        return {stem};
    }
    QStringList prefixes{stem};
    // Every е of the stem may be ё in the text: at most the first two, 4 prefixes.
    int varied = 0;
    for (qsizetype i = 0; i < stem.size() && varied < 2; ++i) {
        if (stem.at(i) != u'е')
            continue;
        ++varied;
        const QStringList before = prefixes;
        for (QString p : before) {
            p[i] = u'ё';
            prefixes << p;
        }
    }
    return prefixes;
}

} // namespace parallax::text
