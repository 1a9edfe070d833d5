// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordformsearch.h"

#include "sqlitestatement.h"
#include "text/wordforms.h"

#include <QHash>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace parallax::store {

namespace {

// The vocabulary of the word index, one row per distinct word.
constexpr char vocabularyTable[] = "parallax_terms";

struct Token
{
    enum Kind { Space, String, Bare, Punct } kind = Space;
    qsizetype start = 0;
    qsizetype end = 0;
};

// FTS5's barewords: ASCII letters, digits and _, the substitute character, and anything past ASCII.
bool isBareChar(QChar c)
{
    const char16_t u = c.unicode();
    return u > 127 || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
        || u == 0x1A;
}

QList<Token> lex(const QString &q)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = q.size();
    while (i < n) {
        Token t;
        t.start = i;
        const QChar c = q.at(i);
        if (c.isSpace()) {
            t.kind = Token::Space;
            while (i < n && q.at(i).isSpace())
                ++i;
        } else if (c == u'"') {
            t.kind = Token::String;
            ++i;
            while (i < n) {
                if (q.at(i) == u'"') {
                    if (i + 1 < n && q.at(i + 1) == u'"') {
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
        } else if (isBareChar(c)) {
            t.kind = Token::Bare;
            while (i < n && isBareChar(q.at(i)))
                ++i;
        } else {
            t.kind = Token::Punct;
            ++i;
        }
        t.end = i;
        tokens.append(t);
    }
    return tokens;
}

QStringList formsOf(sqlite3 *db, const QString &key, QString *error)
{
    QStringList forms;
    SqliteStatement q(db, u"SELECT term FROM temp.%1 WHERE term >= ?1 AND term < ?2"_s.arg(QLatin1StringView(vocabularyTable)));
    if (!q.get()) {
        if (error)
            *error = q.error();
        return forms;
    }
    for (const QString &prefix : text::formPrefixes(key)) {
        const QByteArray from = prefix.toUtf8();
        const QByteArray to = from + "\xf4\x8f\xbf\xbf"; // past every word that begins with the prefix
        sqlite3_reset(q.get());
        sqlite3_bind_text(q.get(), 1, from.constData(), int(from.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(q.get(), 2, to.constData(), int(to.size()), SQLITE_TRANSIENT);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            const QString term = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0)),
                                                   sqlite3_column_bytes(q.get(), 0));
            if (text::formKey(term) == key)
                forms << term;
        }
        if (rc != SQLITE_DONE) {
            if (error)
                *error = q.error();
            break;
        }
    }
    return forms;
}

} // namespace

