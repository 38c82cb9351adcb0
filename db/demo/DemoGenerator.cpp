// SPDX-License-Identifier: Apache-2.0
#include "db/demo/DemoGenerator.h"
#include "db/catalog/ProvinceCommunes.h"

#include "core/Csv.h"
#include "core/DueDate.h"
#include "core/Evaluation.h"
#include "db/catalog/CatalogRepository.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <random>

namespace Etalon {

namespace {

Quantity q(const QString& text)
{
    return Quantity::parse(text).value();
}

// One kind of instrument the generator makes, with the reading deviations it draws from.
struct Template
{
    QString type;
    QString quantityStandard; ///< which standard family realises the points
    QString cls;
    QString rangeMax;
    QString resolution;
    QString nominal;
    QString reference;
    QStringList indications; ///< typical indications, mostly in tolerance
    QString uncertainty;
    QString manufacturer;
    QString model;
};

const QList<Template>& templates()
{
    static const QList<Template> list{
        {QStringLiteral("NAWI"),
         QStringLiteral("mass"),
         QStringLiteral("III"),
         QStringLiteral("60 kg"),
         QStringLiteral("20 g"),
         {},
         QStringLiteral("50 kg"),
         {QStringLiteral("50.00 kg"), QStringLiteral("50.02 kg"), QStringLiteral("49.98 kg"),
          QStringLiteral("50.03 kg"), QStringLiteral("50.08 kg")},
         {},
         QStringLiteral("Nhơn Hòa"),
         QStringLiteral("TPE-60")},
        {QStringLiteral("NAWI"),
         QStringLiteral("mass"),
         QStringLiteral("III"),
         QStringLiteral("150 kg"),
         QStringLiteral("50 g"),
         {},
         QStringLiteral("100 kg"),
         {QStringLiteral("100.00 kg"), QStringLiteral("100.05 kg"), QStringLiteral("99.95 kg"),
          QStringLiteral("100.20 kg")},
         {},
         QStringLiteral("Vicky"),
         QStringLiteral("PW-150")},
        {QStringLiteral("NAWI-SPRING"),
         QStringLiteral("mass"),
         QStringLiteral("IIII"),
         QStringLiteral("30 kg"),
         QStringLiteral("100 g"),
         {},
         QStringLiteral("20 kg"),
         {QStringLiteral("20.0 kg"), QStringLiteral("20.1 kg"), QStringLiteral("19.9 kg"), QStringLiteral("20.3 kg")},
         {},
         QStringLiteral("Nhơn Hòa"),
         QStringLiteral("NHS-30")},
        {QStringLiteral("WEIGHT"),
         QStringLiteral("mass"),
         QStringLiteral("M1"),
         {},
         {},
         QStringLiteral("10 kg"),
         QStringLiteral("10 kg"),
         {QStringLiteral("10000.10 g"), QStringLiteral("9999.80 g"), QStringLiteral("10000.30 g"),
          QStringLiteral("10000.70 g")},
         QStringLiteral("50 mg"),
         QStringLiteral("Đo lường VN"),
         QStringLiteral("M1-10")},
        {QStringLiteral("FUEL-DISPENSER"),
         QStringLiteral("volume"),
         QStringLiteral("0.5"),
         QStringLiteral("60 L/min"),
         QStringLiteral("0.01 L"),
         {},
         QStringLiteral("20 L"),
         {QStringLiteral("20.02 L"), QStringLiteral("19.97 L"), QStringLiteral("20.05 L"), QStringLiteral("20.15 L")},
         {},
         QStringLiteral("Tatsuno"),
         QStringLiteral("SUNNY")},
        {QStringLiteral("WATER-METER"),
         QStringLiteral("flow"),
         QStringLiteral("B"),
         QStringLiteral("3 m³/h"),
         QStringLiteral("0.001 m³/h"),
         {},
         QStringLiteral("1.5 m³/h"),
         {QStringLiteral("1.510 m³/h"), QStringLiteral("1.490 m³/h"), QStringLiteral("1.520 m³/h"),
          QStringLiteral("1.560 m³/h")},
         {},
         QStringLiteral("Itron"),
         QStringLiteral("Multimag")},
        {QStringLiteral("ELECTRICITY-METER"),
         QStringLiteral("energy"),
         QStringLiteral("1"),
         {},
         QStringLiteral("0.01 kWh"),
         {},
         QStringLiteral("1 kWh"),
         {QStringLiteral("1.004 kWh"), QStringLiteral("0.997 kWh"), QStringLiteral("1.008 kWh"),
          QStringLiteral("1.015 kWh")},
         {},
         QStringLiteral("EMIC"),
         QStringLiteral("CE-18")},
        {QStringLiteral("PRESSURE-GAUGE"),
         QStringLiteral("pressure"),
         QStringLiteral("1.6"),
         QStringLiteral("1 MPa"),
         QStringLiteral("10 kPa"),
         {},
         QStringLiteral("500 kPa"),
         {QStringLiteral("505 kPa"), QStringLiteral("495 kPa"), QStringLiteral("510 kPa"), QStringLiteral("520 kPa")},
         {},
         QStringLiteral("Wika"),
         QStringLiteral("213.53")},
    };
    return list;
}

struct Family
{
    QString quantity;
    QString name;
    QString cls;
    QString rangeMax;
};

const QList<Family>& families()
{
    static const QList<Family> list{
        {QStringLiteral("mass"), QStringLiteral("Bộ quả cân chuẩn F1 1 mg – 20 kg"), QStringLiteral("F1"),
         QStringLiteral("20 kg")},
        {QStringLiteral("mass"), QStringLiteral("Quả cân chuẩn M1 20 kg (bộ 50 quả)"), QStringLiteral("M1"),
         QStringLiteral("1000 kg")},
        {QStringLiteral("mass"), QStringLiteral("Cân so sánh chuẩn 20 kg"), QStringLiteral("II"),
         QStringLiteral("20 kg")},
        {QStringLiteral("volume"), QStringLiteral("Bình chuẩn kim loại hạng II 20 L"), QStringLiteral("0.1 %"),
         QStringLiteral("20 L")},
        {QStringLiteral("flow"), QStringLiteral("Thiết bị kiểm định đồng hồ nước DN15–DN25"), QStringLiteral("0.5 %"),
         QStringLiteral("10 m³/h")},
        {QStringLiteral("energy"), QStringLiteral("Công tơ chuẩn 3 pha 0.05"), QStringLiteral("0.05"),
         QStringLiteral("100 kWh")},
        {QStringLiteral("pressure"), QStringLiteral("Áp kế chuẩn píttông 0–60 MPa"), QStringLiteral("0.02"),
         QStringLiteral("60 MPa")},
        {QStringLiteral("pressure"), QStringLiteral("Áp kế chuẩn chỉ thị số 0–2,5 MPa"), QStringLiteral("0.05"),
         QStringLiteral("2.5 MPa")},
    };
    return list;
}

// A reading outcome computed once through the core rules, reused by every record drawing it.
struct Outcome
{
    QString indications;
    QString error;
    QString mpe;
    QString verdict;
};

/** Rows of one table gathered and inserted a few hundred per statement. */
class RowBatch
{
public:
    RowBatch(Database& db, QString into, int columns)
        : m_db(db)
        , m_into(std::move(into))
        , m_columns(columns)
    {
    }
    void add(const QVariantList& row)
    {
        m_values += row;
        ++m_rows;
    }
    bool full() const { return m_rows >= 250; }
    Status flush()
    {
        if (m_rows == 0)
            return {};
        ETALON_TRY(m_db.exec(
            QStringLiteral("INSERT INTO %1 VALUES %2").arg(m_into, Database::rowMarks(m_rows, m_columns)), m_values));
        m_values.clear();
        m_rows = 0;
        return {};
    }

private:
    Database& m_db;
    QString m_into;
    int m_columns;
    QVariantList m_values;
    qsizetype m_rows = 0;
};

class Writer
{
public:
    Writer(Lab& lab, const Session& session, const DemoOptions& options)
        : m_lab(lab)
        , m_session(session)
        , m_options(options)
        , m_rng(options.seed)
    {
    }

