// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Certificate.h"

namespace Etalon {

/**
 * A calibration certificate as a PTB Digital Calibration Certificate (DCC 3.1.2) with D-SI 2.1.0
 * quantities: the administrative data, the item, the laboratory and customer, and each point's reference,
 * indication and error with its expanded uncertainty.
 */
class DccWriter final
{
public:
    static Result<QByteArray> write(const CertificateData& data, const QString& softwareVersion);
    /** The D-SI unit of a catalogue symbol, e.g. "\kilo\pascal" for "kPa". */
    static QString dsiUnit(const QString& symbol);
};

} // namespace Etalon
