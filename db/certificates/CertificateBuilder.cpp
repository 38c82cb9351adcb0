// SPDX-License-Identifier: Apache-2.0
#include "db/certificates/CertificateBuilder.h"

#include "core/DecisionRule.h"
#include "core/Tr.h"
#include "core/WeightSet.h"
#include "db/catalog/CatalogRepository.h"
#include "db/lab/UserService.h"
#include "db/records/RecordService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Etalon {

namespace {

QString pick(CertificateLanguage language, const QString& vi, const QString& en)
{
    switch (language) {
    case CertificateLanguage::Vietnamese:
        return vi;
    case CertificateLanguage::English:
        return en;
    case CertificateLanguage::Bilingual:
        return vi + QStringLiteral(" / ") + en;
    }
    return vi;
}

QString modeText(RecordKind kind, CertificateLanguage l)
{
    switch (kind) {
    case RecordKind::Initial:
        return pick(l, QStringLiteral("Ban đầu"), QStringLiteral("Initial"));
    case RecordKind::Periodic:
        return pick(l, QStringLiteral("Định kỳ"), QStringLiteral("Periodic"));
    case RecordKind::AfterRepair:
        return pick(l, QStringLiteral("Sau sửa chữa"), QStringLiteral("After repair"));
    case RecordKind::Inspection:
        return pick(l, QStringLiteral("Kiểm tra trong sử dụng"), QStringLiteral("In-service inspection"));
    case RecordKind::Calibration:
        return pick(l, QStringLiteral("Hiệu chuẩn"), QStringLiteral("Calibration"));
    }
    return {};
}

QString q(const std::optional<Quantity>& v, CertificateLanguage l)
{
    return v ? CertificateBuilder::localise(v->toString(), l) : QString();
}

bool beyond(const Quantity& value, const Quantity& limit)
{
    return value.abs().compare(limit).value_or(std::strong_ordering::less) == std::strong_ordering::greater;
}

/**
 * Why a point failed, in the document's language whatever the screen's, with the limit in the unit of the value it
 * limits (the evaluation's own reason is in the language of whoever computed it).
 */
QString failureText(const PointEvaluation& e, CertificateLanguage l, const std::optional<Quantity>& seriesSpread)
{
    if (!e.mpe)
        return CertificateBuilder::localise(e.reason, l);
    const auto in = [&](const Quantity& limit, const Quantity& like) {
        return q(limit.convertedTo(like.unit()).value_or(limit), l);
    };
    // A weight conforms when |m − m₀| ≤ δm − U (OIML R 111-1).
    if (e.decisionRule == QStringLiteral("oiml-r111") && e.expandedUncertainty) {
        const auto limit = e.mpe->minus(*e.expandedUncertainty);
        if (limit && beyond(e.error, *limit))
            return pick(l, QStringLiteral("|sai số| %1 vượt δm − U = %2"),
                        QStringLiteral("|error| %1 exceeds δm − U = %2"))
                .arg(q(e.error.abs(), l), in(*limit, e.error));
    }
    QList<Quantity> errors = e.errors;
    if (errors.isEmpty())
        errors.append(e.error);
    for (const Quantity& err : errors)
        if (beyond(err, *e.mpe))
            return pick(l, QStringLiteral("|sai số| %1 vượt sai số lớn nhất cho phép %2"),
                        QStringLiteral("|error| %1 exceeds the maximum permissible error %2"))
                .arg(q(err.abs(), l), in(*e.mpe, err));
    if (e.spread && beyond(*e.spread, *e.mpe))
        return pick(l, QStringLiteral("độ lặp lại: chênh lệch các số chỉ %1 vượt sai số lớn nhất cho phép %2"),
                    QStringLiteral("repeatability: the spread of the indications %1 exceeds the maximum permissible "
                                   "error %2"))
            .arg(q(*e.spread, l), in(*e.mpe, *e.spread));
    // A repeatability series typed as one loading per reading is judged by the spread of all its loadings.
    if (seriesSpread && beyond(*seriesSpread, *e.mpe))
        return pick(l, QStringLiteral("độ lặp lại: chênh lệch các số chỉ %1 vượt sai số lớn nhất cho phép %2"),
                    QStringLiteral("repeatability: the spread of the indications %1 exceeds the maximum permissible "
                                   "error %2"))
            .arg(q(*seriesSpread, l), in(*e.mpe, *seriesSpread));
    return CertificateBuilder::localise(e.reason, l);
}

QStringList characteristics(const Instrument& i, const Procedure& p, CertificateLanguage l)
{
    QStringList out;
    if (i.rangeMax)
        out.append(QStringLiteral("Max = ") + q(i.rangeMax, l));
    if (i.rangeMin)
        out.append(QStringLiteral("Min = ") + q(i.rangeMin, l));
    if (i.resolution)
        out.append(QStringLiteral("d = ") + q(i.resolution, l));
    if (i.verificationInterval && i.verificationInterval != i.resolution)
        out.append(QStringLiteral("e = ") + q(i.verificationInterval, l));
    if (i.nominal)
        out.append(pick(l, QStringLiteral("Giá trị danh định"), QStringLiteral("Nominal value")) +
                   QStringLiteral(": ") + q(i.nominal, l));
    if (!i.accuracyClass.isEmpty())
        out.append(pick(l, QStringLiteral("Cấp chính xác"), QStringLiteral("Accuracy class")) + QStringLiteral(": ") +
                   CertificateBuilder::localise(i.accuracyClass, l)); // a gauge's class 1.6 is "1,6" in Vietnamese
    else if (p.hasMpeRule)
        out.append(pick(l, QStringLiteral("Sai số lớn nhất cho phép"), QStringLiteral("Maximum permissible error")) +
                   QStringLiteral(": ") + CertificateBuilder::localise(p.mpeRule.describe(), l));
    return out;
}

// What a row states, so that a reader gets the error from the two values beside it: a calibration's reference is
// the standard's conventional value (nominal + correction); a weight's value is its conventional mass (the cycles'
// mean + the reference's correction). The result and error are stated to the decimal place of U (GUM 7.2.6).
struct StatedValues
{
    Quantity reference;
    Quantity indication;
    Quantity error;
};

/** A catalogue text written "Vietnamese / English" in the document's language. */
QString inLanguage(const QString& text, CertificateLanguage l)
{
    const QStringList parts = text.split(QStringLiteral(" / "));
    if (parts.size() != 2 || l == CertificateLanguage::Bilingual)
        return text;
    return l == CertificateLanguage::English ? parts[1] : parts[0];
}

/** A verification row names its test and position, so each row says what was judged. */
QString verificationLabel(const PointEvaluation& e, CertificateLanguage l)
{
    static const QHash<QString, std::pair<const char*, const char*>> words{
        {QStringLiteral("weighing"), {"Cân", "Weighing"}},
        {QStringLiteral("eccentricity"), {"Lệch tâm", "Eccentricity"}},
        {QStringLiteral("repeatability"), {"Lặp lại", "Repeatability"}},
        {QStringLiteral("discrimination"), {"Độ phân biệt", "Discrimination"}},
        {QStringLiteral("centre"), {"giữa", "centre"}},
        {QStringLiteral("front-left"), {"trước trái", "front left"}},
        {QStringLiteral("front-right"), {"trước phải", "front right"}},
        {QStringLiteral("back-left"), {"sau trái", "back left"}},
        {QStringLiteral("back-right"), {"sau phải", "back right"}}};
    const auto word = [&](const QString& key) {
        const auto it = words.constFind(key);
        return it == words.constEnd() ? key : pick(l, QString::fromUtf8(it->first), QString::fromUtf8(it->second));
    };
    QString label = QString::number(e.seq);
    if (!e.test.isEmpty())
        label += QStringLiteral(" · ") + word(e.test);
    if (!e.position.isEmpty())
        label += QStringLiteral(" (%1)").arg(word(e.position));
    return label;
}

/** The spread of each repeatability series (its loadings at one load, over one reading or several), by load. */
QHash<double, Quantity> repeatabilitySpreads(const QList<PointEvaluation>& points)
{
    QHash<double, std::pair<Quantity, Quantity>> range;
    for (const PointEvaluation& e : points) {
        if (e.test != QStringLiteral("repeatability"))
            continue;
        for (const Quantity& q : e.indications) {
            const double key = e.reference.siValue();
            auto it = range.find(key);
            if (it == range.end()) {
                range.insert(key, {q, q});
                continue;
            }
            const auto v = q.convertedTo(it->first.unit());
            if (v && v->value() < it->first.value())
                it->first = *v;
            if (v && v->value() > it->second.value())
                it->second = *v;
        }
    }
    QHash<double, Quantity> spreads;
    for (auto it = range.cbegin(); it != range.cend(); ++it)
        if (auto spread = it->second.minus(it->first))
            spreads.insert(it.key(), *spread);
    return spreads;
}

StatedValues statedValues(const PointEvaluation& e)
{
    StatedValues out;
    out.reference = e.reference;
    Quantity indication = e.mean ? *e.mean : e.indications.value(0);
    if (e.referenceCorrection) {
        if (e.decisionRule == QStringLiteral("oiml-r111"))
            indication = indication.plus(*e.referenceCorrection).value_or(indication);
        else
            out.reference = e.reference.plus(*e.referenceCorrection).value_or(e.reference);
    }
    out.indication = roundedToUncertainty(indication, e.expandedUncertainty);
    out.error = roundedToUncertainty(e.error, e.expandedUncertainty);
    return out;
}

QString budgetBlock(const PointEvaluation& e, CertificateLanguage l)
{
    QString text =
        pick(l, QStringLiteral("Điểm %1 (%2)"), QStringLiteral("Point %1 (%2)")).arg(e.seq).arg(q(e.reference, l)) +
        u'\n';
    for (const ContributionResult& c : e.budgetResult->contributions)
        text += QStringLiteral("  %1: u = %2, c = %3, ν = %4\n")
                    .arg(c.name, CertificateBuilder::localise(QString::number(c.standardUncertainty, 'g', 3), l),
                         CertificateBuilder::localise(QString::number(c.sensitivity, 'g', 3), l),
                         c.dof ? QString::number(*c.dof, 'f', 0) : QStringLiteral("∞"));
    text +=
        QStringLiteral("  u_c = %1, ν_eff = %2, k = %3, U = %4 %5")
            .arg(CertificateBuilder::localise(QString::number(e.budgetResult->combined, 'g', 3), l),
                 e.budgetResult->effectiveDof ? QString::number(*e.budgetResult->effectiveDofUsed)
                                              : QStringLiteral("∞"),
                 CertificateBuilder::localise(QString::number(e.budgetResult->coverageFactor, 'f', 2), l),
                 CertificateBuilder::localise(e.budgetResult->expandedRounded.toString(), l), e.error.unit().symbol());
    return text;
}

} // namespace

