// SPDX-License-Identifier: Apache-2.0
// The technician's bench in the desktop client: completing is an act of its own, the grid forgives and corrects,
// the checklist is kept at each click.
#include "app/common/I18n.h"
#include "app/gui/FieldForm.h"
#include "app/gui/LabSession.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PdfPrinting.h"
#include "app/gui/ReadingGridModel.h"
#include "app/gui/RecordEditor.h"
#include "app/gui/RecordPages.h"
#include "app/gui/RegistryPages.h"
#include "app/gui/ReportDialog.h"
#include "app/gui/ReviewDialog.h"
#include "app/gui/SignInDialog.h"
#include "app/gui/SigningPassphraseDialog.h"
#include "app/gui/TablePage.h"
#include "db/certificates/StampService.h"
#include "db/records/RecordService.h"
#include "db/standards/StandardService.h"
#include "db/trust/SigningKeyService.h"
#include "support/TemporaryDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Etalon;
using namespace Etalon::Test;

namespace {

std::unique_ptr<LabSession> technicianSession(LabFixture& f)
{
    auto s = LabSession::open(f.path(), QStringLiteral("tech"), QStringLiteral("Mien-Bac-2026"), f.clock());
    REQUIRE(s);
    return std::move(*s);
}

RecordStatus statusOf(LabFixture& f, Id record)
{
    return RecordService(f.lab()).details(record)->record.status;
}

void showActive(QWidget& w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

} // namespace

TEST_CASE("Enter never completes a record: Complete… shows a summary and asks", "[app][gui][bench]")
{
    LabFixture f;
    const Id record = startVerification(f);
    completeProgramme(f, record);
    auto tech = technicianSession(f);
    RecordEditor editor(*tech, record);
    showActive(editor);
    for (QPushButton* b : editor.findChildren<QPushButton*>())
        CHECK_FALSE(b->isDefault());
    editor.view()->setFocus();
    QTest::keyClick(editor.view(), Qt::Key_Return);
    QTest::keyClick(&editor, Qt::Key_Enter);
    QCoreApplication::processEvents();
    CHECK(editor.isVisible());
    CHECK(statusOf(f, record) == RecordStatus::Draft);

    auto* completeButton = editor.findChild<QPushButton*>(QStringLiteral("completeButton"));
    REQUIRE(completeButton);
    completeButton->click();
    auto* confirm = editor.findChild<QDialog*>(QStringLiteral("completionDialog"));
    REQUIRE(confirm);
    const QString summary = confirm->findChild<QLabel*>(QStringLiteral("completionSummaryLabel"))->text();
    CHECK(summary.contains(QStringLiteral("Points recorded")));
    CHECK(summary.contains(QStringLiteral("Checklist")));
    // Enter in the confirmation is Cancel, even with the focus on the button that completes.
    confirm->findChild<QPushButton*>(QStringLiteral("confirmCompleteButton"))->setFocus();
    QTest::keyClick(confirm, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(statusOf(f, record) == RecordStatus::Draft);
    completeButton->click();
    confirm = editor.findChild<QDialog*>(QStringLiteral("completionDialog"));
    REQUIRE(confirm);
    auto* go = confirm->findChild<QPushButton*>(QStringLiteral("confirmCompleteButton"));
    REQUIRE(go);
    REQUIRE(go->isEnabled());
    go->click();
    QCoreApplication::processEvents();
    CHECK(statusOf(f, record) == RecordStatus::Completed);
}

TEST_CASE("the completion summary names what is missing and cannot be confirmed", "[app][gui][bench]")
{
    LabFixture f;
    const Id record = startVerification(f);
    auto tech = technicianSession(f);
    RecordEditor editor(*tech, record);
    const QString text = editor.completionSummaryText();
    CHECK(text.contains(QStringLiteral("Still missing of the test programme")));
    CHECK(text.contains(QStringLiteral("checklist item not checked")));
    editor.requestCompletion();
    auto* confirm = editor.findChild<QDialog*>(QStringLiteral("completionDialog"));
    REQUIRE(confirm);
    CHECK_FALSE(confirm->findChild<QPushButton*>(QStringLiteral("confirmCompleteButton"))->isEnabled());
}

TEST_CASE("the grid takes a bare number in the instrument's unit and re-records a corrected row", "[app][gui][bench]")
{
    LabFixture f;
    const Id record = startVerification(f);
    auto tech = technicianSession(f);
    RecordEditor editor(*tech, record);
    ReadingGridModel* grid = editor.grid();
    const int row = grid->rowCount() - 1; // the empty last row: a point of one's own
    REQUIRE(grid->setData(grid->index(row, ReadingGridModel::Reference), QStringLiteral("20")));
    REQUIRE(grid->setData(grid->index(row, ReadingGridModel::FirstIndication), QStringLiteral("20")));
    INFO(grid->row(row).message.toStdString());
    REQUIRE(grid->row(row).evaluation);
    CHECK(grid->row(row).evaluation->reference.toString() == QStringLiteral("20 kg"));
    // Error and MPE in one unit (the scale's e is 10 g, its display reads kilograms).
    CHECK(grid->data(grid->index(row, grid->mpeColumn())).toString().endsWith(QStringLiteral(" kg")));
    CHECK(grid->data(grid->index(row, grid->errorColumn())).toString().endsWith(QStringLiteral(" kg")));

    // Typing the indication again corrects the reading: the old one is voided with the reason, struck through.
    REQUIRE(grid->flags(grid->index(row, ReadingGridModel::FirstIndication)) & Qt::ItemIsEditable);
    REQUIRE(grid->setData(grid->index(row, ReadingGridModel::FirstIndication), QStringLiteral("20.01")));
    REQUIRE(grid->row(row).evaluation);
    CHECK(grid->row(row).evaluation->indications[0].toString() == QStringLiteral("20.01 kg"));
    auto details = RecordService(f.lab()).details(record);
    CHECK(details->record.points.size() == 1);
    REQUIRE(details->voided.size() == 1);
    CHECK(details->voided[0].reason.contains(QStringLiteral("20 / 20")));
    // The struck-through row is the reading as it was.
    int struck = -1;
    for (int r = 0; r < grid->rowCount(); ++r)
        if (!grid->row(r).voidReason.isEmpty())
            struck = r;
    REQUIRE(struck >= 0);
    CHECK(grid->row(struck).indications[0] == QStringLiteral("20"));
    // A correction refused changes nothing stored, and the row shows the reading as it stands.
    grid->setData(grid->index(row, ReadingGridModel::FirstIndication), QStringLiteral("20.01 kPa"));
    CHECK_FALSE(grid->row(row).message.isEmpty());
    CHECK(grid->row(row).indications[0] == QStringLiteral("20.01"));
    CHECK(RecordService(f.lab()).details(record)->voided.size() == 1);
    // Fixing the reference re-records the row too.
    REQUIRE(grid->setData(grid->index(row, ReadingGridModel::Reference), QStringLiteral("20.000")));
    CHECK(RecordService(f.lab()).details(record)->voided.size() == 2);
    CHECK(grid->row(row).message.isEmpty());
}

TEST_CASE("a draft open at another desk is shown as such there, in the editor and the list, and not changed",
          "[app][gui][bench][editing]")
{
    LabFixture f;
    const Id record = startVerification(f);
    auto first = technicianSession(f);
    auto second = technicianSession(f); // the same technician at another desk
    WorkPage list(*second);
    auto statusShown = [&] {
        list.reload();
        return list.model()->data(list.model()->index(0, 7)).toString();
    };
    {
        RecordEditor editing(*first, record);
        CHECK(editing.editedElsewhereLabel()->isHidden());
        CHECK(statusShown().contains(QStringLiteral("Người tech")));
        CHECK(list.watchingLapses()); // a crashed desk's hold lapses without telling anyone

        RecordEditor looking(*second, record);
        CHECK_FALSE(looking.editedElsewhereLabel()->isHidden());
        CHECK(looking.editedElsewhereLabel()->text().contains(QStringLiteral("Người tech")));
        CHECK_FALSE(looking.findChild<QPushButton*>(QStringLiteral("completeButton"))->isEnabled());
        ReadingGridModel* grid = looking.grid();
        CHECK_FALSE(grid->flags(grid->index(grid->rowCount() - 1, ReadingGridModel::Reference)) & Qt::ItemIsEditable);
        // The first desk types on; the second has nothing to send.
        ReadingGridModel* typing = editing.grid();
        const int row = typing->rowCount() - 1;
        REQUIRE(typing->setData(typing->index(row, ReadingGridModel::Reference), QStringLiteral("20")));
        REQUIRE(typing->setData(typing->index(row, ReadingGridModel::FirstIndication), QStringLiteral("20")));
        CHECK(typing->row(row).evaluation);
    }
    // Closed at the first desk, the draft is free at the second.
    CHECK_FALSE(statusShown().contains(QStringLiteral("Người tech")));
    CHECK_FALSE(list.watchingLapses());
    RecordEditor now(*second, record);
    CHECK(now.editedElsewhereLabel()->isHidden());
    CHECK(now.findChild<QPushButton*>(QStringLiteral("completeButton"))->isEnabled());
}

TEST_CASE("a refused row keeps the cursor and shows its message in the row", "[app][gui][bench]")
{
    LabFixture f;
    const Id record = startVerification(f);
    auto tech = technicianSession(f);
    RecordEditor editor(*tech, record);
    showActive(editor);
    ReadingGridModel* grid = editor.grid();
    const int row = grid->rowCount() - 1;
    editor.view()->setFocus();
    editor.view()->setCurrentIndex(grid->index(row, ReadingGridModel::Reference));
    editor.view()->edit(grid->index(row, ReadingGridModel::Reference));
    for (const char* typed : {"25 kPa", "25"}) {
        QWidget* cell = QApplication::focusWidget();
        REQUIRE(qobject_cast<QLineEdit*>(cell));
        QTest::keyClicks(cell, QString::fromUtf8(typed));
        QTest::keyClick(cell, Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    REQUIRE_FALSE(grid->row(row).message.isEmpty());
    CHECK(editor.view()->currentIndex().row() == row);
    CHECK_FALSE(grid->data(grid->index(row, ReadingGridModel::Label), Qt::DecorationRole).isNull());
    CHECK(grid->data(grid->index(row, ReadingGridModel::Label), Qt::ToolTipRole).toString() == grid->row(row).message);
    // Fixing the reference records the row at once.
    REQUIRE(grid->setData(grid->index(row, ReadingGridModel::Reference), QStringLiteral("25 kg")));
    CHECK(grid->row(row).message.isEmpty());
    CHECK(grid->row(row).evaluation);
}

TEST_CASE("each checklist click is stored: not checked, passed, failed", "[app][gui][bench]")
{
    LabFixture f;
    const Id record = startVerification(f);
    auto tech = technicianSession(f);
    RecordEditor editor(*tech, record);
    QListWidgetItem* item = editor.checklist()->item(0);
    REQUIRE(item);
    CHECK(item->checkState() == Qt::PartiallyChecked);
    const QString name = item->data(Qt::UserRole).toString();
    auto checks = [&] { return RecordService(f.lab()).details(record)->record.checks; };
    item->setCheckState(Qt::Checked);
    REQUIRE(checks().size() == 1);
    CHECK(checks()[0].item == name);
    CHECK(checks()[0].passed);
    item->setCheckState(Qt::Unchecked);
    REQUIRE(checks().size() == 1);
    CHECK_FALSE(checks()[0].passed);
    CHECK(item->text().contains(QStringLiteral("failed")));
    item->setCheckState(Qt::PartiallyChecked);
    CHECK(checks().isEmpty());
    // What was set is there when the record is opened again.
    item->setCheckState(Qt::Checked);
    RecordEditor reopened(*tech, record);
    CHECK(reopened.checklist()->item(0)->checkState() == Qt::Checked);
}

TEST_CASE("the start dialog: mnemonics, a date typed as text, bare conditions, where and in what state",
          "[app][gui][bench]")
{
    LabFixture f;
    auto tech = technicianSession(f);
    StartRecordDialog start(*tech, f.scale);
    showActive(start);
    // Alt+letter goes to the field, not to the row around it.
    QTest::keyClick(&start, Qt::Key_H, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == start.humidityEdit());
    QTest::keyClick(&start, Qt::Key_D, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == start.dateEdit());
    // A verification's result is the law's: no statement of conformity is offered.
    CHECK_FALSE(start.conformityCheck()->isVisibleTo(&start));
    start.kindCombo()->setCurrentIndex(start.kindCombo()->findData(QStringLiteral("calibration")));
    CHECK(start.conformityCheck()->isVisibleTo(&start));
    start.kindCombo()->setCurrentIndex(start.kindCombo()->findData(QStringLiteral("periodic")));

    // Digits typed into the date are read as typed, and refused when they are no date.
    start.dateEdit()->setText(QStringLiteral("15"));
    start.start();
    CHECK(start.recordId() == 0);
    CHECK_FALSE(start.form()->errorAt(QStringLiteral("date")).isEmpty());
    start.dateEdit()->setText(QStringLiteral("20/11/2026"));
    start.temperatureEdit()->setText(QStringLiteral("23"));
    start.humidityEdit()->setText(QStringLiteral("55,5"));
    start.siteCombo()->setCurrentIndex(start.siteCombo()->findData(QStringLiteral("on-site")));
    start.siteAddressEdit()->setText(QStringLiteral("Kho xăng Tân Hà"));
    start.conditionEdit()->setText(QStringLiteral("seal intact"));
    start.start();
    INFO(start.form()->generalError().toStdString());
    REQUIRE(start.recordId() > 0);
    const Record r = RecordService(f.lab()).details(start.recordId())->record;
    CHECK(r.date == QDate(2026, 11, 20));
    CHECK(r.temperature->toString() == QStringLiteral("23 °C"));
    CHECK(r.humidity->toString() == QStringLiteral("55.5 %RH"));
    CHECK(r.site == WorkSite::OnSite);
    CHECK(r.siteAddress == QStringLiteral("Kho xăng Tân Hà"));
    CHECK(r.itemCondition == QStringLiteral("seal intact"));
}

TEST_CASE("the review screen previews, sends back in place, approves, signs and issues", "[app][gui][review]")
{
    LabFixture f;
    const Id record = startVerification(f);
    completeProgramme(f, record);
    REQUIRE(RecordService(f.lab()).complete(f.technician, record));
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 10));
    REQUIRE(SigningKeyService(f.lab()).create(f.admin, QStringLiteral("sign-pass-123")));
    auto boss = LabSession::open(f.path(), QStringLiteral("manager"), QStringLiteral("Mien-Bac-2026"), f.clock());
    REQUIRE(boss);
    ReviewDialog review(**boss, record);
    review.show();
    // Readings, conditions with the checklist, the budgets and the certificate as it would be.
    REQUIRE(review.tabs()->count() == 4);
    CHECK(review.preview()->pageCount() >= 1);
    CHECK_FALSE(review.warningsLabel()->text().isEmpty());
    auto* sendBack = review.findChild<QPushButton*>(QStringLiteral("sendBackButton"));
    auto* approve = review.findChild<QPushButton*>(QStringLiteral("approveButton"));
    auto* issue = review.findChild<QPushButton*>(QStringLiteral("issueButton"));
    auto* print = review.findChild<QPushButton*>(QStringLiteral("printButton"));
    REQUIRE((sendBack && approve && issue && print));
    CHECK_FALSE(issue->isEnabled());
    // Sending back without a reason is refused in the dialog, which stays open with the record as it was.
    sendBack->click();
    CHECK(review.isVisible());
    CHECK_FALSE(review.messageLabel()->text().isEmpty());
    CHECK(statusOf(f, record) == RecordStatus::Completed);
    approve->click();
    CHECK(statusOf(f, record) == RecordStatus::Approved);
    CHECK(issue->isEnabled());
    CHECK_FALSE(print->isEnabled());
    review.passphraseEdit()->setText(QStringLiteral("wrong-pass-9"));
    issue->click();
    CHECK(review.issuedNumber().isEmpty());
    CHECK(review.isVisible());
    CHECK(review.messageLabel()->text().contains(QStringLiteral("passphrase")));
    review.passphraseEdit()->setText(QStringLiteral("sign-pass-123"));
    issue->click();
    INFO(review.messageLabel()->text().toStdString());
    REQUIRE_FALSE(review.issuedNumber().isEmpty());
    CHECK(statusOf(f, record) == RecordStatus::Issued);
    CHECK(print->isEnabled());
    CHECK(review.findChild<QPushButton*>(QStringLiteral("openPdfButton"))->isEnabled());
    CHECK(review.preview()->pageCount() >= 1);
}

TEST_CASE("sending back from the review screen takes the reason typed there", "[app][gui][review]")
{
    LabFixture f;
    const Id record = startVerification(f);
    completeProgramme(f, record);
    REQUIRE(RecordService(f.lab()).complete(f.technician, record));
    auto boss = LabSession::open(f.path(), QStringLiteral("manager"), QStringLiteral("Mien-Bac-2026"), f.clock());
    REQUIRE(boss);
    ReviewDialog review(**boss, record);
    review.reasonEdit()->setPlainText(QStringLiteral("eccentricity read at the wrong corner"));
    review.sendBack();
    CHECK(statusOf(f, record) == RecordStatus::Draft);
    CHECK(RecordService(f.lab()).details(record)->rejectionReason ==
          QStringLiteral("eccentricity read at the wrong corner"));
}

TEST_CASE("the signing passphrase is chosen with a new lab and changed by an admin", "[app][gui][signing]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.etalon"));
    SignInDialog signIn(QString{});
    const Status made = signIn.makeLab(path, QStringLiteral("Trung tâm Đo lường"), QStringLiteral("admin"),
                                       QStringLiteral("Tuyen-Quang-2030"), QStringLiteral("x"));
    REQUIRE_FALSE(made);
    CHECK(made.error().field == QStringLiteral("signing-passphrase"));
    CHECK_FALSE(QFileInfo::exists(path));
    REQUIRE(signIn.makeLab(path, QStringLiteral("Trung tâm Đo lường"), QStringLiteral("admin"),
                           QStringLiteral("Tuyen-Quang-2030"), QStringLiteral("sign-pass-123")));
    auto admin = LabSession::open(path, QStringLiteral("admin"), QStringLiteral("Tuyen-Quang-2030"));
    REQUIRE(admin);
    CHECK(SigningKeyService((*admin)->lab()).hasKey());
    SigningPassphraseDialog change(**admin);
    change.currentEdit()->setText(QStringLiteral("sign-pass-123"));
    change.freshEdit()->setText(QStringLiteral("sign-pass-456"));
    change.againEdit()->setText(QStringLiteral("sign-pass-457"));
    change.save();
    CHECK_FALSE(change.form()->errorAt(QStringLiteral("again")).isEmpty());
    change.againEdit()->setText(QStringLiteral("sign-pass-456"));
    change.currentEdit()->setText(QStringLiteral("sign-pass-000"));
    change.save();
    CHECK(change.result() != QDialog::Accepted);
    change.currentEdit()->setText(QStringLiteral("sign-pass-123"));
    change.save();
    INFO(change.form()->generalError().toStdString());
    CHECK(change.result() == QDialog::Accepted);
}

