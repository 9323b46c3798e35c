#include "cli.h"

#include <QCoreApplication>
#include <QStringDecoder>

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
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_HOST_VERSION));
    return tessera::cli::run(arguments, notUtf8);
}
