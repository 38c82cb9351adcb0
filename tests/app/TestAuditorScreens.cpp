// SPDX-License-Identifier: Apache-2.0
// The auditor's and the manager's screens through their real widgets: the audit trail in words, a PDF checked with
// its exact verdict, a standard's traceability to every level, and what may not be used flagged in what falls due.
#include "app/gui/CertificatesPage.h"
#include "app/gui/DueTableModel.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "app/gui/ListTableModel.h"
#include "app/gui/OversightPages.h"
#include "app/gui/RegistryPages.h"
#include "app/gui/TraceTree.h"
#include "db/certificates/CertificateService.h"
#include "db/certificates/StampService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "reports/CertificateWriter.h"
#include "support/TemporaryDatabase.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

std::unique_ptr<LabSession> signIn(LabFixture& f, const char* user, const char* password)
{
    auto s = LabSession::open(f.path(), QString::fromLatin1(user), QString::fromLatin1(password), f.clock());
    REQUIRE(s);
    return std::move(*s);
}

std::unique_ptr<LabSession> signInAdmin(LabFixture& f)
{
    return signIn(f, "admin", "Tuyen-Quang-2030");
}

CertificateService certificates(Lab& lab)
{
    return CertificateService(lab, [](const CertificateData& d, const QByteArray& qr, const QString& mark) {
        return CertificateWriter::render(d, {qr, mark});
    });
}

/** Issues a certificate (a real PDF) of an approved verification made with \a standard; its number. */
QString issueCertificate(LabFixture& f, std::optional<Id> standard = std::nullopt)
{
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 5));
    ApprovedRecordInput in;
    in.indication = "20.01 kg";
    in.standard = standard;
    const Id record = approvedRecord(f, in);
    IssueOptions options;
    options.passphrase = QStringLiteral("sign-pass-123");
    auto c = certificates(f.lab()).issue(f.manager, record, options);
    REQUIRE(c);
    return c->number;
}

/** The row of \a page's table (as the view shows it) listing entry \a id, -1 when none. */
int rowOf(TablePage& page, qint64 id)
{
    const QAbstractItemModel* shown = page.view()->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        if (shown->index(r, 0).data(ListTableModel::IdRole).toLongLong() == id)
            return r;
    return -1;
}

QString cell(TablePage& page, int row, int column)
{
    return page.view()->model()->index(row, column).data().toString();
}

qint64 entryId(LabFixture& f, const char* action)
{
    return f.db()
        .scalar(QStringLiteral("SELECT max(id) FROM audit_log WHERE action = ?"), {QString::fromLatin1(action)})
        ->toLongLong();
}

QString writeFile(QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    QFile file(dir.filePath(QString::fromLatin1(name)));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

/** A working standard calibrated in the lab with the fixture's reference set, itself calibrated by VMI. */
Id workingStandard(LabFixture& f)
{
    StandardService standards(f.lab());
    Standard s;
    s.name = QStringLiteral("Bộ quả cân công tác");
    s.serial = QStringLiteral("W-20");
    s.accuracyClass = QStringLiteral("M1");
    s.rangeMax = q("60 kg");
    auto added = standards.addStandard(f.manager, s);
    REQUIRE(added);
    StandardCalibration c;
    c.standardId = added->id;
    c.date = QDate(2026, 2, 1);
    c.validUntil = QDate(2027, 1, 31);
    c.certificate = QStringLiteral("TQ-NB-001");
    c.byStandardId = f.massStandard;
    c.points = {CalibrationPoint{q("20 kg"), q("0.1 g"), q("0.3 g"), Decimal(2, 0), {}}};
    REQUIRE(standards.calibrate(f.manager, c));
    return added->id;
}

} // namespace

