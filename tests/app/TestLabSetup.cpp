// SPDX-License-Identifier: Apache-2.0
// Setting a lab up from the desktop client: organisations and instruments changed in their registration dialogs
// with their history, the lab settings page writing through the use cases, verifier cards chosen by field and
// removed, and the checklist of what is left to register.
#include "app/gui/FieldForm.h"
#include "app/gui/GettingStartedPage.h"
#include "app/gui/HistoryDialog.h"
#include "app/gui/LabPages.h"
#include "app/gui/LabSession.h"
#include "app/gui/LabSettingsPage.h"
#include "app/gui/MainWindow.h"
#include "app/gui/RegistryDialogs.h"
#include "app/gui/RegistryPages.h"
#include "db/certificates/StampService.h"
#include "db/lab/SettingsService.h"
#include "db/lab/UserService.h"
#include "db/registry/RegistryService.h"
#include "support/TemporaryDatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

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

/** Runs \a check on the modal dialog \a trigger opens, then closes it. */
template <typename Dialog>
bool opensDialog(const std::function<void()>& trigger, const std::function<void(Dialog&)>& check)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            seen = true;
            check(*dialog);
            dialog->reject();
        }
    });
    trigger();
    return seen;
}

} // namespace

TEST_CASE("an organisation and an instrument are changed in their registration dialogs, errors at the field, with "
          "their history",
          "[app][gui][setup]")
{
    LabFixture f;
    auto admin = signInAdmin(f);
    RegistryService registry(f.lab());
    Organisation other;
    other.name = QStringLiteral("Công ty Nước sạch");
    other.taxCode = QStringLiteral("5000111222");
    REQUIRE(registry.addOrganisation(f.admin, other));

    OrganisationDialog org(*admin, *registry.fetchOrganisation(f.customer));
    CHECK(org.isEditing());
    CHECK(org.edit(QStringLiteral("name"))->text() == QStringLiteral("Công ty TNHH Minh Phát"));
    org.edit(QStringLiteral("tax-code"))->setText(QStringLiteral("5000111222"));
    org.save();
    CHECK(org.result() != QDialog::Accepted);
    CHECK(org.form()->errorAt(QStringLiteral("tax-code")).contains(QStringLiteral("5000111222")));
    org.edit(QStringLiteral("tax-code"))->setText(QStringLiteral("5000123456"));
    org.edit(QStringLiteral("phone"))->setText(QStringLiteral("0207 3822 111"));
    org.save();
    REQUIRE(org.result() == QDialog::Accepted);
    CHECK(registry.fetchOrganisation(f.customer)->phone == QStringLiteral("0207 3822 111"));
    CHECK(registry.organisations()->size() == 4); // changed, not registered again

    InstrumentDialog inst(*admin, *registry.fetchInstrument(f.scale));
    CHECK_FALSE(inst.ownerCombo()->isEnabled()); // the owner changes by a transfer
    CHECK(inst.edit(QStringLiteral("serial"))->text() == QStringLiteral("S-123"));
    CHECK(inst.edit(QStringLiteral("range-max"))->text() == QStringLiteral("60 kg"));
    inst.edit(QStringLiteral("range-max"))->setText(QStringLiteral("60 kPa"));
    inst.save();
    CHECK_FALSE(inst.form()->errorAt(QStringLiteral("range-max")).isEmpty());
    inst.edit(QStringLiteral("range-max"))->setText(QStringLiteral("60 kg"));
    inst.edit(QStringLiteral("place"))->setText(QStringLiteral("Chợ Tam Cờ"));
    inst.save();
    REQUIRE(inst.result() == QDialog::Accepted);
    CHECK(registry.fetchInstrument(f.scale)->place == QStringLiteral("Chợ Tam Cờ"));
    CHECK(registry.fetchInstrument(f.scale)->serial == QStringLiteral("S-123"));

    HistoryDialog history(*admin, QStringLiteral("instrument"), f.scale, QStringLiteral("S-123"));
    REQUIRE(history.table()->rowCount() == 2);
    CHECK(history.table()->item(0, 2)->text() == QStringLiteral("Instrument's details changed"));
    CHECK(history.table()->item(0, 3)->text().contains(QStringLiteral("place of use: – → Chợ Tam Cờ")));
    CHECK(history.table()->item(1, 2)->text() == QStringLiteral("Instrument registered"));
    // A technician changes instruments but does not read the trail: the dialog says why it is empty.
    auto tech = signIn(f, "tech", "Mien-Bac-2026");
    HistoryDialog refused(*tech, QStringLiteral("instrument"), f.scale, QStringLiteral("S-123"));
    CHECK(refused.table()->rowCount() == 0);
    CHECK_FALSE(refused.messageLabel()->text().isEmpty());

    // Edit… on the pages opens the dialog on the selected item.
    OrganisationsPage organisations(*admin);
    REQUIRE(organisations.selectId(f.customer));
    auto* edit = organisations.findChild<QPushButton*>(QStringLiteral("editOrganisationButton"));
    REQUIRE(edit);
    CHECK(opensDialog<OrganisationDialog>([&] { edit->click(); },
                                          [](OrganisationDialog& d) {
                                              CHECK(d.isEditing());
                                              CHECK(d.edit(QStringLiteral("phone"))->text() ==
                                                    QStringLiteral("0207 3822 111"));
                                          }));
    REQUIRE(organisations.findChild<QPushButton*>(QStringLiteral("organisationHistoryButton")));
    InstrumentsPage instruments(*admin);
    instruments.view()->selectRow(0);
    REQUIRE(instruments.selectedId() == f.scale);
    CHECK(opensDialog<InstrumentDialog>(
        [&] { instruments.findChild<QPushButton*>(QStringLiteral("editInstrumentButton"))->click(); },
        [](InstrumentDialog& d) { CHECK(d.edit(QStringLiteral("place"))->text() == QStringLiteral("Chợ Tam Cờ")); }));
    CHECK(opensDialog<HistoryDialog>(
        [&] { instruments.findChild<QPushButton*>(QStringLiteral("instrumentHistoryButton"))->click(); },
        [](HistoryDialog& d) { CHECK(d.table()->rowCount() == 2); }));
}

