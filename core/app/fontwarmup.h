// The system's font list read on a helper thread while the app starts
// (issue 30). The first text the shell lays out asks Qt's font database for a
// font; the database is filled on first use from fontconfig (its
// configuration, every installed font), 35 M instructions here, about 12 ms,
// on the path to the first frame. QFontDatabase is thread-safe: filling it on
// a second core while the journal opens and the modules start takes that off
// the path. Made right after the application object; joined before it goes.
#pragma once

#include <thread>

namespace tessera::core {

class FontWarmUp {
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp&) = delete;
    FontWarmUp& operator=(const FontWarmUp&) = delete;

private:
    std::thread m_thread;
};

} // namespace tessera::core
