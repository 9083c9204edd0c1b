// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/mojibake.h"

#include <algorithm>
#include <array>
#include <optional>

namespace core {

namespace {

constexpr std::array<char16_t, 128> kMacRoman {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,
    0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,
    0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,
    0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,
    0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,
    0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,
    0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,
    0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,
    0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,
    0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,
    0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

// Windows-1252; the five undefined bytes map to the C1 controls, as Windows' best-fit does.
constexpr std::array<char16_t, 128> kWindows1252 {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};

using Table = std::array<char16_t, 128>;

std::optional<QByteArray> encode(QStringView run, const Table &table)
{
    QByteArray bytes;
    bytes.reserve(run.size());
    for (QChar c : run) {
        const auto it = std::find(table.begin(), table.end(), c.unicode());
        if (it == table.end())
            return std::nullopt;
        bytes.append(char(0x80 + (it - table.begin())));
    }
    return bytes;
}

// Strict UTF-8 decoding that also enforces the repair rule: every character must have a 3- or
// 4-byte encoding or lie in U+00A0..U+00FF, so real accented text ("l’été") is left alone.
std::optional<QString> decodeRepairable(const QByteArray &bytes)
{
    QString out;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        int len = 0;
        char32_t cp = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            cp = b & 0x07;
        } else {
            return std::nullopt;
        }
        if (i + len > n)
            return std::nullopt;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return std::nullopt;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return std::nullopt;
        if (len == 2 && (cp < 0xA0 || cp > 0xFF))
            return std::nullopt;
        const char32_t one[1] = { cp };
        out += QString::fromUcs4(one, 1);
        i += len;
    }
    return out;
}

std::optional<QString> repairRun(QStringView run)
{
    for (const Table *table : { &kMacRoman, &kWindows1252 }) {
        if (const auto bytes = encode(run, *table)) {
            if (auto text = decodeRepairable(*bytes))
                return text;
        }
    }
    return std::nullopt;
}

} // namespace

QStringList Mojibake::spellings(const QString &text)
{
    QStringList out { text };
    for (const Table *table : { &kMacRoman, &kWindows1252 }) {
        QString spelled;
        for (const char byte : text.toUtf8())
            spelled += uchar(byte) < 0x80 ? QChar(uchar(byte)) : QChar((*table)[uchar(byte) - 0x80]);
        if (!out.contains(spelled))
            out.append(spelled);
    }
    return out;
}

bool Mojibake::repair(QString &text)
{
    const auto isAscii = [](QChar c) { return c.unicode() < 0x80; };
    if (std::all_of(text.cbegin(), text.cend(), isAscii))
        return false;

    QString out;
    bool changed = false;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < text.size();) {
        if (isAscii(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !isAscii(text.at(end)))
            ++end;
        if (end - i >= 2) {
            if (const auto fixed = repairRun(QStringView(text).sliced(i, end - i))) {
                out += QStringView(text).sliced(copied, i - copied);
                out += *fixed;
                copied = end;
                changed = true;
            }
        }
        i = end;
    }
    if (changed) {
        out += QStringView(text).sliced(copied);
        text = out;
    }
    return changed;
}

} // namespace core
