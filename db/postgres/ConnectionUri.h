// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace Etalon::Postgres {

/**
 * Where a lab on a PostgreSQL server is, as libpq's connection URI says it:
 * postgresql://[user[:password]@][host][:port][/dbname][?param=value&…]. The host may be a name, an address
 * ([::1]), or a Unix socket directory (percent-encoded in the host, or as ?host=/run/postgresql).
 */
struct ServerAddress
{
    QString user; ///< empty: libpq's default (the operating system's user)
    QString password; ///< only when the URI carries one; never stored by Etalon, see redacted()
    QString host; ///< empty: libpq's default socket
    std::optional<int> port;
    QString database; ///< empty: the user's name, as libpq does
    QMap<QString, QString> parameters; ///< sslmode, connect_timeout, application_name … as given

    bool isSocket() const { return host.startsWith(u'/'); }
    /** The same address without its password: what lists of recent labs and messages may show and keep. */
    QString redacted() const;
    /** redacted() as people read it, %2F and the like decoded: for messages, never to connect with. */
    QString shown() const;
};

/** Whether \a text names a server lab (postgresql:// or postgres://) rather than a lab file. */
bool isServerUri(const QString& text);

/**
 * Reads \a text as libpq does, percent-decoding every part. Refuses, naming \a field: another scheme, an
 * unknown parameter, a port that is no port, several hosts (one server per lab), or broken percent-encoding.
 */
Result<ServerAddress> parseServerUri(const QString& text, const QString& field = QStringLiteral("db"));

} // namespace Etalon::Postgres
