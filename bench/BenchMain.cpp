// SPDX-License-Identifier: Apache-2.0
// etalon-bench [--instruments N] [--records M] [--import K] [--clients C] [--desk-records R]
//              [--lab FILE [--reports-only]] [--db URI]: builds a synthetic lab with the demo generator and prints
// how long the operations users wait for take on it, on a lab file or a server, one desk and C desks at once.
#include "app/gui/InstrumentTableModel.h"
#include "bench/ConcurrentFigures.h"
#include "db/demo/DemoGenerator.h"
#include "db/demo/DemoWork.h"
#include "db/lab/UserService.h"
#include "db/programme/ActivityReportService.h"
#include "db/programme/AnnualReportService.h"
#include "db/programme/ProgrammeService.h"
#include "db/records/DueService.h"
#include "db/records/RecordService.h"
#include "db/registry/ImportService.h"
#include "db/registry/RegistryService.h"
#include "db/standards/StandardService.h"
#include "db/trust/AuditService.h"
#include "reports/CertificateWriter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Etalon;

namespace {

int option(const QStringList& args, const QString& name, int fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

void print(const char* what, double value, const char* unit)
{
    std::printf("%-44s %12.3f %s\n", what, value, unit);
    std::fflush(stdout);
}

template <typename F>
double millis(F&& f, int repeats = 1)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < repeats; ++i)
        f();
    return double(t.nsecsElapsed()) / 1e6 / repeats;
}

CertificateData sampleCertificate(int rows)
{
    CertificateData d;
    d.kind = CertificateKind::Calibration;
    d.language = CertificateLanguage::Bilingual;
    d.number = QStringLiteral("0001-26");
    d.issueDate = QDate(2026, 11, 25);
    d.placeOfIssue = QStringLiteral("Tuyên Quang");
    d.labName = QStringLiteral("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Tuyên Quang");
    d.instrumentName = QStringLiteral("Cân bàn, cân đĩa, cân treo");
    d.serial = QStringLiteral("S-123");
    d.ownerName = QStringLiteral("Công ty TNHH Minh Phát");
    d.procedureCode = QStringLiteral("QTHC-KL");
    d.dateOfWork = QDate(2026, 11, 20);
    for (int i = 1; i <= rows; ++i)
        d.rows.append({QString::number(i), QStringLiteral("%1 kg").arg(i), QStringLiteral("%1,01 kg").arg(i),
                       QStringLiteral("0,01 kg"), QString(), QStringLiteral("0,011 kg (k = 2,00)"), QString()});
    return d;
}

void renderingFigures()
{
    const CertificateData one = sampleCertificate(10);
    const CertificateWriter::Options options{
        QByteArray("ETALON1|0001-26|2026-11-25|") + QByteArray(64, 'a') + '|' + QByteArray(86, 'b'), {}};
    (void)CertificateWriter::render(one, options); // font registration is not part of the figure
    print("render one certificate (one core)", millis([&] { (void)CertificateWriter::render(one, options); }, 50),
          "ms");
    QList<QPair<CertificateData, CertificateWriter::Options>> batch;
    for (int i = 0; i < 200; ++i)
        batch.append({one, options});
    const double sequential = millis([&] {
        for (const auto& item : batch)
            (void)CertificateWriter::render(item.first, item.second);
    });
    const double parallel = millis([&] { (void)CertificateWriter::renderBatch(batch); });
    print("batch of 200, one core", sequential, "ms");
    print("batch of 200, all cores", parallel, "ms");
    print("  speed-up", sequential / parallel, "x");
}

Session must(Result<Session> s)
{
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        std::exit(1);
    }
    return *s;
}

} // namespace

/** What the desktop client's lists cost on this lab: they must answer well under 200 ms. */
void listFigures(Lab& lab)
{
    QElapsedTimer t;
    t.start();
    InstrumentTableModel model(lab);
    model.setSearch(QString());
    print("desktop instrument list: open (first page)", double(t.nsecsElapsed()) / 1e6, "ms");
    print("desktop instrument list: scroll one page of 256", millis([&] { model.fetchMore({}); }, 20), "ms");
    print("desktop instrument list: filter by serial fragment",
          millis([&] { model.setSearch(QStringLiteral("12345")); }, 5), "ms");
    print("desktop instrument list: filter by a fragment matching nothing",
          millis([&] { model.setSearch(QStringLiteral("zz-none")); }, 5), "ms");
    model.setSearch(QString());
    print("desktop instrument list: sort by serial, descending",
          millis([&] { model.sort(InstrumentTableModel::Serial, Qt::DescendingOrder); }, 5), "ms");
    print("desktop instrument list: sort by owner name",
          millis([&] { model.sort(InstrumentTableModel::Owner, Qt::AscendingOrder); }, 3), "ms");
    RecordFilter waiting;
    waiting.status = RecordStatus::Approved;
    waiting.limit = 1000;
    print("desktop approvals list (1000 newest approved)",
          millis([&] { (void)RecordService(lab).summaries(waiting); }, 5), "ms");
}

