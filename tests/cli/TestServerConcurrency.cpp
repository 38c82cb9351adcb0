// SPDX-License-Identifier: Apache-2.0
// Eight etalon-cli processes at once on one server lab for a bounded time: calibrations from start to issued
// certificate, imports and registrations side by side. Nothing is lost, no number is given twice, the chain holds.
#include "CliHarness.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Etalon::Test;

namespace {

/** One desk: runs its steps one etalon-cli process after another, again and again until the time is up. */
class Desk
{
public:
    using Step = std::function<QStringList(const QJsonObject& previous)>;

    Desk(const Cli& cli, QList<Step> cycle, QElapsedTimer& clock, qint64 stopAfterMs)
        : m_cli(cli)
        , m_cycle(std::move(cycle))
        , m_clock(clock)
        , m_stopAfter(stopAfterMs)
    {
        m_process.setProcessEnvironment([] {
            QProcessEnvironment env = cliEnvironment(boss, bossPass);
            env.insert(QStringLiteral("ETALON_SIGNING_PASSPHRASE"), QStringLiteral("sign-pass-123"));
            return env;
        }());
        QObject::connect(&m_process, &QProcess::finished, [this](int exit, QProcess::ExitStatus) { finished(exit); });
    }

    void start() { next(QJsonObject()); }
    bool done() const { return m_done; }
    int cycles() const { return m_cycles; }
    const QStringList& failures() const { return m_failures; }
    const QStringList& numbers() const { return m_numbers; }

private:
    void next(const QJsonObject& previous)
    {
        if (m_step == 0 && m_clock.elapsed() > m_stopAfter) {
            m_done = true;
            return;
        }
        const QStringList args = m_cycle[m_step](previous);
        m_running = args;
        m_process.start(QStringLiteral(ETALON_CLI_PATH),
                        QStringList{QStringLiteral("--db"), m_cli.db(), QStringLiteral("--json")} + args);
    }

    void finished(int exit)
    {
        const QByteArray out = m_process.readAllStandardOutput();
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        if (exit != 0) {
            m_failures.append(m_running.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(out) +
                              QString::fromUtf8(m_process.readAllStandardError()));
            m_step = 0; // the cycle starts over
        } else {
            if (m_running.startsWith(QStringLiteral("certificate")))
                m_numbers.append(json.value(QStringLiteral("number")).toString());
            if (++m_step == m_cycle.size()) {
                m_step = 0;
                ++m_cycles;
            }
        }
        next(json);
    }

    const Cli& m_cli;
    QList<Step> m_cycle;
    QElapsedTimer& m_clock;
    qint64 m_stopAfter;
    QProcess m_process;
    QStringList m_running;
    qsizetype m_step = 0;
    int m_cycles = 0;
    bool m_done = false;
    QStringList m_failures;
    QStringList m_numbers;
};

/** A calibration of \a instrument by the manager, from start to issued certificate, as one desk's cycle. */
QList<Desk::Step> calibrationCycle(const QString& instrument, const QString& standard, const QString& pdf)
{
    auto record = std::make_shared<QString>();
    QList<Desk::Step> steps{[=](const QJsonObject&) {
        record->clear();
        return QStringList{QStringLiteral("record"),        QStringLiteral("start"),
                           QStringLiteral("--instrument"),  instrument,
                           QStringLiteral("--kind"),        QStringLiteral("calibration"),
                           QStringLiteral("--date"),        labToday().toString(Qt::ISODate),
                           QStringLiteral("--procedure"),   QStringLiteral("QTHC-KL"),
                           QStringLiteral("--temperature"), QStringLiteral("20 °C")};
    }};
    for (const char* load : {"10 kg", "20 kg", "30 kg"})
        steps.append([=](const QJsonObject& previous) {
            if (record->isEmpty()) // the first reading follows the start, which said the record's id
                *record = QString::number(previous.value(QStringLiteral("id")).toInteger());
            const QString value = QString::fromLatin1(load);
            return QStringList{QStringLiteral("record"),
                               QStringLiteral("reading"),
                               *record,
                               QStringLiteral("--standard"),
                               standard,
                               QStringLiteral("--reference"),
                               value,
                               QStringLiteral("--indication"),
                               value,
                               QStringLiteral("--indication"),
                               value,
                               QStringLiteral("--indication"),
                               value};
        });
    steps.append([=](const QJsonObject&) {
        return QStringList{QStringLiteral("record"),
                           QStringLiteral("check"),
                           *record,
                           QStringLiteral("--item"),
                           QStringLiteral("Kiểm tra bên ngoài / Visual inspection"),
                           QStringLiteral("--pass")};
    });
    steps.append([=](const QJsonObject&) {
        return QStringList{QStringLiteral("record"), QStringLiteral("complete"), *record};
    });
    steps.append([=](const QJsonObject&) {
        return QStringList{QStringLiteral("record"), QStringLiteral("approve"), *record};
    });
    steps.append([=](const QJsonObject&) {
        QFile::remove(pdf);
        return QStringList{QStringLiteral("certificate"), QStringLiteral("issue"), *record, QStringLiteral("--out"),
                           pdf};
    });
    return steps;
}

} // namespace

