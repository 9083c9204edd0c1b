// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/jsonwriter.h"

namespace core {

QByteArray JsonWriter::quoted(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (uchar(c) < 0x20)
                out.append("\\u00").append(QByteArray::number(uchar(c), 16).rightJustified(2, '0'));
            else
                out.append(c);
        }
    }
    out.append('"');
    return out;
}

void JsonWriter::separate()
{
    if (m_needComma)
        m_out.append(',');
    m_needComma = true;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray(const char *name)
{
    if (name)
        key(name);
    else
        separate();
    m_out.append('[');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    m_out.append(quoted(text));
    return *this;
}

JsonWriter &JsonWriter::value(const std::optional<QString> &text)
{
    return text ? value(*text) : null();
}

JsonWriter &JsonWriter::value(const QStringList &list)
{
    beginArray();
    for (const QString &item : list)
        value(item);
    return endArray();
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

QByteArray JsonWriter::take()
{
    m_needComma = false;
    return std::exchange(m_out, {});
}

} // namespace core
