#include <tessera/sdk/dueitems.h>

#include "extension_p.h"

namespace tessera::sdk {

DueItemSource::DueItemSource() = default;
DueItemSource::~DueItemSource() = default;

DueItemActions::DueItemActions() = default;
DueItemActions::~DueItemActions() = default;

bool DueItem::offersDone() const { return ExtensionData::field(ext, QStringLiteral("offersDone")).toBool(); }
void DueItem::setOffersDone(bool offers)
{
    ExtensionData::setField(ext, QStringLiteral("offersDone"), offers ? QVariant(true) : QVariant());
}
bool DueItem::offersSkip() const { return ExtensionData::field(ext, QStringLiteral("offersSkip")).toBool(); }
void DueItem::setOffersSkip(bool offers)
{
    ExtensionData::setField(ext, QStringLiteral("offersSkip"), offers ? QVariant(true) : QVariant());
}
QString DueItem::entryId() const { return ExtensionData::field(ext, QStringLiteral("entryId")).toString(); }
void DueItem::setEntryId(const QString& id)
{
    ExtensionData::setField(ext, QStringLiteral("entryId"), id.isEmpty() ? QVariant() : QVariant(id));
}

} // namespace tessera::sdk
