// SPDX-License-Identifier: Apache-2.0
#include "db/store/Migrations.h"

namespace Etalon::Migrations {

namespace {

// Version 1: the lab's registries, records and audit trail. Quantities are TEXT "value unit" holding
// the exact decimal typed; dates are ISO 8601 TEXT; JSON columns hold rules and small lists.
const char* const v1 = R"sql(
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('technician', 'manager', 'auditor', 'admin')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE authorisations (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    field TEXT NOT NULL,
    certificate TEXT NOT NULL,
    valid_from TEXT,
    valid_until TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX authorisations_user ON authorisations(user_id, field);
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('customer', 'lab', 'calibration-lab', 'national-institute')),
    name TEXT NOT NULL,
    tax_code TEXT,
    address TEXT,
    commune TEXT,
    province TEXT,
    sector TEXT,
    phone TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX organisations_name ON organisations(name);
CREATE TABLE instrument_types (
    code TEXT PRIMARY KEY,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    quantity TEXT NOT NULL,
    unit TEXT NOT NULL,
    field TEXT NOT NULL,
    group2 INTEGER NOT NULL,
    pattern_approval INTEGER NOT NULL,
    initial_verification INTEGER NOT NULL,
    periodic_verification INTEGER NOT NULL,
    after_repair_verification INTEGER NOT NULL,
    cycle_months INTEGER,
    legal_basis TEXT,
    effective_date TEXT,
    source TEXT,
    confidence TEXT,
    confirmed INTEGER NOT NULL DEFAULT 1,
    default_procedure TEXT
);
CREATE TABLE procedures (
    code TEXT PRIMARY KEY,
    title_vi TEXT NOT NULL,
    title_en TEXT NOT NULL,
    type_code TEXT REFERENCES instrument_types(code),
    purpose TEXT NOT NULL CHECK (purpose IN ('verification', 'calibration')),
    mpe_rule TEXT,
    points TEXT NOT NULL DEFAULT '[]',
    checklist TEXT NOT NULL DEFAULT '[]',
    source TEXT,
    confidence TEXT
);
CREATE TABLE scope (
    type_code TEXT PRIMARY KEY REFERENCES instrument_types(code),
    range_max TEXT
);
CREATE TABLE instruments (
    id INTEGER PRIMARY KEY,
    type_code TEXT NOT NULL REFERENCES instrument_types(code),
    serial TEXT NOT NULL,
    serial_assigned INTEGER NOT NULL DEFAULT 0,
    manufacturer TEXT NOT NULL DEFAULT '',
    country TEXT,
    model TEXT,
    year INTEGER,
    pattern_approval TEXT,
    owner_id INTEGER NOT NULL REFERENCES organisations(id),
    place TEXT,
    range_min TEXT,
    range_max TEXT,
    resolution TEXT,
    verification_interval TEXT,
    nominal TEXT,
    accuracy_class TEXT,
    mpe_rule TEXT,
    next_due TEXT,
    last_record_id INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (type_code, manufacturer, serial)
);
CREATE INDEX instruments_owner ON instruments(owner_id);
CREATE INDEX instruments_due ON instruments(next_due);
CREATE INDEX instruments_serial ON instruments(serial);
CREATE TABLE instrument_owners (
    id INTEGER PRIMARY KEY,
    instrument_id INTEGER NOT NULL REFERENCES instruments(id),
    owner_id INTEGER NOT NULL REFERENCES organisations(id),
    from_date TEXT NOT NULL,
    to_date TEXT
);
CREATE INDEX instrument_owners_instrument ON instrument_owners(instrument_id);
CREATE TABLE standards (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    serial TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('reference', 'working', 'check')),
    accuracy_class TEXT,
    range_max TEXT,
    status TEXT NOT NULL DEFAULT 'in-service' CHECK (status IN ('in-service', 'quarantined', 'retired')),
    valid_until TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (name, serial)
);
CREATE INDEX standards_due ON standards(valid_until);
CREATE TABLE standard_status_events (
    id INTEGER PRIMARY KEY,
    standard_id INTEGER NOT NULL REFERENCES standards(id),
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX standard_status_events_standard ON standard_status_events(standard_id, effective_date);
CREATE TABLE standard_calibrations (
    id INTEGER PRIMARY KEY,
    standard_id INTEGER NOT NULL REFERENCES standards(id),
    date TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    certificate TEXT NOT NULL,
    by_lab_id INTEGER REFERENCES organisations(id),
    by_standard_id INTEGER REFERENCES standards(id),
    points TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    CHECK ((by_lab_id IS NULL) <> (by_standard_id IS NULL))
);
CREATE INDEX standard_calibrations_standard ON standard_calibrations(standard_id, date);
CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    instrument_id INTEGER NOT NULL REFERENCES instruments(id),
    kind TEXT NOT NULL CHECK (kind IN ('initial', 'periodic', 'after-repair', 'calibration', 'inspection')),
    procedure_code TEXT REFERENCES procedures(code),
    technician_id INTEGER NOT NULL REFERENCES users(id),
    date TEXT NOT NULL,
    received TEXT,
    temperature TEXT,
    humidity TEXT,
    interval_months INTEGER,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'completed', 'approved', 'issued')),
    verdict TEXT,
    next_due TEXT,
    cycle_months INTEGER,
    legal_basis TEXT,
    mpe_rule TEXT,
    completed_at TEXT,
    completed_by INTEGER REFERENCES users(id),
    approved_at TEXT,
    approved_by INTEGER REFERENCES users(id),
    revision_of INTEGER REFERENCES records(id),
    created_at TEXT NOT NULL
);
CREATE INDEX records_instrument ON records(instrument_id, date);
CREATE INDEX records_status ON records(status);
CREATE INDEX records_date ON records(date);
CREATE TABLE readings (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records(id),
    seq INTEGER NOT NULL,
    standard_id INTEGER NOT NULL REFERENCES standards(id),
    reference TEXT NOT NULL,
    indications TEXT NOT NULL,
    added_load TEXT,
    position TEXT,
    stage TEXT NOT NULL DEFAULT 'as-found' CHECK (stage IN ('as-found', 'as-left')),
    expanded_uncertainty TEXT,
    k TEXT NOT NULL DEFAULT '2',
    error TEXT,
    mpe TEXT,
    verdict TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (record_id, seq)
);
CREATE INDEX readings_standard ON readings(standard_id);
CREATE TABLE record_checks (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records(id),
    item TEXT NOT NULL,
    passed INTEGER NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (record_id, item)
);
CREATE TABLE record_standard_allowances (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records(id),
    standard_id INTEGER NOT NULL REFERENCES standards(id),
    manager_id INTEGER NOT NULL REFERENCES users(id),
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (record_id, standard_id)
);
CREATE TABLE record_events (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records(id),
    event TEXT NOT NULL,
    reason TEXT,
    user_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX record_events_record ON record_events(record_id);
CREATE TABLE certificates (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records(id),
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by INTEGER REFERENCES users(id),
    replaces INTEGER REFERENCES certificates(id),
    pdf BLOB,
    sha256 TEXT,
    content_sha256 TEXT
);
CREATE INDEX certificates_record ON certificates(record_id);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    before TEXT,
    after TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
CREATE TRIGGER readings_draft_insert BEFORE INSERT ON readings WHEN (SELECT status FROM records WHERE id = NEW.record_id) <> 'draft' BEGIN SELECT RAISE(ABORT, 'record is read-only'); END;
CREATE TRIGGER readings_draft_delete BEFORE DELETE ON readings WHEN (SELECT status FROM records WHERE id = OLD.record_id) IN ('approved', 'issued') BEGIN SELECT RAISE(ABORT, 'record is read-only'); END;
CREATE TRIGGER readings_draft_update BEFORE UPDATE OF reference, indications, standard_id, added_load, expanded_uncertainty ON readings WHEN (SELECT status FROM records WHERE id = OLD.record_id) <> 'draft' BEGIN SELECT RAISE(ABORT, 'record is read-only'); END;
CREATE TRIGGER checks_draft_insert BEFORE INSERT ON record_checks WHEN (SELECT status FROM records WHERE id = NEW.record_id) <> 'draft' BEGIN SELECT RAISE(ABORT, 'record is read-only'); END;
CREATE TRIGGER records_issued_update BEFORE UPDATE ON records WHEN OLD.status = 'issued' BEGIN SELECT RAISE(ABORT, 'an issued record is immutable'); END;
CREATE TRIGGER records_issued_delete BEFORE DELETE ON records WHEN OLD.status IN ('approved', 'issued') BEGIN SELECT RAISE(ABORT, 'an approved record is immutable'); END;
CREATE TRIGGER certificates_no_update BEFORE UPDATE ON certificates BEGIN SELECT RAISE(ABORT, 'an issued certificate is immutable'); END;
CREATE TRIGGER certificates_no_delete BEFORE DELETE ON certificates BEGIN SELECT RAISE(ABORT, 'an issued certificate is immutable'); END
)sql";

