// main() for a fuzz target in an ordinary build: runs LLVMFuzzerTestOneInput
// on every file in the folders given (the kept corpus and the regression
// inputs), so crashes found once stay fixed in every test run.
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

int main(int argc, char** argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
            ++files;
        }
    }
    std::printf("replayed %d inputs\n", files);
    if (const QString dir = qEnvironmentVariable("TESSERA_REPORT_DIR"); !dir.isEmpty() && files > 0) {
        QDir().mkpath(dir);
        QFile report(QDir(dir).filePath(QStringLiteral("fuzz-replay.txt")));
        const QString module = qEnvironmentVariable("TESSERA_FUZZ_MODULE");
        if (report.open(QIODevice::Append | QIODevice::Text))
            report.write(QStringLiteral("fuzz replay %1%2: %3 kept and regression inputs, no crash\n")
                             .arg(QFileInfo(QString::fromLocal8Bit(argv[0])).fileName().remove(QStringLiteral("_replay")),
                                  module.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(module))
                             .arg(files).toUtf8());
    }
    return files > 0 ? 0 : 1;
}
