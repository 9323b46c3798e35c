#include "sharepreviewprovider.h"

#include "sharecontroller.h"

namespace tessera::core {

SharePreviewProvider::SharePreviewProvider(const ShareController& share)
    : QQuickImageProvider(QQuickImageProvider::Image), m_share(share)
{
}

QImage SharePreviewProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    // "<key>/<revision>/<index>": the revision only makes each preview's URLs new.
    const QString key = id.section(QLatin1Char('/'), 0, 0);
    const int index = id.section(QLatin1Char('/'), 2, 2).toInt();
    const QImage image = m_share.previewImage(key, index, requestedSize.width() > 0 ? requestedSize.width() : 800);
    if (size)
        *size = image.size();
    return image;
}

} // namespace tessera::core
