// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/Lab.h"

namespace Etalon {

/** Setting up a lab, signing in, users and their verifier authorisations. */
/** A lab for real work, or a demo lab (marked as demo data everywhere; the only kind that takes generated data). */
enum class LabKind { Real, Demo };

class UserService final
{
public:
    explicit UserService(Lab& lab)
        : m_lab(lab)
    {
    }

    /** Creates the lab in an empty database: settings, the lab organisation, its admin, the catalogue. */
    Result<Session> initialise(const QString& labName, const QString& adminName, const QString& adminPassword,
                               LabKind kind = LabKind::Real);
    /** Checks the password; a failure says only "wrong user or password". */
    Result<Session> signIn(const QString& name, const QString& password);

    Result<Person> addUser(const Session& session, const QString& name, Role role, const QString& fullName,
                           const QString& password);
    Status changePassword(const Session& session, const QString& name, const QString& newPassword);
    Result<Authorisation> authorize(const Session& session, const QString& name, const QString& field,
                                    const QString& certificate, const QDate& validUntil);
    /**
     * Sets the title \a name signs certificates under (admins), and the head's title they sign for when they sign on
     * the head's behalf (empty when they are the head).
     */
    Result<Person> setTitle(const Session& session, const QString& name, const QString& title, const QString& signsFor);
    Result<QList<Person>> users();
    Result<Person> fetchUser(const QString& name);
    Result<QList<Authorisation>> authorisations(Id userId);
    /** Whether \a userId holds a card for \a field valid on \a date; the error names the field and date. */
    Status requireAuthorisation(Id userId, const QString& field, const QDate& date);

private:
    Status logSecurity(const QString& user, const QString& event, const QString& detail);

    Lab& m_lab;
};

} // namespace Etalon
