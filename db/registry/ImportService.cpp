// SPDX-License-Identifier: Apache-2.0
#include "db/registry/ImportService.h"

#include "core/Csv.h"
#include "core/Tr.h"
#include "db/registry/RegistryService.h"

#include <QHash>
#include <QJsonArray>

#include <variant>

namespace Etalon {

namespace {

constexpr int maxRows = 200'000;

using Fields = QHash<QString, QString>;

QString normalisedColumn(QString name)
{
    name = name.trimmed().toLower();
    name.replace(u'_', u'-');
    name.replace(u' ', u'-');
    if (name.startsWith(QChar(0xfeff))) // a byte-order mark a spreadsheet left in the text
        name.remove(0, 1);
    return name;
}

Result<std::optional<Quantity>> optionalQuantity(const Fields& row, const QString& column)
{
    const QString text = row.value(column).trimmed();
    if (text.isEmpty())
        return std::optional<Quantity>();
    auto q = Quantity::parse(text, column);
    if (!q)
        return fail(q.error());
    return std::optional<Quantity>(*q);
}

Result<Organisation> organisationFrom(const Fields& row)
{
    Organisation o;
    o.name = row.value(QStringLiteral("name")).trimmed();
    const QString kind = row.value(QStringLiteral("kind")).trimmed();
    auto parsed =
        enumFromName<OrganisationKind>(kind.isEmpty() ? QStringLiteral("customer") : kind, QStringLiteral("kind"));
    if (!parsed)
        return fail(parsed.error());
    o.kind = *parsed;
    o.taxCode = row.value(QStringLiteral("tax-code")).trimmed();
    o.address = row.value(QStringLiteral("address")).trimmed();
    o.commune = row.value(QStringLiteral("commune")).trimmed();
    o.province = row.value(QStringLiteral("province")).trimmed();
    o.sector = row.value(QStringLiteral("sector")).trimmed();
    o.phone = row.value(QStringLiteral("phone")).trimmed();
    return o;
}

/** The organisations' ids by tax code, read once for an import's rows. */
class TaxCodes
{
public:
    explicit TaxCodes(Database& db)
        : m_db(db)
    {
    }
    Result<std::optional<Id>> find(const QString& taxCode)
    {
        if (!m_ids) {
            auto q = m_db.exec(QStringLiteral("SELECT tax_code, id FROM organisations WHERE tax_code IS NOT NULL"));
            if (!q)
                return fail(q.error());
            m_ids.emplace();
            while (q->next())
                m_ids->insert(q->value(0).toString(), q->value(1).toLongLong());
        }
        return m_ids->contains(taxCode) ? std::optional<Id>(m_ids->value(taxCode)) : std::nullopt;
    }

private:
    Database& m_db;
    std::optional<QHash<QString, Id>> m_ids;
};

Result<Id> ownerFrom(TaxCodes& taxCodes, const Fields& row)
{
    const QString idText = row.value(QStringLiteral("owner")).trimmed();
    const QString taxCode = row.value(QStringLiteral("owner-tax-code")).trimmed();
    std::optional<Id> byId;
    if (!idText.isEmpty()) {
        bool ok = false;
        const Id id = idText.toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(
                Error::badInput(QStringLiteral("owner"), Tr::tr("owner “%1” is not an organisation id").arg(idText)));
        byId = id;
    }
    if (taxCode.isEmpty()) {
        if (!byId)
            return fail(Error::badInput(QStringLiteral("owner"), Tr::tr("give the owner's id or tax code")));
        return *byId;
    }
    auto found = taxCodes.find(taxCode);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(
            Error::notFound(QStringLiteral("owner-tax-code"), Tr::tr("no organisation has tax code %1").arg(taxCode)));
    if (byId && *byId != **found)
        return fail(Error::badInput(
            QStringLiteral("owner-tax-code"),
            Tr::tr("tax code %1 belongs to organisation %2, not to owner %3").arg(taxCode).arg(**found).arg(*byId)));
    return **found;
}

Result<Instrument> instrumentFrom(TaxCodes& taxCodes, const Fields& row)
{
    Instrument i;
    i.typeCode = row.value(QStringLiteral("type")).trimmed();
    auto owner = ownerFrom(taxCodes, row);
    if (!owner)
        return fail(owner.error());
    i.ownerId = *owner;
    const QString year = row.value(QStringLiteral("year")).trimmed();
    if (!year.isEmpty()) {
        bool ok = false;
        const int y = year.toInt(&ok);
        if (!ok || y < 1900 || y > 2200)
            return fail(Error::badInput(QStringLiteral("year"),
                                        Tr::tr("year “%1” is not a year between 1900 and 2200").arg(year)));
        i.year = y;
    }
    i.serial = row.value(QStringLiteral("serial")).trimmed();
    i.manufacturer = row.value(QStringLiteral("manufacturer")).trimmed();
    i.country = row.value(QStringLiteral("country")).trimmed();
    i.model = row.value(QStringLiteral("model")).trimmed();
    i.patternApproval = row.value(QStringLiteral("pattern-approval")).trimmed();
    i.place = row.value(QStringLiteral("place")).trimmed();
    i.accuracyClass = row.value(QStringLiteral("class")).trimmed();
    for (const auto& [column, member] :
         {std::pair{"range-min", &Instrument::rangeMin}, std::pair{"range-max", &Instrument::rangeMax},
          std::pair{"resolution", &Instrument::resolution},
          std::pair{"verification-interval", &Instrument::verificationInterval},
          std::pair{"nominal", &Instrument::nominal}}) {
        auto q = optionalQuantity(row, QString::fromLatin1(column));
        if (!q)
            return fail(q.error());
        i.*member = *q;
    }
    return i;
}

Result<QStringList> checkHeader(ImportKind kind, const QStringList& header)
{
    // An export's columns that an import has no use for: the lab numbers rows and computes dues itself.
    const QStringList informational = kind == ImportKind::Organisations
        ? QStringList{QStringLiteral("id")}
        : QStringList{QStringLiteral("id"), QStringLiteral("owner-name"), QStringLiteral("next-due")};
    const QStringList known = ImportService::columns(kind);
    QStringList columns;
    for (const QString& raw : header) {
        const QString name = normalisedColumn(raw);
        if (!known.contains(name) && !informational.contains(name))
            return fail(Error::badInput(
                QStringLiteral("column"),
                Tr::tr("unknown column “%1”; the columns are: %2").arg(raw.trimmed(), known.join(u", "))));
        if (columns.contains(name))
            return fail(Error::badInput(QStringLiteral("column"), Tr::tr("column “%1” appears twice").arg(name)));
        columns.append(name);
    }
    for (const QString& required : ImportService::requiredColumns(kind))
        if (!columns.contains(required))
            return fail(Error::badInput(QStringLiteral("column"), Tr::tr("the file has no “%1” column").arg(required)));
    if (kind == ImportKind::Instruments && !columns.contains(QStringLiteral("owner")) &&
        !columns.contains(QStringLiteral("owner-tax-code")))
        return fail(Error::badInput(QStringLiteral("column"),
                                    Tr::tr("the file needs an “owner” or an “owner-tax-code” column")));
    return columns;
}

/** The line each parsed row starts on: quoted fields may span lines. */
int lineSpan(const QStringList& fields)
{
    int lines = 1;
    for (const QString& f : fields)
        lines += int(f.count(u'\n'));
    return lines;
}

/** What makes a row the same as another already in the file: the tax code, or type, maker and serial. */
std::pair<QString, QString> identity(ImportKind kind, const Fields& row)
{
    if (kind == ImportKind::Organisations)
        return {QStringLiteral("tax-code"), row.value(QStringLiteral("tax-code")).trimmed()};
    const QString serial = row.value(QStringLiteral("serial")).trimmed();
    if (serial.isEmpty())
        return {QStringLiteral("serial"), QString()};
    return {QStringLiteral("serial"),
            row.value(QStringLiteral("type")).trimmed() + u'\n' + row.value(QStringLiteral("manufacturer")).trimmed() +
                u'\n' + serial};
}

bool isBlank(const QStringList& fields)
{
    return std::all_of(fields.begin(), fields.end(), [](const QString& f) { return f.trimmed().isEmpty(); });
}

/** A row that passed every check, waiting for the write phase. */
using Prepared = std::variant<Organisation, Instrument>;

/** Checks one row as the registry would register it, remembering what the file already had; writes nothing. */
struct RowChecker
{
    RegistryService registry;
    TaxCodes taxCodes;
    ImportKind kind;
    QStringList columns;
    QHash<QString, int> seen; ///< identity → line, to name in-file duplicates as such

