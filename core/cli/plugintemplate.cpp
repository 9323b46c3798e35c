#include "plugintemplate.h"

#include "plugins/manifest.h"
#include "plugins/version.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tessera::cli {

using sdk::ErrorCode;
using sdk::makeError;

QString camelCaseId(const QString& id)
{
    QString out;
    for (const QString& part : id.split(QRegularExpression(QStringLiteral("[.-]")), Qt::SkipEmptyParts))
        out += part.left(1).toUpper() + part.mid(1);
    return out;
}

sdk::Result<QStringList> writePluginTemplate(const QString& id, const QString& folder)
{
    if (!core::isValidPluginId(id))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a module id: use lowercase letters, digits, '.' and '-', "
                                        "e.g. org.example.sleep").arg(id));
    QDir dir(folder);
    if (dir.exists() && !dir.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is not empty; choose a new folder").arg(folder));
    const QString camel = camelCaseId(id);
    const QString lastWords = id.section(QLatin1Char('.'), -1).replace(QLatin1Char('-'), QLatin1Char(' '));
    const QString name = lastWords.left(1).toUpper() + lastWords.mid(1);
    QString ns = id;
    ns.replace(QRegularExpression(QStringLiteral("[.-]")), QStringLiteral("_"));
    if (ns.front().isDigit())
        ns.prepend(QLatin1Char('m'));
    const core::Version sdk = core::sdkVersion();
    const QList<QPair<QString, QString>> replacements{
        {QStringLiteral("@ID@"), id},
        {QStringLiteral("@NAME@"), name},
        {QStringLiteral("@CLASS@"), camel + QStringLiteral("Plugin")},
        {QStringLiteral("@URI@"), camel},
        {QStringLiteral("@NAMESPACE@"), ns},
        {QStringLiteral("@SDK@"), QStringLiteral("%1.%2").arg(sdk.major).arg(sdk.minor)}};

    QStringList written;
    QDirIterator it(QStringLiteral(":/template"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(QStringLiteral(":/template/").size());
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Internal, QStringLiteral("the template file %1 is missing").arg(relative));
        QString text = QString::fromUtf8(in.readAll());
        for (const auto& [from, to] : replacements)
            text.replace(from, to);
        const QString target = dir.filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
            return makeError(ErrorCode::Storage, QStringLiteral("%1: %2").arg(target, out.errorString()));
        written << relative;
    }
    written.sort();
    return written;
}

} // namespace tessera::cli