ExpandedSearch expandWordForms(sqlite3 *db, const QString &query, QString *error)
{
    ExpandedSearch out;
    const QList<Token> tokens = lex(query);
    const auto text = [&](const Token &t) { return QStringView(query).mid(t.start, t.end - t.start); };
    const auto isPunct = [&](int i, char16_t c) {
        return i >= 0 && i < tokens.size() && tokens.at(i).kind == Token::Punct && query.at(tokens.at(i).start) == c;
    };
    const auto isOperator = [&](int i) {
        if (tokens.at(i).kind != Token::Bare)
            return false;
        const QStringView s = text(tokens.at(i));
        return s == u"AND" || s == u"OR" || s == u"NOT";
    };
    const auto nextSignificant = [&](int i) {
        for (++i; i < tokens.size(); ++i) {
            if (tokens.at(i).kind != Token::Space)
                return i;
        }
        return -1;
    };
    const auto previousSignificant = [&](int i) {
        for (--i; i >= 0; --i) {
            if (tokens.at(i).kind != Token::Space)
                return i;
        }
        return -1;
    };

    // Which barewords to widen, and where an operand follows another with no operator between
    // them. FTS5 reads "a (b OR c)" as an error, so once a word becomes a group, each such place
    // gets the AND that FTS5 otherwise implies.
    QList<QString> replacement(tokens.size());
    QList<bool> andBefore(tokens.size(), false);
    int braceDepth = 0;
    int nearDepth = 0; // parentheses open inside NEAR(…)
    bool afterOperand = false;
    bool widened = false;
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.kind == Token::Space)
            continue;
        const QChar c = query.at(t.start);
        if (nearDepth > 0) {
            if (t.kind == Token::Punct && c == u'(')
                ++nearDepth;
            else if (t.kind == Token::Punct && c == u')' && --nearDepth == 0)
                afterOperand = true;
            continue;
        }
        if (braceDepth > 0) {
            if (t.kind == Token::Punct && c == u'}')
                --braceDepth;
            continue;
        }
        const int next = nextSignificant(i);
        const bool startsOperand = (t.kind == Token::String || (t.kind == Token::Bare && !isOperator(i)))
            || (t.kind == Token::Punct && (c == u'(' || c == u'^' || c == u'{' || c == u'-'));
        if (startsOperand && afterOperand)
            andBefore[i] = true;
        if (t.kind == Token::Bare && text(t) == u"NEAR" && isPunct(next, u'(')) {
            nearDepth = 1;
            i = next;
            afterOperand = false;
            continue;
        }
        if (t.kind == Token::Punct) {
            if (c == u'{')
                ++braceDepth;
            afterOperand = c == u')' || c == u'*';
            continue;
        }
        if (t.kind == Token::String) {
            afterOperand = true;
            continue;
        }
        // A bareword: an operator, a column name, or a word of a phrase.
        if (isOperator(i)) {
            afterOperand = false;
            continue;
        }
        if (isPunct(next, u':')) {
            afterOperand = false;
            continue;
        }
        afterOperand = true;
        const int previous = previousSignificant(i);
        if (isPunct(next, u'*') || isPunct(next, u'+') || isPunct(previous, u'+') || isPunct(previous, u'^'))
            continue;
        const QString word = text(t).toString();
        const QString folded = word.toCaseFolded();
        const QString key = text::formKey(folded);
        if (key.isEmpty())
            continue;
        QStringList forms = formsOf(db, key, error);
        forms.removeAll(folded);
        forms.prepend(folded);
        if (forms.size() < 2)
            continue;
        QStringList quoted;
        for (const QString &f : std::as_const(forms))
            quoted << u'"' + f + u'"';
        replacement[i] = u'(' + quoted.join(u" OR "_s) + u')';
        out.words.append({word, forms});
        widened = true;
    }
    if (!widened) {
        out.match = query;
        return out;
    }
    for (int i = 0; i < tokens.size(); ++i) {
        if (andBefore.at(i))
            out.match += u"AND "_s;
        out.match += replacement.at(i).isNull() ? text(tokens.at(i)).toString() : replacement.at(i);
    }
    return out;
}

namespace {

// Each connection's widened searches, until the corpus changes.
struct FormsCache
{
    sqlite3_int64 changes = -1;
    unsigned dataVersion = 0;
    QHash<QString, QByteArray> matches;
};

void formsFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3 *db = sqlite3_context_db_handle(context);
    auto *cache = static_cast<FormsCache *>(sqlite3_user_data(context));
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])),
                                            sqlite3_value_bytes(argv[0]));
    unsigned version = 0;
    sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, &version);
    const sqlite3_int64 changes = sqlite3_total_changes64(db);
    if (version != cache->dataVersion || changes != cache->changes) {
        cache->matches.clear();
        cache->dataVersion = version;
        cache->changes = changes;
    }
    auto it = cache->matches.constFind(query);
    if (it == cache->matches.constEnd()) {
        QString error;
        const ExpandedSearch expanded = expandWordForms(db, query, &error);
        if (!error.isEmpty()) {
            const QByteArray message = u"the search cannot read the word index: %1"_s.arg(error).toUtf8();
            sqlite3_result_error(context, message.constData(), int(message.size()));
            return;
        }
        if (cache->matches.size() > 256)
            cache->matches.clear();
        it = cache->matches.insert(query, expanded.match.toUtf8());
    }
    sqlite3_result_text(context, it->constData(), int(it->size()), SQLITE_TRANSIENT);
}

} // namespace

bool installWordForms(sqlite3 *db, QString *error)
{
    char *message = nullptr;
    const QByteArray create = "CREATE VIRTUAL TABLE IF NOT EXISTS temp."_ba + vocabularyTable
        + " USING fts5vocab(main, articles_fts, row)";
    if (sqlite3_exec(db, create.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return false;
    }
    const int rc = sqlite3_create_function_v2(
        db, "parallax_forms", 1, SQLITE_UTF8, new FormsCache, formsFunction, nullptr, nullptr,
        [](void *p) { delete static_cast<FormsCache *>(p); });
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

} // namespace parallax::store
