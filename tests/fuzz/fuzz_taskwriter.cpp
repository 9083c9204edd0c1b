// Any line and any status: the writer either refuses, or changes only the status character and
// the done/cancelled date fields; every other byte of the line survives in order.
#include "mojibake.h"
#include "taskwriter.h"

#include <cstdint>
#include <cstdlib>

namespace {

// Whether `b` is `a` with the status replaced and only date fields added or removed: the bytes
// outside the status must form a common subsequence that keeps all of the shorter side.
bool onlyFieldsChanged(const QByteArray &a, const QByteArray &b)
{
    // Spaces, digits, '-', Dataview field names, and the bytes of ✅ ❌ U+FE0F in every spelling
    // the writer recognises (Mac Roman and Windows-1252 mojibake included: Mojibake::spellings).
    static const QByteArray removable = [] {
        QByteArray bytes = QByteArrayLiteral(" 0123456789-[]:completioncancelled");
        for (const QString &character : { QStringLiteral("\u2705"), QStringLiteral("\u274C"), QStringLiteral("\uFE0F") }) {
            for (const QString &spelling : core::Mojibake::spellings(character))
                bytes += spelling.toUtf8();
        }
        return bytes;
    }();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i) == b.at(j)) {
            ++i;
            ++j;
        } else if (b.size() >= a.size() && removable.contains(b.at(j))) {
            ++j;
        } else if (removable.contains(a.at(i))) {
            ++i;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const char *const statuses[] = { " ", "x", "X", "/", "-", "?", ">", "done", "cancelled", "!" };
    const QString status = QString::fromLatin1(statuses[data[0] % 10]);
    QByteArray line(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    line.replace('\n', ' ');
    core::TaskWriter::Options options;
    options.today = QDate(2026, 1, 2);
    options.doneDates = (data[0] & 0x80) == 0;
    const auto rewritten = core::TaskWriter::rewriteLine(line, status, options);
    if (!rewritten)
        return 0;
    const qsizetype open = line.indexOf('[');
    const qsizetype close = line.indexOf(']', open);
    if (open < 0 || close < 0 || rewritten->left(open + 1) != line.left(open + 1))
        std::abort();
    // Compare everything after the checkbox.
    const qsizetype newClose = rewritten->indexOf(']', open);
    if (newClose < 0 || !onlyFieldsChanged(line.mid(close), rewritten->mid(newClose)))
        std::abort();
    return 0;
}
