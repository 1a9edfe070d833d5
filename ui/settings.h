// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

namespace parallax::ui {

/** Every user setting, typed, with its default, in one place. */
class Settings final : public QObject
{
    Q_OBJECT
public:
    static Settings &instance();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString lastImportFolder() const;
    void setLastImportFolder(const QString &folder);
    /** "system", "light" or "dark". */
    QString theme() const;
    void setTheme(const QString &theme);
    /** Reader font size in points; 0 means the system default. */
    int readerFontSize() const;
    /** The author recorded on new annotations; defaults to the OS user name. */
    QString annotationAuthor() const;
    /** Whether the user chose an author (otherwise it is the OS user name). */
    bool hasAnnotationAuthor() const;
    /** An empty author goes back to the OS user name. */
    void setAnnotationAuthor(const QString &author);
    void setReaderFontSize(int points);
    /** Corpus files opened in the window, the latest first (at most 8, as they were opened). */
    QStringList recentCorpora() const;
    /** Puts a corpus file at the top of the recent list. */
    void addRecentCorpus(const QString &path);
    void removeRecentCorpus(const QString &path);
    void clearRecentCorpora();
    /** Whether the reader shows a highlight layer ("search", "entities", "framing", "annotations"). */
    bool highlightLayerVisible(const QString &layer) const;
    void setHighlightLayerVisible(const QString &layer, bool visible);
    /** Whether a panel ("entities", "framing") counts only the articles the library shows (default: yes). */
    bool inViewOnly(const QString &panel) const;
    void setInViewOnly(const QString &panel, bool on);

Q_SIGNALS:
    void readerFontSizeChanged(int points);
    void themeChanged(const QString &theme);
    void annotationAuthorChanged(const QString &author);

private:
    Settings() = default;
};

} // namespace parallax::ui
