#include "journalbackend.h"

#include "journalcontent.h"
#include "journalplugin.h"
#include "journalstats.h"

#include <tessera/sdk/journal.h>
#include <tessera/sdk/plugincontext.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>

namespace tessera::journal {

using namespace tessera::sdk;

namespace {
QString jtr(const char* text) { return QCoreApplication::translate("Journal", text); }

QString firstLine(const QString& text, int max)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > max)
        line = line.left(max - 1).trimmed() + QChar(0x2026);
    return line;
}
} // namespace

JournalBackend::JournalBackend(PluginContext& context, QObject* parent) : ModuleBackend(context, parent)
{
    // Its statistics (two aggregates over 12 weeks) after the app's first frame;
    // dueItems() counts today's check-ins itself until they are read (issue 30).
    watchJournalAfterStart(DueItems::WithoutRefresh);
    syncReminders();
}

JournalBackend::~JournalBackend() = default;

QStringList JournalBackend::feelingWords() const { return journal::feelingWords(); }
QStringList JournalBackend::prompts() const { return writingPrompts(); }

QString JournalBackend::checkinTitle(int mood)
{
    return QCoreApplication::translate("Journal", "Check-in: mood %1 of 10").arg(mood);
}

bool JournalBackend::isGeneratedCheckinTitle(const QString& title)
{
    static const QRegularExpression english(QStringLiteral("^Check-in: mood (10|[0-9]) of 10$"));
    if (english.match(title).hasMatch())
        return true;
    for (int mood = 0; mood <= 10; ++mood) {
        if (title == checkinTitle(mood))
            return true;
    }
    return false;
}

QString JournalBackend::checkinSummary(const QStringList& feelings, const QString& note)
{
    QStringList parts;
    if (!feelings.isEmpty())
        parts << feelings.join(QStringLiteral(", "));
    if (!note.trimmed().isEmpty())
        parts << firstLine(note, 120);
    return parts.join(QStringLiteral(" · "));
}

QString JournalBackend::entryTitle(const QString& text, const QString& prompt)
{
    if (!prompt.trimmed().isEmpty())
        return firstLine(prompt, 80);
    const QString line = firstLine(text, 60);
    return line.isEmpty() ? QCoreApplication::translate("Journal", "Journal entry") : line;
}

QString JournalBackend::entrySummary(const QString& text)
{
    QString flat = text.simplified();
    return flat.size() > 200 ? flat.left(199) + QChar(0x2026) : flat;
}


namespace {
// `word` in English, in the language in use, and in each of this module's
// catalogues (built into its library under :/tessera/i18n/<id>/).
QStringList everyLanguage(const char* word)
{
    QStringList out{QString::fromLatin1(word), jtr(word)};
    const QDir folder(QStringLiteral(":/tessera/i18n/" TESSERA_PLUGIN_ID));
    for (const QString& file : folder.entryList({QStringLiteral("*.qm")}, QDir::Files)) {
        QTranslator catalogue;
        if (!catalogue.load(folder.filePath(file)))
            continue;
        const QString translated = catalogue.translate("Journal", word);
        if (!translated.isEmpty() && !out.contains(translated))
            out << translated;
    }
    return out;
}
} // namespace

QString JournalBackend::supportReason(int mood, const QStringList& feelings)
{
    // The words as stored (the chips' words, maybe translated) or typed in another case.
    // In every language this module has a catalogue for, not only the one in use: a
    // check-in saved in Spanish still counts after the client switches to English
    // (issue 29; a missed word would miss the offer of help).
    auto chosen = [&feelings](const char* word) {
        const QStringList words = everyLanguage(word);
        return std::any_of(feelings.cbegin(), feelings.cend(), [&](const QString& f) {
            const QString w = f.trimmed();
            return std::any_of(words.cbegin(), words.cend(), [&](const QString& x) { return w.compare(x, Qt::CaseInsensitive) == 0; });
        });
    };
    if (chosen("hopeless"))
        return QStringLiteral("hopeless");
    if (chosen("trapped"))
        return QStringLiteral("trapped");
    if (mood >= 0 && mood <= 2)
        return QStringLiteral("low-mood");
    return {};
}

void JournalBackend::checkinSaved(const QString& reason, const QString& previousReason)
{
    // Only check-ins saved here: imports, samples and other modules' entries
    // reach the journal by other routes and are not this module's business.
    if (!reason.isEmpty() && reason != previousReason)
        context().offerSupport(reason); // a code, never the client's words
    const bool hard = !reason.isEmpty();
    if (hard != m_lastCheckinHard) {
        m_lastCheckinHard = hard;
        emit lastCheckinHardChanged();
    }
}