    Result<DemoSummary> run();

private:
    Status exec(QSqlQuery& q)
    {
        if (!q.exec())
            return fail(m_lab.db().sqlError(q));
        return {};
    }
    /** The id an INSERT … RETURNING id gave. */
    static qint64 insertedId(QSqlQuery& q)
    {
        const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return id;
    }
    QSqlQuery prepare(const QString& sql)
    {
        QSqlQuery q(m_lab.db().connection());
        q.prepare(sql);
        return q;
    }
    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_rng)); }
    Result<QHash<QString, qint64>> lastIds();
    Status organisations();
    Status standards();
    Status instruments();
    Status records();
    Status users();
    Result<Outcome> outcome(int templateIndex, int deviation, RecordKind kind);

    Lab& m_lab;
    const Session& m_session;
    const DemoOptions& m_options;
    std::mt19937_64 m_rng;
    DemoSummary m_summary;
    QList<qint64> m_customers;
    QHash<QString, QList<qint64>> m_standardsByFamily;
    QList<int> m_instrumentTemplate; // index = instrument row - first
    qint64 m_firstInstrument = 0;
    qint64 m_technician = 0;
    qint64 m_manager = 0;
    QHash<quint64, Outcome> m_outcomes;
    QDate m_today;
    // A generation adds to what a lab holds; its serials continue after the existing ones.
    qint64 m_existingStandards = 0;
    qint64 m_existingInstruments = 0;
};

