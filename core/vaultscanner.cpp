#include "vaultscanner.h"

#include "logging.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace core {

namespace {

void scanFolder(const QString &absolute, const QString &relative, VaultScanner::Result &result)
{
    QDir dir(absolute);
    if (!dir.isReadable()) {
        result.warnings.append(QStringLiteral("folder could not be read: ") + relative);
        qCWarning(lcScanner) << "cannot read" << absolute;
        return;
    }
    const auto filters = QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden
        | QDir::System | QDir::NoSymLinks;
    QDirIterator it(absolute, filters);
    QStringList folders;
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString name = info.fileName();
        if (name.startsWith(u'.') || info.isSymLink())
            continue;
        const QString path = relative.isEmpty() ? name : relative + u'/' + name;
        if (info.isDir()) {
            folders.append(path);
        } else if (info.isFile() && VaultScanner::isNoteName(name)) {
            result.entries.append({ path, info.size(), info.lastModified().toMSecsSinceEpoch() });
        }
    }
    for (const QString &folder : std::as_const(folders))
        scanFolder(absolute + u'/' + folder.section(u'/', -1), folder, result);
}

} // namespace

bool VaultScanner::isNoteName(QStringView name)
{
    return name.size() > 3 && name.endsWith(u".md", Qt::CaseInsensitive);
}

bool VaultScanner::isNotePath(QStringView relative)
{
    const auto parts = relative.split(u'/');
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.startsWith(u'.'))
            return false;
    }
    return isNoteName(parts.last());
}

VaultScanner::Result VaultScanner::scan(const QString &root)
{
    Result result;
    scanFolder(root, QString(), result);
    // A conflict copy whose original is gone is the only version left: it stays a note.
    QSet<QString> paths;
    for (const Entry &entry : std::as_const(result.entries))
        paths.insert(entry.path);
    QList<Entry> notes;
    for (Entry &entry : result.entries) {
        const auto original = conflictOriginal(entry.path);
        if (original && paths.contains(*original))
            result.conflicts.append({ entry.path, *original });
        else
            notes.append(std::move(entry));
    }
    result.entries = std::move(notes);
    return result;
}

std::optional<QString> VaultScanner::conflictOriginal(QStringView relative)
{
    static const QRegularExpression syncthing(QStringLiteral("^(.*)\\.sync-conflict-\\d{8}-\\d{6}(?:-[A-Z0-9]+)?(\\.[^./]+)$"));
    static const QRegularExpression dropbox(QStringLiteral("^(.*?) \\([^()/]*conflicted copy[^()/]*\\)(\\.[^./]+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *re : { &syncthing, &dropbox }) {
        const auto m = re->match(relative);
        if (m.hasMatch())
            return m.captured(1) + m.captured(2);
    }
    return std::nullopt;
}

} // namespace core
