// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "annotations/annotation.h"

#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace parallax::ui {

namespace {
const QString kGeometry = u"window/geometry"_s;
const QString kState = u"window/state"_s;
const QString kImportFolder = u"import/lastFolder"_s;
const QString kReaderFontSize = u"reader/fontSize"_s;
const QString kTheme = u"appearance/theme"_s;
const QString kAnnotationAuthor = u"annotations/author"_s;
const QString kRecentCorpora = u"corpora/recent"_s;
constexpr int kMaxRecentCorpora = 8;
} // namespace

Settings &Settings::instance()
{
    static Settings s;
    return s;
}

QByteArray Settings::windowGeometry() const { return QSettings().value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &g) { QSettings().setValue(kGeometry, g); }
QByteArray Settings::windowState() const { return QSettings().value(kState).toByteArray(); }
void Settings::setWindowState(const QByteArray &s) { QSettings().setValue(kState, s); }

QString Settings::lastImportFolder() const
{
    return QSettings().value(kImportFolder, QDir::homePath()).toString();
}

void Settings::setLastImportFolder(const QString &folder) { QSettings().setValue(kImportFolder, folder); }

QString Settings::theme() const { return QSettings().value(kTheme, u"system"_s).toString(); }
void Settings::setTheme(const QString &theme)
{
    // Emitted even when unchanged: a theme given on the command line is not stored.
    QSettings().setValue(kTheme, theme);
    Q_EMIT themeChanged(theme);
}

QStringList Settings::recentCorpora() const { return QSettings().value(kRecentCorpora).toStringList(); }

void Settings::addRecentCorpus(const QString &path)
{
    QStringList list = recentCorpora();
    list.removeAll(path);
    list.prepend(path);
    QSettings().setValue(kRecentCorpora, list.mid(0, kMaxRecentCorpora));
}

void Settings::removeRecentCorpus(const QString &path)
{
    QStringList list = recentCorpora();
    if (list.removeAll(path) > 0)
        QSettings().setValue(kRecentCorpora, list);
}

void Settings::clearRecentCorpora() { QSettings().remove(kRecentCorpora); }

QString Settings::annotationAuthor() const
{
    return QSettings().value(kAnnotationAuthor, annotations::defaultAuthor()).toString();
}

bool Settings::hasAnnotationAuthor() const { return QSettings().contains(kAnnotationAuthor); }

void Settings::setAnnotationAuthor(const QString &author)
{
    const QString before = annotationAuthor();
    if (author.isEmpty())
        QSettings().remove(kAnnotationAuthor);
    else
        QSettings().setValue(kAnnotationAuthor, author);
    if (annotationAuthor() != before)
        Q_EMIT annotationAuthorChanged(annotationAuthor());
}

int Settings::readerFontSize() const { return QSettings().value(kReaderFontSize, 0).toInt(); }

void Settings::setReaderFontSize(int points)
{
    if (points == readerFontSize())
        return;
    QSettings().setValue(kReaderFontSize, points);
    Q_EMIT readerFontSizeChanged(points);
}

} // namespace parallax::ui

namespace parallax::ui {

bool Settings::highlightLayerVisible(const QString &layer) const
{
    return QSettings().value(u"reader/layers/"_s + layer, true).toBool();
}

void Settings::setHighlightLayerVisible(const QString &layer, bool visible)
{
    QSettings().setValue(u"reader/layers/"_s + layer, visible);
}

bool Settings::inViewOnly(const QString &panel) const
{
    return QSettings().value(panel + u"/inViewOnly"_s, true).toBool();
}

void Settings::setInViewOnly(const QString &panel, bool on)
{
    QSettings().setValue(panel + u"/inViewOnly"_s, on);
}

} // namespace parallax::ui
