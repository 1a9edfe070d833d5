// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "corpus/defaultcorpus.h"
#include "query/timeline.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unicode/uchar.h>

using namespace Qt::StringLiterals;

namespace parallax::cli {

bool Context::takeFlag(const QString &flag)
{
    return args.removeAll(flag) > 0;
}

std::optional<QString> Context::takeOption(const QString &name)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == name && i + 1 < args.size()) {
            const QString v = args.at(i + 1);
            args.remove(i, 2);
            return v;
        }
        if (args.at(i).startsWith(name + u'=')) {
            const QString v = args.at(i).mid(name.size() + 1);
            args.remove(i);
            return v;
        }
    }
    return std::nullopt;
}

bool Context::rejectUnknownOptions(const QString &usage)
{
    for (const QString &a : std::as_const(args)) {
        if (a.startsWith(u"--"_s) || (a.startsWith(u'-') && a.size() > 1 && !a.at(1).isDigit())) {
            usageError(u"unknown option %1"_s.arg(a), usage);
            return false;
        }
    }
    return true;
}

int Context::usageError(const QString &message, const QString &usage)
{
    err << "parallax: " << message << "\nusage: parallax [--db FILE] " << usage << Qt::endl;
    return Usage;
}

bool Context::takeScope(store::ArticleFilter *scope, const QString &usage, bool withCountry)
{
    scope->search = takeOption(u"--search"_s).value_or(QString()).trimmed();
    scope->outlet = takeOption(u"--outlet"_s).value_or(QString());
    if (withCountry)
        scope->country = takeOption(u"--country"_s).value_or(QString()).toUpper();
    const auto fromText = takeOption(u"--from"_s);
    const auto toText = takeOption(u"--to"_s);
    if (fromText && !(scope->from = query::daysNamed(*fromText).first).isValid()) {
        usageError(u"--from needs a date (2019-12-19, 2019-12 or 2019), not '%1'"_s.arg(*fromText), usage);
        return false;
    }
    if (toText && !(scope->to = query::daysNamed(*toText).second).isValid()) {
        usageError(u"--to needs a date (2019-12-19, 2019-12 or 2019), not '%1'"_s.arg(*toText), usage);
        return false;
    }
    if (scope->from.isValid() && scope->to.isValid() && scope->to < scope->from) {
        usageError(u"--to is before --from"_s, usage);
        return false;
    }
    return true;
}

void Context::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

JsonArrayWriter::JsonArrayWriter(QTextStream &out)
    : m_out(out)
{
    m_out << "[\n";
}

JsonArrayWriter::~JsonArrayWriter()
{
    finish();
}

void JsonArrayWriter::append(const QJsonObject &element)
{
    // The element as an indented document, one level deeper: what QJsonDocument writes for it
    // inside an array.
    const QByteArray text = QJsonDocument(element).toJson(QJsonDocument::Indented);
    QByteArray nested;
    nested.reserve(text.size() + text.count('\n') * 4 + 2);
    for (const QByteArray &line : QByteArrayView(text).chopped(1).toByteArray().split('\n'))
        nested += "    " + line + '\n';
    nested.chop(1);
    if (m_count++ > 0)
        m_out << ",\n";
    m_out << QString::fromUtf8(nested);
}

void JsonArrayWriter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_out << (m_count > 0 ? "\n]\n" : "]\n");
    m_out.flush();
}

namespace {

int columnsOf(char32_t c)
{
    switch (u_charType(UChar32(c))) {
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
    case U_CONTROL_CHAR:
        return 0;
    default:
        break;
    }
    const int width = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

} // namespace

int displayWidth(QStringView text)
{
    int columns = 0;
    for (char32_t c : text.toUcs4())
        columns += columnsOf(c);
    return columns;
}

QString elideToWidth(const QString &text, int maxColumns)
{
    if (displayWidth(text) <= maxColumns)
        return text;
    QString cut;
    int columns = 0;
    for (char32_t c : text.toUcs4()) {
        const int w = columnsOf(c);
        if (columns + w > maxColumns - 1) // room for the "…"
            break;
        cut += QString::fromUcs4(&c, 1);
        columns += w;
    }
    return cut + u'…';
}

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths.append(displayWidth(h));
    for (const QStringList &r : rows) {
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(r.at(i)));
    }
    auto line = [&](const QStringList &cells) {
        QString s;
        for (int i = 0; i < cells.size(); ++i) {
            s += cells.at(i);
            if (i + 1 < cells.size())
                s += QString(widths.at(i) + 2 - displayWidth(cells.at(i)), u' ');
        }
        out << s << '\n';
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    out.flush();
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        importCommand(),
        removeCommand(),
        compactCommand(),
        articlesCommand(),
        showCommand(),
        searchCommand(),
        formsCommand(),
        concordanceCommand(),
        pairsCommand(),
        compareCommand(),
        framingCommand(),
        keynessCommand(),
        annotateCommand(),
        annotationsCommand(),
        tagsCommand(),
        eventsCommand(),
        entitiesCommand(),
        mentionsCommand(),
        cooccurCommand(),
        entityEditCommand(),
        exportChartCommand(),
    };
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

