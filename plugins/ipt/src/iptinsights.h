// Which people and which kinds of event go with changes in mood.
#pragma once

#include <tessera/sdk/entry.h>

#include <QList>

namespace tessera::ipt {

struct MoodGroup {
    QString key;      ///< person key (or lower-case name when none), or tone code
    QString name;     ///< as shown
    int count = 0;
    double average = 0;
    double difference = 0; ///< average minus the overall average
};

struct MoodInsights {
    int events = 0;         ///< events with a mood
    double overall = 0;     ///< their average mood
    QList<MoodGroup> people; ///< people with at least `minEvents` events, largest difference first
    QList<MoodGroup> tones;  ///< by tone of the event, in toneCodes() order, empty tones left out
};

/// From entries of kind ipt/event (payload person, personKey, tone; Entry::mood).
/// Entries without a mood are left out.
MoodInsights moodInsights(const QList<sdk::Entry>& events, int minEvents = 2);

} // namespace tessera::ipt
