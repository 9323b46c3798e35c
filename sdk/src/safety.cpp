#include <tessera/sdk/safety.h>

#include <QRegularExpression>

namespace tessera::sdk {

bool mentionsRisk(const QString& text)
{
    // Plain phrases on whole words, in any case.
    static const QRegularExpression words(
        QStringLiteral("\\b(suicid\\w*|kill(ing)? myself|end(ing)? (it all|my life)|take my (own )?life|"
                       "self[- ]?harm\\w*|hurt(ing)? myself|cut(ting)? myself|want(ed)? to die|"
                       "better off (dead|without me)|no reason to live|can(['\u2019]?t|not) go on)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return words.match(text).hasMatch();
}

SafetyPlanSource::SafetyPlanSource() = default;
SafetyPlanSource::~SafetyPlanSource() = default;

} // namespace tessera::sdk