// Who calibrated a standard: the laboratory or the standard above it.
QString CertificateBuilder::calibratedBy(const StandardCalibration& c)
{
    if (c.byLabId)
        return RegistryService(m_lab).fetchOrganisation(*c.byLabId).value_or(Organisation()).name;
    if (c.byStandardId)
        return StandardService(m_lab).fetchStandard(*c.byStandardId).value_or(Standard()).name;
    return {};
}

// The standards of the record with the calibration each was used under. A set registered weight by weight names
// the weights the record used, grouped by the certificate each weight's value came from.
Result<QList<CertificateStandard>> CertificateBuilder::standardsUsed(const Record& r)
{
    StandardService standards(m_lab);
    QList<CertificateStandard> out;
    QList<Id> seen;
    for (const Point& p : r.points) {
        if (seen.contains(p.standardId))
            continue;
        seen.append(p.standardId);
        auto s = standards.fetchStandard(p.standardId);
        auto history = standards.calibrations(p.standardId);
        auto info = standards.calibrationInfo(p.standardId, r.date);
        if (!s || !history || !info)
            return fail(!s ? s.error() : !history ? history.error() : info.error());
        if (*info && !(*info)->items.isEmpty()) {
            QMap<QString, QStringList> marksByCertificate;
            for (const Point& other : r.points) {
                if (other.standardId != p.standardId)
                    continue;
                for (const WeightItem& w :
                     itemsRealising((*info)->items, other.reference).value_or(QList<WeightItem>()))
                    if (!marksByCertificate[w.certificate].contains(w.mark))
                        marksByCertificate[w.certificate].append(w.mark);
            }
            for (auto it = marksByCertificate.cbegin(); it != marksByCertificate.cend(); ++it) {
                CertificateStandard cs{QStringLiteral("%1 (%2)").arg(s->name, it.value().join(QStringLiteral(", "))),
                                       s->serial,
                                       it.key(),
                                       {},
                                       {}};
                for (const StandardCalibration& c : *history) {
                    if (c.certificate == it.key() && c.date <= r.date) {
                        cs.calibratedBy = calibratedBy(c);
                        cs.validUntil = c.validUntil;
                    }
                }
                out.append(cs);
            }
            continue;
        }
        CertificateStandard cs{s->name, s->serial, {}, {}, {}};
        for (const StandardCalibration& c : *history) {
            if (c.date > r.date)
                break;
            cs.certificate = c.certificate;
            cs.validUntil = c.validUntil;
            cs.calibratedBy = calibratedBy(c);
        }
        out.append(cs);
    }
    return out;
}

