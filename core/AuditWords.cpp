// SPDX-License-Identifier: Apache-2.0
#include "core/AuditWords.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Etalon::AuditWords {

namespace {

using Words = std::pair<const char*, const char*>;

// One place for the words of every action the trail records; the Vietnamese is in etalon_vi.ts ("Etalon" context).
constexpr std::array actions{
    Words{"lab.init", QT_TRANSLATE_NOOP("Etalon", "Lab created")},
    Words{"lab.upgrade", QT_TRANSLATE_NOOP("Etalon", "Lab file upgraded")},
    Words{"lab.backup", QT_TRANSLATE_NOOP("Etalon", "Backup made")},
    Words{"lab.migrate", QT_TRANSLATE_NOOP("Etalon", "Lab copied to another database to move it there")},
    Words{"lab.moved", QT_TRANSLATE_NOOP("Etalon", "Lab moved: this copy is kept to be read only")},
    Words{"lab.backup-failed", QT_TRANSLATE_NOOP("Etalon", "Backup failed")},
    Words{"lab.restore", QT_TRANSLATE_NOOP("Etalon", "Lab restored from a backup")},
    Words{"demo.generate", QT_TRANSLATE_NOOP("Etalon", "Demo data generated")},
    Words{"settings.set", QT_TRANSLATE_NOOP("Etalon", "Lab setting changed")},
    Words{"scope.set", QT_TRANSLATE_NOOP("Etalon", "Designation scope set")},
    Words{"scope.remove", QT_TRANSLATE_NOOP("Etalon", "Designation scope removed")},
    Words{"catalog.type", QT_TRANSLATE_NOOP("Etalon", "Instrument type changed in the catalogue")},
    Words{"catalog.procedure", QT_TRANSLATE_NOOP("Etalon", "Procedure changed in the catalogue")},
    Words{"user.add", QT_TRANSLATE_NOOP("Etalon", "User added")},
    Words{"user.passwd", QT_TRANSLATE_NOOP("Etalon", "Password changed")},
    Words{"user.authorize", QT_TRANSLATE_NOOP("Etalon", "Verifier card recorded")},
    Words{"user.title", QT_TRANSLATE_NOOP("Etalon", "User's title changed")},
    Words{"user.revoke", QT_TRANSLATE_NOOP("Etalon", "Verifier card removed")},
    Words{"organisation.add", QT_TRANSLATE_NOOP("Etalon", "Organisation registered")},
    Words{"organisation.edit", QT_TRANSLATE_NOOP("Etalon", "Organisation's details changed")},
    Words{"instrument.add", QT_TRANSLATE_NOOP("Etalon", "Instrument registered")},
    Words{"instrument.edit", QT_TRANSLATE_NOOP("Etalon", "Instrument's details changed")},
    Words{"instrument.transfer", QT_TRANSLATE_NOOP("Etalon", "Instrument transferred to another owner")},
    Words{"import.organisations", QT_TRANSLATE_NOOP("Etalon", "Organisations imported")},
    Words{"import.instruments", QT_TRANSLATE_NOOP("Etalon", "Instruments imported")},
    Words{"standard.add", QT_TRANSLATE_NOOP("Etalon", "Standard registered")},
    Words{"standard.item-add", QT_TRANSLATE_NOOP("Etalon", "Weight added to a set")},
    Words{"standard.calibrate", QT_TRANSLATE_NOOP("Etalon", "Calibration of a standard recorded")},
    Words{"standard.status", QT_TRANSLATE_NOOP("Etalon", "Status of a standard changed")},
    Words{"standard.limit", QT_TRANSLATE_NOOP("Etalon", "Limit of a standard set")},
    Words{"record.start", QT_TRANSLATE_NOOP("Etalon", "Record started")},
    Words{"record.reading", QT_TRANSLATE_NOOP("Etalon", "Reading recorded")},
    Words{"record.void-reading", QT_TRANSLATE_NOOP("Etalon", "Reading voided")},
    Words{"record.check", QT_TRANSLATE_NOOP("Etalon", "Checklist item set")},
    Words{"record.check-cleared", QT_TRANSLATE_NOOP("Etalon", "Checklist item taken back to not checked")},
    Words{"signing.key-created", QT_TRANSLATE_NOOP("Etalon", "Signing key made")},
    Words{"signing.passphrase-changed", QT_TRANSLATE_NOOP("Etalon", "Signing passphrase changed")},
    Words{"record.allow-standard", QT_TRANSLATE_NOOP("Etalon", "Standard allowed with a written reason")},
    Words{"record.complete", QT_TRANSLATE_NOOP("Etalon", "Record completed")},
    Words{"record.approve", QT_TRANSLATE_NOOP("Etalon", "Record approved")},
    Words{"record.reject", QT_TRANSLATE_NOOP("Etalon", "Record sent back")},
    Words{"record.revise", QT_TRANSLATE_NOOP("Etalon", "Record revised for an amendment")},
    Words{"certificate.issue", QT_TRANSLATE_NOOP("Etalon", "Certificate issued")},
    Words{"certificate.amend", QT_TRANSLATE_NOOP("Etalon", "Certificate replaced by an amendment")},
    Words{"certificate.withdraw", QT_TRANSLATE_NOOP("Etalon", "Certificate withdrawn")},
    Words{"certificate.suspect", QT_TRANSLATE_NOOP("Etalon", "Certificate marked suspect")},
    Words{"stamp.receive", QT_TRANSLATE_NOOP("Etalon", "Stamps received")},
    Words{"stamp.void", QT_TRANSLATE_NOOP("Etalon", "Stamp voided")},
    Words{"audit.checkpoint", QT_TRANSLATE_NOOP("Etalon", "Audit trail checkpoint signed")},
    Words{"programme.target", QT_TRANSLATE_NOOP("Etalon", "Programme target set")},
    Words{"programme.enrol", QT_TRANSLATE_NOOP("Etalon", "Enterprise enrolled in measurement assurance")},
    Words{"checkpoint.add", QT_TRANSLATE_NOOP("Etalon", "Check-scale point added")},
    Words{"checkpoint.equip", QT_TRANSLATE_NOOP("Etalon", "Check-scale point equipped")},
    Words{"checkpoint.status", QT_TRANSLATE_NOOP("Etalon", "Status of a check-scale point changed")},
    Words{"training.add", QT_TRANSLATE_NOOP("Etalon", "Training recorded")},
    Words{"training.attendee", QT_TRANSLATE_NOOP("Etalon", "Training attendance recorded")},
    Words{"assessment.add", QT_TRANSLATE_NOOP("Etalon", "Assessment recorded")},
};

constexpr std::array entities{
    Words{"lab", QT_TRANSLATE_NOOP("Etalon", "lab")},
    Words{"setting", QT_TRANSLATE_NOOP("Etalon", "setting")},
    Words{"scope", QT_TRANSLATE_NOOP("Etalon", "designation scope")},
    Words{"instrument_type", QT_TRANSLATE_NOOP("Etalon", "instrument type")},
    Words{"procedure", QT_TRANSLATE_NOOP("Etalon", "procedure")},
    Words{"user", QT_TRANSLATE_NOOP("Etalon", "user")},
    Words{"authorisation", QT_TRANSLATE_NOOP("Etalon", "verifier card")},
    Words{"organisation", QT_TRANSLATE_NOOP("Etalon", "organisation")},
    Words{"instrument", QT_TRANSLATE_NOOP("Etalon", "instrument")},
    Words{"import", QT_TRANSLATE_NOOP("Etalon", "import")},
    Words{"standard", QT_TRANSLATE_NOOP("Etalon", "standard")},
    Words{"standard_item", QT_TRANSLATE_NOOP("Etalon", "weight of a set")},
    Words{"standard_calibration", QT_TRANSLATE_NOOP("Etalon", "calibration of a standard")},
    Words{"record", QT_TRANSLATE_NOOP("Etalon", "record")},
    Words{"reading", QT_TRANSLATE_NOOP("Etalon", "reading")},
    Words{"certificate", QT_TRANSLATE_NOOP("Etalon", "certificate")},
    Words{"stamp", QT_TRANSLATE_NOOP("Etalon", "stamp")},
    Words{"enrolment", QT_TRANSLATE_NOOP("Etalon", "enrolment")},
    Words{"check_point", QT_TRANSLATE_NOOP("Etalon", "check-scale point")},
    Words{"training", QT_TRANSLATE_NOOP("Etalon", "training")},
    Words{"training_attendee", QT_TRANSLATE_NOOP("Etalon", "training attendee")},
    Words{"assessment", QT_TRANSLATE_NOOP("Etalon", "assessment")},
};

template <std::size_t N>
QString wordsFor(const std::array<Words, N>& table, const QString& code)
{
    for (const auto& [c, words] : table)
        if (code == QLatin1String(c))
            return QCoreApplication::translate("Etalon", words);
    return code;
}

template <std::size_t N>
QStringList codesOf(const std::array<Words, N>& table)
{
    QStringList out;
    for (const auto& entry : table)
        out.append(QString::fromLatin1(entry.first));
    return out;
}

} // namespace

