// SPDX-License-Identifier: Apache-2.0
// A lab's day through the desktop client's real widgets: register, record from the keyboard, complete,
// approve, issue, preview, verify, audit.
#include "app/gui/CertificatesPage.h"
#include "app/gui/ChartWidget.h"
#include "app/gui/FieldForm.h"
#include "app/gui/ImportDialog.h"
#include "app/gui/LabPages.h"
#include "app/gui/LabSession.h"
#include "app/gui/ListTableModel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/OversightPages.h"
#include "app/gui/ProgrammePage.h"
#include "app/gui/ReadingGridModel.h"
#include "app/gui/RecordEditor.h"
#include "app/gui/RecordPages.h"
#include "app/gui/RegistryDialogs.h"
#include "app/gui/RegistryPages.h"
#include "app/gui/StandardDialogs.h"
#include "db/certificates/CertificateService.h"
#include "db/certificates/StampService.h"
#include "db/programme/ProgrammeService.h"
#include "db/records/RecordService.h"
#include "support/TemporaryDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

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

/** Types \a text into the cell editor that has the focus and presses Enter, as a technician does. */
void typeIntoGrid(const QString& text)
{
    QWidget* editor = QApplication::focusWidget();
    REQUIRE(editor);
    REQUIRE(qobject_cast<QLineEdit*>(editor));
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits a cell from a queued call
}

} // namespace

