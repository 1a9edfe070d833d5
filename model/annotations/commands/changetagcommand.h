// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/commands/documentcommand.h"

namespace parallax::annotations {

/** Replaces one tag by an edited version; the subclasses name the edit. */
class ChangeTagCommand : public DocumentCommand
{
public:
    ChangeTagCommand(AnnotationDocument *document, CommandId id, const QString &text, const Tag &before,
                     const Tag &after);

protected:
    qint64 tagId() const { return m_forward.savedTags.constFirst().id; }
};

} // namespace parallax::annotations