QString JournalBackend::saveCheckin(int mood, const QStringList& feelings, const QString& note)
{
    if (mood < 0 || mood > 10) {
        report(QCoreApplication::translate("Journal", "Choose a mood from 0 to 10."));
        return {};
    }
    EntryDraft d;
    d.kind = QStringLiteral("checkin");
    d.mood = mood;
    QJsonObject payload{{QStringLiteral("feelings"), QJsonArray::fromStringList(feelings)}};
    if (!note.trimmed().isEmpty())
        payload.insert(QStringLiteral("note"), note.trimmed());
    d.payload = payload;
    d.title = checkinTitle(mood);
    d.summary = checkinSummary(feelings, note);
    auto added = journal().add(d);
    if (!added.ok()) {
        report(added.error().toString());
        return {};
    }
    report(QString());
    logger().info(QStringLiteral("check-in saved"));
    m_checkinDraft.clear();
    emit checkinDraftChanged();
    checkinSaved(supportReason(mood, feelings), {});
    emit saved(added->id);
    return added->id;
}

QString JournalBackend::saveEntry(const QString& text, const QString& prompt)
{
    EntryDraft d;
    d.kind = QStringLiteral("entry");
    QJsonObject payload{{QStringLiteral("text"), text}};
    if (!prompt.trimmed().isEmpty())
        payload.insert(QStringLiteral("prompt"), prompt);
    d.payload = payload;
    d.title = entryTitle(text, prompt);
    d.summary = entrySummary(text);
    auto added = journal().add(d);
    if (!added.ok()) {
        report(added.error().field == QLatin1String("payload.text") ? QCoreApplication::translate("Journal", "Write something before saving.")
                                                                    : added.error().toString());
        return {};
    }
    report(QString());
    saveDraft({}, {});
    logger().info(QStringLiteral("journal entry saved"));
    emit saved(added->id);
    return added->id;
}

bool JournalBackend::updateCheckin(const QString& id, int mood, const QStringList& feelings, const QString& note)
{
    auto current = journal().get(id);
    if (!current.ok())
        return report(current.error().toString());
    QStringList before;
    for (const QJsonValue& f : current->payload.value(QStringLiteral("feelings")).toArray())
        before << f.toString();
    const QString previousReason = supportReason(current->mood.value_or(-1), before);
    EntryDraft d = EntryDraft::fromEntry(current.value());
    d.mood = std::clamp(mood, 0, 10);
    QJsonObject payload{{QStringLiteral("feelings"), QJsonArray::fromStringList(feelings)}};
    if (!note.trimmed().isEmpty())
        payload.insert(QStringLiteral("note"), note.trimmed());
    d.payload = payload;
    // A title the client or tessera-cli wrote is theirs: only the module's own
    // "Check-in: mood N of 10" follows the mood. The same for the summary
    // (an empty one is filled from the check-in).
    if (isGeneratedCheckinTitle(current->title))
        d.title = checkinTitle(*d.mood);
    if (current->summary.isEmpty() || current->summary == checkinSummary(before, current->payload.value(QStringLiteral("note")).toString()))
        d.summary = checkinSummary(feelings, note);
    auto updated = journal().update(id, d);
    if (!updated.ok())
        return report(updated.error().toString());
    report(QString());
    checkinSaved(supportReason(*d.mood, feelings), previousReason);
    emit saved(id);
    return true;
}

bool JournalBackend::updateEntry(const QString& id, const QString& text, const QString& prompt)
{
    auto current = journal().get(id);
    if (!current.ok())
        return report(current.error().toString());
    EntryDraft d = EntryDraft::fromEntry(current.value());
    const QString oldText = current->payload.value(QStringLiteral("text")).toString();
    const QString oldPrompt = current->payload.value(QStringLiteral("prompt")).toString();
    QJsonObject payload{{QStringLiteral("text"), text}};
    if (!prompt.trimmed().isEmpty())
        payload.insert(QStringLiteral("prompt"), prompt);
    d.payload = payload;
    // As for check-ins: a title or summary the client or tessera-cli wrote is kept.
    if (current->title == entryTitle(oldText, oldPrompt) || current->title == QLatin1String("Journal entry"))
        d.title = entryTitle(text, prompt);
    if (current->summary.isEmpty() || current->summary == entrySummary(oldText))
        d.summary = entrySummary(text);
    auto updated = journal().update(id, d);
    if (!updated.ok())
        return report(updated.error().toString());
    emit saved(id);
    return report(QString());
}