// Version 2: uncertainty budgets in records. Procedures gain environmental limits, a decision rule, a
// minimum test uncertainty ratio and procedure-specific budget terms; a record keeps a copy of them, and
// each reading its evaluated budget; warnings (a low TUR, conditions near their limits) are kept per record.
const char* const v2 = R"sql(
ALTER TABLE procedures ADD COLUMN env_limits TEXT;
ALTER TABLE procedures ADD COLUMN decision_rule TEXT;
ALTER TABLE procedures ADD COLUMN min_tur TEXT;
ALTER TABLE procedures ADD COLUMN budget_terms TEXT NOT NULL DEFAULT '[]';
ALTER TABLE records ADD COLUMN conformity_requested INTEGER NOT NULL DEFAULT 0;
ALTER TABLE records ADD COLUMN env_limits TEXT;
ALTER TABLE records ADD COLUMN decision_rule TEXT;
ALTER TABLE records ADD COLUMN min_tur TEXT;
ALTER TABLE records ADD COLUMN budget_terms TEXT NOT NULL DEFAULT '[]';
ALTER TABLE readings ADD COLUMN budget TEXT;
ALTER TABLE readings ADD COLUMN expanded_computed TEXT;
ALTER TABLE readings ADD COLUMN coverage_factor TEXT;
ALTER TABLE readings ADD COLUMN tur TEXT;
ALTER TABLE readings ADD COLUMN decision TEXT;
CREATE TABLE record_issues (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records(id),
    reading_seq INTEGER,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX record_issues_record ON record_issues(record_id);
UPDATE procedures SET min_tur = '3' WHERE mpe_rule LIKE '%oiml-r76%';
UPDATE procedures SET min_tur = '4' WHERE min_tur IS NULL AND mpe_rule IS NOT NULL AND mpe_rule NOT LIKE '%oiml-r111%';
UPDATE procedures SET decision_rule = '{"conditional":false,"kind":"oiml-r111"}' WHERE mpe_rule LIKE '%oiml-r111%';
UPDATE procedures SET decision_rule = '{"conditional":false,"kind":"simple"}' WHERE decision_rule IS NULL;
UPDATE procedures SET env_limits = '{"temperature":{"action":"warn","max":"40 °C","min":"10 °C"}}' WHERE type_code IN (SELECT code FROM instrument_types WHERE quantity = 'mass');
UPDATE procedures SET env_limits = '{"humidity":{"action":"warn","max":"80 %RH","min":"20 %RH"},"temperature":{"action":"refuse","max":"23 °C","min":"17 °C"}}' WHERE code IN ('QTHC-KL', 'QTHC-AS')
)sql";