/** The audit trail's page, once the workflow has written its entries (the generator writes none per record). */
/** The reports to the authorities, computed in SQL on the whole lab: each should take under 10 s. */
void reportFigures(Lab& lab, const Session& manager)
{
    const QDate today = lab.today();
    DueService due(lab);
    int dueCount = 0;
    print("due list, 30 days (all)", millis([&] { dueCount = int(due.dueList(today, 30, DueScope::All)->size()); }, 5),
          "ms");
    std::printf("%-44s %12d items\n", "  items in the due list", dueCount);
    print("annual report, this year", millis([&] { (void)AnnualReportService(lab).figures(today.year()); }) / 1000.0,
          "s");
    print("activity report, 1 January to today",
          millis([&] { (void)ActivityReportService(lab).figures(QDate(today.year(), 1, 1), today); }) / 1000.0, "s");
    // The enterprise with the most instruments, enrolled for its assurance report.
    auto largest = lab.db().scalar(
        QStringLiteral("SELECT owner_id FROM instruments GROUP BY owner_id ORDER BY COUNT(*) DESC LIMIT 1"));
    if (!largest || largest->isNull())
        return;
    Enrolment e;
    e.organisationId = largest->toLongLong();
    e.enrolledOn = QDate(today.year(), 1, 1);
    e.sector = ProgrammeSector::Fuel;
    ProgrammeService programme(lab);
    (void)programme.enrol(manager, e);
    int lines = 0;
    print("enterprise assurance report, largest owner",
          millis([&] { lines = int(programme.assuranceReport(e.organisationId, today)->lines.size()); }) / 1000.0, "s");
    std::printf("%-44s %12d instruments\n", "  of that enterprise", lines);
}

void auditFigure(Lab& lab, const Session& manager)
{
    AuditFilter recent;
    recent.limit = 2000;
    int shown = 0;
    print("desktop audit trail page (up to 2000 entries)",
          millis([&] { shown = int(AuditService(lab).entries(manager, recent).value_or({}).size()); }, 5), "ms");
    std::printf("%-44s %12d entries\n", "  entries on the page", shown);
}

/** One import timed: the whole, and the write phase at its end during which the lab is held. */
void timedImport(Lab& lab, const Session& manager, ImportKind kind, const QString& csv, const char* what)
{
    QElapsedTimer t;
    t.start();
    qint64 checked = 0;
    auto report = ImportService(lab).importCsv(manager, kind, csv, ImportOptions{}, [&](int done, int total) {
        if (done == total)
            checked = t.elapsed();
        return true;
    });
    const double seconds = double(t.elapsed()) / 1000.0;
    if (!report || report->imported == 0) {
        std::fprintf(stderr, "%s\n", report ? "nothing imported" : qPrintable(report.error().message));
        return;
    }
    print(what, seconds, "s");
    print("  import rate", report->imported / seconds, "rows/s");
    print("  of which the write, other desks waiting", seconds - double(checked) / 1000.0, "s");
}

/** Importing organisations, each with its own tax code, then a scale for each, found by its owner's tax code. */
void importFigure(Lab& lab, const Session& manager, int count)
{
    QString organisations = QStringLiteral("name,tax-code,address\n");
    QString scales = QStringLiteral("type,owner-tax-code,serial,manufacturer,class,range-max,resolution\n");
    for (int i = 0; i < count; ++i) {
        const QString taxCode = QStringLiteral("9%1").arg(i, 9, 10, QChar(u'0'));
        organisations +=
            QStringLiteral("Công ty Nhập khẩu %1,%2,Tổ %3 phường Minh Xuân\n").arg(i).arg(taxCode).arg(i % 50);
        scales += QStringLiteral("NAWI,%1,IMP-%2,Nhơn Hòa,III,60 kg,10 g\n").arg(taxCode).arg(i);
    }
    timedImport(lab, manager, ImportKind::Organisations, organisations, "import of organisations");
    timedImport(lab, manager, ImportKind::Instruments, scales, "import of instruments");
}

