// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AdministrativeForm.h"
#include "db/lab/Lab.h"

namespace Etalon {

/** Fills a report's administrative form from the lab's settings and the person who signs it. */
class AdministrativeFormService final
{
public:
    explicit AdministrativeFormService(Lab& lab)
        : m_lab(lab)
    {
    }

    /**
     * The form of a report \a session signs, numbered \a number (may be empty: the office writes it in), to
     * \a recipient: when empty, the lab's governing body, else the province's science and technology department.
     * Only a manager or an admin signs one; their own title, else the lab's approver_title, heads the signature.
     */
    Result<AdministrativeForm> form(const Session& session, const QString& number, const QString& recipient);

private:
    Lab& m_lab;
};

} // namespace Etalon
