// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Certificate.h"
#include "db/lab/Lab.h"

#include <functional>

namespace Etalon {

/**
 * Renders a certificate's PDF (the reports layer does it; the app passes it in, so the store does not depend
 * on the renderer). \a mark is printed across every page of a marked copy.
 */
using CertificateRenderer =
    std::function<Result<QByteArray>(const CertificateData& data, const QByteArray& qrPayload, const QString& mark)>;

struct IssueOptions
{
    CertificateLanguage language = CertificateLanguage::Vietnamese;
    QString stamp; ///< "SERIES/NUMBER" affixed on site; empty: the next unused one (verification only)
    QString passphrase; ///< of the lab's signing key (made with it on first use)
    QString amendmentReason; ///< set by amend(): printed under the number the amendment replaces
};

struct CertificateInfo
{
    Id id = 0;
    QString number;
    CertificateKind kind = CertificateKind::Verification;
    Id recordId = 0;
    QDate issueDate;
    QString status; ///< current, replaced, withdrawn
    bool suspect = false;
    QString sha256; ///< of the PDF file
    QString contentSha256;
    std::optional<QDate> validUntil;
    QString stamp;
    QString replaces; ///< number
    QString replacedBy; ///< number
    QString language;
    QString qrPayload;
    QString owner;
    QString reason; ///< of the last event
};

/** A scanned QR payload, checked offline against the lab's public key. */
/**
 * What a certificate's QR code states and the lab signs (README, "Checking a paper"): the number, the issue date,
 * the instrument's serial, the result (pass, fail or calibrated), the valid-until date and the SHA-256 of the
 * certificate's content, so a paper whose printed facts were altered fails the check.
 */
struct QrCheck
{
    bool valid = false;
    int version = 2; ///< 1: number, date and content hash only (certificates issued before)
    QString number;
    QDate issueDate;
    QString serial;
    QString result;
    std::optional<QDate> validUntil;
    QString contentSha256;
};

/** What a file offered as one of the lab's certificates turned out to be. */
enum class FileVerdict {
    Valid, ///< exactly the bytes the lab issued, and the certificate is current
    NotPdf, ///< not a PDF file at all
    NotThisLab, ///< names no certificate of this lab, or is not the document the lab issued under that number
    Altered, ///< the document the lab issued, changed since: its bytes differ from the ones issued
    Withdrawn, ///< exactly as issued, but the certificate was withdrawn since
    Replaced, ///< exactly as issued, but an amendment replaced it since
};

/** The stable name of \a verdict, for the command line and JSON: valid, not_pdf, not_this_lab, altered, … */
QString toName(FileVerdict verdict);

/** The outcome of checking a file against the lab, with what the verdict rests on. */
struct FileVerification
{
    FileVerdict verdict = FileVerdict::NotThisLab;
    /**
     * Why a file is not the lab's: "no_number" (it names no certificate), "unknown_number" (it names a number this
     * lab never issued) or "identity_mismatch" (it names one of the lab's certificates but is another document:
     * its PDF file identifier is not the issued one's). Empty for the other verdicts.
     */
    QString detail;
    QString number; ///< the certificate the file is, or says it is
    std::optional<CertificateInfo> certificate; ///< the lab's certificate of that number, when there is one
    QDate eventDate; ///< of the withdrawal or the replacement
    QString reason; ///< of the withdrawal or the amendment
    QString replacedBy; ///< the amendment's number
    QString message; ///< the verdict in words, in the current language
    bool valid() const { return verdict == FileVerdict::Valid; }
};

/** Issuing, amending, withdrawing, re-printing and verifying certificates. */
class CertificateService final
{
public:
    explicit CertificateService(Lab& lab, CertificateRenderer renderer = {})
        : m_lab(lab)
        , m_renderer(std::move(renderer))
    {
    }

    /** Numbers, renders, signs and stores the certificate of an approved record, in one transaction. */
    Result<CertificateInfo> issue(const Session& session, Id recordId, const IssueOptions& options);
    /** Issues the certificate of an approved revision, naming the one it replaces, which gets a "replaced" event. */
    Result<CertificateInfo> amend(const Session& session, const QString& number, Id recordId, const QString& reason,
                                  const IssueOptions& options);
    /**
     * What the certificate of a completed or approved record would look like, for a manager to read before
     * approving and signing: marked as a preview across every page, with no number, QR code, signature or stamp;
     * nothing is stored or taken.
     */
    Result<QByteArray> preview(const Session& session, Id recordId, CertificateLanguage language);
    Result<CertificateInfo> withdraw(const Session& session, const QString& number, const QString& reason);
    Result<CertificateInfo> info(const QString& number);
    /** The stored bytes, byte for byte; or, \a marked, a copy with the status across every page. */
    Result<QByteArray> pdf(const QString& number, bool marked);
    /** The certificate whose file these bytes are; refused when altered, replaced or withdrawn. */
    Result<CertificateInfo> verifyFile(const QByteArray& bytes);
    /**
     * Says what the file \a bytes is: the lab's certificate exactly as issued and current, or why not (not a PDF,
     * not this lab's, altered, withdrawn, replaced). Fails only when the lab cannot be read, or when the stored
     * certificate the file matches was itself changed behind Etalon's back (certificate_tampered).
     */
    Result<FileVerification> checkFile(const QByteArray& bytes);
    Result<QList<CertificateInfo>> certificates(const QString& status, std::optional<Id> ownerId);
    Result<QByteArray> publicKey();
    /** The certificate's data rebuilt from its (immutable) record, with numbers, for the DCC. */
    Result<CertificateData> machineReadableData(const QString& number);

    /** The signed part of the QR payload: ETALON2|number|issue date|serial|result|valid until or -|content SHA-256. */
    static QByteArray qrMessage(const QrCheck& facts);
    static Result<QrCheck> verifyQr(const QByteArray& payload, const QByteArray& publicKey);

private:
    /**
     * The stored bytes of certificate \a id are the ones issued: they hash to the stored SHA-256, which is the one
     * the issue's audit entry recorded. Else the row was edited behind Etalon's back; nothing is printed or vouched.
     */
    Status checkStored(Id id, const QString& number);
    Result<CertificateInfo> issueWithin(const Session& session, Id recordId, const IssueOptions& options,
                                        const QString& replaces);
    Result<QString> nextNumber(const QDate& issueDate);
    /** What became of certificate \a c since its issue, with the date and reason of its replacement or withdrawal. */
    Result<CertificateStatus> statusOf(const CertificateInfo& c);

    Lab& m_lab;
    CertificateRenderer m_renderer;
};

} // namespace Etalon