TEST_CASE("eight desks at once on one server lab lose no write and give no number twice", "[cli][server][postgres]")
{
    REQUIRE(testOnServer());
    qputenv("ETALON_SIGNING_PASSPHRASE", "sign-pass-123");
    Cli cli;
    const LabSetup lab = setUpLab(cli, QStringLiteral("Customer"));
    cli.ok({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("allow_self_approval"),
            QStringLiteral("1")});
    cli.ok(words("user authorize boss --field mass --certificate C2 --valid-until 2099-12-31"));
    QStringList scales{lab.scale};
    for (int i = 0; i < 3; ++i)
        scales.append(id(cli.ok({QStringLiteral("instrument"), QStringLiteral("add"), QStringLiteral("--type"),
                                 QStringLiteral("NAWI"), QStringLiteral("--serial"), QStringLiteral("C-%1").arg(i),
                                 QStringLiteral("--owner"), lab.owner, QStringLiteral("--class"), QStringLiteral("III"),
                                 QStringLiteral("--range-max"), QStringLiteral("60 kg"), QStringLiteral("--resolution"),
                                 QStringLiteral("10 g")})));
    const qint64 organisationsBefore = cli.ok(words("org list")).json.value(QStringLiteral("items")).toArray().size();

    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();
    constexpr qint64 stopAfterMs = 20000;
    std::vector<std::unique_ptr<Desk>> desks;
    for (int i = 0; i < 4; ++i)
        desks.push_back(std::make_unique<Desk>(
            cli, calibrationCycle(scales[i], lab.standard, dir.filePath(QStringLiteral("desk-%1.pdf").arg(i))), clock,
            stopAfterMs));
    for (int i = 0; i < 2; ++i) {
        auto n = std::make_shared<int>(0);
        const QString csv = dir.filePath(QStringLiteral("import-%1.csv").arg(i));
        desks.push_back(std::make_unique<Desk>(
            cli, QList<Desk::Step>{[=](const QJsonObject&) {
                QFile file(csv);
                REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                file.write(QStringLiteral("name,kind\nNhập %1-%2a,customer\nNhập %1-%2b,customer\n")
                               .arg(i)
                               .arg(++*n)
                               .toUtf8());
                return QStringList{QStringLiteral("import"), QStringLiteral("organisations"), csv};
            }},
            clock, stopAfterMs));
    }
    for (int i = 0; i < 2; ++i) {
        auto n = std::make_shared<int>(0);
        desks.push_back(std::make_unique<Desk>(cli, QList<Desk::Step>{[=](const QJsonObject&) {
                                                   return QStringList{QStringLiteral("org"), QStringLiteral("add"),
                                                                      QStringLiteral("--name"),
                                                                      QStringLiteral("Bàn %1 số %2").arg(i).arg(++*n)};
                                               }},
                                               clock, stopAfterMs));
    }
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (std::all_of(desks.begin(), desks.end(), [](const auto& d) { return d->done(); }))
            loop.quit();
    });
    poll.start(100);
    for (auto& desk : desks)
        desk->start();
    QTimer::singleShot(stopAfterMs + 120000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(std::all_of(desks.begin(), desks.end(), [](const auto& d) { return d->done(); }));

    QStringList failures, numbers;
    int issued = 0, imports = 0, added = 0;
    for (size_t i = 0; i < desks.size(); ++i) {
        failures += desks[i]->failures();
        numbers += desks[i]->numbers();
        (i < 4 ? issued : i < 6 ? imports : added) += desks[i]->cycles();
    }
    INFO(failures.join(u'\n').toStdString());
    CHECK(failures.isEmpty());
    CHECK(issued >= 4);
    CHECK(imports >= 2);
    CHECK(added >= 2);
    CHECK(QSet<QString>(numbers.begin(), numbers.end()).size() == numbers.size());

    // Every certificate each desk was given is in the lab, once, and every organisation made is there.
    const QJsonArray certificates =
        cli.ok(words("certificate list"), boss, bossPass).json.value(QStringLiteral("items")).toArray();
    CHECK(certificates.size() == issued + 0);
    const qint64 organisations = cli.ok(words("org list")).json.value(QStringLiteral("items")).toArray().size();
    CHECK(organisations == organisationsBefore + 2 * imports + added);
    CHECK(cli.ok({QStringLiteral("audit"), QStringLiteral("verify")}).json.value(QStringLiteral("ok")).toBool());
}
