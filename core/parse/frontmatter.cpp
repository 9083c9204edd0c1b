// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/frontmatter.h"

#include "core/parse/logging.h"
#include "core/parse/simpleyaml.h"

#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace core {

namespace {

// The fence starts the line: an indented "---" is Markdown, not a fence. Trailing spaces and the
// '\r' of CRLF are allowed.
bool isFence(QStringView line, bool closing)
{
    while (!line.isEmpty() && line.back().isSpace())
        line.chop(1);
    return line == u"---" || (closing && line == u"...");
}

// Whether the YAML has anything but blank and comment lines: such a block is empty, not null.
bool hasContent(QStringView yaml)
{
    for (const QStringView line : yaml.tokenize(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            return true;
    }
    return false;
}

// A scalar, or the scalars of a flat sequence; nullopt for anything else. Nested nodes are
// skipped, never walked, so self-referencing aliases and alias bombs cost nothing.
std::optional<SimpleYaml::Value> valueOf(const YAML::Node &node)
{
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    if (!node.IsSequence())
        return std::nullopt;
    QStringList out;
    int budget = Frontmatter::kMaxItems;
    for (const auto &item : node) {
        if (--budget < 0)
            break;
        if (item.IsScalar())
            out.append(QString::fromStdString(item.Scalar()));
    }
    return out;
}

QStringList splitList(const QStringList &values, const QRegularExpression &separator)
{
    QStringList out;
    for (const QString &value : values) {
        for (const QString &part : value.split(separator, Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                out.append(trimmed);
        }
    }
    return out;
}

void readField(Frontmatter::Fields &fields, const QString &key, const std::optional<SimpleYaml::Value> &value)
{
    static const QRegularExpression comma(QStringLiteral(","));
    static const QRegularExpression commaOrSpace(QStringLiteral("[,\\s]+"));
    const QString *text = value ? std::get_if<QString>(&*value) : nullptr;
    const QStringList *list = value ? std::get_if<QStringList>(&*value) : nullptr;
    const auto scalar = [text] { return text ? std::optional(*text) : std::nullopt; };
    if (key == u"title") {
        fields.title = scalar();
    } else if (key == u"date") {
        fields.date = scalar();
    } else if (key == u"type") {
        fields.type = scalar();
    } else if (key == u"person" || key == u"participants" || key == u"attendees") {
        fields.people += text ? splitList({ *text }, comma) : list ? *list : QStringList();
    } else if (key == u"tags" || key == u"tag") {
        fields.tags += text ? splitList({ *text }, commaOrSpace) : list ? *list : QStringList();
    }
}

// The plain shape without yaml-cpp; false when the block needs the full reader.
bool readSimple(Frontmatter::Fields &fields, QStringView yaml)
{
    const auto entries = SimpleYaml::read(yaml);
    if (!entries || entries->size() > Frontmatter::kMaxItems)
        return false;
    for (const SimpleYaml::Entry &entry : *entries) {
        if (const auto *list = std::get_if<QStringList>(&entry.value); list && list->size() > Frontmatter::kMaxItems)
            return false;
    }
    for (const SimpleYaml::Entry &entry : *entries)
        readField(fields, entry.key.toLower(), entry.value);
    return true;
}

} // namespace

std::optional<Frontmatter::Block> Frontmatter::split(QStringView text)
{
    qsizetype eol = text.indexOf(u'\n');
    if (eol < 0 || !isFence(text.first(eol), false))
        return std::nullopt;
    const qsizetype yamlStart = eol + 1;
    int line = 2;
    for (qsizetype pos = yamlStart; pos < text.size(); ++line) {
        eol = text.indexOf(u'\n', pos);
        const qsizetype end = eol < 0 ? text.size() : eol;
        if (isFence(text.sliced(pos, end - pos), true)) {
            Block block;
            block.yaml = text.sliced(yamlStart, pos - yamlStart);
            block.bodyStart = eol < 0 ? text.size() : eol + 1;
            block.bodyFirstLine = line + 1;
            return block;
        }
        if (eol < 0)
            break;
        pos = eol + 1;
    }
    return std::nullopt;
}

std::optional<Frontmatter::Result> Frontmatter::settledWithoutReading(QStringView yaml)
{
    if (!hasContent(yaml))
        return Result();
    if (yaml.size() > kMaxYamlChars)
        return Result { {}, QStringLiteral("frontmatter is too large to read") };
    return std::nullopt;
}

Frontmatter::Result Frontmatter::parse(QStringView yaml)
{
    if (auto settled = settledWithoutReading(yaml))
        return *settled;
    Result result;
    if (readSimple(result.fields, yaml))
        return result;
    return parseYaml(yaml);
}

Frontmatter::Result Frontmatter::parseYaml(QStringView yaml)
{
    if (auto settled = settledWithoutReading(yaml))
        return *settled;
    Result result;
    try {
        // YAML::Load, never LoadAll: yaml-cpp 0.7's LoadAll loops without bound on inputs like ",".
        // The explicit document end makes yaml-cpp 0.7 reject a quote left open, which it
        // otherwise silently runs to the end of the input.
        const YAML::Node root = YAML::Load(yaml.toUtf8().toStdString() + "\n...\n");
        // A document that loads as null although it has content ("~", or "," which yaml-cpp
        // reads as nothing) is not a map either.
        if (!root.IsMap()) {
            result.error = QStringLiteral("frontmatter is not a map of fields");
            return result;
        }
        int budget = kMaxItems;
        for (const auto &entry : root) {
            if (--budget < 0)
                break;
            if (entry.first.IsScalar())
                readField(result.fields, QString::fromStdString(entry.first.Scalar()).toLower(),
                          valueOf(entry.second));
        }
    } catch (const std::exception &e) {
        result.fields = {};
        result.error = QStringLiteral("frontmatter could not be read: ") + QString::fromUtf8(e.what());
        qCDebug(lcParser) << "YAML error:" << e.what();
    } catch (...) {
        result.fields = {};
        result.error = QStringLiteral("frontmatter could not be read");
    }
    return result;
}

} // namespace core
