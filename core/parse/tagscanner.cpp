// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/tagscanner.h"

#include <QSet>
#include <algorithm>

namespace core {

qsizetype TagScanner::tagLength(QStringView text, qsizetype from)
{
    qsizetype i = from;
    bool nonDigit = false;
    while (i < text.size()) {
        char32_t cp = text.at(i).unicode();
        int width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const bool digit = QChar::isDigit(cp);
        if (!(digit || QChar::isLetter(cp) || QChar::isMark(cp) || cp == U'_' || cp == U'-'
              || cp == U'/'))
            break;
        nonDigit = nonDigit || !digit;
        i += width;
    }
    return nonDigit ? i - from : 0;
}

void TagScanner::scan(QStringView text, QChar before, QStringList &tags)
{
    for (qsizetype i = text.indexOf(u'#'); i >= 0; i = text.indexOf(u'#', i + 1)) {
        const QChar prev = i == 0 ? before : text.at(i - 1);
        if (!prev.isSpace())
            continue;
        if (const qsizetype len = tagLength(text, i + 1)) {
            tags.append(text.sliced(i + 1, len).toString());
            i += len;
        }
    }
}

bool TagScanner::isTag(QStringView token)
{
    return token.size() > 1 && token.front() == u'#' && tagLength(token, 1) == token.size() - 1;
}

void TagScanner::mergeUnique(QStringList &into, const QStringList &tags)
{
    QSet<QString> seen;
    for (const QString &tag : std::as_const(into))
        seen.insert(tag.toCaseFolded());
    for (const QString &tag : tags) {
        const QString key = tag.toCaseFolded();
        if (!seen.contains(key)) {
            seen.insert(key);
            into.append(tag);
        }
    }
}

void TagScanner::sortCaseInsensitive(QStringList &tags)
{
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
}

} // namespace core
