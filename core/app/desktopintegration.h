// Settings > Desktop (issue 24): keep Tessera running when its window is
// closed (so reminders can appear), and start it when the client logs in
// (an XDG autostart entry). What DesktopSettings.qml reads and asks for.
// The tray icon and the window's close behaviour live in the app
// (core/app/desktopshell.*), which reads these settings.
#pragma once

#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>

namespace tessera::core {

class Host;

/// The desktop's name for Tessera: the .desktop file, the icon, the
/// autostart entry and QGuiApplication::desktopFileName().
inline constexpr const char* kDesktopId = "org.tessera.Tessera";

/// Quotes one argument for a desktop entry's Exec key (the Desktop Entry
/// Specification): as is when it has no reserved character, else in double
/// quotes with ", `, $ and \ escaped; then escaped again as a string value
/// (\ doubled) and % doubled.
QString desktopExecArgument(const QString& argument);

class DesktopIntegration : public QObject {
    Q_OBJECT
    /// Closing the window hides it instead of quitting (to the tray when
    /// there is one), so reminders can still appear. Off unless the client
    /// or the clinic profile ("desktop": {"keepRunning": true}) turns it on.
    Q_PROPERTY(bool keepRunning READ keepRunning WRITE setKeepRunning NOTIFY keepRunningChanged)
    /// Whether the clinic profile chose keepRunning's default (and the client has not chosen).
    Q_PROPERTY(bool keepRunningFromClinic READ keepRunningFromClinic NOTIFY keepRunningChanged)
    /// Whether the desktop shows a system tray (set by the app; false offscreen).
    Q_PROPERTY(bool trayAvailable READ trayAvailable NOTIFY trayAvailableChanged)
    /// Whether the autostart entry is there (and not turned off by the desktop).
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY startAtLoginChanged)
    Q_PROPERTY(QString autostartPath READ autostartPath CONSTANT)
    /// The last change that failed, in a sentence naming the file ("" after one that worked).
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    /// `autostartDir`: where the autostart entry goes; empty:
    /// $XDG_CONFIG_HOME/autostart (default ~/.config/autostart).
    explicit DesktopIntegration(Host& host, QString autostartDir = {}, QObject* parent = nullptr);
    ~DesktopIntegration() override;

    static QString defaultAutostartDir();

    [[nodiscard]] bool keepRunning() const;
    void setKeepRunning(bool keep);
    [[nodiscard]] bool keepRunningFromClinic() const;
    [[nodiscard]] bool trayAvailable() const { return m_trayAvailable; }
    void setTrayAvailable(bool available);
    [[nodiscard]] bool startAtLogin() const;
    void setStartAtLogin(bool start);
    [[nodiscard]] QString autostartPath() const;
    [[nodiscard]] QString problem() const { return m_problem; }

    /// The autostart entry's text: Exec=<tessera> --background, with
    /// --data-dir when the data folder is not the usual one.
    [[nodiscard]] QByteArray autostartEntry() const;

    /// Quits Tessera ("Quit Tessera" in Settings when no tray is there, and Ctrl+Q).
    Q_INVOKABLE void quitNow();

signals:
    void keepRunningChanged();
    void trayAvailableChanged();
    void startAtLoginChanged();
    void problemChanged();

private:
    void setProblem(const QString& problem);
    Host& m_host;
    QString m_autostartDir;
    std::unique_ptr<QSettings> m_settings;
    bool m_trayAvailable = false;
    QString m_problem;
};

} // namespace tessera::core
