// SPDX-License-Identifier: Apache-2.0
#include "app/cli/CliContext.h"
#include "db/postgres/ConnectionUri.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "app/common/AppPaths.h"
#include "db/lab/UserService.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#endif

namespace Etalon::Cli {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

// Reads one line from the terminal without echoing it.
QString readHidden()
{
#ifdef Q_OS_UNIX
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
#endif
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
#endif
#ifdef Q_OS_WIN
    SetConsoleMode(in, mode);
#endif
    std::fputs("\n", stderr);
    return QString::fromStdString(line);
}

} // namespace

QString quantityText(const std::optional<Quantity>& q)
{
    return q ? q->toString() : QStringLiteral("–");
}

Context::Context(Args args)
    : m_args(std::move(args))
{
}

Status Context::openDatabase(bool create)
{
    return openDatabaseAt(m_args.value(QStringLiteral("db"), AppPaths::defaultDatabase()), create);
}

Status Context::openDatabaseAt(const QString& path, bool create)
{
    m_db = std::make_unique<Database>();
    m_createdFile = create && !path.trimmed().isEmpty() && !Postgres::isServerUri(path) && !QFileInfo::exists(path);
    auto opened = m_db->open(path, create);
    if (!opened && opened.error().code == QStringLiteral("server_password") && stdinIsTerminal()) {
        // Neither the URI, PGPASSWORD nor ~/.pgpass gave it: asked once, kept in memory for this run only.
        std::fputs(qPrintable(Tr::tr("Password of the database user for %1: ").arg(m_db->path())), stderr);
        m_db->setServerPassword(readHidden());
        opened = m_db->open(path, create);
    }
    ETALON_TRY(opened);
    m_lab = std::make_unique<Lab>(*m_db);
    if (!create && !m_lab->isInitialised())
        return fail(
            Error::refused(QStringLiteral("not_initialised"),
                           Tr::tr("%1 holds no lab yet; run `etalon-cli init --lab-name …` first").arg(m_db->path()),
                           QStringLiteral("db")));
    return {};
}

void Context::closeDatabase()
{
    m_lab.reset();
    m_db.reset();
}

void Context::discardCreatedDatabase()
{
    if (!m_createdFile || !m_db)
        return;
    const QString path = m_db->path();
    closeDatabase();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    m_createdFile = false;
}

Status Context::signIn()
{
    // The first --user signs in: one given again with a command (audit list's filter of old) is that command's.
    const QString user = m_args.values(QStringLiteral("user")).value(0, qEnvironmentVariable("ETALON_USER"));
    if (user.isEmpty())
        return fail(
            Error::permission(QStringLiteral("auth_required"),
                              Tr::tr("sign in with --user NAME or $ETALON_USER (password in $ETALON_PASSWORD)")));
    auto password = secret("ETALON_PASSWORD", Tr::tr("Password for %1: ").arg(user));
    if (!password)
        return fail(password.error());
    auto session = UserService(*m_lab).signIn(user, *password);
    if (!session)
        return fail(session.error());
    m_session = *session;
    // After an admin's reset, the only thing to do is to choose a new password.
    if (m_session.mustChangePassword && m_args.command.join(u' ') != QStringLiteral("user passwd"))
        return fail(Error::permission(QStringLiteral("password_change_required"),
                                      Tr::tr("%1 must choose a new password first: etalon-cli user passwd").arg(user)));
    return {};
}

Result<QString> Context::secret(const char* envVar, const QString& prompt) const
{
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);
    if (!stdinIsTerminal())
        return fail(
            Error::permission(QStringLiteral("auth_required"),
                              Tr::tr("no password: set $%1 or run on a terminal").arg(QString::fromLatin1(envVar))));
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    return readHidden();
}

Result<QString> Context::required(const QString& option) const
{
    const QString v = m_args.value(option);
    if (v.trimmed().isEmpty())
        return fail(Error::badInput(option, Tr::tr("--%1 is required").arg(option), QStringLiteral("missing_field")));
    return v;
}

Result<Quantity> Context::parseQuantity(const QString& text, const QString& option)
{
    return Quantity::parse(text, option);
}

Result<QDate> Context::parseDate(const QString& text, const QString& option)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!pattern.match(text.trimmed()).hasMatch() || !d.isValid())
        return fail(
            Error::badInput(option, Tr::tr("“%1” is not a date (YYYY-MM-DD)").arg(text), QStringLiteral("bad_date")));
    return d;
}

Result<Quantity> Context::quantity(const QString& option) const
{
    auto text = required(option);
    if (!text)
        return fail(text.error());
    return parseQuantity(*text, option);
}

Result<std::optional<Quantity>> Context::optionalQuantity(const QString& option) const
{
    if (!m_args.has(option))
        return std::optional<Quantity>();
    auto q = quantity(option);
    if (!q)
        return fail(q.error());
    return std::optional<Quantity>(*q);
}

