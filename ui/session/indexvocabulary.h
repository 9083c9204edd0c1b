// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/vocabulary.h"

#include <functional>

namespace ui {

class AsyncRequest;

// The words the search field can complete and the vault's note count (core::Vocabulary), read
// off the GUI thread.
class IndexVocabulary final
{
public:
    using Words = core::Vocabulary::Words;

    IndexVocabulary() = delete;

    // Reads both through `request` (on its reader's thread) and hands them to `done`; nothing
    // when the index cannot be read.
    static void load(AsyncRequest *request, std::function<void(const Words &, int noteCount)> done);
};

} // namespace ui
