// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parallax {

// Installs the English plural forms on the running application, so that a text written as
// tr("%n article(s)", nullptr, n) reads "1 article" or "5 articles". Parallax speaks English
// whatever the system's language; this is the one translation it ships. Returns false when the
// forms cannot be loaded (the texts then keep their "(s)").
bool installPluralForms();

} // namespace parallax