TEST_CASE("Qt's own dialogs speak Vietnamese with the Vietnamese interface", "[app][gui][i18n]")
{
    I18n::install(QStringLiteral("vi"), QStringLiteral("en"));
    QMessageBox box(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    CHECK(box.button(QMessageBox::Cancel)->text() == QStringLiteral("Hủy"));
    CHECK(box.button(QMessageBox::Yes)->text().remove(u'&') == QStringLiteral("Có"));
    QFileDialog files(nullptr, QStringLiteral("?"));
    files.setOption(QFileDialog::DontUseNativeDialog);
    auto* lookIn = files.findChild<QLabel*>(QStringLiteral("lookInLabel"));
    REQUIRE(lookIn);
    CHECK(lookIn->text() == QStringLiteral("Tìm trong:"));
    I18n::install(QStringLiteral("en"), QStringLiteral("en"));
    QMessageBox english(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"), QMessageBox::Cancel);
    CHECK(english.button(QMessageBox::Cancel)->text() == QStringLiteral("Cancel"));
}

TEST_CASE("the main window names the lab and the user, keeps each user's page and its shortcuts, and says what "
          "an empty list needs",
          "[app][gui][look]")
{
    LabFixture f;
    QSettings().remove(QStringLiteral("window/page"));
    {
        MainWindow window;
        REQUIRE(window.openLab(f.path(), QStringLiteral("tech"), QStringLiteral("Mien-Bac-2026")).isEmpty());
        CHECK(window.windowTitle().contains(QStringLiteral("tech")));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        REQUIRE(tabs);
        // Ctrl+4 is the Instruments page whoever signs in.
        showActive(window);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        CHECK(tabs->currentWidget() == static_cast<QWidget*>(window.instrumentsPage()));
        // An empty list says what to do first.
        auto* certificates = window.findChild<TablePage*>(QStringLiteral("certificatesPage"));
        REQUIRE(certificates);
        CHECK(certificates->emptyHintLabel()->text().contains(QStringLiteral("Approvals")));
    }
    {
        MainWindow window;
        REQUIRE(window.openLab(f.path(), QStringLiteral("tech"), QStringLiteral("Mien-Bac-2026")).isEmpty());
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        CHECK(tabs->currentWidget() == static_cast<QWidget*>(window.instrumentsPage()));
    }
    {
        MainWindow window;
        REQUIRE(window.openLab(f.path(), QStringLiteral("admin"), QStringLiteral("Tuyen-Quang-2030")).isEmpty());
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        CHECK(tabs->currentWidget() != static_cast<QWidget*>(window.instrumentsPage()));
        showActive(window);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        CHECK(tabs->currentWidget() == static_cast<QWidget*>(window.instrumentsPage()));
    }
}

TEST_CASE("printing to a file writes the certificate's PDF itself, pages still vector", "[app][gui][print]")
{
    QTemporaryDir dir;
    const QByteArray pdf = "%PDF-1.4\n% the issued bytes\n%%EOF\n";
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    REQUIRE(printer.outputFormat() == QPrinter::PdfFormat);
    REQUIRE(sendPdf(pdf, nullptr, printer));
    QFile printed(dir.filePath(QStringLiteral("printed.pdf")));
    REQUIRE(printed.open(QIODevice::ReadOnly));
    CHECK(printed.readAll() == pdf);
    CHECK_FALSE(sendPdf(QByteArray(), nullptr, printer));
}

namespace {

QString pdfText(const QString& path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput());
}

} // namespace

TEST_CASE("the reports to the authorities from the desktop: their own language, number and recipient",
          "[app][gui][report]")
{
    LabFixture f;
    QTemporaryDir dir;
    auto boss = LabSession::open(f.path(), QStringLiteral("manager"), QStringLiteral("Mien-Bac-2026"), f.clock());
    REQUIRE(boss);
    ReportDialog annual(**boss, ReportDialog::Kind::Annual, 2026);
    annual.numberEdit()->setText(QStringLiteral("12/BC-TTKT"));
    annual.recipientEdit()->setText(QStringLiteral("Sở Khoa học và Công nghệ tỉnh Tuyên Quang"));
    const QString vi = dir.filePath(QStringLiteral("annual.pdf"));
    REQUIRE(annual.save(vi));
    const QString text = pdfText(vi);
    CHECK(text.contains(QStringLiteral("BÁO CÁO")));
    CHECK(text.contains(QStringLiteral("12/BC-TTKT")));
    CHECK(text.contains(QStringLiteral("Kính gửi")));
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("annual.csv"))));

    ReportDialog activity(**boss, ReportDialog::Kind::Activity, 2026);
    activity.languageCombo()->setCurrentIndex(activity.languageCombo()->findData(QStringLiteral("en")));
    activity.fromEdit()->setText(QStringLiteral("31/02/2026"));
    CHECK_FALSE(activity.save(dir.filePath(QStringLiteral("activity.pdf"))));
    CHECK_FALSE(activity.form()->errorAt(QStringLiteral("from")).isEmpty());
    activity.fromEdit()->setText(QStringLiteral("01/01/2026"));
    REQUIRE(activity.save(dir.filePath(QStringLiteral("activity.pdf"))));
    CHECK(pdfText(dir.filePath(QStringLiteral("activity.pdf"))).contains(QStringLiteral("REPORT")));

    // Only a manager or the lab's head signs a report.
    auto tech = technicianSession(f);
    ReportDialog refused(*tech, ReportDialog::Kind::Annual, 2026);
    CHECK_FALSE(refused.save(dir.filePath(QStringLiteral("tech.pdf"))));
    CHECK_FALSE(refused.form()->generalError().isEmpty());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("tech.pdf"))));
}

