#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QtGlobal>
#include <memory>
#include <optional>

namespace core {

class Journal;
class VaultIndex;

// The one write path: changes the status of one task line and nothing else in the file,
// atomically, then re-indexes that file. Used by the CLI and the GUI alike.
class TaskWriter final
{
public:
    enum class Outcome { Written, Unchanged, NotATask, Conflict, OutsideVault, IoError };

    struct Options
    {
        bool doneDates = true; // add ✅/❌ dates like Obsidian Tasks does
        std::optional<QString> expectedLine; // the line's text as the caller saw it
        QDate today = QDate::currentDate();
    };

    struct Result
    {
        Outcome outcome = Outcome::IoError;
        QString message;
        int line = 0; // where the task was found (may differ from the request with expectedLine)
        QString oldText; // the line before, decoded, without its line ending
        QString newText; // the line after
        bool ok() const { return outcome == Outcome::Written || outcome == Outcome::Unchanged; }
    };

    // Whether a write goes into the undo journal; undo and redo themselves do not.
    enum class Journaling { Record, Skip };

    explicit TaskWriter(VaultIndex &index);
    ~TaskWriter();
    Q_DISABLE_COPY_MOVE(TaskWriter)

    // The journal of this writer's vault; call beginBatch() on it to make several writes one undo step.
    Journal &journal() { return *m_journal; }

    // `status` is one character (" ", "x", "/", "-", "?", ">" …) or a state name ("done").
    Result setStatus(const QString &path, int line, const QString &status, const Options &options);
    Result setStatus(const QString &path, int line, const QString &status)
    {
        return setStatus(path, line, status, Options());
    }

    // Puts back a line exactly as it was (undo and redo): applied only when the line, or its unique
    // identical copy elsewhere in the file, still reads `expected`.
    Result replaceLine(const QString &path, int line, const QString &expected, const QString &replacement,
                       Journaling journaling = Journaling::Record);

    // The new bytes of one line (without its line ending); pure, for tests and previews.
    // nullopt when the line is not a task. Bytes other than the status and date fields are kept.
    static std::optional<QByteArray> rewriteLine(const QByteArray &line, const QString &status,
                                                 const Options &options);
    static std::optional<QString> statusCharacter(const QString &statusOrName);

private:
    struct Target;
    std::optional<Target> locate(const QString &path, int line, const std::optional<QString> &expected,
                                 Result &result);
    Result commit(Target &target, const QByteArray &newLine, Result result, Journaling journaling);
    std::optional<QString> writeRefusal(const Target &target, Outcome &outcome) const;

    VaultIndex &m_index;
    std::unique_ptr<Journal> m_journal;
};

} // namespace core