Status Writer::users()
{
    auto q = m_lab.db().exec(
        QStringLiteral("SELECT id, role FROM users WHERE role IN ('technician', 'manager') ORDER BY id"));
    if (!q)
        return fail(q.error());
    while (q->next()) {
        if (q->value(1).toString() == QStringLiteral("technician") && m_technician == 0)
            m_technician = q->value(0).toLongLong();
        if (q->value(1).toString() == QStringLiteral("manager") && m_manager == 0)
            m_manager = q->value(0).toLongLong();
    }
    m_technician = m_technician ? m_technician : m_session.userId;
    m_manager = m_manager ? m_manager : m_session.userId;
    return {};
}

Result<QHash<QString, qint64>> Writer::lastIds()
{
    QHash<QString, qint64> out;
    for (const char* table : {"organisations", "instruments", "standards", "records", "certificates"}) {
        auto q = m_lab.db().exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(QLatin1String(table)));
        if (!q)
            return fail(q.error());
        q->next();
        out.insert(QString::fromLatin1(table), q->value(0).toLongLong());
    }
    return out;
}

Status Writer::organisations()
{
    static const QStringList sectors{QStringLiteral("electricity"),
                                     QStringLiteral("water"),
                                     QStringLiteral("fuel"),
                                     QStringLiteral("minerals"),
                                     QStringLiteral("agro-forestry processing"),
                                     QStringLiteral("trade"),
                                     QStringLiteral("health")};
    static const QStringList kinds{QStringLiteral("Công ty TNHH"), QStringLiteral("Công ty Cổ phần"),
                                   QStringLiteral("Hợp tác xã"), QStringLiteral("Cửa hàng xăng dầu"),
                                   QStringLiteral("Chợ")};
    static const QStringList names{QStringLiteral("Minh Phát"), QStringLiteral("Sông Lô"), QStringLiteral("Hồng Thái"),
                                   QStringLiteral("Tân Trào"),  QStringLiteral("Hàm Yên"), QStringLiteral("Na Hang"),
                                   QStringLiteral("Đồng Văn"),  QStringLiteral("Mèo Vạc"), QStringLiteral("Chiêm Hóa"),
                                   QStringLiteral("Lâm Bình")};
    const QStringList places = provinceCommunes().names();
    const int count = std::max(5, m_options.instruments / 40);
    QSqlQuery ins =
        prepare(QStringLiteral("INSERT INTO organisations (kind, name, tax_code, address, commune, province, "
                               "sector, phone, created_at) VALUES ('customer', ?, ?, ?, ?, 'Tuyên Quang', ?, ?, ?) "
                               "RETURNING id"));
    for (int i = 0; i < count; ++i) {
        const QString commune = places[pick(int(places.size()))];
        ins.addBindValue(
            QStringLiteral("%1 %2 %3").arg(kinds[pick(int(kinds.size()))], names[pick(int(names.size()))]).arg(i + 1));
        ins.addBindValue(QStringLiteral("50%1").arg(10000000 + i, 8, 10, QChar(u'0')));
        ins.addBindValue(QStringLiteral("Tổ %1, %2").arg(pick(30) + 1).arg(commune));
        ins.addBindValue(commune);
        ins.addBindValue(sectors[pick(int(sectors.size()))]);
        ins.addBindValue(QStringLiteral("0207 3%1").arg(100000 + i));
        ins.addBindValue(m_lab.nowText());
        ETALON_TRY(exec(ins));
        m_customers.append(insertedId(ins));
    }
    auto vmi = m_lab.db().insert(QStringLiteral("INSERT INTO organisations (kind, name, address, created_at) VALUES "
                                                "('national-institute', 'Viện Đo lường Việt Nam (VMI)', 'Hà Nội', ?)"),
                                 {m_lab.nowText()});
    if (!vmi)
        return fail(vmi.error());
    m_customers.prepend(*vmi); // index 0 is the calibrating institute
    m_summary.organisations = count + 1;
    return {};
}

