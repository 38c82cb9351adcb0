// SPDX-License-Identifier: Apache-2.0
#include "app/gui/Labels.h"

#include "core/Tr.h"

namespace Etalon::Labels {

QString recordKind(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Initial:
        return Tr::tr("initial verification");
    case RecordKind::Periodic:
        return Tr::tr("periodic verification");
    case RecordKind::AfterRepair:
        return Tr::tr("verification after repair");
    case RecordKind::Calibration:
        return Tr::tr("calibration");
    case RecordKind::Inspection:
        return Tr::tr("in-service inspection");
    }
    return {};
}

QString recordStatus(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Draft:
        return Tr::tr("draft");
    case RecordStatus::Completed:
        return Tr::tr("waiting for approval");
    case RecordStatus::Approved:
        return Tr::tr("approved");
    case RecordStatus::Issued:
        return Tr::tr("certificate issued");
    }
    return {};
}

QString verdict(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return Tr::tr("pass");
    case Verdict::Fail:
        return Tr::tr("fail");
    case Verdict::None:
        break;
    }
    return {};
}

QString standardStatus(StandardStatus status)
{
    switch (status) {
    case StandardStatus::InService:
        return Tr::tr("in service");
    case StandardStatus::Quarantined:
        return Tr::tr("quarantined");
    case StandardStatus::Retired:
        return Tr::tr("retired");
    }
    return {};
}

QString organisationKind(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Customer:
        return Tr::tr("customer");
    case OrganisationKind::Lab:
        return Tr::tr("this lab");
    case OrganisationKind::CalibrationLab:
        return Tr::tr("calibration laboratory");
    case OrganisationKind::NationalInstitute:
        return Tr::tr("national institute");
    }
    return {};
}

QString role(Role role)
{
    switch (role) {
    case Role::Technician:
        return Tr::tr("technician");
    case Role::Manager:
        return Tr::tr("manager");
    case Role::Auditor:
        return Tr::tr("auditor");
    case Role::Admin:
        return Tr::tr("administrator");
    }
    return {};
}

} // namespace Etalon::Labels
