// The three questionnaires, word for word as published, with their LOINC codes.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::assessments {

/// One answer option: its published wording and its score.
struct Option {
    QString text;
    int value = 0;
};

/// One question: 1-based number, LOINC item code, published wording, options.
struct Item {
    int number = 0;
    QString code;
    QString text;
    QList<Option> options;
};

/// A questionnaire as published. `id` is the entry kind ("phq9", "gad7",
/// "audit-c"); `difficulty` is PHQ-9's unscored last question (number 0
/// when the instrument has none).
struct Instrument {
    QString id;
    QString name;       ///< "PHQ-9"
    QString fullName;   ///< "Patient Health Questionnaire (PHQ-9)"
    QString stem;       ///< the lead-in the items complete ("" for AUDIT-C)
    QString panelCode;  ///< LOINC panel
    QString totalCode;  ///< LOINC total score
    QList<Item> items;
    Item difficulty;    ///< unscored; number 0 when absent
    int maxTotal = 0;
    QString source;     ///< who published it, and the reproduction statement
};

/// "phq9", "gad7", "audit-c", in the order the module shows them.
QStringList instrumentIds();
/// The instrument, or nullptr for an unknown id.
const Instrument* instrument(const QString& id);

} // namespace tessera::assessments