TEST_CASE("each row of the programme starts with a standard that can realise its load, the others say why",
          "[app][gui][bench]")
{
    LabFixture f;
    // A second set that reaches 10 kg only: the rows above it say why it cannot serve them.
    Standard small;
    small.name = QStringLiteral("Bộ quả cân nhỏ");
    small.serial = QStringLiteral("QC-00");
    small.accuracyClass = QStringLiteral("M1");
    small.rangeMax = q("10 kg");
    auto added = StandardService(f.lab()).addStandard(f.manager, small);
    REQUIRE(added);
    StandardCalibration cal;
    cal.standardId = added->id;
    cal.date = QDate(2026, 1, 10);
    cal.validUntil = QDate(2027, 1, 9);
    cal.certificate = QStringLiteral("V26-0124/VMI");
    cal.byLabId = f.institute;
    cal.points = {CalibrationPoint{q("10 kg"), q("0.2 g"), q("0.2 g"), Decimal(2, 0), {}}};
    REQUIRE(StandardService(f.lab()).calibrate(f.manager, cal));
    const Id record = startVerification(f);
    auto tech = technicianSession(f);
    RecordEditor editor(*tech, record);
    ReadingGridModel* grid = editor.grid();
    RecordService records(f.lab());
    int fitting = 0, unfit = 0;
    for (int r = 0; r + 1 < grid->rowCount(); ++r) {
        const auto& row = grid->row(r);
        const auto load = Quantity::parse(row.reference);
        REQUIRE(load);
        const bool fits = bool(records.standardFits(record, added->id, *load));
        INFO(row.reference.toStdString());
        CHECK(fits == !row.unfitStandards.contains(added->id));
        CHECK_FALSE(row.unfitStandards.contains(f.massStandard));
        if (fits) {
            ++fitting;
        } else {
            CHECK_FALSE(row.unfitStandards.value(added->id).isEmpty());
            CHECK(row.standardId == f.massStandard);
            ++unfit;
        }
    }
    CHECK(fitting > 0);
    CHECK(unfit > 0);
}