    std::optional<Prepared> check(const QStringList& fields, ImportRow& row)
    {
        if (fields.size() != columns.size()) {
            row.error =
                Error::badInput(QStringLiteral("line"),
                                Tr::tr("the row has %1 fields, the header %2").arg(fields.size()).arg(columns.size()));
            return std::nullopt;
        }
        Fields values;
        for (int c = 0; c < columns.size(); ++c)
            values.insert(columns.at(c), fields.at(c));
        row.label = kind == ImportKind::Organisations
            ? values.value(QStringLiteral("name")).trimmed()
            : (values.value(QStringLiteral("type")) + u' ' + values.value(QStringLiteral("serial"))).trimmed();
        const auto [identityField, key] = identity(kind, values);
        if (!key.isEmpty() && seen.contains(key)) {
            row.error = Error::refused(QStringLiteral("duplicate_in_file"),
                                       Tr::tr("%1 “%2” is already on line %3 of this file")
                                           .arg(identityField, values.value(identityField).trimmed())
                                           .arg(seen.value(key)),
                                       identityField);
            return std::nullopt;
        }
        if (!key.isEmpty())
            seen.insert(key, row.line);
        if (kind == ImportKind::Organisations)
            return prepared(row, organisationFrom(values),
                            [&](Organisation& o) { return registry.prepareOrganisation(o); });
        return prepared(row, instrumentFrom(taxCodes, values),
                        [&](Instrument& i) { return registry.prepareInstrument(i); });
    }

