// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/settings.h"
#include "ui/shell/launchoptions.h"
#include "ui/shell/logging.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/singleinstance.h"
#include "ui/shell/viewswitcher.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <memory>
#include <optional>

namespace {

// --screenshot, --help and --version must work on a machine without a display.
void chooseOffscreenIfHeadless(int argc, char *argv[])
{
    bool windowless = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        windowless = windowless || arg.startsWith("--screenshot") || arg == "--help" || arg == "-h"
            || arg == "--help-all" || arg == "--version" || arg == "-v";
    }
    if (windowless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

QIcon appIcon()
{
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/%1.png").arg(size), QSize(size, size));
    return icon;
}

// The window speaks the system locale's language when translations/ has it (embedded under
// :/i18n), and Qt's own dialogs and buttons too when Qt's translations are installed.
void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // English is the source language: its .qm holds only the plural forms ("1 meeting").
    auto *own = new QTranslator(&app);
    if (own->load(
            QLocale(), QStringLiteral("vaultview"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("vaultview_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

void applyPalette(const QString &name)
{
    if (name.isEmpty())
        return;
    // Fusion draws with the palette it is given; native styles may not.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(
        name == u"dark" ? ui::Theme::darkPalette() : ui::Theme::lightPalette());
}

// Renders the window once it has loaded, then quits with 0 when the file was written.
void scheduleScreenshot(QApplication &app, ui::MainWindow &window, const QString &file)
{
    const auto take = [&app, &window, file] {
        const bool ok = window.grab().save(file);
        QTextStream(stderr) << (ok ? "screenshot written to " : "cannot write the screenshot ")
                            << file << '\n';
        app.exit(ok ? 0 : 1);
    };
    // A short delay lets deferred layouts (wrapped rows) settle.
    QObject::connect(
        &window, &ui::MainWindow::ready, &app, [take] { QTimer::singleShot(300, take); });
    QTimer::singleShot(180000, &app, [take] {
        qCWarning(ui::lcShell) << "the vault did not finish loading in time; rendering it as it is";
        take();
    });
}

// A later launch on this vault asks for a note: show it, and bring the window to the front.
void answerLaterLaunches(ui::SingleInstance &instance, ui::MainWindow &window)
{
    QObject::connect(&window, &ui::MainWindow::vaultOpened, &instance, &ui::SingleInstance::listen);
    QObject::connect(&instance, &ui::SingleInstance::noteRequested, &window, [&window](const QString &note) {
        if (!note.isEmpty()) {
            window.switcher()->setCurrent(ui::ViewSwitcher::Meetings);
            window.selectMeeting(note);
        }
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    chooseOffscreenIfHeadless(argc, argv);
    QApplication app(argc, argv);
    installTranslators(app);
    QApplication::setOrganizationName(QStringLiteral("Vaultview"));
    QApplication::setApplicationName(QStringLiteral("vaultview"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vaultview"));
    QApplication::setApplicationVersion(QStringLiteral(VAULTVIEW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(VAULTVIEW_APP_ID));
    QApplication::setWindowIcon(appIcon());

    QString error;
    const auto options = ui::LaunchOptions::parse(QApplication::arguments(), &error);
    if (!options) {
        QTextStream(stderr) << "vaultview: " << error << "\nTry vaultview --help.\n";
        return 2;
    }
    if (options->help || options->version) {
        QTextStream(stdout) << (options->help
                ? options->helpText
                : QStringLiteral("vaultview " VAULTVIEW_VERSION "\n"));
        return 0;
    }
    applyPalette(options->palette);

    // Screenshots neither read nor change the user's settings.
    std::optional<QTemporaryDir> scratch;
    if (options->screenshotMode())
        scratch.emplace();
    const auto settings = scratch
        ? std::make_unique<ui::Settings>(scratch->filePath(QStringLiteral("settings.ini")))
        : std::make_unique<ui::Settings>();
    const QString vault = options->initialVault(*settings, QApplication::applicationDirPath());
    if (!options->screenshotMode() && !vault.isEmpty()
        && ui::SingleInstance::handOver(vault, options->select)) {
        QTextStream(stderr) << "vaultview: shown in the window that has " << vault << " open\n";
        return 0;
    }
    ui::MainWindow window(*settings, *options);
    ui::SingleInstance instance;
    if (options->screenshotMode()) {
        window.setAttribute(Qt::WA_DontShowOnScreen);
        scheduleScreenshot(app, window, options->screenshot);
    } else {
        answerLaterLaunches(instance, window);
    }
    window.show();
    if (vault.isEmpty()) {
        QTextStream(stderr) << "vaultview: no vault given and the sample vault was not found\n";
        if (options->screenshotMode())
            return 1;
    } else if (!window.openVault(vault) && options->screenshotMode()) {
        QTextStream(stderr) << "vaultview: " << window.lastError() << '\n';
        return 1;
    }
    return QApplication::exec();
}
