// Which people and which kinds of event go with changes in mood.
#pragma once

#include <tessera/sdk/entry.h>

#include <QList>

namespace tessera::ipt {

struct MoodGroup {
    QString key;      ///< the name in lower case, or the tone code
    QString name;     ///< as shown
    int count = 0;    ///< events with a mood
    double average = 0;
    double difference = 0; ///< average minus the overall average
};

struct MoodInsights {
    int events = 0;         ///< events with a mood
    double overall = 0;     ///< their average mood
    QList<MoodGroup> people; ///< people with at least `minEvents` events, largest difference first
    QList<MoodGroup> tones;  ///< by tone of the event, in toneCodes() order, empty tones left out
};

/// From Journal::aggregate() rows over entries of kind ipt/event with value
/// "mood": `byPerson` grouped by "payload.person" (names that differ only in
/// case or spaces are one person), `byTone` by "payload.tone". Events without
/// a mood are left out (AggregateRow::valued).
MoodInsights moodInsights(const QList<sdk::AggregateRow>& byPerson, const QList<sdk::AggregateRow>& byTone, int minEvents = 2);

} // namespace tessera::ipt
