// SPDX-License-Identifier: Apache-2.0
#include "core/Domain.h"

#include "core/NameTable.h"
#include "core/Plausibility.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

namespace Etalon {

namespace {

constexpr NameTable<OrganisationKind, 4> organisationKinds{
    {{OrganisationKind::Customer, "customer"},
     {OrganisationKind::Lab, "lab"},
     {OrganisationKind::CalibrationLab, "calibration-lab"},
     {OrganisationKind::NationalInstitute, "national-institute"}}};
constexpr NameTable<Role, 4> roles{
    {{Role::Technician, "technician"}, {Role::Manager, "manager"}, {Role::Auditor, "auditor"}, {Role::Admin, "admin"}}};
constexpr NameTable<RecordKind, 5> recordKinds{{{RecordKind::Initial, "initial"},
                                                {RecordKind::Periodic, "periodic"},
                                                {RecordKind::AfterRepair, "after-repair"},
                                                {RecordKind::Calibration, "calibration"},
                                                {RecordKind::Inspection, "inspection"}}};
constexpr NameTable<RecordStatus, 4> recordStatuses{{{RecordStatus::Draft, "draft"},
                                                     {RecordStatus::Completed, "completed"},
                                                     {RecordStatus::Approved, "approved"},
                                                     {RecordStatus::Issued, "issued"}}};
constexpr NameTable<StandardKind, 3> standardKinds{
    {{StandardKind::Reference, "reference"}, {StandardKind::Working, "working"}, {StandardKind::Check, "check"}}};
constexpr NameTable<StandardStatus, 3> standardStatuses{{{StandardStatus::InService, "in-service"},
                                                         {StandardStatus::Quarantined, "quarantined"},
                                                         {StandardStatus::Retired, "retired"}}};
constexpr NameTable<Stage, 2> stages{{{Stage::AsFound, "as-found"}, {Stage::AsLeft, "as-left"}}};
constexpr NameTable<WorkSite, 2> sites{{{WorkSite::Lab, "lab"}, {WorkSite::OnSite, "on-site"}}};
constexpr NameTable<Verdict, 3> verdicts{{{Verdict::None, "none"}, {Verdict::Pass, "pass"}, {Verdict::Fail, "fail"}}};

Status requireText(const QString& value, const QString& field)
{
    if (value.trimmed().isEmpty())
        return fail(Error::badInput(field, Tr::tr("%1 is required").arg(field), QStringLiteral("missing_field")));
    return {};
}

Status requireSameDimension(const std::optional<Quantity>& a, const std::optional<Quantity>& b, const QString& field)
{
    if (a && b && !a->unit().isCompatibleWith(b->unit()))
        return fail(unitMismatch(b->unit(), a->unit(), field));
    return {};
}

// The names of the catalogue's instrument types: a standard realises one of these.
Status checkStandardQuantity(const QString& quantity, const std::optional<Quantity>& rangeMax)
{
    if (quantity.isEmpty())
        return {};
    static const QStringList names{
        QStringLiteral("mass"),      QStringLiteral("volume"),      QStringLiteral("volume flow"),
        QStringLiteral("pressure"),  QStringLiteral("temperature"), QStringLiteral("voltage"),
        QStringLiteral("current"),   QStringLiteral("resistance"),  QStringLiteral("power"),
        QStringLiteral("energy"),    QStringLiteral("length"),      QStringLiteral("time"),
        QStringLiteral("frequency"), QStringLiteral("ratio")};
    if (!names.contains(quantity))
        return fail(Error::badInput(QStringLiteral("quantity"),
                                    Tr::tr("unknown quantity “%1” (%2)").arg(quantity, names.join(u", ")),
                                    QStringLiteral("unknown_quantity")));
    if (rangeMax && rangeMax->unit().quantityKey() != quantity)
        return fail(
            Error::badInput(QStringLiteral("quantity"),
                            Tr::tr("the range %1 is not of the quantity %2").arg(rangeMax->toString(), quantity),
                            QStringLiteral("unit_mismatch")));
    return {};
}

/** A range is Min < Max, and no step of the instrument is wider than the whole range. */
Status checkRange(const Instrument& instrument)
{
    const std::optional<Quantity>& min = instrument.rangeMin;
    const std::optional<Quantity>& max = instrument.rangeMax;
    if (min && max && min->compare(*max).value_or(std::strong_ordering::less) >= 0)
        return fail(Error::badInput(QStringLiteral("range-min"),
                                    Tr::tr("the range minimum must be below the range maximum"),
                                    QStringLiteral("empty_range")));
    if (!max)
        return {};
    // Without a minimum the range starts at zero; a maximum at or below zero then says nothing of its span.
    auto span = max->minus(min.value_or(Quantity(Decimal(), max->unit())));
    if (!span || !(span->value() > Decimal()))
        return {};
    for (const auto& [step, field] :
         {std::pair{instrument.resolution, QStringLiteral("resolution")},
          std::pair{instrument.verificationInterval, QStringLiteral("verification-interval")}}) {
        // A step and a span are differences: a temperature step takes no offset, unlike a temperature.
        if (step && step->asDifference().compare(*span).value_or(std::strong_ordering::less) > 0)
            return fail(Error::badInput(field,
                                        Tr::tr("%1 %2 is larger than the whole measuring range (%3)")
                                            .arg(field, step->toString(), span->toString()),
                                        QStringLiteral("step_exceeds_range")));
    }
    return {};
}

} // namespace

QString toName(OrganisationKind v)
{
    return nameIn(organisationKinds, v);
}
QString toName(Role v)
{
    return nameIn(roles, v);
}
QString toName(RecordKind v)
{
    return nameIn(recordKinds, v);
}
QString toName(RecordStatus v)
{
    return nameIn(recordStatuses, v);
}
QString toName(StandardKind v)
{
    return nameIn(standardKinds, v);
}
QString toName(StandardStatus v)
{
    return nameIn(standardStatuses, v);
}
QString toName(Stage v)
{
    return nameIn(stages, v);
}
QString toName(WorkSite v)
{
    return nameIn(sites, v);
}
QString toName(Verdict v)
{
    return nameIn(verdicts, v);
}

template <>
Result<OrganisationKind> enumFromName(const QString& name, const QString& field)
{
    return parseIn(organisationKinds, name, field);
}
template <>
Result<Role> enumFromName(const QString& name, const QString& field)
{
    return parseIn(roles, name, field);
}
template <>
Result<RecordKind> enumFromName(const QString& name, const QString& field)
{
    return parseIn(recordKinds, name, field);
}
template <>
Result<RecordStatus> enumFromName(const QString& name, const QString& field)
{
    return parseIn(recordStatuses, name, field);
}
template <>
Result<StandardKind> enumFromName(const QString& name, const QString& field)
{
    return parseIn(standardKinds, name, field);
}
template <>
Result<StandardStatus> enumFromName(const QString& name, const QString& field)
{
    return parseIn(standardStatuses, name, field);
}
template <>
Result<Stage> enumFromName(const QString& name, const QString& field)
{
    return parseIn(stages, name, field);
}
template <>
Result<WorkSite> enumFromName(const QString& name, const QString& field)
{
    return parseIn(sites, name, field);
}
template <>
Result<Verdict> enumFromName(const QString& name, const QString& field)
{
    return parseIn(verdicts, name, field);
}

namespace {

/** Unicode's default-ignorable code points, format characters and line or paragraph separators. */
bool isInvisible(char32_t c)
{
    static constexpr std::pair<char32_t, char32_t> ignorable[] = {
        {0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C},   {0x115F, 0x1160},   {0x17B4, 0x17B5},  {0x180B, 0x180F},
        {0x200B, 0x200F}, {0x2028, 0x202E}, {0x2060, 0x206F},   {0x3164, 0x3164},   {0xFE00, 0xFE0F},  {0xFEFF, 0xFEFF},
        {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF}};
    const auto category = QChar::category(c);
    if (category == QChar::Other_Format || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
        return true;
    return std::any_of(std::begin(ignorable), std::end(ignorable),
                       [c](const auto& range) { return c >= range.first && c <= range.second; });
}

} // namespace

Status checkText(const QString& value, const QString& field, int maxLength, bool multiline)
{
    if (value.size() > maxLength)
        return fail(Error::badInput(field, Tr::tr("%1 is longer than %2 characters").arg(field).arg(maxLength),
                                    QStringLiteral("too_long")));
    if (!value.isValidUtf16())
        return fail(
            Error::badInput(field, Tr::tr("%1 is not valid UTF-8 text").arg(field), QStringLiteral("invalid_text")));
    for (const char32_t c : value.toUcs4()) {
        if (QChar::category(c) == QChar::Other_Control && !(multiline && (c == u'\n' || c == u'\r' || c == u'\t')))
            return fail(Error::badInput(
                field, Tr::tr("%1 contains a control character (U+%2)").arg(field).arg(uint(c), 4, 16, QChar(u'0')),
                QStringLiteral("control_character")));
        // Bidirectional overrides, zero-width and other invisible characters make a printed name read otherwise
        // than it is stored.
        if (isInvisible(c))
            return fail(Error::badInput(field,
                                        Tr::tr("%1 contains an invisible formatting character (U+%2), such as a "
                                               "direction override or a zero-width space")
                                            .arg(field)
                                            .arg(uint(c), 4, 16, QChar(u'0')),
                                        QStringLiteral("invisible_character")));
        if (c == QChar::ReplacementCharacter)
            return fail(Error::badInput(field, Tr::tr("%1 is not valid UTF-8 text").arg(field),
                                        QStringLiteral("invalid_text")));
    }
    return {};
}

bool isVerification(RecordKind kind)
{
    return kind != RecordKind::Calibration;
}

MpeMode mpeModeFor(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Initial:
        return MpeMode::Initial;
    case RecordKind::Periodic:
        return MpeMode::Periodic;
    case RecordKind::AfterRepair:
        return MpeMode::AfterRepair;
    case RecordKind::Inspection:
        return MpeMode::Inspection;
    case RecordKind::Calibration:
        return MpeMode::Calibration;
    }
    return MpeMode::Periodic;
}

Status Organisation::validate() const
{
    ETALON_TRY(requireText(name, QStringLiteral("name")));
    for (const auto& [text, field] :
         {std::pair{name, "name"}, std::pair{taxCode, "tax-code"}, std::pair{address, "address"},
          std::pair{commune, "commune"}, std::pair{province, "province"}, std::pair{sector, "sector"},
          std::pair{phone, "phone"}})
        ETALON_TRY(checkText(text, QString::fromLatin1(field)));
    if (!taxCode.isEmpty()) {
        // Vietnamese tax codes: 10 digits, or 10 digits, a dash and 3 digits for a branch.
        static const QRegularExpression pattern(QStringLiteral("^\\d{10}(-\\d{3})?$"));
        if (!pattern.match(taxCode).hasMatch())
            return fail(Error::badInput(
                QStringLiteral("tax-code"),
                Tr::tr("tax code “%1” must be 10 digits, or 10 digits, a dash and 3 digits").arg(taxCode)));
    }
    return {};
}

std::optional<Unit> Instrument::readingUnit() const
{
    for (const auto* q : {&rangeMax, &resolution, &nominal, &rangeMin})
        if (*q)
            return (*q)->unit();
    return std::nullopt;
}

Status Instrument::validate() const
{
    ETALON_TRY(requireText(typeCode, QStringLiteral("type")));
    for (const auto& [text, field] :
         {std::pair{serial, "serial"}, std::pair{manufacturer, "manufacturer"}, std::pair{country, "country"},
          std::pair{model, "model"}, std::pair{patternApproval, "pattern-approval"}, std::pair{place, "place"},
          std::pair{accuracyClass, "class"}})
        ETALON_TRY(checkText(text, QString::fromLatin1(field), 120));
    if (ownerId <= 0)
        return fail(
            Error::badInput(QStringLiteral("owner"), Tr::tr("owner is required"), QStringLiteral("missing_field")));
    ETALON_TRY(requireSameDimension(rangeMax, rangeMin, QStringLiteral("range-min")));
    ETALON_TRY(requireSameDimension(rangeMax, resolution, QStringLiteral("resolution")));
    ETALON_TRY(requireSameDimension(resolution, verificationInterval, QStringLiteral("verification-interval")));
    ETALON_TRY(requireSameDimension(rangeMax, nominal, QStringLiteral("nominal")));
    for (const auto& [q, field] : {std::pair{resolution, QStringLiteral("resolution")},
                                   std::pair{verificationInterval, QStringLiteral("verification-interval")},
                                   std::pair{nominal, QStringLiteral("nominal")}}) {
        if (q && !(q->value() > Decimal()))
            return fail(Error::badInput(field, Tr::tr("%1 must be positive").arg(field)));
    }
    if (year && (*year < 1900 || *year > 2200))
        return fail(Error::badInput(QStringLiteral("year"), Tr::tr("year %1 is not plausible").arg(*year)));
    return checkRange(*this);
}

Status StandardCalibration::validate() const
{
    if (!date.isValid())
        return fail(Error::badInput(QStringLiteral("date"), Tr::tr("date is required")));
    ETALON_TRY(checkPlausibleDate(date, QStringLiteral("date")));
    if (!validUntil.isValid() || validUntil < date)
        return fail(Error::badInput(QStringLiteral("valid-until"), Tr::tr("valid-until must be on or after the date")));
    ETALON_TRY(requireText(certificate, QStringLiteral("certificate")));
    ETALON_TRY(checkText(certificate, QStringLiteral("certificate"), 120));
    if (byLabId.has_value() == byStandardId.has_value())
        return fail(Error::badInput(QStringLiteral("by-lab"),
                                    Tr::tr("give exactly one of --by-lab (an external laboratory) or --by-standard")));
    for (const CalibrationPoint& p : points) {
        ETALON_TRY(requireSameDimension(std::optional(p.value), p.correction, QStringLiteral("correction")));
        ETALON_TRY(requireSameDimension(std::optional(p.value), p.uncertainty, QStringLiteral("uncertainty")));
        if (p.uncertainty && p.uncertainty->value().isNegative())
            return fail(Error::badInput(QStringLiteral("uncertainty"), Tr::tr("uncertainty cannot be negative")));
        if (p.k < Decimal(1, 0))
            return fail(Error::badInput(QStringLiteral("k"), Tr::tr("coverage factor k must be at least 1")));
    }
    return {};
}

Status WeightItem::validate() const
{
    ETALON_TRY(requireText(mark, QStringLiteral("mark")));
    for (const auto& [text, field] :
         {std::pair{mark, "mark"}, std::pair{serial, "serial"}, std::pair{accuracyClass, "class"}})
        ETALON_TRY(checkText(text, QString::fromLatin1(field), 60));
    if (nominal.unit().quantityKey() != QStringLiteral("mass") || !(nominal.value() > Decimal()))
        return fail(Error::badInput(QStringLiteral("nominal"), Tr::tr("a weight's nominal value is a positive mass")));
    return {};
}

Status Standard::validate() const
{
    ETALON_TRY(requireText(name, QStringLiteral("name")));
    ETALON_TRY(requireText(serial, QStringLiteral("serial")));
    for (const auto& [text, field] :
         {std::pair{name, "name"}, std::pair{serial, "serial"}, std::pair{accuracyClass, "class"}})
        ETALON_TRY(checkText(text, QString::fromLatin1(field), 120));
    ETALON_TRY(checkStandardQuantity(quantity, rangeMax));
    if (toleranceLimit) {
        if (!(toleranceLimit->value() > Decimal()))
            return fail(Error::badInput(QStringLiteral("limit"), Tr::tr("the limit must be positive")));
        ETALON_TRY(requireSameDimension(rangeMax, toleranceLimit, QStringLiteral("limit")));
    }
    return {};
}

} // namespace Etalon
