// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"

#include <functional>

namespace Etalon {

enum class ImportKind { Organisations, Instruments };

struct ImportOptions
{
    bool onlyValid = false; ///< import the good rows even when others are bad
    bool dryRun = false; ///< check every row as the import would, store nothing
};

/** One data row of the file: what it would be, and either the id it got or why it was refused. */
struct ImportRow
{
    int line = 0; ///< the row's first line in the file (1 is the header)
    QString label; ///< name, or type and serial, for the report
    std::optional<Id> id; ///< set when stored
    std::optional<Error> error;
};

struct ImportReport
{
    ImportKind kind = ImportKind::Instruments;
    QList<ImportRow> rows;
    int imported = 0;
    bool dryRun = false;

    int invalid() const;
};

/**
 * Registers organisations or instruments from a CSV file with a header row, through the same use
 * cases as one at a time, so every rule applies to each row. All or nothing by default: one bad
 * row and nothing is stored, and the report says what is wrong with each.
 */
class ImportService final
{
public:
    /** Told rows done and total; returns false to cancel, which stores nothing. */
    using Progress = std::function<bool(int done, int total)>;

    explicit ImportService(Lab& lab)
        : m_lab(lab)
    {
    }

    Result<ImportReport> importCsv(const Session& session, ImportKind kind, const QString& csvText,
                                   const ImportOptions& options, const Progress& progress = {});

    /** The header names a file may use, the same as the CLI's options of `org add` / `instrument add`. */
    static QStringList columns(ImportKind kind);
    static QStringList requiredColumns(ImportKind kind);

private:
    Lab& m_lab;
};

} // namespace Etalon