// Version 3: issued certificates. The certificate row keeps the exact PDF, its hash, the canonical content
// and the signed QR payload; what happens later is an append-only list of events beside it. A register of
// verification stamps, yearly number sequences and the lab's signing key. Issued records' readings and
// checks become immutable in the database itself.
const char* const v3 = R"sql(
ALTER TABLE certificates ADD COLUMN language TEXT NOT NULL DEFAULT 'vi';
ALTER TABLE certificates ADD COLUMN valid_until TEXT;
ALTER TABLE certificates ADD COLUMN stamp TEXT;
ALTER TABLE certificates ADD COLUMN content TEXT;
ALTER TABLE certificates ADD COLUMN qr_payload TEXT;
CREATE TABLE certificate_events (
    id INTEGER PRIMARY KEY,
    certificate_id INTEGER NOT NULL REFERENCES certificates(id),
    event TEXT NOT NULL CHECK (event IN ('replaced', 'withdrawn', 'suspect')),
    reason TEXT NOT NULL,
    replaced_by INTEGER REFERENCES certificates(id),
    user_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX certificate_events_certificate ON certificate_events(certificate_id);
CREATE TRIGGER certificate_events_no_update BEFORE UPDATE ON certificate_events BEGIN SELECT RAISE(ABORT, 'certificate events are append-only'); END;
CREATE TRIGGER certificate_events_no_delete BEFORE DELETE ON certificate_events BEGIN SELECT RAISE(ABORT, 'certificate events are append-only'); END;
CREATE TABLE stamps (
    id INTEGER PRIMARY KEY,
    series TEXT NOT NULL,
    number INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'unused' CHECK (status IN ('unused', 'used', 'void')),
    certificate_id INTEGER REFERENCES certificates(id),
    record_id INTEGER REFERENCES records(id),
    reason TEXT,
    received_at TEXT NOT NULL,
    changed_at TEXT,
    UNIQUE (series, number)
);
CREATE INDEX stamps_unused ON stamps(status, series, number);
CREATE TABLE number_sequences (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);
CREATE TABLE signing_keys (
    id INTEGER PRIMARY KEY,
    public_key TEXT NOT NULL,
    secret_box TEXT NOT NULL,
    salt TEXT NOT NULL,
    nonce TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TRIGGER readings_issued_update BEFORE UPDATE ON readings WHEN (SELECT status FROM records WHERE id = OLD.record_id) = 'issued' BEGIN SELECT RAISE(ABORT, 'the readings of an issued record are immutable'); END;
CREATE TRIGGER checks_issued_update BEFORE UPDATE ON record_checks WHEN (SELECT status FROM records WHERE id = OLD.record_id) = 'issued' BEGIN SELECT RAISE(ABORT, 'the checks of an issued record are immutable'); END;
CREATE TRIGGER checks_issued_delete BEFORE DELETE ON record_checks WHEN (SELECT status FROM records WHERE id = OLD.record_id) IN ('approved', 'issued') BEGIN SELECT RAISE(ABORT, 'the checks of an issued record are immutable'); END;
CREATE TRIGGER stamps_no_delete BEFORE DELETE ON stamps BEGIN SELECT RAISE(ABORT, 'stamps are never deleted; void them'); END
)sql";

// Version 4: sign-in protection. Failed attempts lock an account for a while; an admin's reset makes the
// user choose a new password; sign-in events go to a security log kept apart from the domain audit trail.
const char* const v4 = R"sql(
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
CREATE TABLE security_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    event TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX security_log_user ON security_log(user_name, at);
CREATE TRIGGER security_log_no_update BEFORE UPDATE ON security_log BEGIN SELECT RAISE(ABORT, 'the security log is append-only'); END;
CREATE TRIGGER security_log_no_delete BEFORE DELETE ON security_log BEGIN SELECT RAISE(ABORT, 'the security log is append-only'); END
)sql";

