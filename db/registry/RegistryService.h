// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>

#include "db/lab/Lab.h"

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
    /**
     * Changes a registered organisation, checked as a registration is (the tax code free but for itself). The lab's
     * own organisation is changed through the lab's settings; an organisation that owns instruments stays a customer,
     * and one that calibrated standards stays a laboratory or institute.
     */
    Result<Organisation> updateOrganisation(const Session& session, Organisation org);
    Result<QList<Organisation>> organisations(const QString& search = QString());
    Result<Organisation> fetchOrganisation(Id id);

    /** Registers an instrument; without a maker's serial the lab assigns one and marks it so. */
    Result<Instrument> addInstrument(const Session& session, Instrument instrument);
    Result<QList<Instrument>> instruments(const InstrumentFilter& filter);
    Result<Instrument> fetchInstrument(Id id);
    Result<Instrument> transferInstrument(const Session& session, Id id, Id newOwnerId, const QDate& date);
    /**
     * Changes a registered instrument, checked as a registration is (the serial free but for itself; an empty serial
     * keeps the one it has). Its owner changes only by a transfer; its type not once it has a record; its measuring
     * characteristics (range, d, e, nominal value, class) not once a record of it is completed; its serial,
     * manufacturer and model not once a certificate of it is issued.
     */
    Result<Instrument> updateInstrument(const Session& session, Instrument instrument);

    /**
     * The two halves of a registration, for a caller that checks many before it writes any (an import): the
     * checks, outside any write, then the insert, inside the caller's write and with no audit entry of its own
     * (the caller logs one). The insert checks again that the tax code or serial is still free.
     */
    Status prepareOrganisation(Organisation& org);
    Result<Id> insertOrganisation(const Organisation& org);
    /**
     * For a caller checking many registrations with this one service (an import): the instrument types and the
     * organisations' ids are read once, on first need, rather than once a row.
     */
    void expectMany() { m_many.emplace(); }
    Status prepareInstrument(Instrument& instrument);
    Status insertInstrument(Instrument& instrument);
    /**
     * Many checked registrations at once, inside the caller's write, a few statements for hundreds of rows: each
     * gets its id (and, lacking a maker's serial, the lab's). The rows' tax codes or serials are checked again as
     * insertOrganisation() and insertInstrument() do; on a refusal \a failedAt is the row at fault.
     */
    Status insertOrganisations(QList<Organisation>& orgs, qsizetype& failedAt);
    Status insertInstruments(QList<Instrument>& instruments, qsizetype& failedAt);

private:
    /** The checks of a registration, each naming its field: the type's units, the fields, OIML R 76 / R 111. */
    Status checkRegistration(const Instrument& instrument);
    Status checkQuantitiesMatchType(const Instrument& instrument, const InstrumentType& type);
    Status checkTaxCodeFree(const QString& taxCode, Id except = 0);
    Status checkSerialFree(const Instrument& instrument);
    /** The lab's own serial for an instrument without a maker's (TT 24/2013 Điều 41.4), made from its id. */
    QString labSerial(Id instrumentId);
    Status checkOrganisationChange(const Organisation& before, const Organisation& after);
    Status checkInstrumentChange(const Instrument& before, const Instrument& after);

    Status checkOwnerExists(Id ownerId);
    Result<InstrumentType> typeOf(const QString& code);

    Lab& m_lab;
    struct Many
    {
        QHash<QString, InstrumentType> types;
        std::optional<QSet<Id>> organisations;
    };
    std::optional<Many> m_many; ///< what expectMany() keeps
};

} // namespace Etalon