QString action(const QString& code)
{
    return wordsFor(actions, code);
}

QString entity(const QString& code)
{
    return wordsFor(entities, code);
}

QStringList actionCodes()
{
    return codesOf(actions);
}

QStringList entityCodes()
{
    return codesOf(entities);
}

QStringList actionsMatching(const QString& text)
{
    const QString wanted = text.trimmed();
    QStringList out;
    if (wanted.isEmpty())
        return out;
    for (const auto& [c, words] : actions) {
        const QString code = QString::fromLatin1(c);
        if (code.contains(wanted, Qt::CaseInsensitive) ||
            QCoreApplication::translate("Etalon", words).contains(wanted, Qt::CaseInsensitive) ||
            QString::fromLatin1(words).contains(wanted, Qt::CaseInsensitive))
            out.append(code);
    }
    return out;
}

QString schemaRepair(const QString& event, const QStringList& triggers, const QString& when)
{
    const QString names = triggers.join(QStringLiteral(", "));
    if (event == QLatin1String("triggers_removed"))
        return QCoreApplication::translate("Etalon",
                                           "on %1 Etalon found and removed triggers it did not make (%2): writes made "
                                           "while they were there may have been changed by them and sealed as made")
            .arg(when, names);
    if (event == QLatin1String("triggers_restored"))
        return QCoreApplication::translate("Etalon",
                                           "on %1 Etalon put back triggers that had been removed or altered (%2): "
                                           "while they were missing, its guards against edits did not run")
            .arg(when, names);
    return QStringLiteral("%1 %2: %3").arg(when, event, names);
}

} // namespace Etalon::AuditWords