// Version 5: signed checkpoints of the audit chain's head. A hash chain alone can be recomputed by whoever
// rewrites it; a checkpoint signed with the lab's key cannot be.
const char* const v5 = R"sql(
CREATE TABLE audit_checkpoints (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL,
    entry_hash TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    signature TEXT NOT NULL
);
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END
)sql";

// Version 6: a limit the lab sets on a standard without a class that gives one, and each calibration's
// findings against it (or the class) kept beside the calibration, so the standard shows them. Lists of
// records by status, newest first (the desktop client's approvals), read an index instead of sorting.
const char* const v6 = R"sql(
ALTER TABLE standards ADD COLUMN tolerance_limit TEXT;
ALTER TABLE standard_calibrations ADD COLUMN out_of_tolerance TEXT NOT NULL DEFAULT '[]';
CREATE INDEX records_status_date ON records(status, date, id)
)sql";

// Version 7: the provincial programme 2026–2030. Its targets are data the lab may edit (seeded with the
// programme's numbers); check-scale points at the communes' markets with their equipment and status
// history; enterprises enrolled in measurement assurance.
const char* const v7 = R"sql(
CREATE TABLE programme_targets (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL CHECK (value >= 0),
    by_year INTEGER NOT NULL
);
INSERT INTO programme_targets (key, value, by_year) VALUES
    ('check_points', 30, 2030), ('mass_sets', 30, 2030), ('enterprises', 50, 2030),
    ('people_qualified', 250, 2030), ('managers_trained', 200, 2030), ('labs_assessed', 2, 2030),
    ('service_organisations_assessed', 2, 2027);
