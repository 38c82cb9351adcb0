// SPDX-License-Identifier: Apache-2.0
#include "db/lab/SetupService.h"

#include "core/Tr.h"

#include <algorithm>

namespace Etalon {

bool SetupProgress::complete() const
{
    return doneCount() == steps.size();
}

int SetupProgress::doneCount() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const SetupStep& s) { return s.done; }));
}

const SetupStep* SetupProgress::step(const QString& key) const
{
    for (const SetupStep& s : steps)
        if (s.key == key)
            return &s;
    return nullptr;
}

Result<SetupProgress> SetupService::progress()
{
    const QString today = m_lab.today().toString(Qt::ISODate);
    // Each count in one statement: what the lab holds, read as one state.
    auto q = m_lab.db().exec(
        QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM organisations WHERE kind = 'customer'), "
            "(SELECT COUNT(*) FROM organisations WHERE kind = 'national-institute'), "
            "(SELECT COUNT(*) FROM standards WHERE status = 'in-service'), "
            "(SELECT COUNT(*) FROM standards WHERE status = 'in-service' AND valid_until >= ?), "
            "(SELECT COUNT(*) FROM users WHERE active = 1 AND role IN ('technician', 'manager')), "
            "(SELECT COUNT(*) FROM users u WHERE u.active = 1 AND u.role IN ('technician', 'manager') AND EXISTS "
            "(SELECT 1 FROM authorisations a WHERE a.user_id = u.id AND a.valid_until >= ?)), "
            "(SELECT COUNT(*) FROM stamps WHERE status = 'unused')"),
        {today, today});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(Error::internal(Tr::tr("the lab's contents could not be counted")));
    const qint64 customers = q->value(0).toLongLong(), institutes = q->value(1).toLongLong(),
                 standards = q->value(2).toLongLong(), calibrated = q->value(3).toLongLong(),
                 people = q->value(4).toLongLong(), carded = q->value(5).toLongLong(),
                 stamps = q->value(6).toLongLong();
    q->finish();
    QStringList missing;
    for (const auto& [key, words] : {std::pair{QStringLiteral("lab_address"), Tr::tr("address")},
                                     std::pair{QStringLiteral("designation_number"), Tr::tr("designation number")},
                                     std::pair{QStringLiteral("governing_body"), Tr::tr("governing body")}})
        if (m_lab.setting(key).trimmed().isEmpty())
            missing.append(words);
    SetupProgress p;
    p.steps = {
        {QStringLiteral("lab"), Tr::tr("The lab's details that certificates print"),
         missing.isEmpty() ? Tr::tr("address, designation number and governing body are set")
                           : Tr::tr("missing: %1").arg(missing.join(QStringLiteral(", "))),
         3 - missing.size(), missing.isEmpty()},
        {QStringLiteral("customers"), Tr::tr("Customers, whose instruments the lab verifies"),
         Tr::tr("%1 customer(s)").arg(customers), customers, customers > 0},
        {QStringLiteral("institute"), Tr::tr("The national metrology institute that calibrates the lab's standards"),
         Tr::tr("%1 national institute(s)").arg(institutes), institutes, institutes > 0},
        {QStringLiteral("standards"), Tr::tr("The lab's standards"), Tr::tr("%1 standard(s) in service").arg(standards),
         standards, standards > 0},
        {QStringLiteral("calibrations"), Tr::tr("A valid calibration of each standard in service"),
         Tr::tr("%1 of %2 standard(s) in service calibrated and in date").arg(calibrated).arg(standards), calibrated,
         standards > 0 && calibrated == standards},
        {QStringLiteral("people"), Tr::tr("The people who verify and approve"),
         Tr::tr("%1 technician(s) and manager(s)").arg(people), people, people > 0},
        {QStringLiteral("cards"), Tr::tr("A valid verifier card for each of them"),
         Tr::tr("%1 of %2 hold a valid card").arg(carded).arg(people), carded, people > 0 && carded == people},
        {QStringLiteral("stamps"), Tr::tr("Verification stamps"), Tr::tr("%1 unused stamp(s)").arg(stamps), stamps,
         stamps > 0},
    };
    return p;
}

} // namespace Etalon
