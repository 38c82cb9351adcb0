// SPDX-License-Identifier: Apache-2.0
#include "reports/TraceReport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Etalon;

namespace {

QString pdfText(const QByteArray& pdf, const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    // NFKC undoes the font's ligatures in the extracted text.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

TraceNode link(const QString& name, const QString& certificate, const QString& by)
{
    TraceNode n;
    n.name = name;
    n.serial = name + QStringLiteral("-SN");
    n.usedOn = QDate(2026, 11, 20);
    n.certificate = certificate;
    n.calibratedOn = QDate(2026, 3, 1);
    n.validUntil = QDate(2027, 3, 1);
    n.calibratedBy = by;
    n.uncertainties = {QStringLiteral("20 kg: 0.3 g (k = 2)")};
    return n;
}

} // namespace

TEST_CASE("the trace report shows every link down to the national standard, and each break", "[reports][trace]")
{
    QTemporaryDir dir;
    Trace trace;
    trace.number = QStringLiteral("0042-26");
    trace.recordId = 42;
    trace.dateOfWork = QDate(2026, 11, 20);
    TraceNode working = link(QStringLiteral("Quả cân F2"), QStringLiteral("HC-17"), QStringLiteral("Bộ quả cân E2"));
    TraceNode reference = link(QStringLiteral("Bộ quả cân E2"), QStringLiteral("VMI-2026-118"), QStringLiteral("VMI"));
    reference.top = QStringLiteral("national-institute");
    working.above = {reference};
    TraceNode expired = link(QStringLiteral("Nhiệt kế"), QStringLiteral("NK-3"), QStringLiteral("Quatest 1"));
    expired.validUntil = QDate(2026, 10, 1);
    expired.problem = QStringLiteral("calibration expired on 2026-10-01");
    trace.standards = {working, expired};
    trace.problems = {expired.problem};
    TraceReport::Options options{QStringLiteral("Trung tâm Kỹ thuật TĐC Tuyên Quang"),
                                 QDateTime(QDate(2026, 11, 25), QTime(9, 30))};

    auto pdf = TraceReport::render(trace, options);
    REQUIRE(pdf);
    CHECK(pdf->startsWith("%PDF-1.4"));
    const QString text = pdfText(*pdf, dir.filePath(QStringLiteral("trace.pdf")));
    for (const char* expected :
         {"Trung tâm Kỹ thuật TĐC Tuyên Quang", "Traceability of certificate 0042-26", "Quả cân F2", "HC-17",
          "Bộ quả cân E2", "VMI-2026-118", "national standard (VMI)", "calibration expired on 2026-10-01",
          "The chain is broken", "page 1 of 1", "0.3 g (k = 2)"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    // The link above is indented under the standard it calibrated.
    CHECK(text.indexOf(QStringLiteral("Quả cân F2")) < text.indexOf(QStringLiteral("↳ Bộ quả cân E2")));
}
