// The problem-solving worksheet: its steps, its checks and the ranking of its options.
#pragma once

#include <tessera/sdk/payloadcheck.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tessera::resilience {

/// The steps of problem solving, in order. A worksheet is at the first step
/// it has not done; Reviewed when it has all of them.
enum class Step { Problem, Goal, Options, Weigh, Choose, Plan, Try, Reviewed };

/// The payload of kind "problem":
///  problem   what the problem is, in concrete terms (required)
///  goal      what I want instead
///  options   [{id, text, upMe, upOthers, downMe, downOthers, rating 0-10}], at most kMaxOptions
///  chosen    the id of the option chosen
///  steps     [{id, text, when "YYYY-MM-DD", done}] the action plan, at most kMaxSteps
///  tried     {happened, rating 0-10 (how it went), next}
///  draft     true while the client is still working on it: a draft may keep
///            steps and an outcome while no option is chosen, and an outcome
///            not yet rated (a worksheet left half-way is never refused)
struct Worksheet {
    static constexpr int kMaxOptions = 20;
    static constexpr int kMaxSteps = 20;

    /// The checks of the kind's payload (ranges and the rules between fields).
    static void check(sdk::PayloadCheck& c);
    /// The step `payload` is at.
    [[nodiscard]] static Step stepOf(const QJsonObject& payload);
    /// 1-based number of a step (Reviewed is 8).
    [[nodiscard]] static int number(Step step) { return static_cast<int>(step) + 1; }
    [[nodiscard]] static QString stepLabel(Step step);
    /// The options' indexes, best first: by rating, highest first; options
    /// not rated yet after every rated one; equal ratings keep the order written.
    [[nodiscard]] static QList<int> rankOptions(const QJsonArray& options);
    /// The chosen option's text, or "".
    [[nodiscard]] static QString chosenText(const QJsonObject& payload);
    /// A plain-text account of a version, for reading an earlier one.
    [[nodiscard]] static QString describe(const QJsonObject& payload);
};

} // namespace tessera::resilience
