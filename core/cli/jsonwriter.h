// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace core {

// A small streaming JSON writer that keeps keys in the order they are written (QJsonObject sorts
// them), for output that people read and diff.
class JsonWriter final
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray(const char *key = nullptr);
    JsonWriter &endArray();
    JsonWriter &key(const char *name);
    JsonWriter &value(const QString &text);
    JsonWriter &value(const std::optional<QString> &text);
    JsonWriter &value(const QStringList &list);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    template<typename T>
    JsonWriter &field(const char *name, const T &v)
    {
        return key(name).value(v);
    }

    QByteArray take();
    static QByteArray quoted(const QString &text);

private:
    void separate();

    QByteArray m_out;
    bool m_needComma = false;
};

} // namespace core