GlobalOptions parseGlobal(const QStringList &arguments)
{
    GlobalOptions g;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!g.command.isEmpty()) {
            g.rest.append(a);
        } else if (a == u"--theme"_s) {
            if (i + 1 >= arguments.size() || !QStringList{u"system"_s, u"light"_s, u"dark"_s}.contains(arguments.at(i + 1))) {
                g.error = u"--theme needs system, light or dark"_s;
                return g;
            }
            g.theme = arguments.at(++i);
        } else if (a == u"--compare"_s) {
            g.compare = true;
        } else if (a == u"--read-only"_s) {
            g.readOnly = true;
        } else if (a == u"--search"_s) {
            if (i + 1 >= arguments.size()) {
                g.error = u"--search needs a query"_s;
                return g;
            }
            g.search = arguments.at(++i);
        } else if (a == u"--import"_s) {
            if (i + 1 >= arguments.size()) {
                g.error = u"--import needs a file or folder"_s;
                return g;
            }
            g.imports.append(arguments.at(++i));
        } else if (a == u"--measure-startup"_s) {
            g.measureStartupMs = 3000;
        } else if (a == u"--db"_s || a == u"--quit-after"_s) {
            if (i + 1 >= arguments.size()) {
                g.error = u"%1 needs a value"_s.arg(a);
                return g;
            }
            const QString v = arguments.at(++i);
            if (a == u"--db"_s) {
                g.db = v;
            } else {
                bool ok = false;
                g.quitAfterMs = v.toInt(&ok);
                if (!ok || g.quitAfterMs < 0) {
                    g.error = u"--quit-after needs milliseconds, not '%1'"_s.arg(v);
                    return g;
                }
            }
        } else if (a.startsWith(u"--db="_s)) {
            g.db = a.mid(5);
        } else if (a == u"--help"_s || a == u"-h"_s) {
            g.help = true;
        } else if (a == u"--version"_s || a == u"-v"_s) {
            g.version = true;
        } else if (a.startsWith(u'-')) {
            g.error = u"unknown option %1"_s.arg(a);
            return g;
        } else {
            g.command = a;
        }
    }
    return g;
}

QString helpText()
{
    QString s = u"Parallax %1 — read, annotate and compare news coverage.\n\n"
                "usage: parallax [--db FILE] [COMMAND [ARGS...]]\n\n"
                "Without a command, the window opens. Without --db, the default corpus in your data\n"
                "folder is used (created on first start with the built-in sample corpus):\n  %2\n\n"
                "Options:\n"
                "  --db FILE        the corpus file to use (created if missing)\n"
                "  --read-only      read the corpus without changing anything in it (a corpus on\n"
                "                   a read-only disk or in a folder you cannot write is read so anyway)\n"
                "  --theme T        the window's look for this run: system, light or dark\n"
                "  --search QUERY   open the window with this search in the library\n"
                "  --import PATH    open the window and import this file or folder in the background\n"
                "                   (may be given several times)\n"
                "  --compare        open the window comparing the best pair of sources\n"
                "  --measure-startup  open the window, print as JSON how soon it was shown and\n"
                "                   responsive (no event-loop stall over 100 ms), watch 3 s, quit\n"
                "  -h, --help       this help; 'parallax COMMAND --help' for a command\n"
                "  -v, --version    the version\n\n"
                "Commands:\n"_s.arg(QStringLiteral(PARALLAX_VERSION), corpus::defaultCorpusPath());
    for (const Command &c : commands())
        s += c.synopsis.size() < 34 ? u"  %1%2\n"_s.arg(c.synopsis.leftJustified(34), c.summary)
                                    : u"  %1\n  %2%3\n"_s.arg(c.synopsis, QString(34, u' '), c.summary);
    s += u"\nExit status: 0 success, 1 some input failed, 2 usage or query error.\n"_s;
    return s;
}

std::optional<int> run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const GlobalOptions g = parseGlobal(arguments);
    if (!g.error.isEmpty()) {
        err << "parallax: " << g.error << "\n" << "Try 'parallax --help'." << Qt::endl;
        return Usage;
    }
    if (g.version) {
        out << "parallax " << PARALLAX_VERSION << " (Qt " << qVersion() << ")" << Qt::endl;
        return Ok;
    }
    if (g.command.isEmpty()) {
        if (g.help) {
            out << helpText();
            out.flush();
            return Ok;
        }
        return std::nullopt;
    }
    const Command *cmd = findCommand(g.command);
    if (!cmd) {
        err << "parallax: unknown command '" << g.command << "'\nTry 'parallax --help'." << Qt::endl;
        return Usage;
    }
    if (g.help || g.rest.contains(u"--help"_s) || g.rest.contains(u"-h"_s)) {
        out << "usage: parallax [--db FILE] " << cmd->synopsis << "\n" << cmd->summary << Qt::endl;
        return Ok;
    }
    store::Store store;
    QString error;
    const QString path = g.db.isEmpty() ? corpus::defaultCorpusPath() : g.db;
    if (g.readOnly)
        store::Store::keepReadOnly(path);
    // A large corpus made by an earlier version can take tens of seconds to migrate: say why.
    if (!g.readOnly && store::Store::pendingMigrations(path) > 0)
        err << "parallax: updating the corpus " << path << " for this version (once)..." << Qt::endl;
    if (!corpus::openCorpus(store, path, g.db.isEmpty(), &error)) {
        err << "parallax: " << error << Qt::endl;
        return Failed;
    }
    Context ctx{g.rest, store, out, err};
    const int code = cmd->run(ctx);
    out.flush();
    err.flush();
    return code;
}

} // namespace parallax::cli
