#include "fontwarmup.h"

#include <QFontDatabase>
#include <QStringList>

namespace tessera::core {

FontWarmUp::FontWarmUp()
    : m_thread([] {
          // Any database call fills it (under Qt's own lock); the answer is not needed.
          (void)QFontDatabase::families();
      })
{
}

FontWarmUp::~FontWarmUp()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace tessera::core
