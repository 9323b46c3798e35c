#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringDecoder>

#include <cstdio>
#include <memory>

namespace {
QtMessageHandler g_qtHandler = nullptr;

// Qt's "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to ..." was the
// first line of every `report` (a terminal with no desktop session, a
// container): it is about Qt's scratch folder, which the CLI does not use.
void quietAboutRuntimeDir(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_qtHandler)
        g_qtHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}
} // namespace

int main(int argc, char* argv[])
{
    // The raw bytes, before Qt decodes them: bytes that are not UTF-8 would
    // become replacement characters, and the CLI refuses them instead.
    QStringList arguments;
    QList<qsizetype> notUtf8;
    for (int i = 0; i < argc; ++i) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless); // stateless: a cut-off sequence at the end is an error too
        arguments << QString(utf8(QByteArrayView(argv[i])));
        if (utf8.hasError() && i > 0) // the program's own path is not the person's input
            notUtf8 << i;
    }
    // `report` draws its pages (fonts need a QGuiApplication); no window is
    // shown, so no display is needed.
    std::unique_ptr<QCoreApplication> app;
    if (tessera::cli::needsGuiApplication(arguments)) {
        g_qtHandler = qInstallMessageHandler(quietAboutRuntimeDir);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_HOST_VERSION));
    return tessera::cli::run(arguments, notUtf8);
}
