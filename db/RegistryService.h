// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Lab.h"

namespace Etalon {

enum class InstrumentOrder { Id, Type, Serial, Model, Owner, NextDue };

/** Filters of the instrument list; empty members do not filter. */
struct InstrumentFilter
{
    InstrumentOrder order = InstrumentOrder::Id;
    bool descending = false;
    std::optional<Id> ownerId;
    QString typeCode;
    QString search; ///< a fragment of serial, model, manufacturer or place
    int limit = 1000;
    int offset = 0;
};

/** Organisations and the instruments they own. */
class RegistryService final
{
public:
    explicit RegistryService(Lab& lab)
        : m_lab(lab)
    {
    }

    Result<Organisation> addOrganisation(const Session& session, Organisation org);
    Result<QList<Organisation>> organisations(const QString& search = QString());
    Result<Organisation> fetchOrganisation(Id id);

    /** Registers an instrument; without a maker's serial the lab assigns one and marks it so. */
    Result<Instrument> addInstrument(const Session& session, Instrument instrument);
    Result<QList<Instrument>> instruments(const InstrumentFilter& filter);
    Result<Instrument> fetchInstrument(Id id);
    Result<Instrument> transferInstrument(const Session& session, Id id, Id newOwnerId, const QDate& date);

    /**
     * The two halves of a registration, for a caller that checks many before it writes any (an import): the
     * checks, outside any write, then the insert, inside the caller's write and with no audit entry of its own
     * (the caller logs one). The insert checks again that the tax code or serial is still free.
     */
    Status prepareOrganisation(Organisation& org);
    Result<Id> insertOrganisation(const Organisation& org);
    Status prepareInstrument(Instrument& instrument);
    Status insertInstrument(Instrument& instrument);

private:
    /** The checks of a registration, each naming its field: the type's units, the fields, OIML R 76 / R 111. */
    Status checkRegistration(const Instrument& instrument);
    Status checkQuantitiesMatchType(const Instrument& instrument, const InstrumentType& type);
    Status checkTaxCodeFree(const QString& taxCode);
    Status checkSerialFree(const Instrument& instrument);

    Lab& m_lab;
};

} // namespace Etalon
