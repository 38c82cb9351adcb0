// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Etalon {

/** Broad class of a failure; decides the CLI exit code and how a GUI presents it. */
enum class ErrorKind {
    BadInput, ///< malformed or out-of-range input (exit 2)
    Refused, ///< a rule of the lab refused the action (exit 3)
    Permission, ///< authentication or role (exit 4)
    NotFound, ///< the named object does not exist (exit 5)
    Internal, ///< storage or other failure (exit 1)
};

/** An expected failure: a stable symbolic code, the field at fault and a translated message. */
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString code; ///< stable, e.g. "standard_expired"
    QString field; ///< the input field at fault, empty when none
    QString message; ///< already translated, for people

    static Error badInput(const QString& field, const QString& message,
                          const QString& code = QStringLiteral("bad_input"))
    {
        return {ErrorKind::BadInput, code, field, message};
    }
    static Error refused(const QString& code, const QString& message, const QString& field = {})
    {
        return {ErrorKind::Refused, code, field, message};
    }
    static Error permission(const QString& code, const QString& message)
    {
        return {ErrorKind::Permission, code, {}, message};
    }
    static Error notFound(const QString& field, const QString& message)
    {
        return {ErrorKind::NotFound, QStringLiteral("not_found"), field, message};
    }
    static Error internal(const QString& message, const QString& code = QStringLiteral("internal"))
    {
        return {ErrorKind::Internal, code, {}, message};
    }
};

/** Tag to build a failed Result: `return fail(Error::badInput(...));` */
struct Failure
{
    Error error;
};
inline Failure fail(Error e)
{
    return Failure{std::move(e)};
}

/** A value or an Error, with a subset of std::expected's API (C++23 is not available to us). */
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Failure f)
        : m_data(std::move(f.error))
    {
    }

    bool has_value() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return has_value(); }
    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_data); }
    T value_or(T other) const { return has_value() ? value() : std::move(other); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure f)
        : m_error(std::move(f.error))
    {
    }
    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Etalon

/** Propagates the failure of an expression yielding a Result<void>. */
#define ETALON_TRY(expr)                                     \
    do {                                                     \
        auto etalonTryResult_ = (expr);                      \
        if (!etalonTryResult_)                               \
            return ::Etalon::fail(etalonTryResult_.error()); \
    } while (false)
