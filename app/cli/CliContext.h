// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/CliArgs.h"
#include "core/Domain.h"
#include "db/store/Database.h"

#include "db/lab/Lab.h"
#include <QFileDevice>

#include <functional>

#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Etalon::Cli {

/** What a command produced: a JSON document for machines and text for people. */
struct Output
{
    QJsonValue json;
    QString text;
    /** Set when the command has a report to show but did not succeed (an import with bad rows). */
    std::optional<Error> error = std::nullopt;
};

/**
 * One run of the CLI: the parsed arguments, the open database and the signed-in user, and the typed
 * readers of option values, each of which names the option in its error.
 */
class Context
{
public:
    explicit Context(Args args);

    const Args& args() const { return m_args; }
    bool json() const { return m_args.flag(QStringLiteral("json")); }

    /** Opens the database (--db, else the desktop client's); \a create for `init`. */
    Status openDatabase(bool create = false);
    /** Opens the lab at \a path (a file or a server URI) rather than --db's. */
    Status openDatabaseAt(const QString& path, bool create);
    void closeDatabase();
    /** Closes and removes the lab file this run created, when what was to fill it failed: no half-made lab. */
    void discardCreatedDatabase();
    /** Signs in --user / $ETALON_USER with $ETALON_PASSWORD or a prompt. */
    Status signIn();
    Lab& lab() { return *m_lab; }
    bool hasLab() const { return m_lab != nullptr; }
    const Session& session() const { return m_session; }

    Result<QString> required(const QString& option) const;
    Result<Quantity> quantity(const QString& option) const;
    Result<std::optional<Quantity>> optionalQuantity(const QString& option) const;
    Result<QDate> date(const QString& option) const;
    Result<std::optional<QDate>> optionalDate(const QString& option) const;
    Result<qint64> integer(const QString& option, qint64 min, qint64 max) const;
    Result<std::optional<qint64>> optionalInteger(const QString& option, qint64 min, qint64 max) const;
    /** The positional argument \a index as an id (a positive integer), named \a field in errors. */
    Result<Id> positionalId(int index, const QString& field) const;
    /** Asks for a secret: from \a envVar, else a prompt on a terminal. */
    Result<QString> secret(const char* envVar, const QString& prompt) const;

    static Result<Quantity> parseQuantity(const QString& text, const QString& option);
    static Result<QDate> parseDate(const QString& text, const QString& option);

private:
    Args m_args;
    std::unique_ptr<Database> m_db;
    bool m_createdFile = false;
    std::unique_ptr<Lab> m_lab;
    Session m_session;
};

QString quantityText(const std::optional<Quantity>& q);
/** One output of a command: where, what, and the option that named it. */
struct OutputFile
{
    QString path;
    QByteArray bytes;
    QString option;
};
/** Writes every output whole, or none of them when one cannot be written; the error names its option. */
Status writeWholeFiles(const QList<OutputFile>& outputs);
/** Writes \a bytes to \a path whole or not at all; the error names \a option. */
Status writeWholeFile(const QString& path, const QByteArray& bytes, const QString& option);
/**
 * Writes \a path through \a body whole or not at all; the open lab's own files are refused. A failure of \a body
 * coded `write_failed` is told as writeError() tells it; any other is passed on. Errors name \a option.
 */
Status writeFileWith(const QString& path, const QString& option, const std::function<Status(QIODevice*)>& body);
/**
 * The whole of an input file, up to \a maxBytes: a regular file, never the open lab's own; errors name \a option
 * (a file that is not there is not found, exit 5; too large or not a file, exit 2).
 */
Result<QByteArray> readInputFile(const QString& path, const QString& option, qint64 maxBytes);
/** Why \a file could not be written: a full disk (exit 1) or a path the user named badly (exit 2, \a option). */
Error writeError(const QFileDevice& file, const QString& option);

} // namespace Etalon::Cli
