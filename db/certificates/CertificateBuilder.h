// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Certificate.h"
#include "db/lab/Lab.h"

namespace Etalon {

/** Gathers what a certificate prints about a record: the instrument, owner, method, standards and results. */
class CertificateBuilder final
{
public:
    explicit CertificateBuilder(Lab& lab)
        : m_lab(lab)
    {
    }

    /**
     * The certificate of record \a recordId as approved by \a approver, numbered \a number. The kind follows
     * the record: a passed verification gets a certificate, a failed one a failure record, a calibration a
     * calibration certificate.
     */
    Result<CertificateData> build(Id recordId, const Session& approver, const QString& number,
                                  CertificateLanguage language);

    /** "10.010 kg" as the language writes it: a decimal comma in Vietnamese. */
    static QString localise(const QString& text, CertificateLanguage language);

private:
    Result<QList<CertificateStandard>> standardsUsed(const Record& record);
    /** The record's checklist item by item, with its stage and outcome, for a failure record. */
    Result<QList<CertificateCheck>> inspectionChecks(const Record& r, CertificateLanguage language);
    QString calibratedBy(const StandardCalibration& calibration);

    Lab& m_lab;
};

} // namespace Etalon