TEST_CASE("a verification goes from registration to an issued, previewed certificate in the desktop client",
          "[app][gui][workflow]")
{
    LabFixture f;
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 10));
    auto tech = signIn(f, "tech", "Mien-Bac-2026");

    // Register an instrument: a wrong unit is shown at its field and nothing is stored.
    InstrumentDialog add(*tech, f.customer);
    add.typeCombo()->setCurrentIndex(add.typeCombo()->findData(QStringLiteral("NAWI")));
    add.edit(QStringLiteral("serial"))->setText(QStringLiteral("GUI-77"));
    add.edit(QStringLiteral("class"))->setText(QStringLiteral("III"));
    add.edit(QStringLiteral("range-max"))->setText(QStringLiteral("30 kPa"));
    add.edit(QStringLiteral("resolution"))->setText(QStringLiteral("5 g"));
    add.save();
    CHECK_FALSE(add.added());
    CHECK_FALSE(add.form()->errorAt(QStringLiteral("range-max")).isEmpty());
    add.edit(QStringLiteral("range-max"))->setText(QStringLiteral("30 kg"));
    add.save();
    REQUIRE(add.added());
    const Id instrument = add.added()->id;

    // Start the verification and type the points from the keyboard.
    StartRecordDialog start(*tech, instrument);
    start.temperatureEdit()->setText(QStringLiteral("26 °C"));
    start.start();
    REQUIRE(start.recordId() > 0);
    RecordEditor editor(*tech, start.recordId());
    editor.show();
    QApplication::setActiveWindow(&editor);
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    ReadingGridModel* grid = editor.grid();
    QAbstractItemModelTester tester(grid, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The grid lists the procedure's programme (OIML R 76): weighing at Min, 500 e, 2000 e and Max, eccentricity
    // at five positions, repeatability three times at half Max; then an empty row for a point of one's own.
    REQUIRE(grid->rowCount() == 11);
    CHECK(grid->row(0).label.contains(QStringLiteral("0.1 kg")));
    CHECK(grid->row(4).position == QStringLiteral("centre"));
    CHECK(grid->row(9).needed == 3);
    editor.startTyping();
    for (int r = 0; r < 10; ++r) {
        const QString number = grid->row(r).reference.section(u' ', 0, 0); // a bare number is in its unit
        for (int i = 0; i < grid->row(r).needed; ++i)
            typeIntoGrid(number);
    }
    for (int r = 0; r < 10; ++r) {
        INFO(r << " " << grid->row(r).message.toStdString());
        REQUIRE(grid->row(r).evaluation);
        CHECK(grid->row(r).evaluation->verdict == Verdict::Pass);
        CHECK(grid->data(grid->index(r, grid->mpeColumn())).toString().startsWith(QStringLiteral("± ")));
        CHECK(grid->data(grid->index(r, grid->verdictColumn()), Qt::BackgroundRole).isValid());
    }
    CHECK(grid->allRecorded());
    // A reading far out of the MPE is recorded as a failure, shown in the failure colour.
    typeIntoGrid(QStringLiteral("20 kg"));
    typeIntoGrid(QStringLiteral("20.5"));
    REQUIRE(grid->row(10).evaluation);
    CHECK(grid->row(10).evaluation->verdict == Verdict::Fail);
    // A typo is refused with its reason and nothing is stored for that row.
    typeIntoGrid(QStringLiteral("25 kg"));
    typeIntoGrid(QStringLiteral("25 kPa"));
    CHECK_FALSE(grid->row(11).evaluation);
    CHECK_FALSE(editor.messageLabel()->text().isEmpty());
    CHECK(RecordService(f.lab()).details(start.recordId())->record.points.size() == 11);

    // A slip of the pen is voided with a reason: kept, struck through, never counted; a fresh row follows.
    editor.voidRow(10, QStringLiteral("typed 20.5 for 20.0"));
    INFO(editor.messageLabel()->text().toStdString());
    CHECK(grid->row(10).voidReason == QStringLiteral("typed 20.5 for 20.0"));
    CHECK(grid->data(grid->index(10, ReadingGridModel::Label), Qt::FontRole).value<QFont>().strikeOut());
    CHECK(grid->row(12).reference == QStringLiteral("20 kg")); // above the empty last row
    CHECK_FALSE(grid->row(12).evaluation);
    auto afterVoid = RecordService(f.lab()).details(start.recordId());
    CHECK(afterVoid->record.points.size() == 10);
    REQUIRE(afterVoid->voided.size() == 1);
    CHECK(afterVoid->voided[0].reason == QStringLiteral("typed 20.5 for 20.0"));

    // Drafts survive closing: a new editor finds the stored points where they were.
    editor.close();
    RecordEditor reopened(*tech, start.recordId());
    CHECK(reopened.grid()->row(0).evaluation.has_value());
    CHECK(reopened.grid()->row(9).evaluation->verdict == Verdict::Pass);
    CHECK_FALSE(reopened.grid()->row(10).voidReason.isEmpty());
    // No checklist item is ticked for the technician, and a record with one unset is not completed.
    REQUIRE(reopened.checklist()->count() > 1);
    for (int i = 0; i < reopened.checklist()->count(); ++i)
        CHECK(reopened.checklist()->item(i)->checkState() == Qt::PartiallyChecked);
    reopened.checklist()->item(0)->setCheckState(Qt::Checked);
    reopened.complete();
    CHECK(reopened.result() != QDialog::Accepted);
    CHECK(reopened.messageLabel()->text().contains(reopened.checklist()->item(1)->data(Qt::UserRole).toString()));
    for (int i = 1; i < reopened.checklist()->count(); ++i)
        reopened.checklist()->item(i)->setCheckState(Qt::Checked);
    reopened.complete();
    CHECK(reopened.result() == QDialog::Accepted);

    // The manager approves it (and may not approve what is not theirs to approve), then issues.
    auto boss = signIn(f, "manager", "Mien-Bac-2026");
    ApprovalsPage approvals(*boss);
    QAbstractItemModelTester approvalsTester(approvals.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(approvals.selectId(start.recordId()));
    approvals.approveSelected();
    CHECK(approvals.statusLabel()->text().contains(QString::number(start.recordId())));
    approvals.statusCombo()->setCurrentIndex(approvals.statusCombo()->findData(QStringLiteral("approved")));
    REQUIRE(approvals.selectId(start.recordId()));
    QString issued;
    QObject::connect(&approvals, &ApprovalsPage::certificateIssued, [&](const QString& n) { issued = n; });
    approvals.issueSelected(QStringLiteral("sign-pass-123"));
    INFO(approvals.statusLabel()->text().toStdString());
    REQUIRE_FALSE(issued.isEmpty());

    // The auditor previews it exactly as issued, sees its traceability and checks a saved copy.
    auto auditor = signIn(f, "admin", "Tuyen-Quang-2030");
    CertificatesPage certificates(*auditor);
    QAbstractItemModelTester certTester(certificates.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(certificates.preview(issued));
    CHECK(certificates.document()->pageCount() >= 1);
    CHECK(certificates.traceTree()->topLevelItemCount() == 1);
    CHECK(certificates.traceTree()->topLevelItem(0)->childCount() >= 1);
    QTemporaryDir dir;
    QFile copy(dir.filePath(QStringLiteral("copy.pdf")));
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.write(CertificateService(f.lab()).pdf(issued, false).value());
    copy.close();
    CHECK(certificates.verifyFile(copy.fileName()).contains(issued));
    QFile forged(dir.filePath(QStringLiteral("forged.pdf")));
    REQUIRE(forged.open(QIODevice::WriteOnly));
    forged.write(CertificateService(f.lab()).pdf(issued, false).value() + "%");
    forged.close();
    std::optional<FileVerdict> verdict;
    CHECK(certificates.verifyFile(forged.fileName(), &verdict).startsWith(QStringLiteral("✗")));
    CHECK(verdict == FileVerdict::Altered);

    AuditPage audit(*auditor);
    QAbstractItemModelTester auditTester(audit.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(audit.model()->rowCount() > 5);
    CHECK(audit.verifyChain().contains(QStringLiteral("intact")));
    audit.userCombo()->setCurrentIndex(audit.userCombo()->findData(QStringLiteral("tech")));
    for (int r = 0; r < audit.model()->rowCount(); ++r)
        CHECK(audit.model()->rowAt(r).cells.at(AuditPage::UserColumn).toString().endsWith(QStringLiteral("(tech)")));
}

TEST_CASE("a CSV import is previewed row by row and stores nothing until every row is good", "[app][gui][import]")
{
    LabFixture f;
    auto tech = signIn(f, "tech", "Mien-Bac-2026");
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("orgs.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("name,tax-code\nCửa hàng Thanh Bình,5000700800\nBad,12\n");
    csv.close();
    const QString before = f.snapshot();
    ImportDialog dialog(*tech, ImportKind::Organisations);
    QAbstractItemModelTester tester(dialog.preview(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(dialog.check(csv.fileName()));
    CHECK(dialog.preview()->rowCount() == 2);
    CHECK(dialog.preview()->rowAt(1).cells.at(2).toString().startsWith(QStringLiteral("tax-code")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(f.snapshot() == before);
    dialog.onlyValidBox()->setChecked(true);
    CHECK(dialog.importButton()->isEnabled());
    REQUIRE(dialog.importRows());
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("1")));

    OrganisationsPage page(*tech);
    QTest::keyClicks(page.filterEdit(), QStringLiteral("Thanh B")); // QTest types ASCII only
    CHECK(page.view()->model()->rowCount() == 1);
    // And out again, off the GUI thread, the same columns the import reads.
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    CHECK(exportTableTo(*tech, ExportTable::Organisations, out, &page).isEmpty());
    QFile back(out);
    REQUIRE(back.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(back.readAll()).contains(QStringLiteral("Cửa hàng Thanh Bình")));
}

TEST_CASE("the standards page charts the selected standard's calibration history", "[app][gui][chart]")
{
    LabFixture f;
    auto boss = signIn(f, "manager", "Mien-Bac-2026");
    StandardsPage page(*boss);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.selectId(f.massStandard));
    REQUIRE(page.nominalCombo()->count() == 1);
    CHECK(page.chart()->data().points.size() == 1);
    CHECK(page.chart()->data().unit == QStringLiteral("g"));
    CHECK(page.chart()->data().limit.has_value()); // M1 at 20 kg
    CHECK_FALSE(page.chart()->grab().isNull());

    // A manager registers a standard: a limit of the wrong quantity is shown at its field.
    StandardDialog add(*boss);
    add.edit(QStringLiteral("name"))->setText(QStringLiteral("Áp kế chuẩn"));
    add.edit(QStringLiteral("serial"))->setText(QStringLiteral("AP-9"));
    add.edit(QStringLiteral("range-max"))->setText(QStringLiteral("6 MPa"));
    add.edit(QStringLiteral("limit"))->setText(QStringLiteral("2 g"));
    add.save();
    CHECK_FALSE(add.form()->errorAt(QStringLiteral("limit")).isEmpty());
    add.edit(QStringLiteral("limit"))->setText(QStringLiteral("0,5 kPa")); // a Vietnamese decimal comma is fine too
    add.save();
    REQUIRE(add.added());
    CHECK(add.added()->toleranceLimit->toString() == QStringLiteral("0.5 kPa"));

    // Its calibration beyond that limit is recorded and reported out of tolerance.
    CalibrationDialog calibrate(*boss, add.added()->id);
    calibrate.dateEdit()->setDate(QDate(2026, 11, 20));
    calibrate.certificateEdit()->setText(QStringLiteral("VMI-P-1"));
    calibrate.byCombo()->setCurrentIndex(0);
    calibrate.points()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("4 MPa")));
    calibrate.points()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("0.8 kPa")));
    calibrate.points()->setItem(0, 2, new QTableWidgetItem(QStringLiteral("0.2 kPa")));
    calibrate.save();
    INFO(calibrate.form()->generalError().toStdString());
    REQUIRE(calibrate.recorded());
    CHECK(calibrate.recorded()->outOfTolerance.size() == 1);
    page.reload();
    REQUIRE(page.selectId(add.added()->id));
    page.showCalibrationOutcome(*calibrate.recorded());
    CHECK(page.statusLabel()->text().contains(QStringLiteral("impact")));
    CHECK(page.setLimit(QStringLiteral("1 kPa"), QString()).contains(QStringLiteral("reason")));
    CHECK(page.setLimit(QStringLiteral("1 kPa"), QStringLiteral("new rule")).isEmpty());

    // A set of weights registered weight by weight from the desktop: a weight of the wrong series is shown at its
    // field; the calibration dialog then lays out a row per weight, and the rows left empty are not recorded.
    StandardDialog set(*boss);
    set.edit(QStringLiteral("name"))->setText(QStringLiteral("Bộ quả cân F2"));
    set.edit(QStringLiteral("serial"))->setText(QStringLiteral("F2-1"));
    set.edit(QStringLiteral("class"))->setText(QStringLiteral("F2"));
    set.save();
    REQUIRE(set.added());
    WeightItemDialog weight(*boss, set.added()->id);
    weight.edit(QStringLiteral("nominal"))->setText(QStringLiteral("3 kg"));
    weight.edit(QStringLiteral("mark"))->setText(QStringLiteral("3"));
    weight.save();
    CHECK_FALSE(weight.form()->errorAt(QStringLiteral("nominal")).isEmpty());
    for (const char* mark : {"2", "2*"}) {
        WeightItemDialog two(*boss, set.added()->id);
        two.edit(QStringLiteral("nominal"))->setText(QStringLiteral("2 kg"));
        two.edit(QStringLiteral("mark"))->setText(QString::fromLatin1(mark));
        two.save();
        REQUIRE(two.added());
    }
    CalibrationDialog weights(*boss, set.added()->id);
    REQUIRE(weights.points()->rowCount() == 2);
    CHECK(weights.points()->item(1, 4)->text() == QStringLiteral("2*"));
    weights.dateEdit()->setDate(QDate(2026, 11, 20));
    weights.certificateEdit()->setText(QStringLiteral("VMI-W-1"));
    weights.byCombo()->setCurrentIndex(0);
    weights.points()->setItem(1, 1, new QTableWidgetItem(QStringLiteral("1 mg")));
    weights.points()->setItem(1, 2, new QTableWidgetItem(QStringLiteral("8 mg")));
    weights.save();
    INFO(weights.form()->generalError().toStdString());
    REQUIRE(weights.recorded());
    REQUIRE(weights.recorded()->points.size() == 1);
    CHECK(weights.recorded()->points.first().item == QStringLiteral("2*"));
}

TEST_CASE("people, stamps, withdrawals, batch saving and demo data from the desktop client", "[app][gui][manager]")
{
    LabFixture f;
    auto admin = signIn(f, "admin", "Tuyen-Quang-2030");
    PeoplePage people(*admin);
    QAbstractItemModelTester peopleTester(people.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(people
                    .addUser(QStringLiteral("lan"), Role::Technician, QStringLiteral("Nguyễn Thị Lan"),
                             QStringLiteral("short"))
                    .isEmpty()); // too weak a password
    REQUIRE(people
                .addUser(QStringLiteral("lan"), Role::Technician, QStringLiteral("Nguyễn Thị Lan"),
                         QStringLiteral("Ha-Giang-4567"))
                .isEmpty());
    REQUIRE(people.authorize(QStringLiteral("mass"), QStringLiteral("KĐV-77"), QDate(2028, 1, 1)).isEmpty());
    UserDialog user(*admin);
    user.edit(QStringLiteral("name"))->setText(QStringLiteral("x y"));
    user.edit(QStringLiteral("full-name"))->setText(QStringLiteral("Hà Văn Tùng"));
    user.edit(QStringLiteral("password"))->setText(QStringLiteral("Na-Hang-3456"));
    user.save();
    CHECK_FALSE(user.form()->errorAt(QStringLiteral("name")).isEmpty()); // a space is not allowed in a sign-in name
    user.edit(QStringLiteral("name"))->setText(QStringLiteral("tung"));
    user.edit(QStringLiteral("password"))->setText(QStringLiteral("short"));
    user.save();
    CHECK_FALSE(user.form()->errorAt(QStringLiteral("password")).isEmpty());
    user.edit(QStringLiteral("password"))->setText(QStringLiteral("Na-Hang-3456"));
    user.save();
    REQUIRE(user.added());
    CHECK(user.added()->role == Role::Technician);
    CHECK(people.authorisations()->rowCount() == 1);
    CHECK(people.authorisations()->item(0, 1)->text() == QStringLiteral("KĐV-77"));

    auto boss = signIn(f, "manager", "Mien-Bac-2026");
    StampsPage stamps(*boss);
    QAbstractItemModelTester stampsTester(stamps.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(stamps.receive(QStringLiteral("A/B"), 1, 5).isEmpty()); // the series may not hold a slash
    REQUIRE(stamps.receive(QStringLiteral("TQ"), 1, 5).isEmpty());
    CHECK(stamps.model()->rowCount() == 5);
    REQUIRE(stamps.selectId(stamps.model()->rowAt(0).id));
    REQUIRE(stamps.voidSelected(QStringLiteral("torn")).isEmpty());
    CHECK(stamps.statusLabel()->text().contains(QStringLiteral("4")));

    // Issue one, then withdraw it and save the list for printing.
    RecordService records(f.lab());
    const Id recordId = approvedRecord(f);
    ApprovalsPage approvals(*boss);
    approvals.statusCombo()->setCurrentIndex(approvals.statusCombo()->findData(QStringLiteral("approved")));
    REQUIRE(approvals.selectId(recordId));
    QString number;
    QObject::connect(&approvals, &ApprovalsPage::certificateIssued, [&](const QString& n) { number = n; });
    approvals.issueSelected(QStringLiteral("sign-pass-123"));
    REQUIRE_FALSE(number.isEmpty());
    // A technician revises it for an amendment; once approved, its certificate replaces the first.
    auto tech = signIn(f, "tech", "Mien-Bac-2026");
    CertificatesPage techView(*tech);
    REQUIRE(techView.model()->rowCount() == 1);
    REQUIRE(techView.selectId(techView.model()->rowAt(0).id));
    auto revision = techView.reviseSelected();
    REQUIRE(revision);
    REQUIRE(records.complete(f.technician, *revision));
    REQUIRE(records.approve(f.manager, *revision));
    approvals.reload();
    REQUIRE(approvals.selectId(*revision));
    const QString first = number;
    approvals.issueSelected(QStringLiteral("sign-pass-123"), QStringLiteral("owner's address corrected"));
    REQUIRE(number != first);
    CHECK(CertificateService(f.lab()).info(first)->status == QStringLiteral("replaced"));
    CHECK(CertificateService(f.lab()).info(number)->replaces == first);

    CertificatesPage certificates(*boss);
    const auto rowOf = [&](const QString& n) {
        for (int r = 0; r < certificates.model()->rowCount(); ++r)
            if (certificates.model()->rowAt(r).cells.at(0).toString() == n)
                return r;
        return -1;
    };
    REQUIRE(rowOf(number) >= 0);
    REQUIRE(certificates.selectId(certificates.model()->rowAt(rowOf(number)).id));
    CHECK_FALSE(certificates.withdrawSelected(QString()).isEmpty()); // a reason is required
    REQUIRE(certificates.withdrawSelected(QStringLiteral("wrong owner")).isEmpty());
    CHECK(certificates.model()->rowAt(rowOf(number)).cells.at(4).toString().contains(QStringLiteral("withdrawn")));
    CHECK(certificates.model()->rowAt(rowOf(first)).cells.at(4).toString().contains(QStringLiteral("replaced")));
    QTemporaryDir dir;
    auto saved = certificates.saveListed(dir.path());
    REQUIRE(saved);
    CHECK(*saved == 2);
    CHECK(QFile::exists(dir.filePath(number + QStringLiteral(".pdf"))));

    CataloguePage catalogue(*boss);
    QTest::keyClicks(catalogue.filterEdit(), QStringLiteral("NAWI"));
    CHECK(catalogue.view()->model()->rowCount() >= 1);
    CHECK(catalogue.procedures()->rowCount() >= 1);
}

TEST_CASE("the programme page shows progress to each target and saves the annual report", "[app][gui][programme]")
{
    LabFixture f;
    Enrolment e;
    e.organisationId = f.customer;
    e.enrolledOn = QDate(2026, 6, 1);
    e.sector = ProgrammeSector::Water;
    REQUIRE(ProgrammeService(f.lab()).enrol(f.manager, e));
    auto boss = signIn(f, "manager", "Mien-Bac-2026");
    ProgrammePage page(*boss);
    REQUIRE(page.targets()->targets().size() == 7);
    const auto enterprises =
        std::find_if(page.targets()->targets().begin(), page.targets()->targets().end(),
                     [](const TargetProgress& t) { return t.key == QStringLiteral("enterprises"); });
    REQUIRE(enterprises != page.targets()->targets().end());
    CHECK(enterprises->achieved == 1);
    CHECK(enterprises->target == 50);
    CHECK_FALSE(page.targets()->grab().isNull());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("annual.pdf"));
    const QString csv = dir.filePath(QStringLiteral("annual.csv"));
    REQUIRE(page.saveAnnualReport(pdf).isEmpty());
    CHECK(QFileInfo(pdf).size() > 1000);
    QFile table(csv);
    REQUIRE(table.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(table.readAll()).contains(QStringLiteral("target,enterprises,1,1,50,2030")));

    // The points of one commune; with "falls due", only those whose equipment needs the lab.
    REQUIRE(ProgrammeService(f.lab()).addCheckPoint(
        f.manager,
        {0, QStringLiteral("Xã Tân Trào"), QStringLiteral("Chợ Tân Trào"), {}, {}, {}, {}, CheckPointStatus::Planned}));
    REQUIRE(ProgrammeService(f.lab()).addCheckPoint(f.manager,
                                                    {0,
                                                     QStringLiteral("Phường Minh Xuân"),
                                                     QStringLiteral("Chợ Minh Xuân"),
                                                     {},
                                                     {},
                                                     {},
                                                     {},
                                                     CheckPointStatus::Planned}));
    page.reload();
    CHECK(page.duePoints()->rowCount() == 2);
    page.communeEdit()->setText(QStringLiteral("Tân Trào"));
    CHECK(page.duePoints()->rowCount() == 1);
    page.dueOnlyBox()->setChecked(true);
    CHECK(page.duePoints()->rowCount() == 0); // planned points have no equipment to fall due
    CHECK(page.setTarget(QStringLiteral("enterprises"), 40, 2029).isEmpty());
    CHECK(std::any_of(page.targets()->targets().begin(), page.targets()->targets().end(), [](const TargetProgress& t) {
        return t.key == QStringLiteral("enterprises") && t.target == 40;
    }));
}
