// SPDX-FileCopyrightText: 2026 The Parallax authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parallax::annotations {

/** QUndoCommand::id() of every annotation and codebook command (used by mergeWith). */
enum class CommandId : int {
    AddAnnotation = 1000,
    EditAnnotation,
    RemoveAnnotation,
    ImportAnnotations,
    AddTag,
    RenameTag,
    RecolourTag,
    DescribeTag,
    MoveTag,
    MergeTags,
    DeleteTag,
    CodableTag,
};

} // namespace parallax::annotations