QVariantMap JournalBackend::load(const QString& id)
{
    auto e = journal().get(id);
    if (!e.ok()) {
        report(e.error().toString());
        return {};
    }
    QVariantMap m;
    m[QStringLiteral("id")] = e->id;
    m[QStringLiteral("kind")] = e->shortKind();
    m[QStringLiteral("mood")] = e->mood ? QVariant(*e->mood) : QVariant();
    QStringList feelings;
    for (const QJsonValue& f : e->payload.value(QStringLiteral("feelings")).toArray())
        feelings << f.toString();
    m[QStringLiteral("feelings")] = feelings;
    m[QStringLiteral("note")] = e->payload.value(QStringLiteral("note")).toString();
    m[QStringLiteral("text")] = e->payload.value(QStringLiteral("text")).toString();
    m[QStringLiteral("prompt")] = e->payload.value(QStringLiteral("prompt")).toString();
    m[QStringLiteral("when")] = e->localOccurredAt();
    m[QStringLiteral("deleted")] = e->isDeleted();
    return m;
}



namespace {
const QString kDraftKind = QStringLiteral("draft");
// Where versions before 1.4 kept the draft, in the clear even when the
// journal was encrypted: moved into the journal at the first read.
const QString kOldDraftFile = QStringLiteral("draft.json");
} // namespace

QString JournalBackend::draftText() const
{
    loadDraft();
    return m_draftText;
}

QString JournalBackend::draftPrompt() const
{
    loadDraft();
    return m_draftPrompt;
}

bool JournalBackend::isDraft(const QString& id) const
{
    if (id.isEmpty())
        return false;
    auto e = journal().get(id);
    return e.ok() && e->shortKind() == kDraftKind;
}

void JournalBackend::loadDraft() const
{
    if (m_draftRead)
        return;
    EntryQuery q;
    q.kinds = {kDraftKind};
    q.limit = 1; // the newest; there is one
    auto page = journal().query(q);
    if (!page.ok()) {
        logger().warning(QStringLiteral("could not read the journal draft: %1").arg(page.error().toString()));
        return; // asked again next time
    }
    m_draftRead = true;
    m_draftId.clear();
    m_draftText.clear();
    m_draftPrompt.clear();
    if (!page->entries.isEmpty()) {
        const Entry& e = page->entries.constFirst();
        m_draftId = e.id;
        m_draftText = e.payload.value(QStringLiteral("text")).toString();
        m_draftPrompt = e.payload.value(QStringLiteral("prompt")).toString();
    }
    if (context().dataDir().isEmpty())
        return;
    const QString oldFile = QDir(context().dataDir()).filePath(kOldDraftFile);
    QFile f(oldFile);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    const QString text = o.value(QStringLiteral("text")).toString();
    const QString prompt = o.value(QStringLiteral("prompt")).toString();
    if (m_draftId.isEmpty() && !(text.isEmpty() && prompt.isEmpty())) {
        auto* self = const_cast<JournalBackend*>(this);
        self->saveDraft(text, prompt);
        if (m_draftId.isEmpty())
            return; // not kept in the journal: the file stays for the next try
    }
    if (QFile::remove(oldFile))
        logger().info(QStringLiteral("moved the draft of an earlier version into the journal"));
}

void JournalBackend::saveDraft(const QString& text, const QString& prompt)
{
    loadDraft();
    if (text == m_draftText && prompt == m_draftPrompt)
        return;
    m_draftText = text;
    m_draftPrompt = prompt;
    emit draftChanged();
    if (text.isEmpty() && prompt.isEmpty()) {
        if (!m_draftId.isEmpty()) {
            if (const Status removed = journal().remove(m_draftId); !removed.ok())
                logger().warning(QStringLiteral("could not remove the journal draft: %1").arg(removed.error().toString()));
        }
        m_draftId.clear();
        return;
    }
    EntryDraft d;
    d.kind = kDraftKind;
    d.occurredAt = QDateTime::currentDateTimeUtc(); // when it was last written
    QJsonObject payload{{QStringLiteral("text"), text}};
    if (!prompt.isEmpty())
        payload.insert(QStringLiteral("prompt"), prompt);
    d.payload = payload;
    d.title = entryTitle(text, prompt);
    d.summary = entrySummary(text);
    if (!m_draftId.isEmpty()) {
        auto current = journal().get(m_draftId);
        if (current.ok() && !current->isDeleted() && journal().update(m_draftId, d).ok())
            return;
    }
    // None yet, or the client deleted it meanwhile: a new one.
    auto added = journal().add(d);
    if (added.ok())
        m_draftId = added->id;
    else
        logger().warning(QStringLiteral("could not keep the journal draft: %1").arg(added.error().toString()));
}

