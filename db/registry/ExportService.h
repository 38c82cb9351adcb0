// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"

#include <functional>

namespace Etalon {

enum class ExportTable { Organisations, Instruments, Standards, Records, Certificates, Users };

/**
 * The lab's registers as rows of text, one table at a time, in id order and streamed from SQL so a
 * million records do not sit in memory. Organisations and instruments use the import's column names,
 * so an exported file can be corrected in a spreadsheet and imported again.
 */
class ExportService final
{
public:
    /** Receives each row; returns false to stop (a cancelled export). */
    using RowSink = std::function<bool(const QStringList& row)>;

    explicit ExportService(Lab& lab)
        : m_lab(lab)
    {
    }

    static QStringList tableNames();
    static Result<ExportTable> tableFromName(const QString& name);
    static QStringList header(ExportTable table);

    /** Rows of \a table after the header; users only for an admin (password hashes never). */
    Status forEachRow(const Session& session, ExportTable table, const RowSink& sink);

private:
    Lab& m_lab;
};

} // namespace Etalon
