// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace parallax::store {
class Store;
}

namespace parallax::cli {

/** Exit codes of every command. */
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

/** What a command gets: its arguments, the open corpus and the two output streams. */
struct Context
{
    QStringList args;        ///< the command's own arguments
    store::Store &store;
    QTextStream &out;
    QTextStream &err;

    /** Removes a flag (e.g. "--json") from args; true when it was there. */
    bool takeFlag(const QString &flag);
    /** Removes "--name VALUE" (or "--name=VALUE") from args. Repeatable options: call again. */
    std::optional<QString> takeOption(const QString &name);
    /** Errors with a usage line when unknown options remain. */
    bool rejectUnknownOptions(const QString &usage);
    int usageError(const QString &message, const QString &usage);
    /**
     * Removes the options that narrow an analysis to some articles, as the library narrows its
     * list: --search QUERY, --from DATE, --to DATE, --outlet NAME and, withCountry, --country CC.
     * False after a usage error (a date that is none, --to before --from).
     */
    bool takeScope(store::ArticleFilter *scope, const QString &usage, bool withCountry = true);
    void printJson(const QJsonValue &value);
};

/**
 * Prints a JSON array one element at a time, exactly as printJson prints the whole array, so
 * that a long listing never holds all of its elements (or their text) at once.
 */
class JsonArrayWriter final
{
public:
    explicit JsonArrayWriter(QTextStream &out);
    ~JsonArrayWriter();
    Q_DISABLE_COPY_MOVE(JsonArrayWriter)

    void append(const QJsonObject &element);
    /** Closes the array (the destructor does it when not called). */
    void finish();

private:
    QTextStream &m_out;
    qsizetype m_count = 0;
    bool m_finished = false;
};

struct Command
{
    QString name;
    QString synopsis;   ///< e.g. "import PATH..."
    QString summary;    ///< one line for --help
    bool needsCorpus = true;
    std::function<int(Context &)> run;
};

/** Every command, in --help order. Each lives in its own cmd_NAME.cpp. */
const QList<Command> &commands();
const Command *findCommand(const QString &name);

/**
 * Prints rows as a table with a header, columns padded to their widest cell as a terminal shows
 * it (a Japanese or Chinese character takes two columns, a combining mark none).
 */
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows);
/** The columns a terminal gives the text (Unicode's East Asian width; marks and format characters none). */
int displayWidth(QStringView text);
/** The text cut to at most maxColumns columns of a terminal, ending in "…" when cut. */
QString elideToWidth(const QString &text, int maxColumns);

// The commands (one file each).
Command importCommand();
Command removeCommand();
Command compactCommand();
Command articlesCommand();
Command showCommand();
Command searchCommand();
Command formsCommand();
Command concordanceCommand();
Command pairsCommand();
Command compareCommand();
Command framingCommand();
Command keynessCommand();
Command annotateCommand();
Command annotationsCommand();
Command tagsCommand();
Command eventsCommand();
Command entitiesCommand();
Command mentionsCommand();
Command cooccurCommand();
Command entityEditCommand();
Command exportChartCommand();

/**
 * Runs the command line (without the program name). Returns the exit code, or std::nullopt
 * when no command was given and the GUI should start.
 */
std::optional<int> run(const QStringList &arguments, QTextStream &out, QTextStream &err);

/** Global options the GUI understands too: --db FILE. */
struct GlobalOptions
{
    QString db;
    bool readOnly = false; ///< open the corpus for reading only: nothing in it changes
    int quitAfterMs = -1;  ///< GUI only: quit by itself (for screenshots and smoke tests)
    QString theme;         ///< GUI only: system, light or dark for this run
    QString search;        ///< GUI only: a search to start with
    QStringList imports;   ///< GUI only: files or folders to import in the background at start
    bool compare = false;  ///< GUI only: start in comparison mode
    int measureStartupMs = -1; ///< GUI only: print how soon the window was usable, watch this long, quit
    QString command;       ///< first non-option argument, empty for the GUI
    QStringList rest;      ///< the command's arguments
    bool help = false;
    bool version = false;
    QString error;
};
GlobalOptions parseGlobal(const QStringList &arguments);
QString helpText();

} // namespace parallax::cli
