// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Domain.h"
#include "db/store/Database.h"

namespace Etalon {

/** Reads the catalogue of instrument types and procedures. */
class CatalogRepository final
{
public:
    explicit CatalogRepository(Database& db)
        : m_db(db)
    {
    }

    Result<QList<InstrumentType>> types();
    Result<InstrumentType> fetchType(const QString& code);
    Result<QList<Procedure>> procedures();
    Result<Procedure> fetchProcedure(const QString& code);
    /** The MPE rule of a procedure, if it has one. */
    Result<std::optional<MpeRule>> procedureRule(const QString& code);

private:
    Result<QList<Procedure>> queryProcedures(const QString& where, const QVariantList& values);

    Database& m_db;
};

} // namespace Etalon
