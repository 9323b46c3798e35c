// The Share page's preview images (issue 23), for the app's QML engine.
#pragma once

#include <QQuickImageProvider>

namespace tessera::core {

class ShareController;

/// Serves image://share-preview/<key>/<revision>/<index>: page <index> of
/// the report preview, when <key> is the controller's (see
/// ShareController::previewSource).
class SharePreviewProvider : public QQuickImageProvider {
public:
    explicit SharePreviewProvider(const ShareController& share);
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    const ShareController& m_share;
};

} // namespace tessera::core