CREATE TABLE check_points (
    id INTEGER PRIMARY KEY,
    commune TEXT NOT NULL,
    market TEXT NOT NULL,
    location TEXT,
    scale_id INTEGER UNIQUE REFERENCES instruments(id),
    mass_set_id INTEGER UNIQUE REFERENCES instruments(id),
    responsible TEXT,
    status TEXT NOT NULL CHECK (status IN ('planned', 'equipped', 'in-use', 'out-of-use')),
    created_at TEXT NOT NULL,
    UNIQUE (commune, market)
);
CREATE TABLE check_point_events (
    id INTEGER PRIMARY KEY,
    check_point_id INTEGER NOT NULL REFERENCES check_points(id),
    status TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    reason TEXT,
    user_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX check_point_events_point ON check_point_events(check_point_id, effective_date);
CREATE TABLE enrolments (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL UNIQUE REFERENCES organisations(id),
    enrolled_on TEXT NOT NULL,
    sector TEXT NOT NULL,
    support TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL
)
)sql";

// Version 8: people trained under the programme and the certificates they gained (a verifier's certificate
// also becomes an authorisation), and the assessments of labs and service organisations against the
// national criteria.
const char* const v8 = R"sql(
CREATE TABLE trainings (
    id INTEGER PRIMARY KEY,
    organiser TEXT NOT NULL,
    topic TEXT NOT NULL,
    field TEXT,
    starts TEXT NOT NULL,
    ends TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE training_attendees (
    id INTEGER PRIMARY KEY,
    training_id INTEGER NOT NULL REFERENCES trainings(id),
    person TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations(id),
    category TEXT NOT NULL CHECK (category IN ('verifier', 'manager', 'enterprise-staff', 'lab-staff', 'other')),
    user_id INTEGER REFERENCES users(id),
    certificate TEXT,
    certificate_valid_until TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX training_attendees_training ON training_attendees(training_id);
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    kind TEXT NOT NULL CHECK (kind IN ('lab', 'service')),
    date TEXT NOT NULL,
    field TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('met', 'not-met', 'met-with-conditions')),
    findings TEXT,
    follow_up TEXT,
    created_at TEXT NOT NULL
)
)sql";

