#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringDecoder>

#include <memory>

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
