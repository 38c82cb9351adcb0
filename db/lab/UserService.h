// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"

namespace Etalon {

/** Setting up a lab, signing in, users and their verifier authorisations. */
/** A lab for real work, or a demo lab (marked as demo data everywhere; the only kind that takes generated data). */
enum class LabKind { Real, Demo };

/** A field a verifier's card is for: the field the catalogue's instrument types name, with its words. */
struct VerifierField
{
    QString code; ///< as the catalogue has it ("mass", "flow" …), what a card stores
    QString nameVi;
    QString nameEn;
    QStringList typeCodes; ///< the instrument types of the field
};

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
    /** Records a verifier card of \a name for \a field, one of cardFields() (admins and managers). */
    Result<Authorisation> authorize(const Session& session, const QString& name, const QString& field,
                                    const QString& certificate, const QDate& validUntil);
    /**
     * Removes \a name's verifier cards for \a field (admins and managers), each with an audit entry keeping what it
     * said; the number removed. Work already done stays as it was judged.
     */
    Result<int> revokeAuthorisation(const Session& session, const QString& name, const QString& field);
    /** The fields a card may be for: those of the catalogue's instrument types, in the order of their codes. */
    Result<QList<VerifierField>> cardFields();
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
    Status checkCardField(const QString& field);
    Status logSecurity(const QString& user, const QString& event, const QString& detail);

    Lab& m_lab;
};

} // namespace Etalon
