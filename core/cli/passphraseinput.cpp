#include "passphraseinput.h"

#include <QDir>
#include <QFile>

#include <sodium.h>

#include <cstdio>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace tessera::cli {

using sdk::ErrorCode;
using sdk::makeError;

sdk::Result<QByteArray> readPassphraseFile(const QString& path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: the passphrase file cannot be read (%2)").arg(shownPath, f.errorString()));
    QByteArray all = f.read(64 * 1024);
    QByteArray line = all.left(all.indexOf('\n') < 0 ? all.size() : all.indexOf('\n'));
    if (line.endsWith('\r'))
        line.chop(1);
    sodium_memzero(all.data(), size_t(all.size()));
    if (line.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: the passphrase file's first line is empty").arg(shownPath));
    return line;
}

namespace {

sdk::Result<QByteArray> askOnce(int tty, const QString& prompt)
{
    const QByteArray p = prompt.toUtf8() + ": ";
    if (::write(tty, p.constData(), size_t(p.size())) < 0)
        return makeError(ErrorCode::Unavailable, QStringLiteral("the terminal cannot be written to"));
    termios old{};
    const bool isTerminal = ::tcgetattr(tty, &old) == 0;
    if (isTerminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n' && line.size() < 4096)
        line.append(c);
    if (isTerminal)
        ::tcsetattr(tty, TCSAFLUSH, &old);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

sdk::Result<QByteArray> promptPassphrase(const QString& prompt, bool confirm)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (tty < 0 || !::isatty(tty)) {
        if (tty >= 0)
            ::close(tty);
        return makeError(ErrorCode::Unavailable, QStringLiteral("no terminal to ask on"));
    }
    auto first = askOnce(tty, prompt);
    if (first.ok() && first.value().isEmpty())
        first = makeError(ErrorCode::InvalidArgument, QStringLiteral("the passphrase is empty"));
    if (first.ok() && confirm) {
        auto again = askOnce(tty, QStringLiteral("Again, to be sure"));
        if (!again.ok())
            first = again.error();
        else if (again.value() != first.value())
            first = makeError(ErrorCode::InvalidArgument, QStringLiteral("the two passphrases differ; nothing was changed"));
    }
    ::close(tty);
    return first;
}

sdk::Result<QByteArray> obtainPassphrase(const QString& file, const QString& prompt, bool confirm, bool useEnvironment)
{
    if (!file.isEmpty())
        return readPassphraseFile(file);
    if (useEnvironment) {
        const QString env = qEnvironmentVariable("TESSERA_PASSPHRASE_FILE");
        if (!env.isEmpty())
            return readPassphraseFile(env);
    }
    auto typed = promptPassphrase(prompt, confirm);
    if (!typed.ok() && typed.error().code == ErrorCode::Unavailable)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a passphrase is needed and there is no terminal to ask on: give --passphrase-file FILE "
                                        "(or set TESSERA_PASSPHRASE_FILE); a passphrase is never taken as an argument"));
    return typed;
}

} // namespace tessera::cli
