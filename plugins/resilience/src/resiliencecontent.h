// What the resilience module's pages offer: the practices' steps and the words to pick from.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::resilience {

/// One step of a guided practice: a short name and what to do, in our own words.
struct PracticeStep {
    QString name;
    QString text;
};

/// Progressive muscle relaxation: the muscle groups, in order.
[[nodiscard]] const QList<PracticeStep>& muscleGroups();
/// Grounding: five things to see, four to hear, three to feel, two to smell, one to taste.
[[nodiscard]] const QList<PracticeStep>& groundingSteps();

/// The practices: "breathing", "muscle", "grounding".
[[nodiscard]] QStringList practices();
[[nodiscard]] QString practiceLabel(const QString& practice);

/// Where stress can be felt in the body (codes, and their words).
[[nodiscard]] QStringList bodyAreas();
[[nodiscard]] QString bodyAreaLabel(const QString& area);
/// Words offered for what set stress off and what helped (the client may write their own).
[[nodiscard]] QStringList triggerSuggestions();
[[nodiscard]] QStringList helpedSuggestions();

/// Situations a coping tool is for: "home", "out", "night", "people".
[[nodiscard]] QStringList situations();
[[nodiscard]] QString situationLabel(const QString& situation);
/// Ideas for the toolbox, each with its situations.
struct ToolIdea {
    QString text;
    QStringList situations;
    bool reachOut = false; ///< it means contacting someone
};
[[nodiscard]] const QList<ToolIdea>& toolIdeas();

} // namespace tessera::resilience