/** `audit verify` of the whole lab: integrity, the chain and its seals of every row change, every table replayed. */
void verifyFigure(Lab& lab)
{
    QElapsedTimer t;
    t.start();
    auto v = AuditService(lab).verify();
    const double seconds = double(t.elapsed()) / 1000.0;
    if (!v) {
        std::fprintf(stderr, "%s\n", qPrintable(v.error().message));
        return;
    }
    print("audit verify, whole lab", seconds, "s");
    std::printf("%-44s %12lld row changes, %lld entries, %s\n", "  sealed and replayed", v->rowChanges, v->entries,
                v->intact() ? "intact" : "NOT intact");
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int instruments = option(args, QStringLiteral("--instruments"), 100000);
    const int records = option(args, QStringLiteral("--records"), 1000000);
    // --lab FILE keeps the generated lab; with --reports-only, the reports are timed on that lab as it is.
    QTemporaryDir dir;
    // --db URI (or a file) runs it on that lab, an empty PostgreSQL database say.
    int labAt = int(args.indexOf(QStringLiteral("--lab")));
    if (labAt < 0)
        labAt = int(args.indexOf(QStringLiteral("--db")));
    const QString path =
        labAt >= 0 && labAt + 1 < args.size() ? args[labAt + 1] : dir.filePath(QStringLiteral("bench.etalon"));
    Database db;
    if (auto opened = db.open(path); !opened) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Lab lab(db);
    if (args.contains(QStringLiteral("--reports-only"))) {
        reportFigures(lab, Session{1, QStringLiteral("admin"), Role::Admin});
        return 0;
    }
    UserService users(lab);
    const Session admin = must(users.initialise(QStringLiteral("Bench"), QStringLiteral("admin"),
                                                QStringLiteral("Mien-Bac-2026"), LabKind::Demo));
    auto addUser = [&](const char* name, Role role) {
        auto p = users.addUser(admin, QString::fromLatin1(name), role, QString::fromLatin1(name),
                               QStringLiteral("Mien-Bac-2026"));
        (void)users.authorize(admin, QString::fromLatin1(name), QStringLiteral("mass"), QStringLiteral("C"),
                              lab.today().addYears(1));
        return Session{p->id, p->name, p->role};
    };
    const Session technician = addUser("tech", Role::Technician);
    const Session manager = addUser("manager", Role::Manager);

    std::printf("Etalon benchmark: %d instruments, %d records\n", instruments, records);
    renderingFigures();
    DemoOptions options;
    options.instruments = instruments;
    options.records = records;
    QElapsedTimer t;
    t.start();
    auto generated = DemoGenerator(lab).generate(admin, options);
    if (!generated) {
        std::fprintf(stderr, "%s\n", qPrintable(generated.error().message));
        return 1;
    }
    const double seconds = double(t.elapsed()) / 1000.0;
    print("demo generation", seconds, "s");
    print("insert rate", records / seconds, "records/s");

    listFigures(lab);
    RegistryService registry(lab);
    InstrumentFilter byFragment;
    byFragment.search = QStringLiteral("12345");
    byFragment.limit = 100;
    print("instrument search, serial fragment", millis([&] { (void)registry.instruments(byFragment); }, 5), "ms");
    InstrumentFilter firstPage;
    firstPage.limit = 256;
    print("instrument list, first page of 256", millis([&] { (void)registry.instruments(firstPage); }, 5), "ms");

    // Complete and approve through the real use cases, each its own transaction.
    InstrumentFilter scalesFilter;
    scalesFilter.typeCode = QStringLiteral("NAWI");
    scalesFilter.limit = 200;
    auto scales = registry.instruments(scalesFilter);
    auto standards = StandardService(lab).standards();
    // Each record carries out its procedure's whole OIML R 76 programme (weighing, eccentricity, repeatability,
    // checklist), every reading through the use case with the first standard that fits the load.
    RecordService workflow(lab);
    int done = 0, readings = 0;
    const std::clock_t cpuBefore = std::clock();
    const double perRecord = millis([&] {
        for (const Instrument& i : *scales) {
            StartRecordInput in;
            in.instrumentId = i.id;
            in.kind = RecordKind::Periodic;
            in.date = lab.today();
            auto r = workflow.start(technician, in);
            auto taken = r ? DemoWork::carryOutProgramme(workflow, technician, r->id, *standards) : Result<int>(0);
            if (r && taken && workflow.complete(technician, r->id) && workflow.approve(manager, r->id)) {
                ++done;
                readings += *taken;
            }
        }
    });
    const double cpu = 1000.0 * double(std::clock() - cpuBefore) / CLOCKS_PER_SEC;
    const int through = std::max(1, int(scales->size()));
    print("full R 76 programme (start, readings, complete, approve), per record", perRecord / through, "ms");
    // The rest is the wait for the disk to confirm each transaction (synchronous = FULL).
    print("  of which CPU time (user and system)", cpu / through, "ms");
    std::printf("%-44s %12d of %d, %.1f readings each\n", "  records through the workflow", done, int(scales->size()),
                done ? double(readings) / done : 0.0);
    Bench::ConcurrentRun desks{path,   option(args, QStringLiteral("--clients"), 16), {}, *standards, technician,
                               manager};
    scalesFilter.offset = scalesFilter.limit;
    scalesFilter.limit = desks.clients * option(args, QStringLiteral("--desk-records"), 8);
    for (const Instrument& i : registry.instruments(scalesFilter).value_or({}))
        desks.instruments.append(i.id);
    Bench::concurrentFigures(desks);
    reportFigures(lab, manager);
    auditFigure(lab, manager);
    importFigure(lab, manager, option(args, QStringLiteral("--import"), 100000));
    verifyFigure(lab);
    return 0;
}