void JournalBackend::refresh()
{
    m_draftRead = false; // the client may have deleted or restored it: read again when asked
    // Two aggregates over the last 12 weeks: the start (and every refresh
    // after a save) reads no entries, however long the journal (issue 18).
    const QDate today = QDate::currentDate();
    const QDate from = statsFrom(today);
    auto days = journal().aggregate(checkinsByDay(from));
    if (!days.ok()) {
        report(days.error().toString());
        return;
    }
    auto feelings = journal().aggregate(checkinsByFeelings(from));
    if (!feelings.ok()) {
        report(feelings.error().toString());
        return;
    }
    m_recentDays = checkinDays(days.value(), today);
    m_checkinDays.clear();
    for (const AggregateRow& r : days.value()) {
        if (r.count > 0 && r.period.isValid())
            m_checkinDays.insert(r.period);
    }
    m_statsFrom = from;
    m_statsTo = today;
    m_weeklyMood.clear();
    for (const WeekMood& w : journal::weeklyMood(days.value()))
        m_weeklyMood << QVariantMap{{QStringLiteral("week"), w.weekStart}, {QStringLiteral("average"), w.average},
                                    {QStringLiteral("count"), w.checkins}};
    m_topFeelings.clear();
    const auto counts = feelingCounts(feelings.value());
    for (qsizetype i = 0; i < counts.size() && i < 5; ++i)
        m_topFeelings << QVariantMap{{QStringLiteral("word"), counts[i].first}, {QStringLiteral("count"), counts[i].second}};
    emit statsChanged();
}

// --- Things due and reminders (SDK 2.3, issue 24) ---------------------------

QString JournalBackend::checkinItemId() { return QStringLiteral("checkin"); }

QString JournalBackend::reminderSetting() { return QStringLiteral("checkinReminder"); }

QList<DueItem> JournalBackend::dueItems(const QDate& day) const
{
    bool checkedIn = false;
    if (m_statsFrom.isValid() && day >= m_statsFrom && day <= m_statsTo) {
        checkedIn = m_checkinDays.contains(day);
    } else {
        EntryQuery q;
        q.kinds = {QStringLiteral("checkin")};
        q.from = day.startOfDay();
        q.to = day.addDays(1).startOfDay();
        checkedIn = journal().count(q).valueOr(0) > 0;
    }
    DueItem i;
    i.id = checkinItemId();
    i.title = QCoreApplication::translate("Journal", "Daily check-in");
    i.detail = checkedIn ? QCoreApplication::translate("Journal", "Checked in today") : QCoreApplication::translate("Journal", "How are you feeling? A minute is enough.");
    i.dueDate = day;
    i.state = checkedIn ? DueItem::State::Done : DueItem::State::Due;
    i.pageId = QStringLiteral("checkin");
    // No offersDone or offersSkip: a check-in needs the client's own rating,
    // so it is done on the check-in page, never in one step.
    return {i};
}

QList<Reminder> JournalBackend::checkinReminders(const QDate& today, const QDate& keepStart) const
{
    const QJsonValue setting = context().settings().value(reminderSetting());
    const QString text = setting.toString().trimmed();
    if (setting.isUndefined() || setting.isNull() || text.isEmpty())
        return {}; // none by default
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!setting.isString() || !time.isValid()) {
        logger().warning(QStringLiteral("settings.%1 is not a time like 20:00: no check-in reminder").arg(reminderSetting()));
        return {};
    }
    Reminder r;
    r.id = checkinItemId();
    r.title = QCoreApplication::translate("Journal", "Daily check-in");
    r.pageId = QStringLiteral("checkin");
    r.startDate = keepStart.isValid() ? keepStart : today;
    r.time = time;
    r.repeat = Reminder::Repeat::Daily;
    r.dueItemId = checkinItemId(); // not fired on a day already checked in
    return {r};
}

void JournalBackend::syncReminders()
{
    QDate keepStart;
    if (auto current = context().reminders().list(); current.ok()) {
        for (const Reminder& r : current.value()) {
            if (r.id == checkinItemId())
                keepStart = r.startDate;
        }
    }
    const Status s = context().reminders().replaceAll(checkinReminders(QDate::currentDate(), keepStart));
    if (!s.ok())
        logger().warning(QStringLiteral("check-in reminder not updated: %1").arg(s.error().field.isEmpty() ? s.error().message : s.error().field));
}

} // namespace tessera::journal
