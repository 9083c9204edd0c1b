// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/launchoptions.h"

#include "ui/session/settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace ui {

namespace {

bool isFolder(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

} // namespace

std::optional<LaunchOptions> LaunchOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Browse a vault of Markdown meeting notes."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"), QStringLiteral("The vault to open."), QStringLiteral("DIR"));
    const QCommandLineOption indexOption(
        QStringLiteral("index"), QStringLiteral("Keep the index in FILE."), QStringLiteral("FILE"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
        QStringLiteral("Render the window to FILE once loaded, then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption selectOption(QStringLiteral("select"),
        QStringLiteral("Show the meeting at PATH (vault-relative)."), QStringLiteral("PATH"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Window size, e.g. 1500x900."), QStringLiteral("WxH"));
    const QCommandLineOption paletteOption(QStringLiteral("palette"),
        QStringLiteral("light or dark instead of the system palette."), QStringLiteral("NAME"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QStringLiteral("Start in a view: meetings, tasks, triage, duplicates, people, decisions or "
                       "timeline."),
        QStringLiteral("NAME"));
    parser.addOptions({ vaultOption, indexOption, shotOption, selectOption, sizeOption,
        paletteOption, viewOption });
    parser.addPositionalArgument(QStringLiteral("VAULT"),
        QStringLiteral("The vault to open (default: the last one)."), QStringLiteral("[VAULT]"));
    const auto fail = [error](const QString &message) -> std::optional<LaunchOptions> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());

    LaunchOptions options;
    options.help = parser.isSet(helpOption);
    options.version = parser.isSet(versionOption);
    options.helpText = parser.helpText();
    // The file manager may hand over several notes (Exec=vaultview %F): the first one is shown.
    const QStringList positional = parser.positionalArguments();
    const auto isFile = [](const QString &path) { return QFileInfo(path).isFile(); };
    if (positional.size() > 1 && !std::all_of(positional.cbegin(), positional.cend(), isFile))
        return fail(QStringLiteral("only one vault can be opened"));
    options.vault = parser.isSet(vaultOption) ? parser.value(vaultOption) : positional.value(0);
    if (parser.isSet(vaultOption) && !positional.isEmpty())
        return fail(QStringLiteral("give the vault either as an argument or with --vault"));
    options.indexPath = parser.value(indexOption);
    options.screenshot = parser.value(shotOption);
    options.select = parser.value(selectOption);
    if (QFileInfo(options.vault).isFile()) {
        const QString note = QFileInfo(options.vault).absoluteFilePath();
        options.vault = vaultRootOf(note);
        if (options.select.isEmpty())
            options.select = QDir(options.vault).relativeFilePath(note);
    }
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
        const auto match = re.match(parser.value(sizeOption));
        if (!match.hasMatch())
            return fail(QStringLiteral("--size takes WIDTHxHEIGHT, e.g. 1500x900"));
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    options.palette = parser.value(paletteOption).toLower();
    if (!options.palette.isEmpty() && options.palette != u"light" && options.palette != u"dark")
        return fail(QStringLiteral("--palette takes light or dark"));
    options.view = parser.value(viewOption).toLower();
    static const QStringList views { QStringLiteral("meetings"), QStringLiteral("tasks"),
        QStringLiteral("triage"), QStringLiteral("duplicates"), QStringLiteral("people"),
        QStringLiteral("decisions"), QStringLiteral("timeline") };
    if (!options.view.isEmpty() && !views.contains(options.view))
        return fail(QStringLiteral("--view takes one of ") + views.join(QStringLiteral(", ")));
    return options;
}

QString LaunchOptions::sampleVaultPath(const QString &applicationDir)
{
    // The build tree links <build>/share/vaultview/sample-vault to the sources, so this one rule
    // serves a build and an installed tree alike.
    const QStringList candidates { qEnvironmentVariable("VAULTVIEW_SAMPLE_VAULT"),
        applicationDir + QStringLiteral("/" VAULTVIEW_DATADIR_FROM_BINDIR "/vaultview/sample-vault") };
    for (const QString &candidate : candidates) {
        if (isFolder(candidate))
            return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
    }
    return {};
}

QString LaunchOptions::vaultRootOf(const QString &notePath)
{
    const QDir noteFolder = QFileInfo(notePath).absoluteDir();
    for (QDir dir = noteFolder;; ) {
        if (QFileInfo(dir.filePath(QStringLiteral(".obsidian"))).isDir())
            return dir.absolutePath();
        if (!dir.cdUp())
            return noteFolder.absolutePath();
    }
}

QString LaunchOptions::initialVault(const Settings &settings, const QString &applicationDir) const
{
    if (!vault.isEmpty())
        return QFileInfo(vault).absoluteFilePath();
    if (!screenshotMode() && isFolder(settings.lastVault()))
        return settings.lastVault();
    return sampleVaultPath(applicationDir);
}

} // namespace ui
