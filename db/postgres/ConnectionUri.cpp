// SPDX-License-Identifier: Apache-2.0
#include "db/postgres/ConnectionUri.h"

#include "core/Tr.h"

#include <QUrl>

namespace Etalon::Postgres {

namespace {

// The connection parameters of libpq (PostgreSQL 15, "Parameter Key Words") Etalon passes on; others are refused
// so that a misspelling is not silently ignored.
const QStringList& knownParameters()
{
    static const QStringList names{QStringLiteral("host"),
                                   QStringLiteral("hostaddr"),
                                   QStringLiteral("port"),
                                   QStringLiteral("dbname"),
                                   QStringLiteral("user"),
                                   QStringLiteral("password"),
                                   QStringLiteral("passfile"),
                                   QStringLiteral("connect_timeout"),
                                   QStringLiteral("application_name"),
                                   QStringLiteral("sslmode"),
                                   QStringLiteral("sslcert"),
                                   QStringLiteral("sslkey"),
                                   QStringLiteral("sslrootcert"),
                                   QStringLiteral("sslcrl"),
                                   QStringLiteral("sslpassword"),
                                   QStringLiteral("target_session_attrs"),
                                   QStringLiteral("keepalives"),
                                   QStringLiteral("keepalives_idle"),
                                   QStringLiteral("options"),
                                   QStringLiteral("gssencmode"),
                                   QStringLiteral("krbsrvname"),
                                   QStringLiteral("service")};
    return names;
}

const QStringList& sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

/** Percent-decoding that refuses a "%" not followed by two hexadecimal digits, as libpq does. */
Result<QString> decoded(const QString& part, const QString& field)
{
    for (qsizetype i = part.indexOf(u'%'); i >= 0; i = part.indexOf(u'%', i + 1)) {
        const auto hex = [&](qsizetype at) {
            return at < part.size() && QStringLiteral("0123456789abcdefABCDEF").contains(part[at]);
        };
        if (!hex(i + 1) || !hex(i + 2))
            return fail(Error::badInput(field, Tr::tr("“%1” is not percent-encoded correctly").arg(part)));
    }
    return QUrl::fromPercentEncoding(part.toUtf8());
}

Result<std::optional<int>> portOf(const QString& text, const QString& field)
{
    if (text.isEmpty())
        return std::optional<int>();
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return fail(Error::badInput(field, Tr::tr("“%1” is not a port (1 to 65535)").arg(text)));
    return std::optional<int>(port);
}

/** The authority "user:password@host:port": the host may be [IPv6], and a socket directory percent-encoded. */
Status readAuthority(const QString& authority, ServerAddress& out, const QString& field)
{
    QString hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        auto user = decoded(colon < 0 ? userInfo : userInfo.left(colon), field);
        if (!user)
            return fail(user.error());
        out.user = *user;
        if (colon >= 0) {
            auto password = decoded(userInfo.mid(colon + 1), field);
            if (!password)
                return fail(password.error());
            out.password = *password;
        }
    }
    if (hostPort.contains(u','))
        return fail(Error::badInput(field, Tr::tr("a lab is on one server: give one host, not “%1”").arg(hostPort)));
    QString host = hostPort, port;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return fail(
                Error::badInput(field, Tr::tr("“%1” opens an address with “[” it does not close").arg(hostPort)));
        host = hostPort.mid(1, close - 1);
        const QString rest = hostPort.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return fail(Error::badInput(field, Tr::tr("“%1” is not a host and port").arg(hostPort)));
        port = rest.mid(1);
    } else if (const qsizetype colon = hostPort.lastIndexOf(u':'); colon >= 0) {
        host = hostPort.left(colon);
        port = hostPort.mid(colon + 1);
    }
    auto decodedHost = decoded(host, field);
    if (!decodedHost)
        return fail(decodedHost.error());
    out.host = *decodedHost;
    auto p = portOf(port, field);
    if (!p)
        return fail(p.error());
    out.port = *p;
    return {};
}

/** "?key=value&…": host, port, user, password and dbname override the URI's own parts, as in libpq. */
Status readParameters(const QString& query, ServerAddress& out, const QString& field)
{
    for (const QString& pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return fail(Error::badInput(field, Tr::tr("“%1” is not a parameter=value pair").arg(pair)));
        auto key = decoded(pair.left(eq), field);
        auto value = decoded(pair.mid(eq + 1), field);
        if (!key || !value)
            return fail(!key ? key.error() : value.error());
        if (!knownParameters().contains(*key))
            return fail(Error::badInput(field, Tr::tr("“%1” is not a PostgreSQL connection parameter").arg(*key)));
        if (*key == QStringLiteral("host")) {
            out.host = *value;
        } else if (*key == QStringLiteral("port")) {
            auto p = portOf(*value, field);
            if (!p)
                return fail(p.error());
            out.port = *p;
        } else if (*key == QStringLiteral("user")) {
            out.user = *value;
        } else if (*key == QStringLiteral("password")) {
            out.password = *value;
        } else if (*key == QStringLiteral("dbname")) {
            out.database = *value;
        } else {
            if (*key == QStringLiteral("sslmode") && !sslModes().contains(*value))
                return fail(Error::badInput(
                    field,
                    Tr::tr("sslmode is one of %1, not “%2”").arg(sslModes().join(QStringLiteral(", ")), *value)));
            out.parameters.insert(*key, *value);
        }
    }
    return {};
}

QString encoded(const QString& part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

/** A query value: a socket directory keeps its slashes, as people write it (libpq reads both forms). */
QString encodedValue(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, "/"));
}

} // namespace

bool isServerUri(const QString& text)
{
    const QString t = text.trimmed();
    return t.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
        t.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> parseServerUri(const QString& text, const QString& field)
{
    const QString t = text.trimmed();
    if (!isServerUri(t))
        return fail(Error::badInput(
            field, Tr::tr("“%1” is not a PostgreSQL connection URI (postgresql://user@host:port/database)").arg(t)));
    QString rest = t.mid(t.indexOf(QStringLiteral("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    ServerAddress out;
    const qsizetype slash = rest.indexOf(u'/');
    ETALON_TRY(readAuthority(slash < 0 ? rest : rest.left(slash), out, field));
    if (slash >= 0) {
        auto database = decoded(rest.mid(slash + 1), field);
        if (!database)
            return fail(database.error());
        out.database = *database;
    }
    ETALON_TRY(readParameters(query, out, field));
    return out;
}

QString ServerAddress::redacted() const
{
    QString uri = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        uri += encoded(user) + u'@';
    if (!isSocket()) {
        uri += host.contains(u':') ? u'[' + host + u']' : encoded(host);
        if (port)
            uri += u':' + QString::number(*port);
    } else if (port) {
        uri += u':' + QString::number(*port);
    }
    uri += u'/' + encoded(database);
    QStringList query;
    if (isSocket())
        query.append(QStringLiteral("host=") + encodedValue(host));
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        query.append(it.key() + u'=' + encodedValue(it.value()));
    if (!query.isEmpty())
        uri += u'?' + query.join(u'&');
    return uri;
}

QString ServerAddress::shown() const
{
    return QUrl::fromPercentEncoding(redacted().toUtf8());
}

} // namespace Etalon::Postgres
