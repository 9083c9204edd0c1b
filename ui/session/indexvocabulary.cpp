// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/indexvocabulary.h"

#include "ui/session/backgroundreader.h"

namespace ui {

void IndexVocabulary::load(
    AsyncRequest *request, std::function<void(const Words &, int noteCount)> done)
{
    using Result = std::optional<std::pair<Words, int>>;
    request->run<Result>(
        [](const QSqlDatabase &db, const auto &) -> Result {
            core::Vocabulary vocabulary(db);
            auto words = vocabulary.words();
            const auto count = vocabulary.noteCount();
            if (!words || !count)
                return std::nullopt;
            return std::make_pair(std::move(*words), *count);
        },
        [done = std::move(done)](Result result) {
            if (result)
                done(result->first, result->second);
        });
}

} // namespace ui