    template <typename T, typename Prepare>
    static std::optional<Prepared> prepared(ImportRow& row, Result<T> parsed, Prepare prepare)
    {
        if (!parsed) {
            row.error = parsed.error();
            return std::nullopt;
        }
        if (auto checked = prepare(*parsed); !checked) {
            row.error = checked.error();
            return std::nullopt;
        }
        return Prepared(std::move(*parsed));
    }
};

/** Stores the checked rows (all of one kind) inside the import's write, each row's id in the report. */
Status insertAll(RegistryService& registry, QList<std::pair<qsizetype, Prepared>>& good, ImportReport& report,
                 qsizetype& failedAt)
{
    QList<Organisation> orgs;
    QList<Instrument> instruments;
    for (auto& [index, item] : good) {
        if (auto* org = std::get_if<Organisation>(&item))
            orgs.append(*org);
        else
            instruments.append(std::get<Instrument>(item));
    }
    ETALON_TRY(orgs.isEmpty() ? registry.insertInstruments(instruments, failedAt)
                              : registry.insertOrganisations(orgs, failedAt));
    for (qsizetype i = 0; i < good.size(); ++i)
        report.rows[good[i].first].id = orgs.isEmpty() ? instruments[i].id : orgs[i].id;
    return {};
}

/** The import's one audit entry: how many rows, which were skipped, and the ids the stored rows got. */
QJsonObject summary(const ImportReport& report, int total)
{
    QJsonArray skipped;
    Id first = 0, last = 0;
    for (const ImportRow& row : report.rows) {
        if (row.error)
            skipped.append(row.line);
        if (row.id) {
            first = first ? std::min(first, *row.id) : *row.id;
            last = std::max(last, *row.id);
        }
    }
    return {{QStringLiteral("rows"), total},
            {QStringLiteral("imported"), report.imported},
            {QStringLiteral("skipped_lines"), skipped},
            {QStringLiteral("first_id"), first},
            {QStringLiteral("last_id"), last}};
}

} // namespace

int ImportReport::invalid() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const ImportRow& r) { return r.error.has_value(); }));
}