Status Writer::standards()
{
    QSqlQuery std =
        prepare(QStringLiteral("INSERT INTO standards (name, serial, kind, accuracy_class, range_max, valid_until, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery cal =
        prepare(QStringLiteral("INSERT INTO standard_calibrations (standard_id, date, valid_until, certificate, "
                               "by_lab_id, points, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    int n = 0;
    for (const Family& f : families()) {
        const QDate last = QDate(m_today.year(), 1 + (n % 12), 10);
        const QDate latest = last > m_today ? last.addYears(-1) : last;
        std.addBindValue(f.name);
        std.addBindValue(
            QStringLiteral("CH-%1-%2").arg(f.quantity.left(2).toUpper()).arg(101 + n + m_existingStandards));
        std.addBindValue(n % 3 == 0 ? QStringLiteral("reference") : QStringLiteral("working"));
        std.addBindValue(f.cls);
        std.addBindValue(f.rangeMax);
        std.addBindValue(latest.addYears(1).addDays(-1).toString(Qt::ISODate));
        std.addBindValue(m_lab.nowText());
        ETALON_TRY(exec(std));
        const qint64 id = insertedId(std);
        m_standardsByFamily[f.quantity].append(id);
        // Yearly calibrations at VMI, back far enough to cover every generated record, with a plausible
        // slow drift: a few parts in 10⁶ of the range for weights (shown in mg), in 10⁴ for the rest.
        const Quantity range = q(f.rangeMax);
        const bool mass = f.quantity == QStringLiteral("mass");
        const auto mg = UnitCatalog::instance().find(QStringLiteral("mg"));
        const Quantity shown = mass && mg ? range.convertedTo(*mg).value_or(range) : range;
        const double full = shown.value().toDouble();
        const double perYear = full * (mass ? 0.5e-6 : 5e-5);
        const auto amount = [&](double v) {
            return QJsonObject{{QStringLiteral("value"), QString::number(v, 'f', mass ? 1 : 4)},
                               {QStringLiteral("unit"), shown.unit().symbol()}};
        };
        for (QDate d = latest; d >= QDate(2019, 1, 1); d = d.addYears(-1)) {
            const double drift = perYear * (0.4 + (latest.year() - d.year()));
            const QJsonArray points{QJsonObject{{QStringLiteral("value"), range.toJson()},
                                                {QStringLiteral("correction"), amount(drift)},
                                                {QStringLiteral("uncertainty"), amount(1.6 * perYear)},
                                                {QStringLiteral("k"), QStringLiteral("2")}}};
            cal.addBindValue(id);
            cal.addBindValue(d.toString(Qt::ISODate));
            cal.addBindValue(d.addYears(1).addDays(-1).toString(Qt::ISODate));
            cal.addBindValue(QStringLiteral("V%1-%2/VMI").arg(d.year() % 100).arg(1000 + n));
            cal.addBindValue(m_customers.first());
            cal.addBindValue(QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact)));
            cal.addBindValue(m_lab.nowText());
            ETALON_TRY(exec(cal));
        }
        ++n;
    }
    m_summary.standards = n;
    return {};
}

Status Writer::instruments()
{
    QSqlQuery ins = prepare(
        QStringLiteral("INSERT INTO instruments (type_code, serial, manufacturer, country, model, year, "
                       "pattern_approval, owner_id, place, range_max, resolution, verification_interval, "
                       "nominal, accuracy_class, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"));
    QSqlQuery owners =
        prepare(QStringLiteral("INSERT INTO instrument_owners (instrument_id, owner_id, from_date) VALUES (?, ?, ?)"));
    for (int i = 0; i < m_options.instruments; ++i) {
        const int t = pick(int(templates().size()));
        const Template& tpl = templates()[t];
        const qint64 owner = m_customers[1 + pick(int(m_customers.size()) - 1)];
        ins.addBindValue(tpl.type);
        ins.addBindValue(
            QStringLiteral("%1%2").arg(tpl.model.left(2).toUpper()).arg(100000 + i + m_existingInstruments));
        ins.addBindValue(tpl.manufacturer);
        ins.addBindValue(QStringLiteral("Việt Nam"));
        ins.addBindValue(tpl.model);
        ins.addBindValue(2010 + pick(15));
        ins.addBindValue(QStringLiteral("PDM %1-2020").arg(100 + t));
        ins.addBindValue(owner);
        ins.addBindValue(QVariant());
        ins.addBindValue(tpl.rangeMax.isEmpty() ? QVariant() : QVariant(tpl.rangeMax));
        ins.addBindValue(tpl.resolution.isEmpty() ? QVariant() : QVariant(tpl.resolution));
        ins.addBindValue(tpl.resolution.isEmpty() ? QVariant() : QVariant(tpl.resolution));
        ins.addBindValue(tpl.nominal.isEmpty() ? QVariant() : QVariant(tpl.nominal));
        ins.addBindValue(tpl.cls);
        ins.addBindValue(m_lab.nowText());
        ETALON_TRY(exec(ins));
        const qint64 id = insertedId(ins);
        if (i == 0)
            m_firstInstrument = id;
        m_instrumentTemplate.append(t);
        owners.addBindValue(id);
        owners.addBindValue(owner);
        owners.addBindValue(QStringLiteral("2020-01-01"));
        ETALON_TRY(exec(owners));
    }
    m_summary.instruments = m_options.instruments;
    return {};
}

Result<Outcome> Writer::outcome(int templateIndex, int deviation, RecordKind kind)
{
    const quint64 key = (quint64(templateIndex) << 32) | (quint64(deviation) << 8) | quint64(kind);
    if (auto it = m_outcomes.constFind(key); it != m_outcomes.constEnd())
        return *it;
    const Template& tpl = templates()[templateIndex];
    Instrument instrument;
    instrument.typeCode = tpl.type;
    instrument.accuracyClass = tpl.cls;
    instrument.resolution = tpl.resolution.isEmpty() ? std::nullopt : std::optional<Quantity>(q(tpl.resolution));
    instrument.verificationInterval = instrument.resolution;
    instrument.rangeMax = tpl.rangeMax.isEmpty() ? std::nullopt : std::optional<Quantity>(q(tpl.rangeMax));
    instrument.nominal = tpl.nominal.isEmpty() ? std::nullopt : std::optional<Quantity>(q(tpl.nominal));
    Point p;
    p.seq = 1;
    p.reference = q(tpl.reference);
    p.indications = {q(tpl.indications[deviation])};
    if (!tpl.uncertainty.isEmpty())
        p.expandedUncertainty = q(tpl.uncertainty);
    EvaluationContext ctx;
    ctx.kind = kind;
    ctx.instrument = instrument;
    auto type = CatalogRepository(m_lab.db()).fetchType(tpl.type);
    if (!type)
        return fail(type.error());
    auto rule = CatalogRepository(m_lab.db()).procedureRule(type->defaultProcedure);
    if (!rule)
        return fail(rule.error());
    ctx.mpeRule = *rule;
    auto e = evaluatePoint(p, ctx);
    if (!e)
        return fail(e.error());
    Outcome o{QStringLiteral("[\"%1\"]").arg(p.indications.first().toString()), e->error.toString(),
              e->mpe ? e->mpe->toString() : QString(), toName(e->verdict)};
    m_outcomes.insert(key, o);
    return o;
}

Status Writer::records()
{
    // Rows go a few hundred per statement, their ids given here under the write lock: a server's round trips, not
    // its work, are what one statement per row would cost.
    RowBatch rec(m_lab.db(),
                 QStringLiteral("records (id, instrument_id, kind, procedure_code, technician_id, date, "
                                "status, verdict, next_due, cycle_months, legal_basis, mpe_rule, "
                                "completed_at, completed_by, approved_at, approved_by, created_at)"),
                 17);
    RowBatch rdg(m_lab.db(),
                 QStringLiteral("readings (record_id, seq, standard_id, reference, indications, "
                                "expanded_uncertainty, error, mpe, verdict, created_at)"),
                 10);
    auto maxRecord = m_lab.db().scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM records"));
    if (!maxRecord)
        return fail(maxRecord.error());
    qint64 nextRecord = maxRecord->toLongLong() + 1;
    CatalogRepository catalog(m_lab.db());
    QHash<QString, InstrumentType> types;
    QHash<QString, QString> rules;
    for (const InstrumentType& t : catalog.types().value_or({})) {
        types.insert(t.code, t);
        auto rule = catalog.procedureRule(t.defaultProcedure).value_or(std::nullopt);
        rules.insert(
            t.code, rule ? QString::fromUtf8(QJsonDocument(rule->toJson()).toJson(QJsonDocument::Compact)) : QString());
    }
    const int n = m_options.instruments;
    const int rounds = (m_options.records + n - 1) / n;
    const int interval = int(std::min<qint64>(365, QDate(2020, 1, 1).daysTo(m_today) / std::max(1, rounds)));
    QList<int> phase(n);
    for (int& p : phase)
        p = pick(420);
    QList<QDate> lastDate(n);
    QList<qint64> lastRecord(n, 0);
    QList<QVariant> lastDue(n); // of the last passed verification: a failure keeps it and marks the instrument
    QList<bool> lastFailed(n, false);
    const QString now = m_lab.nowText();
    for (int i = 0; i < m_options.records; ++i) {
        const int slot = i % n;
        const int t = m_instrumentTemplate[slot];
        const Template& tpl = templates()[t];
        const InstrumentType& type = types[tpl.type];
        // Each instrument is visited about once a year, its last visit somewhere in the past fourteen months,
        // so the lab has work overdue, work due soon and work done.
        const int round = i / n;
        const QDate date = m_today.addDays(-phase[slot] - qint64(rounds - 1 - round) * interval);
        // The last typical indication of each template is out of tolerance: about one visit in twenty fails.
        const int deviation = pick(20) == 0 ? int(tpl.indications.size()) - 1 : pick(int(tpl.indications.size()) - 1);
        const RecordKind kind = round == 0 ? RecordKind::Initial : RecordKind::Periodic;
        auto o = outcome(t, deviation, kind);
        if (!o)
            return fail(o.error());
        const bool pass = o->verdict == QStringLiteral("pass");
        const QVariant due = pass && type.cycleMonths
            ? QVariant(verificationValidUntil(date, *type.cycleMonths).toString(Qt::ISODate))
            : QVariant();
        const QString iso = date.toString(Qt::ISODate);
        const qint64 recordId = nextRecord++;
        rec.add({recordId, m_firstInstrument + slot, toName(kind), type.defaultProcedure, m_technician, iso,
                 QStringLiteral("draft"), o->verdict, due, type.cycleMonths ? QVariant(*type.cycleMonths) : QVariant(),
                 type.legalBasis, rules[tpl.type], now, m_technician, now, m_manager, now});
        const auto& family = m_standardsByFamily[tpl.quantityStandard];
        rdg.add({recordId, 1, family[pick(int(family.size()))], tpl.reference, o->indications,
                 tpl.uncertainty.isEmpty() ? QVariant() : QVariant(tpl.uncertainty), o->error, o->mpe, o->verdict,
                 now});
        if (rec.full()) { // a reading's record goes in first
            ETALON_TRY(rec.flush());
            ETALON_TRY(rdg.flush());
        }
        if (!lastDate[slot].isValid() || date >= lastDate[slot]) {
            lastDate[slot] = date;
            lastRecord[slot] = recordId;
            lastFailed[slot] = !pass;
            if (pass)
                lastDue[slot] = due;
        }
        if (m_options.progress && i % 10000 == 0 && !m_options.progress(i, m_options.records))
            return fail(Error::refused(QStringLiteral("cancelled"), Tr::tr("the demo generation was cancelled")));
    }
    ETALON_TRY(rec.flush());
    ETALON_TRY(rdg.flush());
    ETALON_TRY(m_lab.db().continueIdentity(QStringLiteral("records")));
    // Readings go in while their record is a draft (a trigger guards the rest); then all are approved at once.
    auto approve = m_lab.db().exec(QStringLiteral("UPDATE records SET status = 'approved' WHERE status = 'draft' AND "
                                                  "instrument_id >= ?"),
                                   {m_firstInstrument});
    if (!approve)
        return fail(approve.error());
    QSqlQuery upd = prepare(
        QStringLiteral("UPDATE instruments SET next_due = ?, last_record_id = ?, failed_record_id = ? WHERE id = ?"));
    for (int slot = 0; slot < n; ++slot) {
        if (lastRecord[slot] == 0)
            continue;
        upd.addBindValue(lastDue[slot]);
        upd.addBindValue(lastRecord[slot]);
        upd.addBindValue(lastFailed[slot] ? QVariant(lastRecord[slot]) : QVariant());
        upd.addBindValue(m_firstInstrument + slot);
        ETALON_TRY(exec(upd));
    }
    m_summary.records = m_options.records;
    return {};
}

Result<DemoSummary> Writer::run()
{
    m_today = m_lab.today();
    m_existingStandards = m_lab.db().scalar(QStringLiteral("SELECT COUNT(*) FROM standards")).value_or(0).toLongLong();
    m_existingInstruments =
        m_lab.db().scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM instruments")).value_or(0).toLongLong();
    // A generation writes far more pages than SQLite's default cache holds; spilling them to the WAL
    // in the middle of the transaction is what makes bulk inserts slow.
    if (!m_lab.db().isServer())
        ETALON_TRY(m_lab.db().exec(QStringLiteral("PRAGMA cache_size = -524288")));
    auto before = lastIds();
    if (!before)
        return fail(before.error());
    ETALON_TRY(users());
    ETALON_TRY(organisations());
    ETALON_TRY(standards());
    ETALON_TRY(instruments());
    ETALON_TRY(records());
    ETALON_TRY(m_lab.setSetting(QStringLiteral("demo"), QStringLiteral("1")));
    auto after = lastIds();
    if (!after)
        return fail(after.error());
    // The rows made here have no entry each; audit verify accepts exactly these id ranges.
    QJsonObject ranges;
    for (auto it = after->begin(); it != after->end(); ++it) {
        const qint64 first = before->value(it.key()) + 1;
        if (it.value() >= first)
            ranges.insert(it.key(), QJsonArray{first, it.value()});
    }
    ETALON_TRY(m_lab.logChange(m_session, QStringLiteral("demo.generate"), QStringLiteral("lab"), std::nullopt, {},
                               QJsonObject{{QStringLiteral("organisations"), m_summary.organisations},
                                           {QStringLiteral("standards"), m_summary.standards},
                                           {QStringLiteral("instruments"), m_summary.instruments},
                                           {QStringLiteral("records"), m_summary.records},
                                           {QStringLiteral("seed"), QString::number(m_options.seed)},
                                           {QStringLiteral("ranges"), ranges}}));
    if (!m_lab.db().isServer())
        ETALON_TRY(m_lab.db().exec(QStringLiteral("PRAGMA cache_size = -16384")));
    ETALON_TRY(m_lab.db().refreshStatistics());
    return m_summary;
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(const Session& session, const DemoOptions& options)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Admin, Role::Manager}));
    if (options.instruments < 1 || options.instruments > 10'000'000)
        return fail(Error::badInput(QStringLiteral("instruments"), Tr::tr("--instruments takes 1 to 10000000")));
    if (options.records < 0 || options.records > 100'000'000)
        return fail(Error::badInput(QStringLiteral("records"), Tr::tr("--records takes 0 to 100000000")));
    if (m_lab.setting(QStringLiteral("demo")) != u'1')
        return fail(Error::refused(QStringLiteral("not_a_demo_lab"),
                                   Tr::tr("this lab was not created as a demo lab: generated data would mix with its "
                                          "real records (etalon-cli init --demo creates a demo lab)"),
                                   QStringLiteral("db")));
    // One transaction: a cancelled or failed generation leaves nothing behind.
    return m_lab.write([&]() -> Result<DemoSummary> { return Writer(m_lab, session, options).run(); });
}

} // namespace Etalon
