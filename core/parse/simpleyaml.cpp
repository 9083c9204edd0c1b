// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/simpleyaml.h"

namespace core {

namespace {

// Characters that could make yaml-cpp read a line differently from the plain shape: controls,
// DEL and C1 (NEL is a YAML line break), the BOM and Unicode line separators.
bool isUnusual(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0xFEFF || u == 0x2028 || u == 0x2029;
}

bool isKeyChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
        || u == u'-';
}

bool isNull(QStringView plain)
{
    return plain == u"~" || plain == u"null" || plain == u"Null" || plain == u"NULL";
}

// A plain scalar of the block context that means itself: no indicator first, no comment, no
// mapping inside, no null.
std::optional<QString> plainScalar(QStringView text, bool inFlow)
{
    text = text.trimmed();
    if (text.isEmpty() || isNull(text) || QStringView(u"-?:,[]{}#&*!|>'\"%@`").contains(text.front()))
        return std::nullopt;
    if (text.contains(u": ") || text.endsWith(u':') || text.contains(u" #"))
        return std::nullopt;
    for (const QChar c : text) {
        if (inFlow ? QStringView(u",[]{}:").contains(c) : (c == u'{' || c == u'}' || c == u'[' || c == u']'))
            return std::nullopt;
    }
    return text.toString();
}

// A quoted scalar that is the whole of `text`; double quotes only without escapes.
std::optional<QString> quotedScalar(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 2 || text.back() != text.front())
        return std::nullopt;
    const QStringView inner = text.sliced(1, text.size() - 2);
    if (text.front() == u'"')
        return inner.contains(u'"') || inner.contains(u'\\') ? std::nullopt : std::optional(inner.toString());
    QString out;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] == u'\'') {
            if (i + 1 >= inner.size() || inner[i + 1] != u'\'')
                return std::nullopt;
            ++i;
        }
        out += inner[i];
    }
    return out;
}

std::optional<QString> scalar(QStringView text)
{
    text = text.trimmed();
    if (!text.isEmpty() && (text.front() == u'\'' || text.front() == u'"'))
        return quotedScalar(text);
    return plainScalar(text, false);
}

std::optional<QStringList> flowSequence(QStringView text)
{
    text = text.trimmed();
    if (!text.startsWith(u'[') || !text.endsWith(u']'))
        return std::nullopt;
    const QStringView inner = text.sliced(1, text.size() - 2);
    QStringList items;
    if (inner.trimmed().isEmpty())
        return items;
    for (const QStringView part : inner.split(u',')) {
        auto item = plainScalar(part, true);
        if (!item)
            return std::nullopt;
        items.append(*item);
    }
    return items;
}

} // namespace

std::optional<QList<SimpleYaml::Entry>> SimpleYaml::read(QStringView yaml)
{
    QList<Entry> entries;
    bool listOpen = false; // the last key had no value on its line: items may follow
    qsizetype itemIndent = -1;
    for (QStringView line : yaml.tokenize(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (std::any_of(line.begin(), line.end(), isUnusual))
            return std::nullopt;
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const qsizetype indent = line.indexOf(trimmed.front());
        if (trimmed.startsWith(u"- ")) {
            if (!listOpen || (itemIndent >= 0 && indent != itemIndent))
                return std::nullopt;
            itemIndent = indent;
            const auto item = scalar(trimmed.sliced(2));
            if (!item)
                return std::nullopt;
            auto &list = entries.back().value;
            if (!std::holds_alternative<QStringList>(list))
                list = QStringList();
            std::get<QStringList>(list).append(*item);
            continue;
        }
        if (indent != 0)
            return std::nullopt;
        qsizetype colon = line.front() == u'-' ? line.size() : 0;
        while (colon < line.size() && isKeyChar(line[colon]))
            ++colon;
        if (colon == 0 || colon >= line.size() || line[colon] != u':'
            || (colon + 1 < line.size() && line[colon + 1] != u' '))
            return std::nullopt;
        if (listOpen && itemIndent < 0)
            return std::nullopt; // `key:` with nothing under it is a null
        const QStringView rest = line.sliced(colon + 1).trimmed();
        Entry entry { line.first(colon).toString(), QString() };
        listOpen = rest.isEmpty();
        itemIndent = -1;
        if (!listOpen) {
            if (rest.startsWith(u'[')) {
                auto items = flowSequence(rest);
                if (!items)
                    return std::nullopt;
                entry.value = std::move(*items);
            } else if (auto value = scalar(rest)) {
                entry.value = std::move(*value);
            } else {
                return std::nullopt;
            }
        }
        entries.append(std::move(entry));
    }
    if (listOpen && itemIndent < 0)
        return std::nullopt;
    return entries;
}

} // namespace core
