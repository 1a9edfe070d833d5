// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace parallax::ui {

/**
 * Brings the corpus at `path` up to this version's schema when it needs it, on a thread of its
 * own, while a progress dialog says so: a large corpus made by an earlier version can take tens
 * of seconds to migrate, and the window would otherwise not appear until it is done. Does
 * nothing (and shows nothing) for a current or new corpus. False, with `error`, when the
 * migration fails; the corpus is then as it was (each migration is one transaction).
 */
bool upgradeCorpus(const QString &path, QString *error);

} // namespace parallax::ui