Result<QDate> Context::date(const QString& option) const
{
    auto text = required(option);
    if (!text)
        return fail(text.error());
    return parseDate(*text, option);
}

Result<std::optional<QDate>> Context::optionalDate(const QString& option) const
{
    if (!m_args.has(option))
        return std::optional<QDate>();
    auto d = date(option);
    if (!d)
        return fail(d.error());
    return std::optional<QDate>(*d);
}

Result<qint64> Context::integer(const QString& option, qint64 min, qint64 max) const
{
    auto text = required(option);
    if (!text)
        return fail(text.error());
    bool ok = false;
    const qint64 v = text->trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return fail(Error::badInput(
            option,
            Tr::tr("--%1 takes a whole number from %2 to %3, not “%4”").arg(option).arg(min).arg(max).arg(*text),
            QStringLiteral("bad_number")));
    return v;
}

Result<std::optional<qint64>> Context::optionalInteger(const QString& option, qint64 min, qint64 max) const
{
    if (!m_args.has(option))
        return std::optional<qint64>();
    auto v = integer(option, min, max);
    if (!v)
        return fail(v.error());
    return std::optional<qint64>(*v);
}

Result<Id> Context::positionalId(int index, const QString& field) const
{
    const QString text = m_args.positional.value(index);
    if (text.isEmpty())
        return fail(
            Error::badInput(field, Tr::tr("the %1 id is required").arg(field), QStringLiteral("missing_field")));
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v <= 0)
        return fail(Error::badInput(field, Tr::tr("“%1” is not an id (a positive whole number)").arg(text),
                                    QStringLiteral("bad_id")));
    return Id(v);
}

Result<QByteArray> readInputFile(const QString& path, const QString& option, qint64 maxBytes)
{
    ETALON_TRY(Database::refuseOpenLabFile(path, option));
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::notFound(option, Tr::tr("cannot read %1: no such file").arg(path)));
    // A device or a pipe has no end to read to (/dev/zero); a huge file must not exhaust the memory.
    if (!info.isFile())
        return fail(Error::badInput(option, Tr::tr("%1 is not a regular file").arg(path)));
    if (info.size() > maxBytes)
        return fail(Error::badInput(option, Tr::tr("%1 is larger than %2 bytes").arg(path).arg(maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::notFound(option, Tr::tr("cannot read %1: %2").arg(path, file.errorString())));
    return file.read(maxBytes);
}

Error writeError(const QFileDevice& file, const QString& option)
{
    // A full disk is the machine's state, not the user's input; a folder that is not there or not writable is.
    // A write that stored fewer bytes than given, with no error, is a disk that filled up.
    if (file.error() == QFileDevice::ResourceError || file.error() == QFileDevice::NoError)
        return Error::internal(Tr::tr("the disk is full: cannot write %1; nothing was written").arg(file.fileName()),
                               QStringLiteral("disk_full"));
    return Error::badInput(option,
                           Tr::tr("cannot write %1: %2; nothing was written").arg(file.fileName(), file.errorString()));
}

Status writeFileWith(const QString& path, const QString& option, const std::function<Status(QIODevice*)>& body)
{
    ETALON_TRY(Database::refuseOpenLabFile(path, option));
    // Written beside and renamed over, unbuffered so that a full disk fails the very write that hits it: a failure
    // leaves no partial file and says why.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(writeError(file, option));
    const Status written = body(&file);
    if (!written) {
        const Error error =
            written.error().code == QStringLiteral("write_failed") ? writeError(file, option) : written.error();
        file.cancelWriting();
        return fail(error);
    }
    if (!file.commit())
        return fail(writeError(file, option));
    return {};
}

Status writeWholeFiles(const QList<OutputFile>& outputs)
{
    // Every file is written beside its place first and only then are they renamed into place, one after the
    // other: a file that cannot be written leaves none of them.
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const OutputFile& output : outputs) {
        ETALON_TRY(Database::refuseOpenLabFile(output.path, output.option));
        auto& file = files.emplace_back(std::make_unique<QSaveFile>(output.path));
        if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
            file->write(output.bytes) != output.bytes.size()) {
            const Error error = writeError(*file, output.option);
            for (auto& f : files)
                f->cancelWriting();
            return fail(error);
        }
    }
    for (qsizetype i = 0; i < outputs.size(); ++i)
        if (!files[size_t(i)]->commit())
            return fail(writeError(*files[size_t(i)], outputs[i].option));
    return {};
}

Status writeWholeFile(const QString& path, const QByteArray& bytes, const QString& option)
{
    return writeFileWith(path, option, [&](QIODevice* out) -> Status {
        if (out->write(bytes) != bytes.size())
            return fail(Error::internal(out->errorString(), QStringLiteral("write_failed")));
        return {};
    });
}

} // namespace Etalon::Cli
