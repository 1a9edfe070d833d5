// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace parallax::store {

/** One forward step of the schema. Steps are applied in list order and recorded by name. */
struct Migration
{
    QString name;
    QStringList statements;
    /** A step that SQL cannot express, run after the statements in the same transaction (optional). */
    std::function<bool(const QSqlDatabase &db, QString *error)> fill = {};
};

/**
 * Every migration, oldest first. Append new steps at the end; never edit a step that has
 * shipped. PRAGMA user_version is the number of steps applied.
 */
const QList<Migration> &migrations();

} // namespace parallax::store