QString CertificateBuilder::localise(const QString& text, CertificateLanguage language)
{
    if (language == CertificateLanguage::English)
        return text;
    static const QRegularExpression decimalPoint(QStringLiteral("(\\d)\\.(\\d)"));
    QString out = text;
    return out.replace(decimalPoint, QStringLiteral("\\1,\\2"));
}

Result<QList<CertificateCheck>> CertificateBuilder::inspectionChecks(const Record& r, CertificateLanguage language)
{
    // Every item of the record's checklist, set or not: a verification stops at its first failure.
    auto list = m_lab.db().scalar(QStringLiteral("SELECT checklist FROM records WHERE id = ?"), {r.id});
    if (!list)
        return fail(list.error());
    QList<CertificateCheck> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(list->toString().toUtf8()).array()) {
        const QString item = v.toString();
        QString result = pick(language, QStringLiteral("Chưa kiểm tra"), QStringLiteral("Not checked"));
        for (const CheckItem& c : r.checks)
            if (c.item == item)
                result = (c.passed ? pick(language, QStringLiteral("Đạt"), QStringLiteral("Pass"))
                                   : pick(language, QStringLiteral("Không đạt"), QStringLiteral("Fail"))) +
                    (c.note.isEmpty() ? QString() : QStringLiteral(": ") + c.note);
        out.append({checkStageOf(item), inLanguage(item, language), result});
    }
    return out;
}