// Version 9: a standard names the quantity it realises where its range's unit does not say it. A procedure
// has its test programme as data, copied with its checklist into each record at start; a reading belongs to a
// test of it and may be voided with a reason while its record is a draft (kept, never printed). Legal
// verification and calibration become two due tracks, and an instrument found not fit for use stays listed: a
// calibration no longer replaces the legal due date, and a failure no longer clears it. Existing labs keep what
// their last records said.
const char* const v9 = R"sql(
ALTER TABLE standards ADD COLUMN quantity TEXT;
ALTER TABLE instruments ADD COLUMN calibration_due TEXT;
ALTER TABLE instruments ADD COLUMN calibration_record_id INTEGER;
ALTER TABLE instruments ADD COLUMN failed_record_id INTEGER;
CREATE INDEX instruments_calibration_due ON instruments(calibration_due);
CREATE INDEX instruments_failed ON instruments(failed_record_id);
UPDATE instruments SET failed_record_id = last_record_id
    WHERE last_record_id IN (SELECT id FROM records WHERE verdict = 'fail');
UPDATE instruments SET calibration_due = next_due, calibration_record_id = last_record_id, next_due = NULL
    WHERE last_record_id IN (SELECT id FROM records WHERE kind = 'calibration');
ALTER TABLE procedures ADD COLUMN programme TEXT;
ALTER TABLE records ADD COLUMN programme TEXT;
ALTER TABLE records ADD COLUMN checklist TEXT;
ALTER TABLE readings ADD COLUMN test TEXT NOT NULL DEFAULT 'weighing';
ALTER TABLE readings ADD COLUMN voided_at TEXT;
ALTER TABLE readings ADD COLUMN voided_by INTEGER REFERENCES users(id);
ALTER TABLE readings ADD COLUMN void_reason TEXT;
CREATE TRIGGER readings_void_draft BEFORE UPDATE OF voided_at, voided_by, void_reason, test ON readings WHEN (SELECT status FROM records WHERE id = OLD.record_id) <> 'draft' BEGIN SELECT RAISE(ABORT, 'record is read-only'); END
)sql";

// Version 10: a set of weights may be registered weight by weight, so that what it realises at a load comes from
// the weights that make the load up (a calibration point names the weight it is for). A procedure may set the
// fewest repeats a calibration point needs when few degrees of freedom make its coverage factor large.
const char* const v10 = R"sql(
CREATE TABLE standard_items (
    id INTEGER PRIMARY KEY,
    standard_id INTEGER NOT NULL REFERENCES standards(id),
    nominal TEXT NOT NULL,
    mark TEXT NOT NULL,
    serial TEXT,
    accuracy_class TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (standard_id, mark)
);
CREATE INDEX standard_items_standard ON standard_items(standard_id);
ALTER TABLE procedures ADD COLUMN min_repeats INTEGER;
ALTER TABLE records ADD COLUMN min_repeats INTEGER;
)sql";

// Version 11: every stored fact is replayable. Each change to a row of a lab's table is logged by a trigger
// (row_log, generated from the schema by RowLog) and each audit entry seals the log rows written before it with
// a running hash, so an edit behind Etalon's back shows whatever the table. The security log is hash-chained;
// signed checkpoints are numbered, name the entry that announced them and carry the key's fingerprint and the
// security log's head.
const char* const v11 = R"sql(
CREATE TABLE row_log (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_key NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('i', 'u', 'd', 's')),
    row TEXT
);
CREATE TRIGGER row_log_no_update BEFORE UPDATE ON row_log BEGIN SELECT RAISE(ABORT, 'the row log is append-only'); END;
CREATE TRIGGER row_log_no_delete BEFORE DELETE ON row_log BEGIN SELECT RAISE(ABORT, 'the row log is append-only'); END;
ALTER TABLE audit_log ADD COLUMN rows_upto INTEGER;
ALTER TABLE audit_log ADD COLUMN rows_hash TEXT;
ALTER TABLE audit_log ADD COLUMN checkpoint INTEGER;
ALTER TABLE security_log ADD COLUMN prev_hash TEXT;
ALTER TABLE security_log ADD COLUMN hash TEXT;
ALTER TABLE audit_checkpoints ADD COLUMN number INTEGER;
ALTER TABLE audit_checkpoints ADD COLUMN key_fingerprint TEXT;
ALTER TABLE audit_checkpoints ADD COLUMN security_id INTEGER;
ALTER TABLE audit_checkpoints ADD COLUMN security_hash TEXT
)sql";

