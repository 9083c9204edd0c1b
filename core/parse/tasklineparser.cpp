// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/tasklineparser.h"

#include "core/model/recurrence.h"
#include "core/parse/obsidiancomments.h"
#include "core/parse/tagscanner.h"

#include <QDate>
#include <QRegularExpression>
#include <array>

namespace core {

namespace {

enum class Field { Due, Scheduled, Start, Created, Done, Cancelled, Recurrence, Priority, Id, DependsOn, OnCompletion };

struct Marker
{
    const char16_t *emoji;
    Field field;
    const char16_t *priority = nullptr;
};

const std::array kMarkers {
    Marker { u"📅", Field::Due }, Marker { u"📆", Field::Due }, Marker { u"🗓", Field::Due },
    Marker { u"⏳", Field::Scheduled }, Marker { u"⌛", Field::Scheduled },
    Marker { u"🛫", Field::Start }, Marker { u"➕", Field::Created },
    Marker { u"✅", Field::Done }, Marker { u"❌", Field::Cancelled },
    Marker { u"🔁", Field::Recurrence }, Marker { u"🆔", Field::Id },
    Marker { u"⛔", Field::DependsOn }, Marker { u"🏁", Field::OnCompletion },
    Marker { u"🔺", Field::Priority, u"highest" }, Marker { u"⏫", Field::Priority, u"high" },
    Marker { u"🔼", Field::Priority, u"medium" }, Marker { u"🔽", Field::Priority, u"low" },
    Marker { u"⏬", Field::Priority, u"lowest" },
};

// Tasks matches a date field by its pattern alone, so "2025-02-30" is still the due date field; it
// is just not a date ("Invalid date" in Tasks).
bool isDatePattern(QStringView s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return s.size() == 10 && re.match(s).hasMatch();
}

bool isCalendarDate(QStringView s)
{
    return QDate(s.first(4).toInt(), s.sliced(5, 2).toInt(), s.sliced(8, 2).toInt()).isValid();
}

struct DateField
{
    Field field;
    const char16_t *name;
    std::optional<QString> Task::*member;
};

const std::array kDateFields {
    DateField { Field::Due, u"due", &Task::due },
    DateField { Field::Scheduled, u"scheduled", &Task::scheduled },
    DateField { Field::Start, u"start", &Task::start },
    DateField { Field::Created, u"created", &Task::created },
    DateField { Field::Done, u"done", &Task::done },
    DateField { Field::Cancelled, u"cancelled", &Task::cancelled },
};

// A date field read right to left, as Tasks does: the leftmost of two wins, even when it is not a
// date, and every one that is not a date says so.
void assignDate(Task &task, const DateField &date, const QString &value)
{
    if (isCalendarDate(value)) {
        task.*date.member = value;
        return;
    }
    task.*date.member = std::nullopt;
    const QString warning
        = QStringLiteral("%1 date %2 is not a calendar date").arg(QStringView(date.name), value);
    if (!task.warnings.contains(warning))
        task.warnings.prepend(warning);
}

bool valueFits(Field field, QStringView value)
{
    static const QRegularExpression recurrence(QStringLiteral("^[a-zA-Z0-9, !]+$"));
    static const QRegularExpression id(QStringLiteral("^[a-zA-Z0-9_-]+$"));
    static const QRegularExpression ids(QStringLiteral("^[a-zA-Z0-9_-]+( *, *[a-zA-Z0-9_-]+)*$"));
    static const QRegularExpression completion(QStringLiteral("^(keep|delete)$"));
    switch (field) {
    case Field::Priority:
        return value.isEmpty();
    case Field::Recurrence:
        return recurrence.match(value).hasMatch();
    case Field::Id:
        return id.match(value).hasMatch();
    case Field::DependsOn:
        return ids.match(value).hasMatch();
    case Field::OnCompletion:
        return completion.match(value).hasMatch();
    default:
        return isDatePattern(value);
    }
}

void assign(Task &task, Field field, const QString &value)
{
    for (const DateField &date : kDateFields) {
        if (date.field == field) {
            assignDate(task, date, value);
            return;
        }
    }
    switch (field) {
    case Field::Recurrence: task.recurrence = value; break;
    case Field::Priority: task.priority = value; break;
    case Field::Id: task.id = value; break;
    case Field::DependsOn:
        task.dependsOn.clear();
        for (const QString &id : value.split(u','))
            if (!id.trimmed().isEmpty())
                task.dependsOn.append(id.trimmed());
        break;
    case Field::OnCompletion: task.onCompletion = value; break;
    default:
        break; // the dates, above
    }
}

// Whether `c` can occur in the value of some emoji field (see valueFits), whitespace included.
bool isValueChar(QChar c)
{
    return c.isSpace()
        || (c.unicode() < 0x80
            && (c.isLetterOrNumber() || c == u',' || c == u'!' || c == u'_' || c == u'-'));
}

// Strips the rightmost emoji field if what follows its emoji is a valid value.
bool takeEmojiField(QStringView &rest, Task &task)
{
    // Only the value can follow the emoji, so the backward scan stops at the first character that
    // no value has: reading a long line field by field stays linear.
    qsizetype valueStart = rest.size();
    while (valueStart > 0 && isValueChar(rest.at(valueStart - 1)))
        --valueStart;
    const bool selector = valueStart > 0 && rest.at(valueStart - 1) == u'\uFE0F';
    const QStringView head = rest.first(valueStart - (selector ? 1 : 0));
    const Marker *marker = nullptr;
    for (const Marker &m : kMarkers) {
        if (head.endsWith(QStringView(m.emoji))) {
            marker = &m;
            break;
        }
    }
    if (!marker)
        return false;
    const QStringView value = rest.sliced(valueStart).trimmed();
    if (!valueFits(marker->field, value))
        return false;
    assign(task, marker->field,
           marker->priority ? QString::fromUtf16(marker->priority) : value.toString());
    rest = head.chopped(QStringView(marker->emoji).size());
    return true;
}

// Dataview inline fields such as "[due:: 2025-10-31]".
bool takeDataviewField(QStringView &rest, Task &task)
{
    if (!rest.endsWith(u']'))
        return false;
    const qsizetype open = rest.lastIndexOf(u'[');
    if (open < 0)
        return false;
    const QStringView inner = rest.sliced(open + 1, rest.size() - open - 2);
    const qsizetype sep = inner.indexOf(u"::");
    if (sep <= 0)
        return false;
    const QString key = inner.first(sep).trimmed().toString().toLower();
    const QStringView value = inner.sliced(sep + 2).trimmed();
    static const QHash<QString, Field> dates {
        { QStringLiteral("due"), Field::Due }, { QStringLiteral("scheduled"), Field::Scheduled },
        { QStringLiteral("start"), Field::Start }, { QStringLiteral("created"), Field::Created },
        { QStringLiteral("completion"), Field::Done }, { QStringLiteral("cancelled"), Field::Cancelled },
    };
    static const QStringList priorities { QStringLiteral("highest"), QStringLiteral("high"),
                                          QStringLiteral("medium"), QStringLiteral("low"),
                                          QStringLiteral("lowest"), QStringLiteral("normal") };
    if (const auto it = dates.constFind(key); it != dates.cend() && isDatePattern(value)) {
        assign(task, *it, value.toString());
    } else if (key == u"priority" && priorities.contains(value.toString().toLower())) {
        task.priority = value.toString().toLower();
    } else if (key == u"repeat" && !value.isEmpty()) {
        task.recurrence = value.toString();
    } else if (key == u"id" || key == u"dependson" || key == u"oncompletion") {
        const Field field = key == u"id" ? Field::Id : key == u"dependson" ? Field::DependsOn : Field::OnCompletion;
        if (valueFits(field, value))
            assign(task, field, value.toString());
    } else {
        return false;
    }
    rest = rest.first(open);
    return true;
}

bool takeTag(QStringView &rest)
{
    qsizetype space = rest.size() - 1;
    while (space >= 0 && !rest.at(space).isSpace())
        --space;
    const QStringView token = rest.sliced(space + 1);
    if (!TagScanner::isTag(token))
        return false;
    rest = rest.first(std::max<qsizetype>(space, 0));
    return true;
}

std::optional<QString> takeOwner(QStringView &rest)
{
    static const QRegularExpression owner(QStringLiteral(
        "\\s@([\\p{Lu}\\p{Lt}\\p{Lo}][\\p{L}\\p{M}\\p{N}.'-]*"
        "(?:[ \\t]+[\\p{Lu}\\p{Lt}\\p{Lo}][\\p{L}\\p{M}\\p{N}.'-]*){0,3})$"));
    const qsizetype at = rest.lastIndexOf(u'@');
    if (at <= 0)
        return std::nullopt;
    const auto match = owner.match(rest.sliced(at - 1));
    if (!match.hasMatch())
        return std::nullopt;
    rest = rest.first(at - 1);
    return match.captured(1);
}

// `description` with each Obsidian comment's characters made '%': one word that is no field, tag
// or owner, so that nothing hidden is read, and what lies left of it is read as Tasks reads it.
// Null when the description has no comment.
QString withCommentsMasked(QStringView description)
{
    QString masked;
    for (const ObsidianComments::Span &span : ObsidianComments::inLine(description)) {
        if (masked.isNull())
            masked = description.toString();
        masked.replace(span.start, span.end - span.start, QString(span.end - span.start, u'%'));
    }
    return masked;
}

} // namespace

std::optional<TaskLineParser::Checkbox> TaskLineParser::checkbox(QStringView line)
{
    static const QRegularExpression re(QStringLiteral(
        "^[ \\t]*(?:>[ \\t]?)*[ \\t]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)+\\[(.)\\](?=\\s|$)"));
    const auto match = re.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    Checkbox box;
    box.statusPos = match.capturedStart(1);
    box.statusLen = match.capturedLength(1);
    box.descriptionPos = match.capturedEnd(0);
    return box;
}

std::optional<Task> TaskLineParser::parse(QStringView line)
{
    const auto box = checkbox(line);
    if (!box)
        return std::nullopt;
    Task task;
    task.status = line.sliced(box->statusPos, box->statusLen).toString();
    task.state = stateForStatus(task.status);
    parseDescription(line.sliced(box->descriptionPos), task);
    return task;
}

void TaskLineParser::parseDescription(QStringView description, Task &task)
{
    const QString masked = withCommentsMasked(description);
    const QStringView visible = masked.isNull() ? description : QStringView(masked);
    TagScanner::scan(visible, u' ', task.tags);
    task.tags.removeDuplicates();

    QStringView rest = visible.trimmed();
    static const QRegularExpression blockId(QStringLiteral("\\s\\^[A-Za-z0-9-]+$"));
    if (const auto m = blockId.match(rest); m.hasMatch())
        rest = rest.first(m.capturedStart());

    // Like Tasks, keep reading fields from the end until a word is not one; bounded by the length.
    for (int guard = 0; guard < 1000; ++guard) {
        rest = QStringView(rest).trimmed();
        if (!(takeTag(rest) || takeEmojiField(rest, task) || takeDataviewField(rest, task)))
            break;
    }
    // Keep the space before the text so that a description of just "@Bob" still has an owner.
    // (An emptied view may have lost its data pointer, hence the guards.)
    const qsizetype lead = rest.isEmpty() ? 0 : rest.data() - visible.data();
    QStringView head = lead > 0 ? visible.sliced(lead - 1, rest.size() + 1) : rest;
    task.owner = takeOwner(head);
    // The text as the line has it, comments and all: Tasks's description.
    task.text = head.isEmpty()
        ? QString()
        : description.sliced(head.data() - visible.data(), head.size()).trimmed().toString();
    if (task.recurrence && !Recurrence::parse(*task.recurrence))
        task.warnings.append(QStringLiteral("the rule \"%1\" is not one Vaultview can follow: completing the task "
                                            "will not create its next occurrence")
                                 .arg(*task.recurrence));
}

} // namespace core