QStringList ImportService::columns(ImportKind kind)
{
    if (kind == ImportKind::Organisations)
        return {QStringLiteral("name"),    QStringLiteral("kind"),    QStringLiteral("tax-code"),
                QStringLiteral("address"), QStringLiteral("commune"), QStringLiteral("province"),
                QStringLiteral("sector"),  QStringLiteral("phone")};
    return {QStringLiteral("type"),      QStringLiteral("owner"),        QStringLiteral("owner-tax-code"),
            QStringLiteral("serial"),    QStringLiteral("manufacturer"), QStringLiteral("country"),
            QStringLiteral("model"),     QStringLiteral("year"),         QStringLiteral("pattern-approval"),
            QStringLiteral("place"),     QStringLiteral("class"),        QStringLiteral("range-min"),
            QStringLiteral("range-max"), QStringLiteral("resolution"),   QStringLiteral("verification-interval"),
            QStringLiteral("nominal")};
}

QStringList ImportService::requiredColumns(ImportKind kind)
{
    return kind == ImportKind::Organisations ? QStringList{QStringLiteral("name")}
                                             : QStringList{QStringLiteral("type")};
}

Result<ImportReport> ImportService::importCsv(const Session& session, ImportKind kind, const QString& csvText,
                                              const ImportOptions& options, const Progress& progress)
{
    ETALON_TRY(Lab::requireRole(session, {Role::Technician, Role::Manager, Role::Admin}));
    auto parsed = parseCsv(csvText);
    if (!parsed)
        return fail(parsed.error());
    // What an export protected from spreadsheets' formulas comes back as it was.
    for (QStringList& row : *parsed)
        for (QString& cell : row)
            cell = csvCellFromSpreadsheet(cell);
    if (parsed->isEmpty())
        return fail(Error::badInput(QStringLiteral("file"), Tr::tr("the file is empty; it needs a header row")));
    if (parsed->size() - 1 > maxRows)
        return fail(Error::badInput(
            QStringLiteral("file"),
            Tr::tr("the file has %1 rows; import at most %2 at a time").arg(parsed->size() - 1).arg(maxRows)));
    auto columns = checkHeader(kind, parsed->first());
    if (!columns)
        return fail(columns.error());

    ImportReport report;
    report.kind = kind;
    report.dryRun = options.dryRun;
    const int total = int(parsed->size()) - 1;
    // Every row is checked before anything is written, so the write lock is held only for the inserts and
    // another desk's write waits for less than its busy timeout.
    RowChecker checker{RegistryService(m_lab), TaxCodes(m_lab.db()), kind, *columns, {}};
    checker.registry.expectMany();
    QList<std::pair<qsizetype, Prepared>> good; ///< index in report.rows, checked row
    int line = 1 + lineSpan(parsed->first());
    for (int r = 1; r <= total; ++r) {
        const QStringList& fields = parsed->at(r);
        ImportRow row;
        row.line = line;
        line += lineSpan(fields);
        if (progress && !progress(r - 1, total))
            return fail(Error::refused(QStringLiteral("cancelled"), Tr::tr("import cancelled; nothing was stored")));
        if (isBlank(fields))
            continue;
        auto item = checker.check(fields, row);
        if (row.error && row.error->kind == ErrorKind::Internal)
            return fail(*row.error); // storage trouble, not the row's fault: stop with nothing stored
        if (item)
            good.append({report.rows.size(), std::move(*item)});
        report.rows.append(row);
    }
    if (progress)
        progress(total, total);
    // Nothing to store (a dry run, a bad row without --only-valid, or no good row at all): no trace either.
    if (options.dryRun || good.isEmpty() || (report.invalid() > 0 && !options.onlyValid))
        return report;
    auto written = m_lab.write([&]() -> Status {
        qsizetype failedAt = 0;
        RegistryService registry(m_lab);
        if (auto stored = insertAll(registry, good, report, failedAt); !stored) {
            Error e = stored.error();
            e.message = Tr::tr("line %1: %2; nothing was stored")
                            .arg(report.rows.at(good.at(failedAt).first).line)
                            .arg(e.message);
            return fail(e);
        }
        report.imported = int(good.size());
        if (good.size() >= 1000)
            ETALON_TRY(m_lab.db().refreshStatistics());
        return m_lab.logChange(session,
                               kind == ImportKind::Organisations ? QStringLiteral("import.organisations")
                                                                 : QStringLiteral("import.instruments"),
                               QStringLiteral("import"), std::nullopt, {}, summary(report, total));
    });
    if (!written) {
        for (ImportRow& row : report.rows)
            row.id.reset();
        return fail(written.error());
    }
    return report;
}

} // namespace Etalon
