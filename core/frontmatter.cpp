#include "frontmatter.h"

#include "logging.h"

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

// Reads a scalar, or the scalars of a flat sequence; nested nodes are skipped, never walked, so
// self-referencing aliases and alias bombs cost nothing.
QStringList scalars(const YAML::Node &node)
{
    QStringList out;
    if (node.IsScalar()) {
        out.append(QString::fromStdString(node.Scalar()));
    } else if (node.IsSequence()) {
        int budget = Frontmatter::kMaxItems;
        for (const auto &item : node) {
            if (--budget < 0)
                break;
            if (item.IsScalar())
                out.append(QString::fromStdString(item.Scalar()));
        }
    }
    return out;
}

std::optional<QString> scalar(const YAML::Node &node)
{
    if (!node.IsScalar())
        return std::nullopt;
    return QString::fromStdString(node.Scalar());
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

void readField(Frontmatter::Fields &fields, const QString &key, const YAML::Node &value)
{
    static const QRegularExpression comma(QStringLiteral(","));
    static const QRegularExpression commaOrSpace(QStringLiteral("[,\\s]+"));
    if (key == u"title") {
        fields.title = scalar(value);
    } else if (key == u"date") {
        fields.date = scalar(value);
    } else if (key == u"type") {
        fields.type = scalar(value);
    } else if (key == u"person" || key == u"participants" || key == u"attendees") {
        fields.people += value.IsScalar() ? splitList(scalars(value), comma) : scalars(value);
    } else if (key == u"tags" || key == u"tag") {
        fields.tags += value.IsScalar() ? splitList(scalars(value), commaOrSpace) : scalars(value);
    }
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

Frontmatter::Result Frontmatter::parse(QStringView yaml)
{
    Result result;
    if (!hasContent(yaml))
        return result;
    if (yaml.size() > kMaxYamlChars) {
        result.error = QStringLiteral("frontmatter is too large to read");
        return result;
    }
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
                          entry.second);
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
