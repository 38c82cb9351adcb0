// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"
#include "core/Quantity.h"
#include "core/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Etalon {

enum class CertificateKind { Verification, FailureRecord, Calibration };
enum class CertificateLanguage { Vietnamese, English, Bilingual };

QString toName(CertificateKind kind);
QString toName(CertificateLanguage language);
Result<CertificateLanguage> certificateLanguageFromName(const QString& name);

/** A standard used for the work, as a certificate states it (traceability). */
struct CertificateStandard
{
    QString name;
    QString serial;
    QString certificate; ///< its own calibration certificate
    QString calibratedBy; ///< the laboratory or national institute above it
    QDate validUntil;
};

/** One row of results, already formatted with units. */
struct CertificateRow
{
    QString label; ///< position or point number
    QString reference;
    QString indication;
    QString error;
    QString mpe;
    QString uncertainty; ///< U with k, for calibration certificates
    QString verdict;
    Stage stage = Stage::AsFound; ///< before or after an adjustment: each in its own table
};

/** The parts of a verification in the ĐLVN procedures' order: "kiểm tra bên ngoài / kỹ thuật / đo lường". */
enum class CheckStage { External, Technical, Metrological };

/**
 * The stage a checklist item belongs to: an item about the instrument's exterior, marks, seals or labels is part
 * of the external inspection; one naming a metrological test (eccentricity, repeatability, hysteresis, no-load,
 * starting current) of the metrological tests; any other of the technical inspection.
 */
CheckStage checkStageOf(const QString& item);

/** A checklist item as a failure record prints it: its stage, its words and its outcome, in the document's language. */
struct CertificateCheck
{
    CheckStage stage = CheckStage::External;
    QString item;
    QString result; ///< "Đạt", "Không đạt: …", "Chưa kiểm tra" (a verification stops at its first failure)
};

/** One point's values as numbers with units, for machine-readable certificates (DCC). */
struct CertificateMeasurement
{
    QString label;
    Quantity reference;
    Quantity indication;
    Quantity error;
    std::optional<Quantity> expandedUncertainty;
    double coverageFactor = 2;
    double coverageProbability = 0.9545;
    Stage stage = Stage::AsFound; ///< before or after an adjustment
};

/** What became of a certificate after its issue: still current, replaced by an amendment, or withdrawn. */
struct CertificateStatus
{
    QString state = QStringLiteral("current"); ///< current, replaced or withdrawn, as stored
    QDate date; ///< of the replacement or withdrawal, in the lab's time zone; null while current
    QString reason;
    QString replacedBy; ///< number of the amendment that replaced it
};

/**
 * Everything a certificate prints, as plain values. Its canonical JSON is what the content hash and the
 * lab's signature cover, so a printout can be checked against what was issued.
 */
struct CertificateData
{
    CertificateKind kind = CertificateKind::Verification;
    CertificateLanguage language = CertificateLanguage::Vietnamese;
    QString number;
    QDate issueDate;
    QString placeOfIssue;
    bool nationalHeading = false; ///< the Quốc hiệu and tiêu ngữ, beside the governing body and the lab
    QString governingBody; ///< the authority above the lab, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ TUYÊN QUANG"
    bool demo = false;
    QString replaces; ///< number of the certificate an amendment replaces
    QString amendmentReason; ///< why it replaces it (ISO/IEC 17025 7.8.8)

    QString labName;
    QString labAddress;
    QString designationNumber;

    QString instrumentName;
    QString instrumentNameEn;
    QString typeCode;
    QString model;
    QString serial;
    QString manufacturer;
    QString country;
    QString year;
    QStringList characteristics; ///< "Max = 60 kg", "e = d = 10 g", "Cấp chính xác: III"
    QString ownerName;
    QString ownerAddress;
    QString placeOfUse;

    QString procedureCode;
    QString procedureTitle;
    QString mode; ///< initial / periodic / after-repair / calibration
    QDate dateOfWork;
    std::optional<QDate> dateOfReceipt;
    QString workSite; ///< where the work was done, as printed ("at the lab …" / "at the customer's site: …")
    bool onSite = false; ///< the work was done at the customer's site
    QString itemCondition; ///< the item's condition on receipt
    QString ownerPhone; ///< the customer's contact
    QString recommendedInterval; ///< only when agreed with the customer (ISO/IEC 17025 7.8.4.3)
    QString environment;
    QList<CertificateStandard> standards;
    QList<CertificateRow> rows;
    QStringList failures; ///< what failed and by how much (failure records)
    QList<CertificateCheck> checks; ///< failure records: the external and technical inspection, item by item
    QStringList deviations; ///< departures from the method (a standard allowed with a reason)
    QString decisionRule; ///< stated only when a conformity statement is made
    bool conformityStatement = false;
    bool passed = false;
    std::optional<QDate> validUntil;
    QString stamp; ///< series and number of the verification stamp
    QStringList budgetAnnex; ///< one text block per point, when the lab prints budgets

    QString verifierName;
    QString approverName;
    QString approverTitle;

    // Numbers behind the printed rows, for the DCC; not part of the printed content or its hash.
    QList<CertificateMeasurement> measurements;
    std::optional<Quantity> temperature;
    std::optional<Quantity> humidity;
    QString labEmail;
    QByteArray logoPng; ///< the lab's logo from its settings
    QString customerCommune;
    QString customerProvince;
    QString replacesSha256; ///< SHA-256 of the replaced certificate's PDF, so a DCC can identify it
    CertificateStatus status; ///< as of the DCC's export, not of the issue

    /** Stable JSON of every printed value (keys sorted, no whitespace). */
    QByteArray canonicalJson() const;
    /** Reads canonicalJson() back, to print a marked copy of what was issued. */
    static Result<CertificateData> fromCanonicalJson(const QByteArray& json);
    /** SHA-256 (hex) of the canonical JSON. */
    QString contentHash() const;
};

} // namespace Etalon