TEST_CASE("the audit trail reads in words, in local time, with the raw details only on request", "[app][gui][audit]")
{
    LabFixture f;
    const QString number = issueCertificate(f);
    auto auditor = signInAdmin(f);
    AuditPage audit(*auditor);
    QAbstractItemModelTester tester(audit.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QString when = audit.model()->headerData(AuditPage::WhenColumn, Qt::Horizontal).toString();
    CHECK(when.contains(QStringLiteral("local time")));
    CHECK_FALSE(when.contains(QStringLiteral("(UTC)")));
    const int issued = rowOf(audit, entryId(f, "certificate.issue"));
    REQUIRE(issued >= 0);
    CHECK(cell(audit, issued, AuditPage::ActionColumn) == QStringLiteral("Certificate issued"));
    CHECK(cell(audit, issued, AuditPage::CertificateColumn) == number);
    CHECK(cell(audit, issued, AuditPage::InstrumentColumn) == QStringLiteral("S-123"));
    CHECK(cell(audit, issued, AuditPage::UserColumn) == QStringLiteral("Người manager (manager)"));
    // Stamped 03:00 UTC by the fixture's clock: 10:00 in Vietnam.
    CHECK(cell(audit, issued, AuditPage::WhenColumn).contains(QStringLiteral("10:00:00")));
    const int started = rowOf(audit, entryId(f, "record.start"));
    REQUIRE(started >= 0);
    CHECK(cell(audit, started, AuditPage::ActionColumn) == QStringLiteral("Record started"));
    CHECK(cell(audit, started, AuditPage::CertificateColumn) == number);
    for (int r = 0; r < audit.model()->rowCount(); ++r)
        CHECK_FALSE(cell(audit, r, AuditPage::ActionColumn).contains(u'.')); // no raw codes

    // No raw JSON unless asked for.
    audit.resize(1000, 700);
    audit.show();
    CHECK_FALSE(audit.detailEdit()->isVisible());
    REQUIRE(audit.selectId(entryId(f, "certificate.issue")));
    audit.detailsCheck()->setChecked(true);
    CHECK(audit.detailEdit()->isVisible());
    CHECK(audit.detailEdit()->toPlainText().contains(QStringLiteral("sha256")));
    audit.detailsCheck()->setChecked(false);
    CHECK_FALSE(audit.detailEdit()->isVisible());
}

TEST_CASE("the audit trail is searched by certificate number over every date", "[app][gui][audit]")
{
    LabFixture f;
    const QString number = issueCertificate(f);
    auto auditor = signInAdmin(f);
    AuditPage audit(*auditor);
    // A month that holds nothing: the search still finds the certificate's story.
    audit.fromEdit()->setDate(QDate(2020, 1, 1));
    audit.toEdit()->setDate(QDate(2020, 1, 31));
    CHECK(audit.model()->rowCount() == 0);
    audit.searchEdit()->setText(number);
    audit.reload();
    REQUIRE(audit.model()->rowCount() >= 3);
    QStringList actions;
    for (int r = 0; r < audit.model()->rowCount(); ++r) {
        CHECK(cell(audit, r, AuditPage::CertificateColumn) == number);
        actions.append(cell(audit, r, AuditPage::ActionColumn));
    }
    CHECK(actions.contains(QStringLiteral("Certificate issued")));
    CHECK(actions.contains(QStringLiteral("Record approved")));
    CHECK(audit.statusLabel()->text().contains(number));
    // Free text: an action in words.
    audit.searchEdit()->setText(QStringLiteral("stamps received"));
    audit.reload();
    REQUIRE(audit.model()->rowCount() == 1);
    CHECK(cell(audit, 0, AuditPage::ActionColumn) == QStringLiteral("Stamps received"));
}

TEST_CASE("a failed check of the trail offers to jump to the entry it names", "[app][gui][audit]")
{
    LabFixture f;
    const Id edited = entryId(f, "instrument.add");
    // Enough later entries that the edited one is far down the list.
    RegistryService registry(f.lab());
    for (int i = 0; i < 60; ++i) {
        Organisation o;
        o.name = QStringLiteral("Hộ kinh doanh số %1").arg(i);
        o.commune = QStringLiteral("Phường Minh Xuân");
        REQUIRE(registry.addOrganisation(f.technician, o));
    }
    auto auditor = signInAdmin(f);
    AuditPage audit(*auditor);
    audit.resize(1000, 500);
    audit.show();
    CHECK(audit.verifyChain().contains(QStringLiteral("intact")));
    CHECK_FALSE(audit.jumpButton()->isVisible());

    // Edited behind Etalon's back; the page shows only the manager's entries, so not that one.
    REQUIRE(f.db().execScript(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(f.db().exec(QStringLiteral("UPDATE audit_log SET after = replace(after, 'S-123', 'S-999') WHERE id = ?"),
                        {edited}));
    audit.userCombo()->setCurrentIndex(audit.userCombo()->findData(QStringLiteral("manager")));
    REQUIRE(rowOf(audit, edited) < 0);
    const QString finding = audit.verifyChain();
    CHECK(finding.contains(QString::number(edited)));
    CHECK(audit.findingEntry() == edited);
    REQUIRE(audit.jumpButton()->isVisible());
    CHECK(audit.jumpButton()->text().contains(QString::number(edited)));

    QTest::mouseClick(audit.jumpButton(), Qt::LeftButton);
    CHECK(audit.selectedId() == edited);
    CHECK(audit.userCombo()->currentIndex() == 0);
    const int row = rowOf(audit, edited);
    REQUIRE(row > 30);
    const QModelIndex shown = audit.view()->model()->index(row, 0);
    CHECK(audit.view()->viewport()->rect().intersects(audit.view()->visualRect(shown)));
    CHECK(cell(audit, row, AuditPage::ActionColumn) == QStringLiteral("Instrument registered"));
}

TEST_CASE("verifying a PDF says ✓ or ✗ with the exact reason", "[app][gui][certificates]")
{
    LabFixture f;
    const QString number = issueCertificate(f);
    const QByteArray issued = *certificates(f.lab()).pdf(number, false);
    // Another lab running Etalon numbers its first certificate the same way.
    LabFixture other;
    const QString otherNumber = issueCertificate(other);
    REQUIRE(otherNumber == number);
    const QByteArray foreign = *certificates(other.lab()).pdf(otherNumber, false);

    auto auditor = signInAdmin(f);
    CertificatesPage page(*auditor);
    QTemporaryDir dir;
    std::optional<FileVerdict> verdict;

    QString text = page.verifyFile(writeFile(dir, "copy.pdf", issued), &verdict);
    CHECK(verdict == FileVerdict::Valid);
    CHECK(text.startsWith(QStringLiteral("✓")));
    CHECK(text.contains(number));

    text = page.verifyFile(writeFile(dir, "scan.pdf", "not a pdf at all"), &verdict);
    CHECK(verdict == FileVerdict::NotPdf);
    CHECK(text.startsWith(QStringLiteral("✗")));
    CHECK(text.contains(QStringLiteral("Not a PDF")));

    text = page.verifyFile(writeFile(dir, "foreign.pdf", foreign), &verdict);
    CHECK(verdict == FileVerdict::NotThisLab);
    CHECK(text.startsWith(QStringLiteral("✗")));
    CHECK(text.contains(QStringLiteral("Not issued by this lab")));

    QByteArray altered = issued;
    altered[altered.size() / 2] = char(altered[altered.size() / 2] ^ 0x01); // inside a stream, as a bit rots

    text = page.verifyFile(writeFile(dir, "altered.pdf", altered), &verdict);
    CHECK(verdict == FileVerdict::Altered);
    CHECK(text.startsWith(QStringLiteral("✗ Altered")));
    CHECK(text.contains(number));
    text = page.verifyFile(writeFile(dir, "appended.pdf", issued + "%"), &verdict);
    CHECK(verdict == FileVerdict::Altered);

    auto manager = signIn(f, "manager", "Mien-Bac-2026");
    REQUIRE(CertificateService(manager->lab()).withdraw(manager->session(), number, QStringLiteral("seal broken")));
    text = page.verifyFile(writeFile(dir, "withdrawn.pdf", issued), &verdict);
    CHECK(verdict == FileVerdict::Withdrawn);
    CHECK(text.startsWith(QStringLiteral("✗ Withdrawn")));
    CHECK(text.contains(QStringLiteral("seal broken")));
    CHECK(text.contains(Labels::date(QDate(2026, 11, 25))));
}

TEST_CASE("a standard's traceability shows every level down to the national standard", "[app][gui][trace]")
{
    LabFixture f;
    const Id working = workingStandard(f);
    const QString number = issueCertificate(f, working);
    auto auditor = signInAdmin(f);

    StandardsPage standards(*auditor);
    REQUIRE(standards.selectId(working));
    TraceTree* tree = standards.traceTree();
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem* level = tree->topLevelItem(0);
    CHECK(level->text(TraceTree::StandardColumn).contains(QStringLiteral("W-20")));
    CHECK(level->text(TraceTree::CertificateColumn) == QStringLiteral("TQ-NB-001"));
    REQUIRE(level->childCount() == 1);
    level = level->child(0);
    CHECK(level->text(TraceTree::StandardColumn).contains(QStringLiteral("QC-01")));
    CHECK(level->text(TraceTree::CertificateColumn) == QStringLiteral("V26-0123/VMI"));
    REQUIRE(level->childCount() == 1);
    level = level->child(0);
    CHECK(level->text(TraceTree::StandardColumn).contains(QStringLiteral("Viện Đo lường Việt Nam")));
    CHECK(level->text(TraceTree::StandardColumn).contains(QStringLiteral("national measurement standard")));
    CHECK(level->data(TraceTree::StandardColumn, TraceTree::TopRole).toString() ==
          QStringLiteral("national-institute"));
    CHECK(tree->depth() == 3);
    CHECK(tree->topLevelItem(0)->child(0)->isExpanded());

    // The certificate's tree: the work, then the same three levels.
    CertificatesPage page(*auditor);
    REQUIRE(page.preview(number));
    CHECK(page.traceTree()->depth() == 4);
}

TEST_CASE("falls due flags and counts failed instruments and quarantined standards", "[app][gui][due]")
{
    LabFixture f;
    ApprovedRecordInput failed;
    failed.date = QDate(2026, 11, 10);
    failed.indication = "20.05 kg";
    const Id failing = approvedRecord(f, failed);
    REQUIRE(StandardService(f.lab()).setStatus(f.manager, f.massStandard, StandardStatus::Quarantined,
                                               QStringLiteral("dropped")));
    auto manager = signIn(f, "manager", "Mien-Bac-2026");
    DuePage due(*manager);
    QAbstractItemModelTester tester(due.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    DueTableModel* model = due.model();
    QStringList flags;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(DueTableModel::NotFitForUseRole).toBool())
            flags.append(model->index(r, DueTableModel::NotFit).data().toString());
    flags.sort();
    REQUIRE(flags.size() == 2);
    CHECK(flags[0] == QStringLiteral("Failed its verification (record %1)").arg(failing));
    CHECK(flags[1].startsWith(QStringLiteral("Quarantined")));
    CHECK(model->headerData(DueTableModel::NotFit, Qt::Horizontal).toString() == QStringLiteral("Not fit for use"));
    CHECK(due.countsLabel()->text().contains(QStringLiteral("Not fit for use: 2")));
    // Even with no window at all, they stay listed.
    due.daysSpin()->setValue(0);
    CHECK(due.countsLabel()->text().contains(QStringLiteral("Not fit for use: 2")));
    QTableWidget* owners = due.ownersTable();
    bool customerFlagged = false;
    for (int r = 0; r < owners->rowCount(); ++r)
        if (owners->item(r, 0)->text() == QStringLiteral("Công ty TNHH Minh Phát"))
            customerFlagged = owners->item(r, 5)->data(Qt::DisplayRole).toInt() == 1;
    CHECK(customerFlagged);
}