TEST_CASE("the lab settings page writes through the use cases, errors at the field", "[app][gui][setup]")
{
    LabFixture f;
    auto admin = signInAdmin(f);
    LabSettingsPage page(*admin);
    CHECK(page.edit(QStringLiteral("lab_name"))->text() == QStringLiteral("Trung tâm Kỹ thuật TĐC Tuyên Quang"));
    page.edit(QStringLiteral("lab_address"))->setText(QStringLiteral("Số 1, phường Minh Xuân"));
    page.edit(QStringLiteral("designation_number"))->setText(QStringLiteral("123/QĐ-TĐC"));
    page.edit(QStringLiteral("certificate_pattern"))->setText(QStringLiteral("TQ-{year}"));
    CHECK_FALSE(page.save().isEmpty());
    CHECK(page.form()->errorAt(QStringLiteral("certificate_pattern")).contains(QStringLiteral("{seq}")));
    // The page's changes are saved together or not at all: the address waits for the pattern to be right.
    CHECK(f.lab().setting(QStringLiteral("lab_address")).isEmpty());
    CHECK(page.statusLabel()->text().startsWith(QStringLiteral("Nothing was saved")));
    page.edit(QStringLiteral("certificate_pattern"))->setText(QStringLiteral("TQ-{seq:04}/{yy}"));
    CHECK(page.save().isEmpty());
    CHECK(f.lab().setting(QStringLiteral("certificate_pattern")) == QStringLiteral("TQ-{seq:04}/{yy}"));
    CHECK(f.lab().setting(QStringLiteral("lab_address")) == QStringLiteral("Số 1, phường Minh Xuân"));
    CHECK(page.statusLabel()->text().contains(QStringLiteral("Address")));
    CHECK(page.statusLabel()->text().contains(QStringLiteral("Certificate number pattern")));
    page.edit(QStringLiteral("lab_name"))->setText(QStringLiteral(" "));
    page.save();
    CHECK_FALSE(page.form()->errorAt(QStringLiteral("lab_name")).isEmpty());

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("logo.png"));
    QImage logo(32, 32, QImage::Format_RGB32);
    logo.fill(Qt::darkGreen);
    REQUIRE(logo.save(png, "PNG"));
    CHECK(page.setLogo(png).isEmpty());
    CHECK_FALSE(f.lab().setting(QStringLiteral("logo")).isEmpty());
    CHECK_FALSE(page.logoLabel()->pixmap().isNull());
    const QString text = dir.filePath(QStringLiteral("logo.txt"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not an image");
    file.close();
    CHECK_FALSE(page.setLogo(text).isEmpty());
    CHECK_FALSE(page.form()->errorAt(QStringLiteral("logo")).isEmpty());

    // The signatories: each manager's title and whom they sign for, through UserService::setTitle.
    REQUIRE(page.signatoryCombo()->count() == 1);
    CHECK(page.signatoryCombo()->currentData().toString() == QStringLiteral("manager"));
    page.titleEdit()->clear();
    page.signsForEdit()->setText(QStringLiteral("GIÁM ĐỐC"));
    CHECK_FALSE(page.saveSignatory().isEmpty());
    CHECK_FALSE(page.signatoryForm()->errorAt(QStringLiteral("title")).isEmpty());
    page.titleEdit()->setText(QStringLiteral("PHÓ GIÁM ĐỐC"));
    CHECK(page.saveSignatory().isEmpty());
    CHECK(UserService(f.lab()).fetchUser(QStringLiteral("manager"))->signsFor == QStringLiteral("GIÁM ĐỐC"));
    CHECK(page.signatories()->item(0, 1)->text() == QStringLiteral("PHÓ GIÁM ĐỐC"));
    CHECK(page.statusLabel()->text().contains(QStringLiteral("PHÓ GIÁM ĐỐC")));
}

TEST_CASE("a verifier card is chosen from the catalogue's fields, its expiry flagged, and it can be removed",
          "[app][gui][setup]")
{
    LabFixture f;
    auto admin = signInAdmin(f);
    PeoplePage people(*admin);
    REQUIRE(people.selectId(f.technician.userId));
    REQUIRE(people.authorisations()->rowCount() == 1);
    CHECK(people.authorisations()->item(0, 0)->text() == QStringLiteral("Mass"));

    VerifierCardDialog card(*admin, QStringLiteral("tech"));
    const int flow = card.fieldCombo()->findData(QStringLiteral("flow"));
    REQUIRE(flow >= 0);
    CHECK(card.fieldCombo()->itemText(flow) == QStringLiteral("Volume and flow"));
    card.fieldCombo()->setCurrentIndex(flow);
    card.validUntilEdit()->setText(QStringLiteral("10/12/2026"));
    card.save();
    CHECK_FALSE(card.form()->errorAt(QStringLiteral("certificate")).isEmpty());
    card.certificateEdit()->setText(QStringLiteral("KĐV-09"));
    card.validUntilEdit()->setText(QStringLiteral("31/02/2027"));
    card.save();
    CHECK_FALSE(card.form()->errorAt(QStringLiteral("valid-until")).isEmpty());
    card.validUntilEdit()->setText(QStringLiteral("10/12/2026"));
    card.save();
    REQUIRE(card.recorded());
    REQUIRE(UserService(f.lab()).authorize(f.admin, QStringLiteral("tech"), QStringLiteral("pressure"),
                                           QStringLiteral("KĐV-OLD"), QDate(2026, 1, 31)));

    people.reload();
    REQUIRE(people.selectId(f.technician.userId));
    QTableWidget* cards = people.authorisations();
    REQUIRE(cards->rowCount() == 3); // by date: the expired, the expiring, the valid one
    CHECK(cards->item(0, 0)->text() == QStringLiteral("Pressure"));
    CHECK(cards->item(0, 3)->text() == QStringLiteral("expired"));
    CHECK(cards->item(1, 0)->text() == QStringLiteral("Volume and flow"));
    CHECK(cards->item(1, 3)->text() == QStringLiteral("expires in 15 day(s)"));
    CHECK(cards->item(2, 3)->text() == QStringLiteral("valid"));

    cards->selectRow(0);
    CHECK(people.revokeSelectedCard().isEmpty());
    CHECK(cards->rowCount() == 2);
    CHECK(UserService(f.lab()).authorisations(f.technician.userId)->size() == 2);
    CHECK(people.statusLabel()->text().contains(QStringLiteral("Pressure")));
    cards->clearSelection();
    CHECK_FALSE(people.revokeSelectedCard().isEmpty()); // no card chosen
}

TEST_CASE("the getting started checklist counts the lab, opens each page, and shows at sign-in until done",
          "[app][gui][setup]")
{
    LabFixture f;
    QSettings().remove(QStringLiteral("window/page"));
    {
        MainWindow window;
        window.openSession(signInAdmin(f));
        GettingStartedPage* start = window.gettingStartedPage();
        REQUIRE(start);
        CHECK(window.tabs()->currentWidget() == static_cast<QWidget*>(start));
        CHECK(start->summaryLabel()->text() == QStringLiteral("5 of 8 steps done"));
        CHECK_FALSE(start->progress().step(QStringLiteral("stamps"))->done);
        start->openButton(QStringLiteral("stamps"))->click();
        CHECK(window.tabs()->currentWidget() == static_cast<QWidget*>(window.stampsPage()));
        start->openButton(QStringLiteral("lab"))->click();
        CHECK(window.tabs()->currentWidget() == static_cast<QWidget*>(window.settingsPage()));
        start->openButton(QStringLiteral("institute"))->click();
        CHECK(window.tabs()->currentWidget() == static_cast<QWidget*>(window.organisationsPage()));
    }
    {
        // A manager sees it too, without the admin's settings page to open.
        MainWindow window;
        window.openSession(signIn(f, "manager", "Mien-Bac-2026"));
        REQUIRE(window.gettingStartedPage());
        CHECK_FALSE(window.settingsPage());
        CHECK_FALSE(window.gettingStartedPage()->openButton(QStringLiteral("lab"))->isEnabled());
    }
    {
        MainWindow window;
        window.openSession(signIn(f, "tech", "Mien-Bac-2026"));
        CHECK_FALSE(window.gettingStartedPage());
        CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("gettingStartedAction")));
    }
    // Once every step is done, it no longer opens by itself, but the Help menu still shows it.
    SettingsService settings(f.lab());
    REQUIRE(settings.set(f.admin, QStringLiteral("lab_address"), QStringLiteral("Số 1, phường Minh Xuân")));
    REQUIRE(settings.set(f.admin, QStringLiteral("designation_number"), QStringLiteral("123/QĐ-TĐC")));
    REQUIRE(settings.set(f.admin, QStringLiteral("governing_body"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ")));
    REQUIRE(UserService(f.lab()).authorize(f.admin, QStringLiteral("novice"), QStringLiteral("mass"),
                                           QStringLiteral("KĐV-003"), QDate(2027, 12, 31)));
    REQUIRE(StampService(f.lab()).receive(f.manager, QStringLiteral("TQ"), 1, 10));
    MainWindow window;
    window.openSession(signInAdmin(f));
    CHECK(window.tabs()->indexOf(window.gettingStartedPage()) < 0);
    auto* help = window.findChild<QAction*>(QStringLiteral("gettingStartedAction"));
    REQUIRE(help);
    help->trigger();
    CHECK(window.tabs()->currentWidget() == static_cast<QWidget*>(window.gettingStartedPage()));
    CHECK(window.gettingStartedPage()->summaryLabel()->text() ==
          QStringLiteral("The lab is set up: every step is done."));
}