// Version 12: organisations are found by their tax code (each imported row is checked against the registry).
const char* const v12 = R"sql(
CREATE INDEX IF NOT EXISTS organisations_tax_code ON organisations(tax_code)
)sql";

// Version 13: each audit entry records the security log's head, so events before the latest entry cannot be cut off
// the end of that log unseen.
const char* const v13 = R"sql(
ALTER TABLE audit_log ADD COLUMN security_upto INTEGER;
ALTER TABLE audit_log ADD COLUMN security_hash TEXT
)sql";

// Version 14: a signatory's title belongs to the person (TT 24/2013 Điều 41.11b: "dấu chức danh"), with the head's
// title they sign for ("KT. GIÁM ĐỐC") when they sign on the head's behalf.
const char* const v14 = R"sql(
ALTER TABLE users ADD COLUMN title TEXT;
ALTER TABLE users ADD COLUMN signs_for TEXT
)sql";

// Version 15: the reports to the authorities are computed in SQL over a million records: a record's revision, an
// instrument's owner on a day and a certificate's replacement are found by index, not by scanning; the facts they
// count of each record are in one index, so a report reads that index, not the records' pages. A record says
// where the work was done and the item's condition on receipt (ISO/IEC 17025:2017 7.8.2.1).
const char* const v15 = R"sql(
CREATE INDEX records_revision_of ON records(revision_of);
CREATE INDEX instrument_owners_dated ON instrument_owners(instrument_id, from_date);
CREATE INDEX certificates_replaces ON certificates(replaces);
CREATE INDEX certificates_issued ON certificates(issued_at);
CREATE INDEX records_work ON records(status, date, instrument_id, kind, verdict, technician_id);
ALTER TABLE records ADD COLUMN site TEXT NOT NULL DEFAULT 'lab' CHECK (site IN ('lab', 'on-site'));
ALTER TABLE records ADD COLUMN site_address TEXT;
ALTER TABLE records ADD COLUMN item_condition TEXT
)sql";

// Version 16: which desk has a draft record open for editing, so another sees it is taken and cannot change it
// meanwhile. Presence, not a fact of the lab: not in the row log, and a claim its desk stops renewing lapses.
const char* const v16 = R"sql(
CREATE TABLE record_edits (
    record_id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL,
    desk TEXT NOT NULL,
    instance TEXT NOT NULL,
    since TEXT NOT NULL,
    seen_at TEXT NOT NULL
)
)sql";

// Version 17: the index of instruments found not fit for use holds those only, so the due list's search for the
// fit ones due soon reads the due-date index rather than every fit instrument; both carry what the due list shows
// of an instrument, so it is read from the index alone.
const char* const v17 = R"sql(
CREATE INDEX instruments_unfit ON instruments(failed_record_id, id, serial, type_code, owner_id)
    WHERE failed_record_id IS NOT NULL;
CREATE INDEX instruments_due_fit ON instruments(next_due, id, serial, type_code, owner_id)
    WHERE failed_record_id IS NULL;
DROP INDEX instruments_failed
)sql";

} // namespace

const QStringList& sqliteSteps()
{
    static const QStringList migrations{QString::fromUtf8(v1),  QString::fromUtf8(v2),  QString::fromUtf8(v3),
                                        QString::fromUtf8(v4),  QString::fromUtf8(v5),  QString::fromUtf8(v6),
                                        QString::fromUtf8(v7),  QString::fromUtf8(v8),  QString::fromUtf8(v9),
                                        QString::fromUtf8(v10), QString::fromUtf8(v11), QString::fromUtf8(v12),
                                        QString::fromUtf8(v13), QString::fromUtf8(v14), QString::fromUtf8(v15),
                                        QString::fromUtf8(v16), QString::fromUtf8(v17)};
    return migrations;
}

} // namespace Etalon::Migrations