Result<CertificateData> CertificateBuilder::build(Id recordId, const Session& approver, const QString& number,
                                                  CertificateLanguage language)
{
    auto details = RecordService(m_lab).details(recordId);
    if (!details)
        return fail(details.error());
    const Record& r = details->record;
    CatalogRepository catalog(m_lab.db());
    auto type = catalog.fetchType(details->instrument.typeCode);
    auto procedure = catalog.fetchProcedure(r.procedureCode);
    auto owner = RegistryService(m_lab).fetchOrganisation(details->instrument.ownerId);
    if (!type || !procedure || !owner)
        return fail(!type ? type.error() : !procedure ? procedure.error() : owner.error());
    UserService users(m_lab);
    auto people = users.users();
    if (!people)
        return fail(people.error());
    CertificateData d;
    const bool verification = isVerification(r.kind);
    d.kind = !verification           ? CertificateKind::Calibration
        : r.verdict == Verdict::Pass ? CertificateKind::Verification
                                     : CertificateKind::FailureRecord;
    d.language = language;
    d.number = number;
    d.issueDate = m_lab.today();
    d.labName = m_lab.setting(QStringLiteral("lab_name"));
    d.labAddress = m_lab.setting(QStringLiteral("lab_address"));
    d.governingBody = m_lab.setting(QStringLiteral("governing_body"));
    d.designationNumber = m_lab.setting(QStringLiteral("designation_number"));
    d.placeOfIssue = m_lab.setting(QStringLiteral("place_of_issue"), QStringLiteral("Tuyên Quang"));
    d.nationalHeading = m_lab.setting(QStringLiteral("national_heading")) == u'1';
    d.demo = m_lab.setting(QStringLiteral("demo")) == u'1';
    const Instrument& i = details->instrument;
    d.instrumentName = type->nameVi;
    d.instrumentNameEn = type->nameEn;
    d.typeCode = type->code;
    d.model = i.model;
    d.serial = i.serialAssignedByLab ? i.serial +
            pick(language, QStringLiteral(" (số do tổ chức kiểm định cấp)"),
                 QStringLiteral(" (number assigned by the lab)"))
                                     : i.serial;
    d.manufacturer = i.manufacturer;
    d.country = i.country;
    d.year = i.year ? QString::number(*i.year) : QString();
    d.characteristics = characteristics(i, *procedure, language);
    d.ownerName = owner->name;
    QStringList address{owner->address, owner->commune, owner->province};
    address.removeAll(QString());
    d.ownerAddress = address.join(QStringLiteral(", "));
    d.placeOfUse = i.place.isEmpty() ? d.ownerAddress : i.place;
    d.procedureCode = procedure->code;
    d.procedureTitle = language == CertificateLanguage::English ? procedure->titleEn : procedure->titleVi;
    d.mode = modeText(r.kind, language);
    d.dateOfWork = r.date;
    d.dateOfReceipt = r.received;
    // Where the work was done (ISO/IEC 17025 7.8.2.1 c): the customer's site with its address; the lab's own
    // premises, named in the page head, are said only on a calibration certificate.
    if (r.site == WorkSite::OnSite)
        d.workSite =
            pick(language, QStringLiteral("Tại cơ sở của khách hàng: %1"), QStringLiteral("At the customer's site: %1"))
                .arg(r.siteAddress);
    else if (d.kind == CertificateKind::Calibration)
        d.workSite = pick(language, QStringLiteral("Tại phòng thí nghiệm"), QStringLiteral("At the laboratory"));
    d.onSite = r.site == WorkSite::OnSite;
    d.itemCondition = r.itemCondition;
    d.ownerPhone = owner->phone;
    if (r.kind == RecordKind::Calibration && r.intervalMonths)
        d.recommendedInterval = pick(language, QStringLiteral("%1 tháng (theo thỏa thuận với khách hàng)"),
                                     QStringLiteral("%1 months (as agreed with the customer)"))
                                    .arg(*r.intervalMonths);
    d.logoPng = QByteArray::fromBase64(m_lab.setting(QStringLiteral("logo")).toLatin1());
    QStringList environment;
    if (r.temperature)
        environment.append(q(r.temperature, language));
    if (r.humidity)
        environment.append(q(r.humidity, language));
    d.environment = environment.join(QStringLiteral("; "));
    d.temperature = r.temperature;
    d.humidity = r.humidity;
    d.labEmail = m_lab.setting(QStringLiteral("lab_email"));
    d.customerCommune = owner->commune;
    d.customerProvince = owner->province;
    // The title is the signatory's own; the lab-wide setting only stands in for one not set.
    d.approverTitle = m_lab.setting(QStringLiteral("approver_title"),
                                    pick(language, QStringLiteral("GIÁM ĐỐC"), QStringLiteral("DIRECTOR")));
    for (const Person& p : *people) {
        if (p.id == r.technicianId)
            d.verifierName = p.fullName;
        if (p.id == approver.userId) {
            d.approverName = p.fullName;
            if (!p.signatoryTitle().isEmpty())
                d.approverTitle = p.signatoryTitle();
        }
    }

    auto used = standardsUsed(r);
    if (!used)
        return fail(used.error());
    d.standards = *used;
    if (details->evaluation) {
        // Results before and after an adjustment are both reported, each in its own table (ISO/IEC 17025 7.8.4.1 c).
        const QHash<double, Quantity> spreads = repeatabilitySpreads(details->evaluation->points);
        for (const PointEvaluation& e : details->evaluation->points) {
            CertificateRow row;
            row.stage = e.stage;
            row.label = verification   ? verificationLabel(e, language)
                : e.position.isEmpty() ? QString::number(e.seq)
                                       : QStringLiteral("%1 (%2)").arg(e.seq).arg(e.position);
            const StatedValues stated = statedValues(e);
            row.reference = q(stated.reference, language);
            const Quantity& shown = stated.indication;
            const Quantity& error = stated.error;
            row.indication = q(shown, language);
            row.error = q(error, language);
            // A verification prints what the instrument showed, to its own digits, and the worst error exactly; a
            // weight's conventional mass (R 111) is the one stated value corrected by the standard.
            if (verification && e.decisionRule != QStringLiteral("oiml-r111")) {
                QStringList each;
                for (const Quantity& i : e.indications)
                    each.append(q(i, language));
                row.indication = each.join(QStringLiteral("; "));
                row.error = q(e.error, language);
            }
            // A repeatability row is judged by the spread of its loadings (OIML R 76 A.4.10).
            if (verification && e.test == QStringLiteral("repeatability")) {
                if (spreads.contains(e.reference.siValue()))
                    row.error = pick(language, QStringLiteral("chênh lệch %1"), QStringLiteral("spread %1"))
                                    .arg(q(spreads.value(e.reference.siValue()), language));
            }
            row.mpe = e.mpe ? QStringLiteral("±") + q(e.mpe->convertedTo(e.error.unit()).value_or(*e.mpe), language)
                            : QString();
            if (e.expandedUncertainty)
                row.uncertainty = q(e.expandedUncertainty, language) +
                    (e.coverageFactor ? QStringLiteral(" (k = %1)")
                                            .arg(localise(QString::number(*e.coverageFactor, 'f', 2), language))
                                      : QString());
            row.verdict = e.verdict == Verdict::Pass ? pick(language, QStringLiteral("Đạt"), QStringLiteral("Pass"))
                : e.verdict == Verdict::Fail ? pick(language, QStringLiteral("Không đạt"), QStringLiteral("Fail"))
                                             : QString();
            d.rows.append(row);
            CertificateMeasurement m{row.label,
                                     stated.reference,
                                     shown,
                                     error,
                                     e.expandedUncertainty,
                                     e.coverageFactor.value_or(2.0),
                                     e.coverageProbability.value_or(0.9545),
                                     e.stage};
            d.measurements.append(m);
            if (e.verdict == Verdict::Fail)
                d.failures.append(
                    pick(language, QStringLiteral("Điểm %1"), QStringLiteral("Point %1")).arg(e.seq) +
                    QStringLiteral(": ") +
                    failureText(e, language,
                                e.test == QStringLiteral("repeatability") && spreads.contains(e.reference.siValue())
                                    ? std::optional<Quantity>(spreads.value(e.reference.siValue()))
                                    : std::nullopt));
            if (d.kind == CertificateKind::Calibration && e.budgetResult &&
                m_lab.setting(QStringLiteral("budget_annex")) == u'1')
                d.budgetAnnex.append(budgetBlock(e, language));
        }
        for (const CheckItem& c : details->evaluation->failedChecks)
            d.failures.append(inLanguage(c.item, language) +
                              (c.note.isEmpty() ? QString() : QStringLiteral(": ") + c.note));
    }
    if (d.kind == CertificateKind::FailureRecord) {
        auto checks = inspectionChecks(r, language);
        if (!checks)
            return fail(checks.error());
        d.checks = *checks;
    }
    d.deviations = details->allowances;
    d.passed = r.verdict == Verdict::Pass;
    d.conformityStatement = details->conformityRequested && r.verdict != Verdict::None;
    if (d.conformityStatement) {
        const auto rule =
            m_lab.db().scalar(QStringLiteral("SELECT decision_rule FROM records WHERE id = ?"), {recordId});
        const QJsonObject json =
            rule && !rule->isNull() ? QJsonDocument::fromJson(rule->toString().toUtf8()).object() : QJsonObject();
        const auto [vi, en] = DecisionRule::fromJson(json).value_or(DecisionRule()).statements();
        d.decisionRule = pick(language, vi, en);
    }
    if (d.kind == CertificateKind::Verification)
        d.validUntil = r.nextDue;
    return d;
}

} // namespace Etalon
