<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Etalon</name>
    <message numerus="yes">
        <source>%1 is older than the lab: the %n audit entry(s) made since (the last at %2 UTC) would be lost; nothing was changed (--force to restore it anyway)</source>
        <translation>
            <numerusform>%1 is older than the lab: the %n audit entry made since (the last at %2 UTC) would be lost; nothing was changed (--force to restore it anyway)</numerusform>
            <numerusform>%1 is older than the lab: the %n audit entries made since (the last at %2 UTC) would be lost; nothing was changed (--force to restore it anyway)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s) of the replaced lab are not in the restored one</source>
        <translation>
            <numerusform>%n audit entry of the replaced lab is not in the restored one</numerusform>
            <numerusform>%n audit entries of the replaced lab are not in the restored one</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1 Etalon put back triggers that had been removed or altered (%2): while they were missing, its guards against edits did not run</source>
        <translation>on %1 Etalon put back triggers that had been removed or altered (%2): while they were missing, its guards against edits did not run</translation>
    </message>
    <message>
        <source>on %1 Etalon found and removed triggers it did not make (%2): writes made while they were there may have been changed by them and sealed as made</source>
        <translation>on %1 Etalon found and removed triggers it did not make (%2): writes made while they were there may have been changed by them and sealed as made</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) checked against its signature</source>
        <translation>
            <numerusform>%n certificate checked against its signature</numerusform>
            <numerusform>%n certificates checked against their signature</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security event(s)</source>
        <translation>
            <numerusform>%n security event</numerusform>
            <numerusform>%n security events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed checkpoint(s)</source>
        <translation>
            <numerusform>%n signed checkpoint</numerusform>
            <numerusform>%n signed checkpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row change(s)</source>
        <translation>
            <numerusform>%n row change</numerusform>
            <numerusform>%n row changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s)</source>
        <translation>
            <numerusform>%n audit entry</numerusform>
            <numerusform>%n audit entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab intact: %1 sealing %2, %3, %4, %5</source>
        <translation>Lab intact: %1 sealing %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>unterminated quoted field at line %1</source>
        <translation>unterminated quoted field at line %1</translation>
    </message>
    <message>
        <source>number too large (more than 18 digits)</source>
        <translation>number too large (more than 18 digits)</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>not a finite number</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>a number is required</translation>
    </message>
    <message>
        <source>“%1” has more than 18 significant digits</source>
        <translation>“%1” has more than 18 significant digits</translation>
    </message>
    <message>
        <source>“%1” has more than one decimal separator (digit grouping is not accepted)</source>
        <translation>“%1” has more than one decimal separator (digit grouping is not accepted)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>“%1” has more than %2 decimal places</source>
        <translation>“%1” has more than %2 decimal places</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>division by zero</translation>
    </message>
    <message>
        <source>rounding step must be positive</source>
        <translation>rounding step must be positive</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” is not one of: %2</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 is required</translation>
    </message>
    <message>
        <source>tax code “%1” must be 10 digits, or 10 digits, a dash and 3 digits</source>
        <translation>tax code “%1” must be 10 digits, or 10 digits, a dash and 3 digits</translation>
    </message>
    <message>
        <source>owner is required</source>
        <translation>owner is required</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 must be positive</translation>
    </message>
    <message>
        <source>year %1 is not plausible</source>
        <translation>year %1 is not plausible</translation>
    </message>
    <message>
        <source>date is required</source>
        <translation>date is required</translation>
    </message>
    <message>
        <source>valid-until must be on or after the date</source>
        <translation>valid-until must be on or after the date</translation>
    </message>
    <message>
        <source>give exactly one of --by-lab (an external laboratory) or --by-standard</source>
        <translation>give exactly one of --by-lab (an external laboratory) or --by-standard</translation>
    </message>
    <message>
        <source>uncertainty cannot be negative</source>
        <translation>uncertainty cannot be negative</translation>
    </message>
    <message>
        <source>coverage factor k must be at least 1</source>
        <translation>coverage factor k must be at least 1</translation>
    </message>
    <message>
        <source>point %1: %2</source>
        <translation>point %1: %2</translation>
    </message>
    <message>
        <source>the change-point method needs the instrument's verification interval e</source>
        <translation>the change-point method needs the instrument's verification interval e</translation>
    </message>
    <message>
        <source>a weight's reading needs its expanded uncertainty U (OIML R 111)</source>
        <translation>a weight's reading needs its expanded uncertainty U (OIML R 111)</translation>
    </message>
    <message>
        <source>U = %1 exceeds δm/3 = %2 mg: the measurement is inadequate for a verdict (OIML R 111)</source>
        <translation>U = %1 exceeds δm/3 = %2 mg: the measurement is inadequate for a verdict (OIML R 111)</translation>
    </message>
    <message>
        <source>|error| %1 exceeds δm − U = %2</source>
        <translation>|error| %1 exceeds δm − U = %2</translation>
    </message>
    <message>
        <source>|error| %1 exceeds the MPE %2</source>
        <translation>|error| %1 exceeds the MPE %2</translation>
    </message>
    <message>
        <source>repeatability: spread %1 exceeds the MPE %2</source>
        <translation>repeatability: spread %1 exceeds the MPE %2</translation>
    </message>
    <message>
        <source>no indication recorded</source>
        <translation>no indication recorded</translation>
    </message>
    <message>
        <source>a verification needs an MPE rule from its procedure</source>
        <translation>a verification needs an MPE rule from its procedure</translation>
    </message>
    <message>
        <source>the record has no readings</source>
        <translation>the record has no readings</translation>
    </message>
    <message>
        <source>the MPE rule takes its percentage from the accuracy class, but the class “%1” is not a number</source>
        <translation>the MPE rule takes its percentage from the accuracy class, but the class “%1” is not a number</translation>
    </message>
    <message>
        <source>OIML R 76 has no accuracy class “%1” (I, II, III or IIII)</source>
        <translation>OIML R 76 has no accuracy class “%1” (I, II, III or IIII)</translation>
    </message>
    <message>
        <source>a load of %1 e is outside the OIML R 76 table for class %2</source>
        <translation>a load of %1 e is outside the OIML R 76 table for class %2</translation>
    </message>
    <message>
        <source>OIML R 111 has no weight class “%1” (%2)</source>
        <translation>OIML R 111 has no weight class “%1” (%2)</translation>
    </message>
    <message>
        <source>OIML R 111 gives no MPE for a %1 weight of class %2</source>
        <translation>OIML R 111 gives no MPE for a %1 weight of class %2</translation>
    </message>
    <message>
        <source>%1 is not a nominal value of OIML R 111 (1, 2, 5 × 10ⁿ from 1 mg to 5000 kg)</source>
        <translation>%1 is not a nominal value of OIML R 111 (1, 2, 5 × 10ⁿ from 1 mg to 5000 kg)</translation>
    </message>
    <message>
        <source>the fixed MPE rule has no value</source>
        <translation>the fixed MPE rule has no value</translation>
    </message>
    <message>
        <source>an MPE in percent of span needs the instrument's measuring range</source>
        <translation>an MPE in percent of span needs the instrument's measuring range</translation>
    </message>
    <message>
        <source>OIML R 76 needs the instrument's accuracy class (I, II, III or IIII)</source>
        <translation>OIML R 76 needs the instrument's accuracy class (I, II, III or IIII)</translation>
    </message>
    <message>
        <source>OIML R 76 needs the verification scale interval e of the instrument</source>
        <translation>OIML R 76 needs the verification scale interval e of the instrument</translation>
    </message>
    <message>
        <source>OIML R 111 needs the weight's accuracy class (E1 … M3)</source>
        <translation>OIML R 111 needs the weight's accuracy class (E1 … M3)</translation>
    </message>
    <message>
        <source>%1 is outside every band of the MPE table</source>
        <translation>%1 is outside every band of the MPE table</translation>
    </message>
    <message>
        <source>unknown MPE rule</source>
        <translation>unknown MPE rule</translation>
    </message>
    <message>
        <source>a piecewise MPE rule needs at least one band</source>
        <translation>a piecewise MPE rule needs at least one band</translation>
    </message>
    <message>
        <source>unknown MPE rule kind “%1”</source>
        <translation>unknown MPE rule kind “%1”</translation>
    </message>
    <message>
        <source>bad mode factor “%1”</source>
        <translation>bad mode factor “%1”</translation>
    </message>
    <message>
        <source>±%1</source>
        <translation>±%1</translation>
    </message>
    <message>
        <source>±%1 % of reading</source>
        <translation>±%1 % of reading</translation>
    </message>
    <message>
        <source>± class % of reading</source>
        <translation>± class % of reading</translation>
    </message>
    <message>
        <source>±%1 % of span</source>
        <translation>±%1 % of span</translation>
    </message>
    <message>
        <source>± class % of span</source>
        <translation>± class % of span</translation>
    </message>
    <message>
        <source>OIML R 76 (multiples of e by accuracy class)</source>
        <translation>OIML R 76 (multiples of e by accuracy class)</translation>
    </message>
    <message>
        <source>OIML R 111 (weights, by class and nominal value)</source>
        <translation>OIML R 111 (weights, by class and nominal value)</translation>
    </message>
    <message numerus="yes">
        <source>piecewise table (%n band(s))</source>
        <translation>
            <numerusform>piecewise table (%n band)</numerusform>
            <numerusform>piecewise table (%n bands)</numerusform>
        </translation>
    </message>
    <message>
        <source>unit mismatch: %1 (%2) cannot be compared with %3 (%4)</source>
        <translation>unit mismatch: %1 (%2) cannot be compared with %3 (%4)</translation>
    </message>
    <message>
        <source>a quantity with its unit is required, e.g. “10 kg”</source>
        <translation>a quantity with its unit is required, e.g. “10 kg”</translation>
    </message>
    <message>
        <source>“%1” does not start with a number</source>
        <translation>“%1” does not start with a number</translation>
    </message>
    <message>
        <source>“%1” has no unit</source>
        <translation>“%1” has no unit</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>mass</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>volume flow</source>
        <translation>volume flow</translation>
    </message>
    <message>
        <source>pressure</source>
        <translation>pressure</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperature</translation>
    </message>
    <message>
        <source>voltage</source>
        <translation>voltage</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>resistance</translation>
    </message>
    <message>
        <source>power</source>
        <translation>power</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energy</translation>
    </message>
    <message>
        <source>length</source>
        <translation>length</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frequency</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>unknown unit “%1”</source>
        <translation>unknown unit “%1”</translation>
    </message>
    <message>
        <source>entry %1 is missing (found %2 next)</source>
        <translation>entry %1 is missing (found %2 next)</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>entry %1 does not follow the entry before it</translation>
    </message>
    <message>
        <source>entry %1 was altered after it was written</source>
        <translation>entry %1 was altered after it was written</translation>
    </message>
    <message>
        <source>no instrument type with code “%1” (see `catalog types`)</source>
        <translation>no instrument type with code “%1” (see `catalog types`)</translation>
    </message>
    <message>
        <source>no procedure with code “%1” (see `catalog procedures`)</source>
        <translation>no procedure with code “%1” (see `catalog procedures`)</translation>
    </message>
    <message>
        <source>missing resource %1</source>
        <translation>missing resource %1</translation>
    </message>
    <message>
        <source>a legal cycle is 1 to 240 months</source>
        <translation>a legal cycle is 1 to 240 months</translation>
    </message>
    <message>
        <source>%1 is not in the lab's designation scope</source>
        <translation>%1 is not in the lab's designation scope</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>no database at %1</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an Etalon database</source>
        <translation>%1 is not an Etalon database</translation>
    </message>
    <message>
        <source>the database is busy; try again: %1</source>
        <translation>the database is busy; try again: %1</translation>
    </message>
    <message>
        <source>the database is read-only: %1</source>
        <translation>the database is read-only: %1</translation>
    </message>
    <message>
        <source>the disk is full: %1</source>
        <translation>the disk is full: %1</translation>
    </message>
    <message>
        <source>refused by the database: %1</source>
        <translation>refused by the database: %1</translation>
    </message>
    <message>
        <source>the server at %1 answered that %2: check the database and user names in the address</source>
        <translation>the server at %1 answered that %2: check the database and user names in the address</translation>
    </message>
    <message>
        <source>the server schema Etalon makes is missing from the program</source>
        <translation>the server schema Etalon makes is missing from the program</translation>
    </message>
    <message>
        <source>storage error: %1</source>
        <translation>storage error: %1</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program knows (%2); use a newer Etalon</source>
        <translation>the database has schema version %1, newer than this program knows (%2); use a newer Etalon</translation>
    </message>
    <message>
        <source>the demo generation was cancelled</source>
        <translation>the demo generation was cancelled</translation>
    </message>
    <message>
        <source>--instruments takes 1 to 10000000</source>
        <translation>--instruments takes 1 to 10000000</translation>
    </message>
    <message>
        <source>--records takes 0 to 100000000</source>
        <translation>--records takes 0 to 100000000</translation>
    </message>
    <message>
        <source>--within takes 0 to 3660 days</source>
        <translation>--within takes 0 to 3660 days</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this; it needs the role: %3</source>
        <translation>%1 (%2) may not do this; it needs the role: %3</translation>
    </message>
    <message>
        <source>the cryptography library failed to start</source>
        <translation>the cryptography library failed to start</translation>
    </message>
    <message>
        <source>out of memory while hashing the password</source>
        <translation>out of memory while hashing the password</translation>
    </message>
    <message>
        <source>the law sets no %1 verification for %2</source>
        <translation>the law sets no %1 verification for %2</translation>
    </message>
    <message>
        <source>the date of the work is required (YYYY-MM-DD)</source>
        <translation>the date of the work is required (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the date of the work %1 is after today %2</source>
        <translation>the date of the work %1 is after today %2</translation>
    </message>
    <message>
        <source>the instrument was received (%1) after the date of the work (%2)</source>
        <translation>the instrument was received (%1) after the date of the work (%2)</translation>
    </message>
    <message>
        <source>an agreed interval applies to calibrations; a verification follows the legal cycle</source>
        <translation>an agreed interval applies to calibrations; a verification follows the legal cycle</translation>
    </message>
    <message>
        <source>the interval must be 1 to 120 months</source>
        <translation>the interval must be 1 to 120 months</translation>
    </message>
    <message>
        <source>%1 is outside the lab's designation scope</source>
        <translation>%1 is outside the lab's designation scope</translation>
    </message>
    <message>
        <source>the lab is designated for %1 up to %2; this instrument measures up to %3</source>
        <translation>the lab is designated for %1 up to %2; this instrument measures up to %3</translation>
    </message>
    <message>
        <source>an initial verification of %1 needs the instrument's pattern-approval mark</source>
        <translation>an initial verification of %1 needs the instrument's pattern-approval mark</translation>
    </message>
    <message>
        <source>procedure %1 is for %2, not for %3</source>
        <translation>procedure %1 is for %2, not for %3</translation>
    </message>
    <message>
        <source>procedure %1 has no MPE rule, so it cannot verify</source>
        <translation>procedure %1 has no MPE rule, so it cannot verify</translation>
    </message>
    <message>
        <source>no record with id %1</source>
        <translation>no record with id %1</translation>
    </message>
    <message>
        <source>record %1 is %2 and can no longer be changed</source>
        <translation>record %1 is %2 and can no longer be changed</translation>
    </message>
    <message>
        <source>record %1 belongs to another technician</source>
        <translation>record %1 belongs to another technician</translation>
    </message>
    <message>
        <source>at least one indication is required</source>
        <translation>at least one indication is required</translation>
    </message>
    <message>
        <source>an uncertainty cannot be negative</source>
        <translation>an uncertainty cannot be negative</translation>
    </message>
    <message>
        <source>the checklist item is required</source>
        <translation>the checklist item is required</translation>
    </message>
    <message>
        <source>a written reason is required to allow a standard</source>
        <translation>a written reason is required to allow a standard</translation>
    </message>
    <message>
        <source>a legal verification allows no expired standard: its result would be void</source>
        <translation>a legal verification allows no expired standard: its result would be void</translation>
    </message>
    <message>
        <source>a manager may not approve a record they performed themselves</source>
        <translation>a manager may not approve a record they performed themselves</translation>
    </message>
    <message>
        <source>a reason is required to send a record back</source>
        <translation>a reason is required to send a record back</translation>
    </message>
    <message>
        <source>standard %1 allowed: %2</source>
        <translation>standard %1 allowed: %2</translation>
    </message>
    <message>
        <source>the lab itself is created by `init`</source>
        <translation>the lab itself is created by `init`</translation>
    </message>
    <message>
        <source>no organisation with id %1</source>
        <translation>no organisation with id %1</translation>
    </message>
    <message>
        <source>no instrument with id %1</source>
        <translation>no instrument with id %1</translation>
    </message>
    <message>
        <source>the date of the transfer is required (YYYY-MM-DD)</source>
        <translation>the date of the transfer is required (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>the date %1 is in the future</translation>
    </message>
    <message>
        <source>the instrument already belongs to organisation %1</source>
        <translation>the instrument already belongs to organisation %1</translation>
    </message>
    <message>
        <source>the transfer date is before the current owner's date %1</source>
        <translation>the transfer date is before the current owner's date %1</translation>
    </message>
    <message>
        <source>the standard “%1” with serial “%2” is already registered (standard %3)</source>
        <translation>the standard “%1” with serial “%2” is already registered (standard %3)</translation>
    </message>
    <message>
        <source>a reason is required to change a standard's status</source>
        <translation>a reason is required to change a standard's status</translation>
    </message>
    <message>
        <source>standard %1 is retired; a retired standard does not return to service</source>
        <translation>standard %1 is retired; a retired standard does not return to service</translation>
    </message>
    <message>
        <source>a standard cannot calibrate itself</source>
        <translation>a standard cannot calibrate itself</translation>
    </message>
    <message>
        <source>organisation %1 is a customer, not a calibration laboratory or national institute</source>
        <translation>organisation %1 is a customer, not a calibration laboratory or national institute</translation>
    </message>
    <message>
        <source>no standard with id %1</source>
        <translation>no standard with id %1</translation>
    </message>
    <message>
        <source>standard %1 “%2” (%3)</source>
        <translation>standard %1 “%2” (%3)</translation>
    </message>
    <message>
        <source>%1 was %2 on %3</source>
        <translation>%1 was %2 on %3</translation>
    </message>
    <message>
        <source>%1 has no calibration made on or before %2</source>
        <translation>%1 has no calibration made on or before %2</translation>
    </message>
    <message>
        <source>%1: its calibration expired on %2, before the date of the work %3</source>
        <translation>%1: its calibration expired on %2, before the date of the work %3</translation>
    </message>
    <message>
        <source>a user name has 2 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>a user name has 2 to 64 letters, digits, dots, dashes or underscores</translation>
    </message>
    <message>
        <source>the lab's name is required</source>
        <translation>the lab's name is required</translation>
    </message>
    <message>
        <source>this database already holds the lab “%1”</source>
        <translation>this database already holds the lab “%1”</translation>
    </message>
    <message>
        <source>wrong user or password</source>
        <translation>wrong user or password</translation>
    </message>
    <message>
        <source>the user's full name is required</source>
        <translation>the user's full name is required</translation>
    </message>
    <message>
        <source>a user named “%1” already exists</source>
        <translation>a user named “%1” already exists</translation>
    </message>
    <message>
        <source>the field of the authorisation is required</source>
        <translation>the field of the authorisation is required</translation>
    </message>
    <message>
        <source>the verifier card's number is required</source>
        <translation>the verifier card's number is required</translation>
    </message>
    <message>
        <source>valid-until must be a date (YYYY-MM-DD)</source>
        <translation>valid-until must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>no user named “%1”</source>
        <translation>no user named “%1”</translation>
    </message>
    <message>
        <source>the technician holds no verifier card for the field “%1”</source>
        <translation>the technician holds no verifier card for the field “%1”</translation>
    </message>
    <message>
        <source>the technician's verifier card for “%1” expired on %2, before the date of the work %3</source>
        <translation>the technician's verifier card for “%1” expired on %2, before the date of the work %3</translation>
    </message>
    <message>
        <source>cannot write the CSV file: %1</source>
        <translation>cannot write the CSV file: %1</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 needs a value</translation>
    </message>
    <message>
        <source>%1 holds no lab yet; run `etalon-cli init --lab-name …` first</source>
        <translation>%1 holds no lab yet; run `etalon-cli init --lab-name …` first</translation>
    </message>
    <message>
        <source>sign in with --user NAME or $ETALON_USER (password in $ETALON_PASSWORD)</source>
        <translation>sign in with --user NAME or $ETALON_USER (password in $ETALON_PASSWORD)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>no password: set $%1 or run on a terminal</source>
        <translation>no password: set $%1 or run on a terminal</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1” is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not “%4”</source>
        <translation>--%1 takes a whole number from %2 to %3, not “%4”</translation>
    </message>
    <message>
        <source>the %1 id is required</source>
        <translation>the %1 id is required</translation>
    </message>
    <message>
        <source>“%1” is not an id (a positive whole number)</source>
        <translation>“%1” is not an id (a positive whole number)</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Lab “%1” created in %2; admin user: %3</source>
        <translation>Lab “%1” created in %2; admin user: %3</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Password for the new user %1: </translation>
    </message>
    <message>
        <source>User %1 (%2) added with id %3</source>
        <translation>User %1 (%2) added with id %3</translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation>Password of %1 changed</translation>
    </message>
    <message>
        <source>%1 authorised for %2 until %3 (card %4)</source>
        <translation>%1 authorised for %2 until %3 (card %4)</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>no cycle</source>
        <translation>no cycle</translation>
    </message>
    <message>
        <source>(unconfirmed)</source>
        <translation>(unconfirmed)</translation>
    </message>
    <message>
        <source>--confirmed takes yes or no</source>
        <translation>--confirmed takes yes or no</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 updated</translation>
    </message>
    <message>
        <source>	up to %1</source>
        <translation>	up to %1</translation>
    </message>
    <message>
        <source>%1 is in the designation scope</source>
        <translation>%1 is in the designation scope</translation>
    </message>
    <message>
        <source>%1 removed from the designation scope</source>
        <translation>%1 removed from the designation scope</translation>
    </message>
    <message>
        <source>the audit trail is broken at entry %1: %2</source>
        <translation>the audit trail is broken at entry %1: %2</translation>
    </message>
    <message>
        <source>Demo data: %1 organisations, %2 standards, %3 instruments, %4 records in %5 s</source>
        <translation>Demo data: %1 organisations, %2 standards, %3 instruments, %4 records in %5 s</translation>
    </message>
    <message>
        <source>
The password comes from $ETALON_PASSWORD (or a prompt); the user from --user or $ETALON_USER.
Exit codes: 0 success, 2 bad input, 3 refused by a rule, 4 authentication or permission, 5 not found, 1 other.
</source>
        <translation>
The password comes from $ETALON_PASSWORD (or a prompt); the user from --user or $ETALON_USER.
Exit codes: 0 success, 2 bad input, 3 refused by a rule, 4 authentication or permission, 5 not found, 1 other.
</translation>
    </message>
    <message>
        <source>unknown command “%1”; see `etalon-cli help`</source>
        <translation>unknown command “%1”; see `etalon-cli help`</translation>
    </message>
    <message>
        <source>  %1. ref %2  ind %3  error %4  MPE ±%5  %6%7</source>
        <translation>  %1. ref %2  ind %3  error %4  MPE ±%5  %6%7</translation>
    </message>
    <message>
        <source>Record %1: %2 of instrument %3 (%4 %5) on %6, %7
</source>
        <translation>Record %1: %2 of instrument %3 (%4 %5) on %6, %7
</translation>
    </message>
    <message>
        <source>  check failed: %1 %2
</source>
        <translation>  check failed: %1 %2
</translation>
    </message>
    <message>
        <source>Verdict: %1; next due: %2</source>
        <translation>Verdict: %1; next due: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Record %1 started (%2, procedure %3)</source>
        <translation>Record %1 started (%2, procedure %3)</translation>
    </message>
    <message>
        <source>--indication is required</source>
        <translation>--indication is required</translation>
    </message>
    <message>
        <source>give exactly one of --pass or --fail</source>
        <translation>give exactly one of --pass or --fail</translation>
    </message>
    <message>
        <source>Check “%1”: %2</source>
        <translation>Check “%1”: %2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>Standard %1 allowed for record %2</source>
        <translation>Standard %1 allowed for record %2</translation>
    </message>
    <message>
        <source>Record %1 approved</source>
        <translation>Record %1 approved</translation>
    </message>
    <message>
        <source>Record %1 sent back to the technician: %2</source>
        <translation>Record %1 sent back to the technician: %2</translation>
    </message>
    <message>
        <source>give at most one of --standards or --instruments</source>
        <translation>give at most one of --standards or --instruments</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <source>Nothing falls due.</source>
        <translation>Nothing falls due.</translation>
    </message>
    <message>
        <source>Organisation %1 added: %2</source>
        <translation>Organisation %1 added: %2</translation>
    </message>
    <message>
        <source>Instrument %1 registered: %2 serial %3%4</source>
        <translation>Instrument %1 registered: %2 serial %3%4</translation>
    </message>
    <message>
        <source> (number assigned by the lab)</source>
        <translation> (number assigned by the lab)</translation>
    </message>
    <message>
        <source>
manufacturer %1 (%2), model %3, year %4
range %5 – %6, d = %7, e = %8, class %9</source>
        <translation>
manufacturer %1 (%2), model %3, year %4
range %5 – %6, d = %7, e = %8, class %9</translation>
    </message>
    <message>
        <source>Instrument %1 now belongs to organisation %2</source>
        <translation>Instrument %1 now belongs to organisation %2</translation>
    </message>
    <message>
        <source>Standard %1 added: %2</source>
        <translation>Standard %1 added: %2</translation>
    </message>
    <message>
        <source>Standard %1 is now %2</source>
        <translation>Standard %1 is now %2</translation>
    </message>
    <message>
        <source>--%1 must follow the --value it belongs to</source>
        <translation>--%1 must follow the --value it belongs to</translation>
    </message>
    <message>
        <source>Calibration %1 of standard %2 recorded, valid until %3</source>
        <translation>Calibration %1 of standard %2 recorded, valid until %3</translation>
    </message>
    <message>
        <source>Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Tuyên Quang (DEMO)</source>
        <translation>Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Tuyên Quang (DEMO)</translation>
    </message>
    <message>
        <source>Calibration and verification laboratory</source>
        <translation>Calibration and verification laboratory</translation>
    </message>
    <message>
        <source>Lab database to open.</source>
        <translation>Lab database to open.</translation>
    </message>
    <message>
        <source>Open the lab, then quit (a start-up check).</source>
        <translation>Open the lab, then quit (a start-up check).</translation>
    </message>
    <message>
        <source>Etalon</source>
        <translation>Etalon</translation>
    </message>
    <message>
        <source>Usage: etalon-cli [--db FILE] [--user NAME] [--json] [--lang vi|en] COMMAND ...

Commands:
</source>
        <translation>Usage: etalon-cli [--db FILE] [--user NAME] [--json] [--lang vi|en] COMMAND ...

Commands:
</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>“%1” is not a time zone (e.g. Asia/Ho_Chi_Minh)</source>
        <translation>“%1” is not a time zone (e.g. Asia/Ho_Chi_Minh)</translation>
    </message>
    <message>
        <source>the serial prefix has 1 to 12 capital letters, digits or dashes</source>
        <translation>the serial prefix has 1 to 12 capital letters, digits or dashes</translation>
    </message>
    <message>
        <source>“%1” is not a setting; the settings are: %2</source>
        <translation>“%1” is not a setting; the settings are: %2</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5  %6
</source>
        <translation>%1  %2  %3  %4  %5  %6
</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>u(xi)</source>
        <translation>u(xi)</translation>
    </message>
    <message>
        <source>ci</source>
        <translation>ci</translation>
    </message>
    <message>
        <source>|ci·u(xi)|</source>
        <translation>|ci·u(xi)|</translation>
    </message>
    <message>
        <source>νi</source>
        <translation>νi</translation>
    </message>
    <message>
        <source>share</source>
        <translation>share</translation>
    </message>
    <message>
        <source>u_c = %1 %2
</source>
        <translation>u_c = %1 %2
</translation>
    </message>
    <message>
        <source>ν_eff = %1
</source>
        <translation>ν_eff = %1
</translation>
    </message>
    <message>
        <source>k = %1 (fixed)
</source>
        <translation>k = %1 (fixed)
</translation>
    </message>
    <message>
        <source>k = %1 for p = %2 %
</source>
        <translation>k = %1 for p = %2 %
</translation>
    </message>
    <message>
        <source>U = %1 %2 (unrounded)
</source>
        <translation>U = %1 %2 (unrounded)
</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>the budget file is required</source>
        <translation>the budget file is required</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>contribution “%1”, %2: %3</source>
        <translation>contribution “%1”, %2: %3</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>unknown distribution “%1” (rectangular, triangular, arcsine, normal)</source>
        <translation>unknown distribution “%1” (rectangular, triangular, arcsine, normal)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>give exactly one of standard_uncertainty, expanded, half_width or observations</source>
        <translation>give exactly one of standard_uncertainty, expanded, half_width or observations</translation>
    </message>
    <message>
        <source>k must be at least 1</source>
        <translation>k must be at least 1</translation>
    </message>
    <message>
        <source>must lie strictly between 0 and 1</source>
        <translation>must lie strictly between 0 and 1</translation>
    </message>
    <message>
        <source>degrees of freedom must be positive</source>
        <translation>degrees of freedom must be positive</translation>
    </message>
    <message>
        <source>an expanded uncertainty needs its k or its coverage_probability</source>
        <translation>an expanded uncertainty needs its k or its coverage_probability</translation>
    </message>
    <message>
        <source>a normal half-width needs its k</source>
        <translation>a normal half-width needs its k</translation>
    </message>
    <message>
        <source>must be a list of numbers</source>
        <translation>must be a list of numbers</translation>
    </message>
    <message>
        <source>at least %1 observations are needed</source>
        <translation>at least %1 observations are needed</translation>
    </message>
    <message>
        <source>give either k or coverage_probability, not both</source>
        <translation>give either k or coverage_probability, not both</translation>
    </message>
    <message>
        <source>a non-empty list of contributions is required</source>
        <translation>a non-empty list of contributions is required</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>a correlation names two contributions by name</source>
        <translation>a correlation names two contributions by name</translation>
    </message>
    <message>
        <source>r lies between −1 and 1</source>
        <translation>r lies between −1 and 1</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>the budget must be a JSON object</source>
        <translation>the budget must be a JSON object</translation>
    </message>
    <message>
        <source>unknown decision rule “%1”</source>
        <translation>unknown decision rule “%1”</translation>
    </message>
    <message>
        <source>the guard band cannot be negative</source>
        <translation>the guard band cannot be negative</translation>
    </message>
    <message>
        <source>Simple acceptance (ILAC-G8:09/2019 4.2.1): a result conforms when its error lies within the maximum permissible error; the measurement uncertainty is not deducted.</source>
        <translation>Simple acceptance (ILAC-G8:09/2019 4.2.1): a result conforms when its error lies within the maximum permissible error; the measurement uncertainty is not deducted.</translation>
    </message>
    <message>
        <source>Guarded acceptance (ILAC-G8:09/2019 4.2.2): a result conforms when its error lies within the maximum permissible error reduced by a guard band w = %1 × U.</source>
        <translation>Guarded acceptance (ILAC-G8:09/2019 4.2.2): a result conforms when its error lies within the maximum permissible error reduced by a guard band w = %1 × U.</translation>
    </message>
    <message>
        <source>OIML R 111-1: the expanded uncertainty U (k = 2) may not exceed one third of the maximum permissible error δm, and the conventional mass conforms when |m − m₀| ≤ δm − U.</source>
        <translation>OIML R 111-1: the expanded uncertainty U (k = 2) may not exceed one third of the maximum permissible error δm, and the conventional mass conforms when |m − m₀| ≤ δm − U.</translation>
    </message>
    <message>
        <source>U exceeds δm/3: no verdict</source>
        <translation>U exceeds δm/3: no verdict</translation>
    </message>
    <message>
        <source>|error| ≤ δm − U</source>
        <translation>|error| ≤ δm − U</translation>
    </message>
    <message>
        <source>|error| &gt; δm − U</source>
        <translation>|error| &gt; δm − U</translation>
    </message>
    <message>
        <source>|error| within the acceptance limit MPE − w = %1</source>
        <translation>|error| within the acceptance limit MPE − w = %1</translation>
    </message>
    <message>
        <source>|error| within the MPE but inside the guard band w = %1</source>
        <translation>|error| within the MPE but inside the guard band w = %1</translation>
    </message>
    <message>
        <source>|error| beyond the acceptance limit MPE − w = %1</source>
        <translation>|error| beyond the acceptance limit MPE − w = %1</translation>
    </message>
    <message>
        <source>|error| ≤ MPE</source>
        <translation>|error| ≤ MPE</translation>
    </message>
    <message>
        <source>|error| &gt; MPE</source>
        <translation>|error| &gt; MPE</translation>
    </message>
    <message>
        <source>pass, but within U of the limit</source>
        <translation>pass, but within U of the limit</translation>
    </message>
    <message>
        <source>fail, but within U of the limit</source>
        <translation>fail, but within U of the limit</translation>
    </message>
    <message>
        <source>the x and y lists differ in length</source>
        <translation>the x and y lists differ in length</translation>
    </message>
    <message>
        <source>a straight line with uncertainties needs at least three points</source>
        <translation>a straight line with uncertainties needs at least three points</translation>
    </message>
    <message>
        <source>the x values are all equal: no slope can be fitted</source>
        <translation>the x values are all equal: no slope can be fitted</translation>
    </message>
    <message>
        <source>at least two observations are needed</source>
        <translation>at least two observations are needed</translation>
    </message>
    <message>
        <source>no observation given</source>
        <translation>no observation given</translation>
    </message>
    <message>
        <source>a standard deviation cannot be negative</source>
        <translation>a standard deviation cannot be negative</translation>
    </message>
    <message>
        <source>a coverage probability lies strictly between 0 and 1, not %1</source>
        <translation>a coverage probability lies strictly between 0 and 1, not %1</translation>
    </message>
    <message>
        <source>the relative reliability must be positive</source>
        <translation>the relative reliability must be positive</translation>
    </message>
    <message>
        <source>a budget needs at least one contribution</source>
        <translation>a budget needs at least one contribution</translation>
    </message>
    <message>
        <source>a correlation names two different contributions</source>
        <translation>a correlation names two different contributions</translation>
    </message>
    <message>
        <source>a correlation coefficient lies between −1 and 1</source>
        <translation>a correlation coefficient lies between −1 and 1</translation>
    </message>
    <message>
        <source>the correlations give a negative variance</source>
        <translation>the correlations give a negative variance</translation>
    </message>
    <message>
        <source>--%1 must be JSON: %2</source>
        <translation>--%1 must be JSON: %2</translation>
    </message>
    <message>
        <source>  warning: %1
</source>
        <translation>  warning: %1
</translation>
    </message>
    <message>
        <source>
  U = %1 %2 (k = %3)</source>
        <translation>
  U = %1 %2 (k = %3)</translation>
    </message>
    <message>
        <source>
  warning: %1</source>
        <translation>
  warning: %1</translation>
    </message>
    <message>
        <source>the procedure sets limits for the %1, but it was not recorded</source>
        <translation>the procedure sets limits for the %1, but it was not recorded</translation>
    </message>
    <message>
        <source>the %1 %2 is outside the procedure's limits %3 to %4</source>
        <translation>the %1 %2 is outside the procedure's limits %3 to %4</translation>
    </message>
    <message>
        <source>test uncertainty ratio %1:1 is below the procedure's minimum %2:1</source>
        <translation>test uncertainty ratio %1:1 is below the procedure's minimum %2:1</translation>
    </message>
    <message>
        <source>no uncertainty is known for this point: simple acceptance was applied</source>
        <translation>no uncertainty is known for this point: simple acceptance was applied</translation>
    </message>
    <message>
        <source>a budget term needs a name</source>
        <translation>a budget term needs a name</translation>
    </message>
    <message>
        <source>reference standard (certificate %1)</source>
        <translation>reference standard (certificate %1)</translation>
    </message>
    <message>
        <source>drift of the reference standard</source>
        <translation>drift of the reference standard</translation>
    </message>
    <message>
        <source>resolution of the instrument</source>
        <translation>resolution of the instrument</translation>
    </message>
    <message>
        <source>repeatability</source>
        <translation>repeatability</translation>
    </message>
    <message>
        <source>nothing is known of this point's uncertainty: the standard's certificate gives no uncertainty and the instrument has no resolution</source>
        <translation>nothing is known of this point's uncertainty: the standard's certificate gives no uncertainty and the instrument has no resolution</translation>
    </message>
    <message>
        <source>limits are set for temperature and humidity, not “%1”</source>
        <translation>limits are set for temperature and humidity, not “%1”</translation>
    </message>
    <message>
        <source>a limit's action is refuse or warn</source>
        <translation>a limit's action is refuse or warn</translation>
    </message>
    <message>
        <source>the minimum TUR must be positive</source>
        <translation>the minimum TUR must be positive</translation>
    </message>
    <message>
        <source>humidity</source>
        <translation>humidity</translation>
    </message>
    <message>
        <source>Calibration curve: error = %1 + %2 × reference (u = %3, %4; r = %5)
</source>
        <translation>Calibration curve: error = %1 + %2 × reference (u = %3, %4; r = %5)
</translation>
    </message>
    <message>
        <source>%1 is 0 or 1</source>
        <translation>%1 is 0 or 1</translation>
    </message>
    <message>
        <source>Certificate %1 (%2) of record %3, issued %4: %5%6</source>
        <translation>Certificate %1 (%2) of record %3, issued %4: %5%6</translation>
    </message>
    <message>
        <source>, suspect</source>
        <translation>, suspect</translation>
    </message>
    <message>
        <source>Signing passphrase: </source>
        <translation>Signing passphrase: </translation>
    </message>
    <message>
        <source>
Written to %1</source>
        <translation>
Written to %1</translation>
    </message>
    <message>
        <source>
The file is exactly as issued.</source>
        <translation>
The file is exactly as issued.</translation>
    </message>
    <message>
        <source>the QR code of certificate %1 does not carry the lab's signature</source>
        <translation>the QR code of certificate %1 does not carry the lab's signature</translation>
    </message>
    <message>
        <source>Signature valid: certificate %1 issued %2</source>
        <translation>Signature valid: certificate %1 issued %2</translation>
    </message>
    <message>
        <source>Public key written to %1</source>
        <translation>Public key written to %1</translation>
    </message>
    <message>
        <source>Record %1 opened as a revision of record %2</source>
        <translation>Record %1 opened as a revision of record %2</translation>
    </message>
    <message>
        <source>%1 stamps of series %2 registered</source>
        <translation>%1 stamps of series %2 registered</translation>
    </message>
    <message>
        <source>Stamp %1 voided</source>
        <translation>Stamp %1 voided</translation>
    </message>
    <message>
        <source>“%1” is not one of: vi, en, bilingual</source>
        <translation>“%1” is not one of: vi, en, bilingual</translation>
    </message>
    <message>
        <source>the stored certificate content is unreadable</source>
        <translation>the stored certificate content is unreadable</translation>
    </message>
    <message>
        <source>not an Etalon certificate QR payload</source>
        <translation>not an Etalon certificate QR payload</translation>
    </message>
    <message>
        <source>no certificate renderer is available</source>
        <translation>no certificate renderer is available</translation>
    </message>
    <message>
        <source>record %1 already has its certificate</source>
        <translation>record %1 already has its certificate</translation>
    </message>
    <message>
        <source>record %1 is %2; only an approved record gets a certificate</source>
        <translation>record %1 is %2; only an approved record gets a certificate</translation>
    </message>
    <message>
        <source>a verification document is in Vietnamese, or bilingual, never in English alone</source>
        <translation>a verification document is in Vietnamese, or bilingual, never in English alone</translation>
    </message>
    <message>
        <source>a failed verification gets no stamp</source>
        <translation>a failed verification gets no stamp</translation>
    </message>
    <message>
        <source>calibration labels are not drawn from the verification stamp register</source>
        <translation>calibration labels are not drawn from the verification stamp register</translation>
    </message>
    <message>
        <source>issuing signs the certificate: give the signing passphrase ($ETALON_SIGNING_PASSPHRASE)</source>
        <translation>issuing signs the certificate: give the signing passphrase ($ETALON_SIGNING_PASSPHRASE)</translation>
    </message>
    <message>
        <source>an amendment needs its reason</source>
        <translation>an amendment needs its reason</translation>
    </message>
    <message>
        <source>certificate %1 is %2</source>
        <translation>certificate %1 is %2</translation>
    </message>
    <message>
        <source>record %1 is not a revision of the record of certificate %2 (use `record revise`)</source>
        <translation>record %1 is not a revision of the record of certificate %2 (use `record revise`)</translation>
    </message>
    <message>
        <source>a withdrawal needs its reason</source>
        <translation>a withdrawal needs its reason</translation>
    </message>
    <message>
        <source>no certificate numbered “%1”</source>
        <translation>no certificate numbered “%1”</translation>
    </message>
    <message>
        <source>certificate %1 was replaced by %2</source>
        <translation>certificate %1 was replaced by %2</translation>
    </message>
    <message>
        <source>certificate %1 was withdrawn: %2</source>
        <translation>certificate %1 was withdrawn: %2</translation>
    </message>
    <message>
        <source>record %1 is %2; only an issued record is revised (correct a draft directly)</source>
        <translation>record %1 is %2; only an issued record is revised (correct a draft directly)</translation>
    </message>
    <message>
        <source>the certificate number pattern needs {seq} (e.g. {seq:04}-{yy} or {year}/{seq:05})</source>
        <translation>the certificate number pattern needs {seq} (e.g. {seq:04}-{yy} or {year}/{seq:05})</translation>
    </message>
    <message>
        <source>out of memory while deriving the signing key</source>
        <translation>out of memory while deriving the signing key</translation>
    </message>
    <message>
        <source>the signing passphrase must have at least 8 characters</source>
        <translation>the signing passphrase must have at least 8 characters</translation>
    </message>
    <message>
        <source>the lab already has a signing key</source>
        <translation>the lab already has a signing key</translation>
    </message>
    <message>
        <source>the lab has no signing key yet; it is made when the first certificate is issued</source>
        <translation>the lab has no signing key yet; it is made when the first certificate is issued</translation>
    </message>
    <message>
        <source>the lab has no signing key</source>
        <translation>the lab has no signing key</translation>
    </message>
    <message>
        <source>wrong signing passphrase</source>
        <translation>wrong signing passphrase</translation>
    </message>
    <message>
        <source>“%1” is not a stamp (SERIES/NUMBER)</source>
        <translation>“%1” is not a stamp (SERIES/NUMBER)</translation>
    </message>
    <message>
        <source>a stamp series has 1 to 20 characters, no “/” or spaces</source>
        <translation>a stamp series has 1 to 20 characters, no “/” or spaces</translation>
    </message>
    <message>
        <source>the numbers run from --from to --to, at most 100000 at once</source>
        <translation>the numbers run from --from to --to, at most 100000 at once</translation>
    </message>
    <message>
        <source>stamp %1/%2 is already in the register</source>
        <translation>stamp %1/%2 is already in the register</translation>
    </message>
    <message>
        <source>no unused verification stamp is left in the register</source>
        <translation>no unused verification stamp is left in the register</translation>
    </message>
    <message>
        <source>stamp %1 is not in the register</source>
        <translation>stamp %1 is not in the register</translation>
    </message>
    <message>
        <source>stamp %1 is already %2</source>
        <translation>stamp %1 is already %2</translation>
    </message>
    <message>
        <source>the stamp was used meanwhile</source>
        <translation>the stamp was used meanwhile</translation>
    </message>
    <message>
        <source>a reason is required to void a stamp</source>
        <translation>a reason is required to void a stamp</translation>
    </message>
    <message>
        <source>cannot start the PDF document</source>
        <translation>cannot start the PDF document</translation>
    </message>
    <message>
        <source>the QR code could not be made (payload of %1 bytes)</source>
        <translation>the QR code could not be made (payload of %1 bytes)</translation>
    </message>
    <message>
        <source>Digital Calibration Certificate of %1 written to %2</source>
        <translation>Digital Calibration Certificate of %1 written to %2</translation>
    </message>
    <message>
        <source>a Digital Calibration Certificate is made for calibration certificates only</source>
        <translation>a Digital Calibration Certificate is made for calibration certificates only</translation>
    </message>
    <message>
        <source>(PNG, %1 bytes)</source>
        <translation>(PNG, %1 bytes)</translation>
    </message>
    <message>
        <source>The lab's logo is now %1</source>
        <translation>The lab's logo is now %1</translation>
    </message>
    <message>
        <source>the logo is a PNG image of at most 512 KiB</source>
        <translation>the logo is a PNG image of at most 512 KiB</translation>
    </message>
    <message>
        <source>: certificate %1, valid %2 to %3, by %4</source>
        <translation>: certificate %1, valid %2 to %3, by %4</translation>
    </message>
    <message>
        <source>national standard (%1)</source>
        <translation>national standard (%1)</translation>
    </message>
    <message>
        <source>external certificate of %1</source>
        <translation>external certificate of %1</translation>
    </message>
    <message>
        <source>the certificate number is required</source>
        <translation>the certificate number is required</translation>
    </message>
    <message>
        <source>Traceability of certificate %1 (work of %2)
</source>
        <translation>Traceability of certificate %1 (work of %2)
</translation>
    </message>
    <message>
        <source>The chain is complete.</source>
        <translation>The chain is complete.</translation>
    </message>
    <message>
        <source>The chain is broken: %1</source>
        <translation>The chain is broken: %1</translation>
    </message>
    <message>
        <source> (through %1)</source>
        <translation> (through %1)</translation>
    </message>
    <message>
        <source>The standard touched no record in this window.</source>
        <translation>The standard touched no record in this window.</translation>
    </message>
    <message>
        <source>
%1 certificates marked suspect</source>
        <translation>
%1 certificates marked suspect</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked (%2 audit entries intact)</source>
        <translation>Backup written to %1 and checked (%2 audit entries intact)</translation>
    </message>
    <message>
        <source>the backup file is required</source>
        <translation>the backup file is required</translation>
    </message>
    <message>
        <source>%1 restored into %2 and checked</source>
        <translation>%1 restored into %2 and checked</translation>
    </message>
    <message>
        <source>no backup at %1</source>
        <translation>no backup at %1</translation>
    </message>
    <message>
        <source>%1 failed the integrity check: %2</source>
        <translation>%1 failed the integrity check: %2</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file</source>
        <translation>%1 exists already; a backup never overwrites a file</translation>
    </message>
    <message>
        <source>the chain loops back to this standard</source>
        <translation>the chain loops back to this standard</translation>
    </message>
    <message>
        <source>the chain is longer than %1 links</source>
        <translation>the chain is longer than %1 links</translation>
    </message>
    <message>
        <source>no calibration was valid on %1</source>
        <translation>no calibration was valid on %1</translation>
    </message>
    <message>
        <source>calibrated by %1, which is neither a calibration laboratory nor a national institute</source>
        <translation>calibrated by %1, which is neither a calibration laboratory nor a national institute</translation>
    </message>
    <message>
        <source>the record used no standard</source>
        <translation>the record used no standard</translation>
    </message>
    <message>
        <source>a reason is required to mark certificates suspect</source>
        <translation>a reason is required to mark certificates suspect</translation>
    </message>
    <message>
        <source>%1 must choose a new password first: etalon-cli user passwd</source>
        <translation>%1 must choose a new password first: etalon-cli user passwd</translation>
    </message>
    <message>
        <source>%1 must choose a new password first (etalon-cli user passwd)</source>
        <translation>%1 must choose a new password first (etalon-cli user passwd)</translation>
    </message>
    <message>
        <source>the password must have at least 8 characters, of at least two kinds (letters, digits, signs)</source>
        <translation>the password must have at least 8 characters, of at least two kinds (letters, digits, signs)</translation>
    </message>
    <message>
        <source>%1 is a whole number from 0 to 1440 (0: never lock)</source>
        <translation>%1 is a whole number from 0 to 1440 (0: never lock)</translation>
    </message>
    <message>
        <source>%1 failed attempts: locked for %2 minutes</source>
        <translation>%1 failed attempts: locked for %2 minutes</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>The head of the audit trail is signed</source>
        <translation>The head of the audit trail is signed</translation>
    </message>
    <message>
        <source>the checkpoint of entry %1 does not carry the lab's signature</source>
        <translation>the checkpoint of entry %1 does not carry the lab's signature</translation>
    </message>
    <message>
        <source>entry %1, signed at %2, is gone: the trail was cut short</source>
        <translation>entry %1, signed at %2, is gone: the trail was cut short</translation>
    </message>
    <message>
        <source>entry %1 differs from the chain head signed at %2: the trail was rewritten</source>
        <translation>entry %1 differs from the chain head signed at %2: the trail was rewritten</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2)</source>
        <translation>%1 contains a control character (U+%2)</translation>
    </message>
    <message>
        <source>an expanded uncertainty of %1 is outside what can be reported</source>
        <translation>an expanded uncertainty of %1 is outside what can be reported</translation>
    </message>
    <message>
        <source>the estimate is too large to report</source>
        <translation>the estimate is too large to report</translation>
    </message>
    <message>
        <source>the contributions are too large to combine</source>
        <translation>the contributions are too large to combine</translation>
    </message>
    <message>
        <source>the data differs from the audit trail: %1</source>
        <translation>the data differs from the audit trail: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Traceability of certificate %1</source>
        <translation>Traceability of certificate %1</translation>
    </message>
    <message>
        <source>Date of the work: %1 · record %2 · generated %3</source>
        <translation>Date of the work: %1 · record %2 · generated %3</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Used on</source>
        <translation>Used on</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>Calibrated</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Calibrated by</source>
        <translation>Calibrated by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Today's backup written to %1 and checked</source>
        <translation>Today's backup written to %1 and checked</translation>
    </message>
    <message>
        <source>Today's backup %1 exists and checks</source>
        <translation>Today's backup %1 exists and checks</translation>
    </message>
    <message>
        <source>older backups removed: %1</source>
        <translation>older backups removed: %1</translation>
    </message>
    <message>
        <source>the backup directory is required</source>
        <translation>the backup directory is required</translation>
    </message>
    <message>
        <source>keep backups for 1 to 3650 days</source>
        <translation>keep backups for 1 to 3650 days</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>Out of tolerance at %1: correction %2 exceeds ±%3</source>
        <translation>Out of tolerance at %1: correction %2 exceeds ±%3</translation>
    </message>
    <message>
        <source>Work done with this standard may be suspect: etalon-cli impact %1 --mark-suspect --reason TEXT</source>
        <translation>Work done with this standard may be suspect: etalon-cli impact %1 --mark-suspect --reason TEXT</translation>
    </message>
    <message>
        <source>U (k)</source>
        <translation>U (k)</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB</source>
        <translation>%1 is larger than 64 MiB</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 is not UTF-8 text</translation>
    </message>
    <message>
        <source>line %1 (%2): %3: %4</source>
        <translation>line %1 (%2): %3: %4</translation>
    </message>
    <message>
        <source>line %1 (%2): stored as %3</source>
        <translation>line %1 (%2): stored as %3</translation>
    </message>
    <message>
        <source>line %1 (%2): valid</source>
        <translation>line %1 (%2): valid</translation>
    </message>
    <message>
        <source>give the CSV file to import</source>
        <translation>give the CSV file to import</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 valid, %3 invalid; nothing stored (dry run)</source>
        <translation>Checked %1 rows: %2 valid, %3 invalid; nothing stored (dry run)</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 invalid rows skipped</source>
        <translation>Imported %1 rows; %2 invalid rows skipped</translation>
    </message>
    <message>
        <source>%1 of %2 rows are invalid; nothing imported (use --only-valid to import the %3 valid rows)</source>
        <translation>%1 of %2 rows are invalid; nothing imported (use --only-valid to import the %3 valid rows)</translation>
    </message>
    <message>
        <source>give the table and the CSV file: export %1 FILE.csv</source>
        <translation>give the table and the CSV file: export %1 FILE.csv</translation>
    </message>
    <message>
        <source>%1 rows of %2 written to %3</source>
        <translation>%1 rows of %2 written to %3</translation>
    </message>
    <message>
        <source>unknown table “%1”; the tables are: %2</source>
        <translation>unknown table “%1”; the tables are: %2</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export cancelled</translation>
    </message>
    <message>
        <source>owner “%1” is not an organisation id</source>
        <translation>owner “%1” is not an organisation id</translation>
    </message>
    <message>
        <source>give the owner's id or tax code</source>
        <translation>give the owner's id or tax code</translation>
    </message>
    <message>
        <source>no organisation has tax code %1</source>
        <translation>no organisation has tax code %1</translation>
    </message>
    <message>
        <source>tax code %1 belongs to organisation %2, not to owner %3</source>
        <translation>tax code %1 belongs to organisation %2, not to owner %3</translation>
    </message>
    <message>
        <source>year “%1” is not a year between 1900 and 2200</source>
        <translation>year “%1” is not a year between 1900 and 2200</translation>
    </message>
    <message>
        <source>unknown column “%1”; the columns are: %2</source>
        <translation>unknown column “%1”; the columns are: %2</translation>
    </message>
    <message>
        <source>column “%1” appears twice</source>
        <translation>column “%1” appears twice</translation>
    </message>
    <message>
        <source>the file has no “%1” column</source>
        <translation>the file has no “%1” column</translation>
    </message>
    <message>
        <source>the file needs an “owner” or an “owner-tax-code” column</source>
        <translation>the file needs an “owner” or an “owner-tax-code” column</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>the row has %1 fields, the header %2</translation>
    </message>
    <message>
        <source>%1 “%2” is already on line %3 of this file</source>
        <translation>%1 “%2” is already on line %3 of this file</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row</source>
        <translation>the file is empty; it needs a header row</translation>
    </message>
    <message>
        <source>the file has %1 rows; import at most %2 at a time</source>
        <translation>the file has %1 rows; import at most %2 at a time</translation>
    </message>
    <message>
        <source>import cancelled; nothing was stored</source>
        <translation>import cancelled; nothing was stored</translation>
    </message>
    <message>
        <source>tax code %1 is already registered (organisation %2)</source>
        <translation>tax code %1 is already registered (organisation %2)</translation>
    </message>
    <message>
        <source>  limit: corrections up to ±%1
</source>
        <translation>  limit: corrections up to ±%1
</translation>
    </message>
    <message>
        <source>  calibrated %1, valid until %2, certificate %3</source>
        <translation>  calibrated %1, valid until %2, certificate %3</translation>
    </message>
    <message>
        <source>give either --limit Q or --clear</source>
        <translation>give either --limit Q or --clear</translation>
    </message>
    <message>
        <source>Standard %1: corrections beyond ±%2 are out of tolerance</source>
        <translation>Standard %1: corrections beyond ±%2 are out of tolerance</translation>
    </message>
    <message>
        <source>Standard %1 has no limit of its own; its class decides</source>
        <translation>Standard %1 has no limit of its own; its class decides</translation>
    </message>
    <message>
        <source>the limit must be positive</source>
        <translation>the limit must be positive</translation>
    </message>
    <message>
        <source>a reason is required to change a limit</source>
        <translation>a reason is required to change a limit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>there is no lab database at %1</source>
        <translation>there is no lab database at %1</translation>
    </message>
    <message>
        <source>%1 is not an Etalon lab yet; create it with etalon-cli init</source>
        <translation>%1 is not an Etalon lab yet; create it with etalon-cli init</translation>
    </message>
    <message>
        <source>initial verification</source>
        <translation>initial verification</translation>
    </message>
    <message>
        <source>periodic verification</source>
        <translation>periodic verification</translation>
    </message>
    <message>
        <source>verification after repair</source>
        <translation>verification after repair</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>calibration</translation>
    </message>
    <message>
        <source>in-service inspection</source>
        <translation>in-service inspection</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>certificate issued</source>
        <translation>certificate issued</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>in service</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>quarantined</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>this lab</source>
        <translation>this lab</translation>
    </message>
    <message>
        <source>calibration laboratory</source>
        <translation>calibration laboratory</translation>
    </message>
    <message>
        <source>national institute</source>
        <translation>national institute</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>technician</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Write PNGs of the main screens of the demo lab to a folder, then quit.</source>
        <translation>Write PNGs of the main screens of the demo lab to a folder, then quit.</translation>
    </message>
    <message>
        <source>Calibration history of standard %1 written to %2</source>
        <translation>Calibration history of standard %1 written to %2</translation>
    </message>
    <message>
        <source>correction (%1)</source>
        <translation>correction (%1)</translation>
    </message>
    <message>
        <source>limit ± %1</source>
        <translation>limit ± %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation>%1 (%2) at %3</translation>
    </message>
    <message>
        <source>No calibration with a correction at this value yet</source>
        <translation>No calibration with a correction at this value yet</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Expanded uncertainty</source>
        <translation>Expanded uncertainty</translation>
    </message>
    <message>
        <source>Calibration history of standard %1</source>
        <translation>Calibration history of standard %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>standard %1 has no calibration with a correction to chart</source>
        <translation>standard %1 has no calibration with a correction to chart</translation>
    </message>
    <message>
        <source>No valid row; nothing imported</source>
        <translation>No valid row; nothing imported</translation>
    </message>
    <message>
        <source>Target %1 is now %2 by %3</source>
        <translation>Target %1 is now %2 by %3</translation>
    </message>
    <message>
        <source>Check-scale point %1 registered at %2, %3 (%4)</source>
        <translation>Check-scale point %1 registered at %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Check-scale point %1 is %2</source>
        <translation>Check-scale point %1 is %2</translation>
    </message>
    <message>
        <source>Organisation %1 enrolled in measurement assurance</source>
        <translation>Organisation %1 enrolled in measurement assurance</translation>
    </message>
    <message>
        <source>%1 — measurement assurance as of %2</source>
        <translation>%1 — measurement assurance as of %2</translation>
    </message>
    <message>
        <source>the mass set cannot be the scale itself</source>
        <translation>the mass set cannot be the scale itself</translation>
    </message>
    <message>
        <source>a point that is %1 needs both its scale and its mass set</source>
        <translation>a point that is %1 needs both its scale and its mass set</translation>
    </message>
    <message>
        <source>the enterprise is required</source>
        <translation>the enterprise is required</translation>
    </message>
    <message>
        <source>the date of enrolment is required</source>
        <translation>the date of enrolment is required</translation>
    </message>
    <message>
        <source>instrument %1 belongs to the lab; a check-scale point's equipment belongs to the commune</source>
        <translation>instrument %1 belongs to the lab; a check-scale point's equipment belongs to the commune</translation>
    </message>
    <message>
        <source>instrument %1 is a %2, not a set of weights (WEIGHT)</source>
        <translation>instrument %1 is a %2, not a set of weights (WEIGHT)</translation>
    </message>
    <message>
        <source>instrument %1 is a %2, not a scale</source>
        <translation>instrument %1 is a %2, not a scale</translation>
    </message>
    <message>
        <source>instrument %1 is already the equipment of check-scale point %2</source>
        <translation>instrument %1 is already the equipment of check-scale point %2</translation>
    </message>
    <message>
        <source>%1 already has a check-scale point at %2 (point %3)</source>
        <translation>%1 already has a check-scale point at %2 (point %3)</translation>
    </message>
    <message>
        <source>no check-scale point with id %1</source>
        <translation>no check-scale point with id %1</translation>
    </message>
    <message>
        <source>the date must be today or earlier</source>
        <translation>the date must be today or earlier</translation>
    </message>
    <message>
        <source>say why the point is out of use</source>
        <translation>say why the point is out of use</translation>
    </message>
    <message>
        <source>%1 is not an enterprise the lab serves</source>
        <translation>%1 is not an enterprise the lab serves</translation>
    </message>
    <message>
        <source>%1 is enrolled since %2</source>
        <translation>%1 is enrolled since %2</translation>
    </message>
    <message>
        <source>organisation %1 is not enrolled in the measurement assurance programme</source>
        <translation>organisation %1 is not enrolled in the measurement assurance programme</translation>
    </message>
    <message>
        <source>a target cannot be negative</source>
        <translation>a target cannot be negative</translation>
    </message>
    <message>
        <source>the year %1 is outside the programme</source>
        <translation>the year %1 is outside the programme</translation>
    </message>
    <message>
        <source>no target “%1”; the targets are: %2</source>
        <translation>no target “%1”; the targets are: %2</translation>
    </message>
    <message>
        <source>Training %1 recorded: %2</source>
        <translation>Training %1 recorded: %2</translation>
    </message>
    <message>
        <source>%1 recorded as attending training %2</source>
        <translation>%1 recorded as attending training %2</translation>
    </message>
    <message>
        <source>Assessment %1 recorded</source>
        <translation>Assessment %1 recorded</translation>
    </message>
    <message>
        <source>the report is in vi or en</source>
        <translation>the report is in vi or en</translation>
    </message>
    <message>
        <source>Annual report %1 written to %2</source>
        <translation>Annual report %1 written to %2</translation>
    </message>
    <message>
        <source>the first day is required</source>
        <translation>the first day is required</translation>
    </message>
    <message>
        <source>the last day must be on or after the first</source>
        <translation>the last day must be on or after the first</translation>
    </message>
    <message>
        <source>a certificate needs its expiry date</source>
        <translation>a certificate needs its expiry date</translation>
    </message>
    <message>
        <source>only a verifier's certificate is linked to a user</source>
        <translation>only a verifier's certificate is linked to a user</translation>
    </message>
    <message>
        <source>the organisation assessed is required</source>
        <translation>the organisation assessed is required</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>the date is required</translation>
    </message>
    <message>
        <source>the follow-up comes after the assessment</source>
        <translation>the follow-up comes after the assessment</translation>
    </message>
    <message>
        <source>the programme's years run from %1 to this year (%2)</source>
        <translation>the programme's years run from %1 to this year (%2)</translation>
    </message>
    <message>
        <source>no training with id %1</source>
        <translation>no training with id %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>since 2026</source>
        <translation>since 2026</translation>
    </message>
    <message>
        <source>1. Verifications and calibrations</source>
        <translation>1. Verifications and calibrations</translation>
    </message>
    <message>
        <source>%1 in %2 (by the date of the work), %3 since 2026.</source>
        <translation>%1 in %2 (by the date of the work), %3 since 2026.</translation>
    </message>
    <message>
        <source>Instrument type</source>
        <translation>Instrument type</translation>
    </message>
    <message>
        <source>Group 2 or not</source>
        <translation>Group 2 or not</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>2. Certificates</source>
        <translation>2. Certificates</translation>
    </message>
    <message>
        <source>3. Standards maintained</source>
        <translation>3. Standards maintained</translation>
    </message>
    <message>
        <source>in date all year</source>
        <translation>in date all year</translation>
    </message>
    <message>
        <source>not calibrated from %1</source>
        <translation>not calibrated from %1</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>4. Check-scale points</source>
        <translation>4. Check-scale points</translation>
    </message>
    <message>
        <source>%1 points equipped or in use, %2 of them with scale and masses in date; %3 mass sets; %4 out of use.</source>
        <translation>%1 points equipped or in use, %2 of them with scale and masses in date; %3 mass sets; %4 out of use.</translation>
    </message>
    <message>
        <source>5. Measurement assurance at enterprises</source>
        <translation>5. Measurement assurance at enterprises</translation>
    </message>
    <message>
        <source>%1 enterprises enrolled (%2 in %3); on average %4 of their instruments in date.</source>
        <translation>%1 enterprises enrolled (%2 in %3); on average %4 of their instruments in date.</translation>
    </message>
    <message>
        <source>6. People and assessments</source>
        <translation>6. People and assessments</translation>
    </message>
    <message>
        <source>%1 people trained in %2 (%3 since 2026), %4 certified (%5); %6 managers and enterprise staff (%7). Assessed against the national criteria: %8 labs, %9 service organisations.</source>
        <translation>%1 people trained in %2 (%3 since 2026), %4 certified (%5); %6 managers and enterprise staff (%7). Assessed against the national criteria: %8 labs, %9 service organisations.</translation>
    </message>
    <message>
        <source>7. Progress against the programme's targets</source>
        <translation>7. Progress against the programme's targets</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>check-scale points equipped</source>
        <translation>check-scale points equipped</translation>
    </message>
    <message>
        <source>reference mass sets</source>
        <translation>reference mass sets</translation>
    </message>
    <message>
        <source>enterprises in measurement assurance</source>
        <translation>enterprises in measurement assurance</translation>
    </message>
    <message>
        <source>people with metrology qualifications</source>
        <translation>people with metrology qualifications</translation>
    </message>
    <message>
        <source>managers and enterprise staff trained</source>
        <translation>managers and enterprise staff trained</translation>
    </message>
    <message>
        <source>labs assessed against the national criteria</source>
        <translation>labs assessed against the national criteria</translation>
    </message>
    <message>
        <source>service organisations assessed</source>
        <translation>service organisations assessed</translation>
    </message>
    <message>
        <source>Results of the measurement programme 2026–2030 in %1</source>
        <translation>Results of the measurement programme 2026–2030 in %1</translation>
    </message>
    <message>
        <source>Generated %1 from the lab's records</source>
        <translation>Generated %1 from the lab's records</translation>
    </message>
    <message>
        <source>in date</source>
        <translation>in date</translation>
    </message>
    <message>
        <source>due within 30 days</source>
        <translation>due within 30 days</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>never verified</translation>
    </message>
    <message>
        <source>Measurement assurance report: %1</source>
        <translation>Measurement assurance report: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Enrolled %1, as of %2</source>
        <translation>Enrolled %1, as of %2</translation>
    </message>
    <message>
        <source>Group 2</source>
        <translation>Group 2</translation>
    </message>
    <message>
        <source>Last work</source>
        <translation>Last work</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Share of instruments in date (%)</source>
        <translation>Share of instruments in date (%)</translation>
    </message>
    <message>
        <source>in Group 2</source>
        <translation>in Group 2</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>no verdict (calibration)</source>
        <translation>no verdict (calibration)</translation>
    </message>
    <message>
        <source>electricity</source>
        <translation>electricity</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>fuel</source>
        <translation>fuel</translation>
    </message>
    <message>
        <source>minerals</source>
        <translation>minerals</translation>
    </message>
    <message>
        <source>agricultural and forestry processing</source>
        <translation>agricultural and forestry processing</translation>
    </message>
    <message>
        <source>the range minimum must be below the range maximum</source>
        <translation>the range minimum must be below the range maximum</translation>
    </message>
    <message>
        <source>%1 %2 is larger than the whole measuring range (%3)</source>
        <translation>%1 %2 is larger than the whole measuring range (%3)</translation>
    </message>
    <message>
        <source>the temperature %1 is below absolute zero</source>
        <translation>the temperature %1 is below absolute zero</translation>
    </message>
    <message>
        <source>the relative humidity %1 is outside 0 to 100 %RH</source>
        <translation>the relative humidity %1 is outside 0 to 100 %RH</translation>
    </message>
    <message>
        <source>a scale interval of %1 is not 1, 2 or 5 × 10ⁿ of a unit of mass (OIML R 76)</source>
        <translation>a scale interval of %1 is not 1, 2 or 5 × 10ⁿ of a unit of mass (OIML R 76)</translation>
    </message>
    <message>
        <source>a class %1 scale has e = d, but e is %2 and d is %3 (OIML R 76: only classes I and II may show a finer d)</source>
        <translation>a class %1 scale has e = d, but e is %2 and d is %3 (OIML R 76: only classes I and II may show a finer d)</translation>
    </message>
    <message>
        <source>n = Max/e = %1, but class %2 with e = %3 needs %4 (OIML R 76 Table 3)</source>
        <translation>n = Max/e = %1, but class %2 with e = %3 needs %4 (OIML R 76 Table 3)</translation>
    </message>
    <message>
        <source>class %1 does not allow e = %2 (OIML R 76 Table 3: %3)</source>
        <translation>class %1 does not allow e = %2 (OIML R 76 Table 3: %3)</translation>
    </message>
    <message>
        <source>the date %1 is before 1900</source>
        <translation>the date %1 is before 1900</translation>
    </message>
    <message>
        <source>valid until %1 is more than %2 months after the calibration on %3, the lab's maximum (setting max_calibration_validity_months)</source>
        <translation>valid until %1 is more than %2 months after the calibration on %3, the lab's maximum (setting max_calibration_validity_months)</translation>
    </message>
    <message>
        <source>%1 is a whole number of months from 1 to 240</source>
        <translation>%1 is a whole number of months from 1 to 240</translation>
    </message>
    <message>
        <source>%1 realises %2, but the instrument measures %3</source>
        <translation>%1 realises %2, but the instrument measures %3</translation>
    </message>
    <message>
        <source>a load cannot be negative (%1)</source>
        <translation>a load cannot be negative (%1)</translation>
    </message>
    <message>
        <source>%1 lies above the instrument's range (up to %2)</source>
        <translation>%1 lies above the instrument's range (up to %2)</translation>
    </message>
    <message>
        <source>%1 lies below the instrument's range (from %2)</source>
        <translation>%1 lies below the instrument's range (from %2)</translation>
    </message>
    <message>
        <source>%1 realises at most %2: it cannot realise %3</source>
        <translation>%1 realises at most %2: it cannot realise %3</translation>
    </message>
    <message>
        <source>unknown key (known keys: %1)</source>
        <translation>unknown key (known keys: %1)</translation>
    </message>
    <message>
        <source>%1 is not a unit of the measurand's quantity (%2): give the contribution in the measurand's unit with its sensitivity coefficient</source>
        <translation>%1 is not a unit of the measurand's quantity (%2): give the contribution in the measurand's unit with its sensitivity coefficient</translation>
    </message>
    <message>
        <source> at position “%1”</source>
        <translation> at position “%1”</translation>
    </message>
    <message>
        <source>tolerance_percent must be a number of percent, at least 0</source>
        <translation>tolerance_percent must be a number of percent, at least 0</translation>
    </message>
    <message>
        <source>unknown test “%1” (%2)</source>
        <translation>unknown test “%1” (%2)</translation>
    </message>
    <message>
        <source>test “%1”: readings must be 1 to 100</source>
        <translation>test “%1”: readings must be 1 to 100</translation>
    </message>
    <message>
        <source>checklist item not yet set to pass or fail: %1</source>
        <translation>checklist item not yet set to pass or fail: %1</translation>
    </message>
    <message>
        <source>unknown quantity “%1” (%2)</source>
        <translation>unknown quantity “%1” (%2)</translation>
    </message>
    <message>
        <source>the range %1 is not of the quantity %2</source>
        <translation>the range %1 is not of the quantity %2</translation>
    </message>
    <message>
        <source>an eccentricity reading names the position of the load</source>
        <translation>an eccentricity reading names the position of the load</translation>
    </message>
    <message>
        <source>a reason is required to void a reading</source>
        <translation>a reason is required to void a reading</translation>
    </message>
    <message>
        <source>record %1 has no reading %2 to void</source>
        <translation>record %1 has no reading %2 to void</translation>
    </message>
    <message>
        <source>record %1 is not complete: %2</source>
        <translation>record %1 is not complete: %2</translation>
    </message>
    <message>
        <source>  reading %1 voided: %2
</source>
        <translation>  reading %1 voided: %2
</translation>
    </message>
    <message>
        <source>Record %1 is not complete; still to do:
</source>
        <translation>Record %1 is not complete; still to do:
</translation>
    </message>
    <message>
        <source>Record %1 has its whole programme.</source>
        <translation>Record %1 has its whole programme.</translation>
    </message>
    <message>
        <source>Record %1: still to do:
</source>
        <translation>Record %1: still to do:
</translation>
    </message>
    <message>
        <source>Reading %1 of record %2 voided: %3</source>
        <translation>Reading %1 of record %2 voided: %3</translation>
    </message>
    <message>
        <source>not fit for use since then</source>
        <translation>not fit for use since then</translation>
    </message>
    <message numerus="yes">
        <source>%1%2: %n more reading(s) needed</source>
        <translation>
            <numerusform>%1%2: %n more reading needed</numerusform>
            <numerusform>%1%2: %n more readings needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1%2: %n more reading(s) near %3 (within %4 %) needed</source>
        <translation>
            <numerusform>%1%2: %n more reading near %3 (within %4 %) needed</numerusform>
            <numerusform>%1%2: %n more readings near %3 (within %4 %) needed</numerusform>
        </translation>
    </message>
    <message>
        <source>weighing test</source>
        <translation>weighing test</translation>
    </message>
    <message>
        <source>eccentricity test</source>
        <translation>eccentricity test</translation>
    </message>
    <message>
        <source>repeatability test</source>
        <translation>repeatability test</translation>
    </message>
    <message>
        <source>discrimination test</source>
        <translation>discrimination test</translation>
    </message>
    <message>
        <source>accuracy test</source>
        <translation>accuracy test</translation>
    </message>
    <message>
        <source>distance test</source>
        <translation>distance test</translation>
    </message>
    <message>
        <source>time test</source>
        <translation>time test</translation>
    </message>
    <message>
        <source>repeatability: the %1 loadings spread %2, more than the MPE %3</source>
        <translation>repeatability: the %1 loadings spread %2, more than the MPE %3</translation>
    </message>
    <message>
        <source>%1 has no range or quantity registered, so nothing says it realises %2: a legal verification cannot rest on it</source>
        <translation>%1 has no range or quantity registered, so nothing says it realises %2: a legal verification cannot rest on it</translation>
    </message>
    <message>
        <source>%1 has no accuracy class and no calibration value at %2, so its error there is unknown (OIML R 76 3.7.1): register its class or calibrate it at this load</source>
        <translation>%1 has no accuracy class and no calibration value at %2, so its error there is unknown (OIML R 76 3.7.1): register its class or calibrate it at this load</translation>
    </message>
    <message>
        <source>%1 (class %2)</source>
        <translation>%1 (class %2)</translation>
    </message>
    <message>
        <source>%1 may be off by %2 at %3, which is %4 of the instrument's MPE %5; OIML R 76 3.7.1 allows at most 1/3</source>
        <translation>%1 may be off by %2 at %3, which is %4 of the instrument's MPE %5; OIML R 76 3.7.1 allows at most 1/3</translation>
    </message>
    <message>
        <source>the %1 has no positions</source>
        <translation>the %1 has no positions</translation>
    </message>
    <message>
        <source>“%1” is not a position of the %2 (%3)</source>
        <translation>“%1” is not a position of the %2 (%3)</translation>
    </message>
    <message>
        <source>the procedure's programme has no %1 (it has: %2)</source>
        <translation>the procedure's programme has no %1 (it has: %2)</translation>
    </message>
    <message>
        <source>procedure %1 is written for %2, not for %3: a verification of a %3 follows %4</source>
        <translation>procedure %1 is written for %2, not for %3: a verification of a %3 follows %4</translation>
    </message>
    <message>
        <source>reading %1 of record %2 is already void</source>
        <translation>reading %1 of record %2 is already void</translation>
    </message>
    <message>
        <source>record %1 is a passed in-service inspection: it is kept in the record and leaves the verification's validity as it was; no certificate or stamp is issued for it</source>
        <translation>record %1 is a passed in-service inspection: it is kept in the record and leaves the verification's validity as it was; no certificate or stamp is issued for it</translation>
    </message>
    <message>
        <source>reference standard (class %1, MPE of the weights realising the load)</source>
        <translation>reference standard (class %1, MPE of the weights realising the load)</translation>
    </message>
    <message>
        <source>correction of the reference standard, not applied (nominal value used)</source>
        <translation>correction of the reference standard, not applied (nominal value used)</translation>
    </message>
    <message numerus="yes">
        <source>  %n weight(s) registered one by one</source>
        <translation>
            <numerusform>  %n weight registered one by one</numerusform>
            <numerusform>  %n weights registered one by one</numerusform>
        </translation>
    </message>
    <message>
        <source>Weight %1 (%2) added to standard %3 as item %4</source>
        <translation>Weight %1 (%2) added to standard %3 as item %4</translation>
    </message>
    <message>
        <source>a weight's nominal value is a positive mass</source>
        <translation>a weight's nominal value is a positive mass</translation>
    </message>
    <message>
        <source>k = %1 (ν_eff = %2): too few repeated readings make U large; repeat the readings (EA-4/02 Annex E)</source>
        <translation>k = %1 (ν_eff = %2): too few repeated readings make U large; repeat the readings (EA-4/02 Annex E)</translation>
    </message>
    <message numerus="yes">
        <source>point %1 (%n reading(s), k = %2)</source>
        <translation>
            <numerusform>point %1 (%n reading, k = %2)</numerusform>
            <numerusform>point %1 (%n readings, k = %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>too few readings for a reliable uncertainty: %1; the procedure asks for at least %2 at a point whose k exceeds 2.5</source>
        <translation>too few readings for a reliable uncertainty: %1; the procedure asks for at least %2 at a point whose k exceeds 2.5</translation>
    </message>
    <message>
        <source>reference weights %1 (certificate %2)</source>
        <translation>reference weights %1 (certificate %2)</translation>
    </message>
    <message>
        <source>no combination of the weights of %1 makes up %2</source>
        <translation>no combination of the weights of %1 makes up %2</translation>
    </message>
    <message>
        <source>the minimum number of repeats lies between 2 and 100</source>
        <translation>the minimum number of repeats lies between 2 and 100</translation>
    </message>
    <message>
        <source>%1 is not a weight of OIML R 111 class “%2”: give the set or the weight a class and a nominal value of the 1-2-5 series</source>
        <translation>%1 is not a weight of OIML R 111 class “%2”: give the set or the weight a class and a nominal value of the 1-2-5 series</translation>
    </message>
    <message>
        <source>%1 is more than the set's range (%2)</source>
        <translation>%1 is more than the set's range (%2)</translation>
    </message>
    <message>
        <source>the set already has a weight marked “%1”</source>
        <translation>the set already has a weight marked “%1”</translation>
    </message>
    <message>
        <source>the set has no weight marked “%1” (etalon-cli standard items %2)</source>
        <translation>the set has no weight marked “%1” (etalon-cli standard items %2)</translation>
    </message>
    <message>
        <source>the weight marked “%1” is of %2, not %3</source>
        <translation>the weight marked “%1” is of %2, not %3</translation>
    </message>
    <message>
        <source>budget term “%1”: unknown key “%2” (known keys: %3)</source>
        <translation>budget term “%1”: unknown key “%2” (known keys: %3)</translation>
    </message>
    <message>
        <source>budget term “%1”: relative is a fraction of the reference, at least 0</source>
        <translation>budget term “%1”: relative is a fraction of the reference, at least 0</translation>
    </message>
    <message>
        <source>budget term “%1”: dof is a whole number of at least 1</source>
        <translation>budget term “%1”: dof is a whole number of at least 1</translation>
    </message>
    <message>
        <source>reference weight (certificate %1)</source>
        <translation>reference weight (certificate %1)</translation>
    </message>
    <message>
        <source>instability of the reference weight</source>
        <translation>instability of the reference weight</translation>
    </message>
    <message numerus="yes">
        <source>weighing process (Type A, %n cycle(s))</source>
        <translation>
            <numerusform>weighing process (Type A, %n cycle)</numerusform>
            <numerusform>weighing process (Type A, %n cycles)</numerusform>
        </translation>
    </message>
    <message>
        <source>air buoyancy (OIML R 111 10.1: air density within 10 % of 1.2 kg/m³ moves a weight of its class by at most δm/4)</source>
        <translation>air buoyancy (OIML R 111 10.1: air density within 10 % of 1.2 kg/m³ moves a weight of its class by at most δm/4)</translation>
    </message>
    <message>
        <source>the reference weight's certificate gives no uncertainty at %1</source>
        <translation>the reference weight's certificate gives no uncertainty at %1</translation>
    </message>
    <message>
        <source>a discrimination test needs the instrument's scale interval d</source>
        <translation>a discrimination test needs the instrument's scale interval d</translation>
    </message>
    <message>
        <source>a discrimination reading is two indications: before and after the additional load</source>
        <translation>a discrimination reading is two indications: before and after the additional load</translation>
    </message>
    <message>
        <source>a discrimination reading names the additional load placed (1.4 d)</source>
        <translation>a discrimination reading names the additional load placed (1.4 d)</translation>
    </message>
    <message>
        <source>an additional load above 1.4 d = %1 proves nothing of discrimination</source>
        <translation>an additional load above 1.4 d = %1 proves nothing of discrimination</translation>
    </message>
    <message>
        <source>discrimination: %1 added changed the indication by %2, less than d = %3 (OIML R 76 3.8)</source>
        <translation>discrimination: %1 added changed the indication by %2, less than d = %3 (OIML R 76 3.8)</translation>
    </message>
    <message>
        <source>the procedure states no display resolution of the balance (OIML R 111 C.6.4): the budget leaves the comparator's resolution out</source>
        <translation>the procedure states no display resolution of the balance (OIML R 111 C.6.4): the budget leaves the comparator's resolution out</translation>
    </message>
    <message>
        <source>one weighing cycle and no pooled s in the procedure (OIML R 111 C.6.1.2): the budget has no term for the weighing process</source>
        <translation>one weighing cycle and no pooled s in the procedure (OIML R 111 C.6.1.2): the budget has no term for the weighing process</translation>
    </message>
    <message>
        <source>the entered U = %1 is smaller than the point's own budget gives (U = %2 %3, k = %4): the standard, the resolution and the readings' scatter alone make that much</source>
        <translation>the entered U = %1 is smaller than the point's own budget gives (U = %2 %3, k = %4): the standard, the resolution and the readings' scatter alone make that much</translation>
    </message>
    <message>
        <source>a weight of %1 is compared at its nominal value, not at %2</source>
        <translation>a weight of %1 is compared at its nominal value, not at %2</translation>
    </message>
    <message>
        <source>budget term “%1”: unknown kind “%2” (%3)</source>
        <translation>budget term “%1”: unknown kind “%2” (%3)</translation>
    </message>
    <message>
        <source>budget term “%1”: unknown distribution “%2” (%3)</source>
        <translation>budget term “%1”: unknown distribution “%2” (%3)</translation>
    </message>
    <message>
        <source>budget term “%1”: k is a number of at least 1</source>
        <translation>budget term “%1”: k is a number of at least 1</translation>
    </message>
    <message>
        <source>the weight “%1” (%2) of %3 has no calibration on %4</source>
        <translation>the weight “%1” (%2) of %3 has no calibration on %4</translation>
    </message>
    <message>
        <source>the weight “%1” (%2) of %3: its calibration (certificate %4) was valid until %5</source>
        <translation>the weight “%1” (%2) of %3: its calibration (certificate %4) was valid until %5</translation>
    </message>
    <message>
        <source>standard %1 realises %2: only a set of weights has weights</source>
        <translation>standard %1 realises %2: only a set of weights has weights</translation>
    </message>
    <message>
        <source>“%1” is not an OIML R 111 class (%2)</source>
        <translation>“%1” is not an OIML R 111 class (%2)</translation>
    </message>
    <message>
        <source>standard %1 is registered weight by weight: name the weight of the point at %2 (--item MARK)</source>
        <translation>standard %1 is registered weight by weight: name the weight of the point at %2 (--item MARK)</translation>
    </message>
    <message>
        <source>the weight marked “%1” has two points in one calibration</source>
        <translation>the weight marked “%1” has two points in one calibration</translation>
    </message>
    <message>
        <source>%1 was found outside its class or limit by its calibration (certificate %2): its certified value is used, and work since its previous calibration is suspect</source>
        <translation>%1 was found outside its class or limit by its calibration (certificate %2): its certified value is used, and work since its previous calibration is suspect</translation>
    </message>
    <message>
        <source>the budget terms are a JSON array of terms ([] for none)</source>
        <translation>the budget terms are a JSON array of terms ([] for none)</translation>
    </message>
    <message>
        <source>the additional load of the change-point method lies between 0 and e = %1, not %2</source>
        <translation>the additional load of the change-point method lies between 0 and e = %1, not %2</translation>
    </message>
    <message>
        <source>“%1” is not an item of this record's checklist (%2)</source>
        <translation>“%1” is not an item of this record's checklist (%2)</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 file</translation>
    </message>
    <message>
        <source>%1 is the open lab's own file; name another file</source>
        <translation>%1 is the open lab's own file; name another file</translation>
    </message>
    <message>
        <source>another program removed or replaced %1 while this one had the lab open; nothing was written and the lab has been opened again: do it again</source>
        <translation>another program removed or replaced %1 while this one had the lab open; nothing was written and the lab has been opened again: do it again</translation>
    </message>
    <message>
        <source>another program removed or replaced %1 while this one had the lab open; nothing was written and the lab could not be opened again: %2</source>
        <translation>another program removed or replaced %1 while this one had the lab open; nothing was written and the lab could not be opened again: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>cannot write %1: %2; nothing was written</translation>
    </message>
    <message>
        <source>certificate %1 is issued and kept in the lab, but it could not be written to the file: %2. Print it again with: etalon-cli certificate print %1 --out FILE.pdf</source>
        <translation>certificate %1 is issued and kept in the lab, but it could not be written to the file: %2. Print it again with: etalon-cli certificate print %1 --out FILE.pdf</translation>
    </message>
    <message>
        <source>the disk is full: cannot write %1; nothing was written</source>
        <translation>the disk is full: cannot write %1; nothing was written</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file; nothing was issued</source>
        <translation>%1 is a folder; name a file; nothing was issued</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist; nothing was issued</source>
        <translation>the folder of %1 does not exist; nothing was issued</translation>
    </message>
    <message>
        <source>the lab file is required</source>
        <translation>the lab file is required</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Etalon lab; nothing was changed</source>
        <translation>%1 is an empty file, not an Etalon lab; nothing was changed</translation>
    </message>
    <message>
        <source>%1 is another program's SQLite database, not an Etalon lab; nothing was changed</source>
        <translation>%1 is another program's SQLite database, not an Etalon lab; nothing was changed</translation>
    </message>
    <message>
        <source>%1 is a folder, not an Etalon lab</source>
        <translation>%1 is a folder, not an Etalon lab</translation>
    </message>
    <message>
        <source>%1 holds no Etalon lab; nothing was changed (etalon-cli init creates one)</source>
        <translation>%1 holds no Etalon lab; nothing was changed (etalon-cli init creates one)</translation>
    </message>
    <message>
        <source>unknown option --%1 for “%2”; see `etalon-cli %2 --help`</source>
        <translation>unknown option --%1 for “%2”; see `etalon-cli %2 --help`</translation>
    </message>
    <message>
        <source>unknown option --%1 for “%2”; did you mean --%3?</source>
        <translation>unknown option --%1 for “%2”; did you mean --%3?</translation>
    </message>
    <message>
        <source>Usage: etalon-cli [--db FILE] [--user NAME] [--json] [--lang vi|en] %1</source>
        <translation>Usage: etalon-cli [--db FILE] [--user NAME] [--json] [--lang vi|en] %1</translation>
    </message>
    <message>
        <source>this lab was not created as a demo lab: generated data would mix with its real records (etalon-cli init --demo creates a demo lab)</source>
        <translation>this lab was not created as a demo lab: generated data would mix with its real records (etalon-cli init --demo creates a demo lab)</translation>
    </message>
    <message>
        <source>cannot write in the folder of %1: %2; nothing was issued</source>
        <translation>cannot write in the folder of %1: %2; nothing was issued</translation>
    </message>
    <message>
        <source>%1 is the lab's own file, not a backup of it</source>
        <translation>%1 is the lab's own file, not a backup of it</translation>
    </message>
    <message>
        <source>cannot write a backup in the folder of %1; nothing was written</source>
        <translation>cannot write a backup in the folder of %1; nothing was written</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>cannot read %1: no such file</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 is not a regular file</translation>
    </message>
    <message>
        <source>%1 holds no public key (etalon-cli certificate public-key writes one)</source>
        <translation>%1 holds no public key (etalon-cli certificate public-key writes one)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 is larger than %2 bytes</translation>
    </message>
    <message>
        <source>the account %1 is locked after repeated failed sign-ins until %2 (UTC); an admin can unlock it by resetting its password</source>
        <translation>the account %1 is locked after repeated failed sign-ins until %2 (UTC); an admin can unlock it by resetting its password</translation>
    </message>
    <message>
        <source>%1 fails audit verify at entry %2: %3</source>
        <translation>%1 fails audit verify at entry %2: %3</translation>
    </message>
    <message>
        <source>%1 is “%2”, but the last recorded change left “%3”</source>
        <translation>%1 is “%2”, but the last recorded change left “%3”</translation>
    </message>
    <message>
        <source>%1 row %2 is back, but its last recorded change deleted it</source>
        <translation>%1 row %2 is back, but its last recorded change deleted it</translation>
    </message>
    <message>
        <source>%1 row %2 is missing, but no recorded change deleted it</source>
        <translation>%1 row %2 is missing, but no recorded change deleted it</translation>
    </message>
    <message>
        <source>%1 row %2 was %3 outside Etalon: no audit entry accounts for it</source>
        <translation>%1 row %2 was %3 outside Etalon: no audit entry accounts for it</translation>
    </message>
    <message>
        <source>%1 row %2 was not created through Etalon: no recorded change made it</source>
        <translation>%1 row %2 was not created through Etalon: no recorded change made it</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1 row %2: %3</translation>
    </message>
    <message>
        <source>a change was about to be stored without an audit entry; nothing was written (table %1)</source>
        <translation>a change was about to be stored without an audit entry; nothing was written (table %1)</translation>
    </message>
    <message>
        <source>a checkpoint needs the entry that announces it</source>
        <translation>a checkpoint needs the entry that announces it</translation>
    </message>
    <message>
        <source>certificate %1 does not carry the lab's signature over its number and content: the signing key or the certificate was replaced</source>
        <translation>certificate %1 does not carry the lab's signature over its number and content: the signing key or the certificate was replaced</translation>
    </message>
    <message>
        <source>certificate %1: the stored PDF is not the one issued (its SHA-256 differs from the one recorded at issue)</source>
        <translation>certificate %1: the stored PDF is not the one issued (its SHA-256 differs from the one recorded at issue)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>checkpoint %1 was signed with another key (%2), not the lab's (%3): the signing key was replaced</source>
        <translation>checkpoint %1 was signed with another key (%2), not the lab's (%3): the signing key was replaced</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>entry %1 does not announce checkpoint %2, which signs it</source>
        <translation>entry %1 does not announce checkpoint %2, which signs it</translation>
    </message>
    <message>
        <source>entry %1 does not seal the row log as every entry after the log began does</source>
        <translation>entry %1 does not seal the row log as every entry after the log began does</translation>
    </message>
    <message>
        <source>entry %1 seals fewer row changes than the entry before it</source>
        <translation>entry %1 seals fewer row changes than the entry before it</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>inserted</translation>
    </message>
    <message>
        <source>security log event %1 does not follow the event before it</source>
        <translation>security log event %1 does not follow the event before it</translation>
    </message>
    <message>
        <source>security log event %1 is missing (found %2 next)</source>
        <translation>security log event %1 is missing (found %2 next)</translation>
    </message>
    <message>
        <source>security log event %1 was altered after it was written</source>
        <translation>security log event %1 was altered after it was written</translation>
    </message>
    <message>
        <source>signed checkpoint %1 is missing (found %2 next)</source>
        <translation>signed checkpoint %1 is missing (found %2 next)</translation>
    </message>
    <message>
        <source>signed checkpoint %1, announced by entry %2, is missing</source>
        <translation>signed checkpoint %1, announced by entry %2, is missing</translation>
    </message>
    <message>
        <source>the audit trail is broken: %1</source>
        <translation>the audit trail is broken: %1</translation>
    </message>
    <message>
        <source>the lab file is damaged (SQLite's integrity check): %1; restore it from a backup</source>
        <translation>the lab file is damaged (SQLite's integrity check): %1; restore it from a backup</translation>
    </message>
    <message>
        <source>the lab holds changes made outside Etalon that no audit entry accounts for; nothing was written: run audit verify, and restore the lab from a backup</source>
        <translation>the lab holds changes made outside Etalon that no audit entry accounts for; nothing was written: run audit verify, and restore the lab from a backup</translation>
    </message>
    <message>
        <source>the lab's signing key is missing though the lab has signed with it; restore the lab from a backup (audit verify shows what else changed)</source>
        <translation>the lab's signing key is missing though the lab has signed with it; restore the lab from a backup (audit verify shows what else changed)</translation>
    </message>
    <message>
        <source>the lab's signing key is missing, yet certificate %1 was signed with it</source>
        <translation>the lab's signing key is missing, yet certificate %1 was signed with it</translation>
    </message>
    <message>
        <source>the lab's signing key is missing, yet the checkpoint of entry %1 was signed with it</source>
        <translation>the lab's signing key is missing, yet the checkpoint of entry %1 was signed with it</translation>
    </message>
    <message>
        <source>the row changes entry %1 seals were altered, removed or added to</source>
        <translation>the row changes entry %1 seals were altered, removed or added to</translation>
    </message>
    <message>
        <source>the security log up to event %1, signed by checkpoint %2, was altered</source>
        <translation>the security log up to event %1, signed by checkpoint %2, was altered</translation>
    </message>
    <message>
        <source>the stored certificate %1 is not the one issued: it was changed behind Etalon's back; nothing is printed or vouched for (run audit verify)</source>
        <translation>the stored certificate %1 is not the one issued: it was changed behind Etalon's back; nothing is printed or vouched for (run audit verify)</translation>
    </message>
    <message>
        <source>%1 is a backup of another lab (“%2”), not of “%3”; nothing was changed (--other-lab to restore it anyway)</source>
        <translation>%1 is a backup of another lab (“%2”), not of “%3”; nothing was changed (--other-lab to restore it anyway)</translation>
    </message>
    <message>
        <source>The lab it replaced is kept as %1</source>
        <translation>The lab it replaced is kept as %1</translation>
    </message>
    <message>
        <source>cannot keep a copy of %1 before restoring over it</source>
        <translation>cannot keep a copy of %1 before restoring over it</translation>
    </message>
    <message>
        <source>cannot put the restored lab in place of %1: %2</source>
        <translation>cannot put the restored lab in place of %1: %2</translation>
    </message>
    <message>
        <source>it differs from the last recorded change</source>
        <translation>it differs from the last recorded change</translation>
    </message>
    <message>
        <source>the trail of %1 parts from the lab's at entry %2: the lab's entries from there on (%3) would be lost; nothing was changed (--force to restore it anyway)</source>
        <translation>the trail of %1 parts from the lab's at entry %2: the lab's entries from there on (%3) would be lost; nothing was changed (--force to restore it anyway)</translation>
    </message>
    <message>
        <source>%1 contains an invisible formatting character (U+%2), such as a direction override or a zero-width space</source>
        <translation>%1 contains an invisible formatting character (U+%2), such as a direction override or a zero-width space</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 is not valid UTF-8 text</translation>
    </message>
    <message>
        <source>out of memory while checking the password</source>
        <translation>out of memory while checking the password</translation>
    </message>
    <message>
        <source>the password checker failed: %1</source>
        <translation>the password checker failed: %1</translation>
    </message>
    <message>
        <source>the password is a dictionary word or too simple (%1)</source>
        <translation>the password is a dictionary word or too simple (%1)</translation>
    </message>
    <message>
        <source>the password is too systematic (%1)</source>
        <translation>the password is too systematic (%1)</translation>
    </message>
    <message>
        <source>the password is too weak (%1)</source>
        <translation>the password is too weak (%1)</translation>
    </message>
    <message>
        <source>the password must not contain the user name</source>
        <translation>the password must not contain the user name</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 is not defined as Etalon defines it: %2</source>
        <translation>%1 is not defined as Etalon defines it: %2</translation>
    </message>
    <message>
        <source>%1 was added outside Etalon: %2</source>
        <translation>%1 was added outside Etalon: %2</translation>
    </message>
    <message>
        <source>the lab's schema was changed behind Etalon's back: %1; restore the lab from a backup</source>
        <translation>the lab's schema was changed behind Etalon's back: %1; restore the lab from a backup</translation>
    </message>
    <message>
        <source>the schema of %1 was changed behind Etalon's back: %2</source>
        <translation>the schema of %1 was changed behind Etalon's back: %2</translation>
    </message>
    <message>
        <source>the password is not valid UTF-8 text</source>
        <translation>the password is not valid UTF-8 text</translation>
    </message>
    <message>
        <source>line %1: %2; nothing was stored</source>
        <translation>line %1: %2; nothing was stored</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a lab: %2</source>
        <translation>%1 cannot be opened as a lab: %2</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written): it can be read and verified, not changed</source>
        <translation>%1 is read-only (the file or its folder cannot be written): it can be read and verified, not changed</translation>
    </message>
    <message>
        <source>%1 was made by an older Etalon and needs upgrading, which a read-only lab cannot be; copy it where it can be written</source>
        <translation>%1 was made by an older Etalon and needs upgrading, which a read-only lab cannot be; copy it where it can be written</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written): it is not replaced</source>
        <translation>%1 is read-only (the file or its folder cannot be written): it is not replaced</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written): no lab can be made there</source>
        <translation>%1 is read-only (the file or its folder cannot be written): no lab can be made there</translation>
    </message>
    <message>
        <source>entry %1 does not record the security log's head as every entry after it began does</source>
        <translation>entry %1 does not record the security log's head as every entry after it began does</translation>
    </message>
    <message>
        <source>entry %1 records fewer security events than the entry before it</source>
        <translation>entry %1 records fewer security events than the entry before it</translation>
    </message>
    <message>
        <source>security event %1, which entry %2 records as the log's head then, is missing or altered</source>
        <translation>security event %1, which entry %2 records as the log's head then, is missing or altered</translation>
    </message>
    <message>
        <source>the backup %1 is damaged: %2</source>
        <translation>the backup %1 is damaged: %2</translation>
    </message>
    <message>
        <source>the lab's file is damaged (%1); restore it from a backup</source>
        <translation>the lab's file is damaged (%1); restore it from a backup</translation>
    </message>
    <message>
        <source>the lab's schema does not match its version number %1 (%2); it was changed outside Etalon</source>
        <translation>the lab's schema does not match its version number %1 (%2); it was changed outside Etalon</translation>
    </message>
    <message>
        <source>kept from the lab the restore replaced</source>
        <translation>kept from the lab the restore replaced</translation>
    </message>
    <message>
        <source>%1 (kept from the lab the restore replaced)</source>
        <translation>%1 (kept from the lab the restore replaced)</translation>
    </message>
    <message>
        <source>%1 signs as: %2</source>
        <translation>%1 signs as: %2</translation>
    </message>
    <message>
        <source>%1 signs with the lab's title</source>
        <translation>%1 signs with the lab's title</translation>
    </message>
    <message>
        <source>a signatory who signs for the head needs their own title too</source>
        <translation>a signatory who signs for the head needs their own title too</translation>
    </message>
    <message>
        <source>Certificate %1 is current</source>
        <translation>Certificate %1 is current</translation>
    </message>
    <message>
        <source>Only the signature was checked: whether the certificate was since withdrawn or replaced is known to the lab (check with its lab file)</source>
        <translation>Only the signature was checked: whether the certificate was since withdrawn or replaced is known to the lab (check with its lab file)</translation>
    </message>
    <message>
        <source>certificate %1 is under review (a standard it relied on is suspect): %2</source>
        <translation>certificate %1 is under review (a standard it relied on is suspect): %2</translation>
    </message>
    <message>
        <source>%1 issued in %2 (%3 of them withdrawn since), %4 since 2026; each counted once however often amended. Records of failed verification: %5 in %2, %6 since 2026.</source>
        <translation>%1 issued in %2 (%3 of them withdrawn since), %4 since 2026; each counted once however often amended. Records of failed verification: %5 in %2, %6 since 2026.</translation>
    </message>
    <message>
        <source>%1 verification and calibration certificates issued (each counted once however often amended), %2 records of failed verification. Stamps: %3 used, %4 voided, %5 held unused at the period's end.</source>
        <translation>%1 verification and calibration certificates issued (each counted once however often amended), %2 records of failed verification. Stamps: %3 used, %4 voided, %5 held unused at the period's end.</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1, designated under %2.</source>
        <translation>%1, designated under %2.</translation>
    </message>
    <message>
        <source>1. Work by measurement field</source>
        <translation>1. Work by measurement field</translation>
    </message>
    <message>
        <source>2. Work by instrument type</source>
        <translation>2. Work by instrument type</translation>
    </message>
    <message>
        <source>3. Certificates and stamps</source>
        <translation>3. Certificates and stamps</translation>
    </message>
    <message>
        <source>4. Standards and their validity at the period's end</source>
        <translation>4. Standards and their validity at the period's end</translation>
    </message>
    <message>
        <source>5. Verifiers and their cards</source>
        <translation>5. Verifiers and their cards</translation>
    </message>
    <message>
        <source>Activity report %1 – %2 written to %3</source>
        <translation>Activity report %1 – %2 written to %3</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>At the end</translation>
    </message>
    <message>
        <source>Calibration certificate</source>
        <translation>Calibration certificate</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>No verification or calibration was approved in the period.</source>
        <translation>No verification or calibration was approved in the period.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Verification and calibration activity of measuring instruments</source>
        <translation>Verification and calibration activity of measuring instruments</translation>
    </message>
    <message>
        <source>Verified, failed</source>
        <translation>Verified, failed</translation>
    </message>
    <message>
        <source>Verified, passed</source>
        <translation>Verified, passed</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <source>a document number has at most 60 characters</source>
        <translation>a document number has at most 60 characters</translation>
    </message>
    <message>
        <source>a recipient has at most 300 characters</source>
        <translation>a recipient has at most 300 characters</translation>
    </message>
    <message>
        <source>a report covers one year at most</source>
        <translation>a report covers one year at most</translation>
    </message>
    <message>
        <source>commune or ward not recorded</source>
        <translation>commune or ward not recorded</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>in date from %1 to %2</source>
        <translation>in date from %1 to %2</translation>
    </message>
    <message>
        <source>no calibration</source>
        <translation>no calibration</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>out of date</translation>
    </message>
    <message>
        <source>outside the province</source>
        <translation>outside the province</translation>
    </message>
    <message>
        <source>quarantined from %1</source>
        <translation>quarantined from %1</translation>
    </message>
    <message>
        <source>taken on %1</source>
        <translation>taken on %1</translation>
    </message>
    <message>
        <source>the period cannot end after today (%1)</source>
        <translation>the period cannot end after today (%1)</translation>
    </message>
    <message>
        <source>the period needs a first day</source>
        <translation>the period needs a first day</translation>
    </message>
    <message>
        <source>the period's last day is on or after its first</source>
        <translation>the period's last day is on or after its first</translation>
    </message>
    <message>
        <source>“%1” is not a commune or ward of %2: give its registered name, such as “%3” (`etalon-cli commune list` shows them all)</source>
        <translation>“%1” is not a commune or ward of %2: give its registered name, such as “%3” (`etalon-cli commune list` shows them all)</translation>
    </message>
    <message>
        <source>a site address is for work at the customer's site (--site on-site)</source>
        <translation>a site address is for work at the customer's site (--site on-site)</translation>
    </message>
    <message>
        <source>a statement of conformity needs a specified requirement, and procedure %1 gives no MPE for this instrument</source>
        <translation>a statement of conformity needs a specified requirement, and procedure %1 gives no MPE for this instrument</translation>
    </message>
    <message>
        <source>say where on-site work was done: the instrument has no place of use and its owner no address</source>
        <translation>say where on-site work was done: the instrument has no place of use and its owner no address</translation>
    </message>
    <message>
        <source>--from and --to lie within --year %1</source>
        <translation>--from and --to lie within --year %1</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>Calibrations</translation>
    </message>
    <message>
        <source>give --year, or both --from and --to</source>
        <translation>give --year, or both --from and --to</translation>
    </message>
    <message>
        <source>not calibrated from %1 to %2</source>
        <translation>not calibrated from %1 to %2</translation>
    </message>
    <message>
        <source>quarantined from %1 to %2</source>
        <translation>quarantined from %1 to %2</translation>
    </message>
    <message>
        <source>year %1 has not begun</source>
        <translation>year %1 has not begun</translation>
    </message>
    <message>
        <source>a verification always concludes whether the instrument conforms; --conformity is for calibrations</source>
        <translation>a verification always concludes whether the instrument conforms; --conformity is for calibrations</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Current signing passphrase: </source>
        <translation>Current signing passphrase: </translation>
    </message>
    <message>
        <source>New signing passphrase: </source>
        <translation>New signing passphrase: </translation>
    </message>
    <message>
        <source>Signing passphrase changed; the key is the same, so what it signed still verifies</source>
        <translation>Signing passphrase changed; the key is the same, so what it signed still verifies</translation>
    </message>
    <message>
        <source>a value is required, e.g. “10” or “10 kg”</source>
        <translation>a value is required, e.g. “10” or “10 kg”</translation>
    </message>
    <message>
        <source>indication %1: %2</source>
        <translation>indication %1: %2</translation>
    </message>
    <message>
        <source>record %1 is %2; a certificate is previewed once the record is completed</source>
        <translation>record %1 is %2; a certificate is previewed once the record is completed</translation>
    </message>
    <message>
        <source>the new signing passphrase is the same as the current one</source>
        <translation>the new signing passphrase is the same as the current one</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as 25/11/2026</source>
        <translation>“%1” is not a date: type it as 25/11/2026</translation>
    </message>
    <message>
        <source>Lab created</source>
        <translation>Lab created</translation>
    </message>
    <message>
        <source>Lab file upgraded</source>
        <translation>Lab file upgraded</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Lab restored from a backup</source>
        <translation>Lab restored from a backup</translation>
    </message>
    <message>
        <source>Demo data generated</source>
        <translation>Demo data generated</translation>
    </message>
    <message>
        <source>Lab setting changed</source>
        <translation>Lab setting changed</translation>
    </message>
    <message>
        <source>Designation scope set</source>
        <translation>Designation scope set</translation>
    </message>
    <message>
        <source>Designation scope removed</source>
        <translation>Designation scope removed</translation>
    </message>
    <message>
        <source>Instrument type changed in the catalogue</source>
        <translation>Instrument type changed in the catalogue</translation>
    </message>
    <message>
        <source>Procedure changed in the catalogue</source>
        <translation>Procedure changed in the catalogue</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Verifier card recorded</source>
        <translation>Verifier card recorded</translation>
    </message>
    <message>
        <source>User's title changed</source>
        <translation>User's title changed</translation>
    </message>
    <message>
        <source>Organisation registered</source>
        <translation>Organisation registered</translation>
    </message>
    <message>
        <source>Instrument registered</source>
        <translation>Instrument registered</translation>
    </message>
    <message>
        <source>Instrument transferred to another owner</source>
        <translation>Instrument transferred to another owner</translation>
    </message>
    <message>
        <source>Organisations imported</source>
        <translation>Organisations imported</translation>
    </message>
    <message>
        <source>Instruments imported</source>
        <translation>Instruments imported</translation>
    </message>
    <message>
        <source>Standard registered</source>
        <translation>Standard registered</translation>
    </message>
    <message>
        <source>Weight added to a set</source>
        <translation>Weight added to a set</translation>
    </message>
    <message>
        <source>Calibration of a standard recorded</source>
        <translation>Calibration of a standard recorded</translation>
    </message>
    <message>
        <source>Status of a standard changed</source>
        <translation>Status of a standard changed</translation>
    </message>
    <message>
        <source>Limit of a standard set</source>
        <translation>Limit of a standard set</translation>
    </message>
    <message>
        <source>Record started</source>
        <translation>Record started</translation>
    </message>
    <message>
        <source>Reading recorded</source>
        <translation>Reading recorded</translation>
    </message>
    <message>
        <source>Reading voided</source>
        <translation>Reading voided</translation>
    </message>
    <message>
        <source>Checklist item set</source>
        <translation>Checklist item set</translation>
    </message>
    <message>
        <source>Standard allowed with a written reason</source>
        <translation>Standard allowed with a written reason</translation>
    </message>
    <message>
        <source>Record completed</source>
        <translation>Record completed</translation>
    </message>
    <message>
        <source>Record approved</source>
        <translation>Record approved</translation>
    </message>
    <message>
        <source>Record sent back</source>
        <translation>Record sent back</translation>
    </message>
    <message>
        <source>Record revised for an amendment</source>
        <translation>Record revised for an amendment</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>Certificate replaced by an amendment</source>
        <translation>Certificate replaced by an amendment</translation>
    </message>
    <message>
        <source>Certificate withdrawn</source>
        <translation>Certificate withdrawn</translation>
    </message>
    <message>
        <source>Certificate marked suspect</source>
        <translation>Certificate marked suspect</translation>
    </message>
    <message>
        <source>Stamps received</source>
        <translation>Stamps received</translation>
    </message>
    <message>
        <source>Stamp voided</source>
        <translation>Stamp voided</translation>
    </message>
    <message>
        <source>Audit trail checkpoint signed</source>
        <translation>Audit trail checkpoint signed</translation>
    </message>
    <message>
        <source>Programme target set</source>
        <translation>Programme target set</translation>
    </message>
    <message>
        <source>Enterprise enrolled in measurement assurance</source>
        <translation>Enterprise enrolled in measurement assurance</translation>
    </message>
    <message>
        <source>Check-scale point added</source>
        <translation>Check-scale point added</translation>
    </message>
    <message>
        <source>Check-scale point equipped</source>
        <translation>Check-scale point equipped</translation>
    </message>
    <message>
        <source>Status of a check-scale point changed</source>
        <translation>Status of a check-scale point changed</translation>
    </message>
    <message>
        <source>Training recorded</source>
        <translation>Training recorded</translation>
    </message>
    <message>
        <source>Training attendance recorded</source>
        <translation>Training attendance recorded</translation>
    </message>
    <message>
        <source>Assessment recorded</source>
        <translation>Assessment recorded</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>lab</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>designation scope</source>
        <translation>designation scope</translation>
    </message>
    <message>
        <source>instrument type</source>
        <translation>instrument type</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procedure</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>verifier card</source>
        <translation>verifier card</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>instrument</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>weight of a set</source>
        <translation>weight of a set</translation>
    </message>
    <message>
        <source>calibration of a standard</source>
        <translation>calibration of a standard</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>reading</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>stamp</source>
        <translation>stamp</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>enrolment</translation>
    </message>
    <message>
        <source>check-scale point</source>
        <translation>check-scale point</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>training attendee</source>
        <translation>training attendee</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <source>certificate %1 is exactly as issued, but it was withdrawn on %2: %3</source>
        <translation>certificate %1 is exactly as issued, but it was withdrawn on %2: %3</translation>
    </message>
    <message>
        <source>certificate %1 is exactly as issued, but it was replaced on %2 by certificate %3</source>
        <translation>certificate %1 is exactly as issued, but it was replaced on %2 by certificate %3</translation>
    </message>
    <message>
        <source>certificate %1, issued %2 by this lab, exactly as issued; it is current</source>
        <translation>certificate %1, issued %2 by this lab, exactly as issued; it is current</translation>
    </message>
    <message>
        <source>this file is not a PDF file, so it is no certificate</source>
        <translation>this file is not a PDF file, so it is no certificate</translation>
    </message>
    <message>
        <source>this PDF names no certificate number: it is not a certificate issued by this lab</source>
        <translation>this PDF names no certificate number: it is not a certificate issued by this lab</translation>
    </message>
    <message>
        <source>this lab never issued a certificate numbered %1: the file is not one of its certificates</source>
        <translation>this lab never issued a certificate numbered %1: the file is not one of its certificates</translation>
    </message>
    <message>
        <source>this file says it is certificate %1, but it is not the document this lab issued under that number (its PDF identifier differs): it was not issued by this lab</source>
        <translation>this file says it is certificate %1, but it is not the document this lab issued under that number (its PDF identifier differs): it was not issued by this lab</translation>
    </message>
    <message>
        <source>this file is certificate %1 as this lab issued it, altered since: its bytes differ from the ones issued</source>
        <translation>this file is certificate %1 as this lab issued it, altered since: its bytes differ from the ones issued</translation>
    </message>
    <message>
        <source>no audit entry %1</source>
        <translation>no audit entry %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>No audit entry matches.</source>
        <translation>No audit entry matches.</translation>
    </message>
    <message>
        <source>Checklist item taken back to not checked</source>
        <translation>Checklist item taken back to not checked</translation>
    </message>
    <message>
        <source>Signing key made</source>
        <translation>Signing key made</translation>
    </message>
    <message>
        <source>Signing passphrase changed</source>
        <translation>Signing passphrase changed</translation>
    </message>
    <message>
        <source>%1 sent to %2</source>
        <translation>%1 sent to %2</translation>
    </message>
    <message>
        <source>back left</source>
        <translation>back left</translation>
    </message>
    <message>
        <source>back right</source>
        <translation>back right</translation>
    </message>
    <message>
        <source>calibration certificate</source>
        <translation>calibration certificate</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>centre</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>could not write %1: %2</translation>
    </message>
    <message>
        <source>could not write the file to print: %1</source>
        <translation>could not write the file to print: %1</translation>
    </message>
    <message>
        <source>failure record</source>
        <translation>failure record</translation>
    </message>
    <message>
        <source>front left</source>
        <translation>front left</translation>
    </message>
    <message>
        <source>front right</source>
        <translation>front right</translation>
    </message>
    <message>
        <source>no certificate is shown to print</source>
        <translation>no certificate is shown to print</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
    <message>
        <source>the print server refused the certificate: %1</source>
        <translation>the print server refused the certificate: %1</translation>
    </message>
    <message>
        <source>verification certificate</source>
        <translation>verification certificate</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>%1 certificate(s) issued for the instrument print this value: it cannot change</source>
        <translation>%1 certificate(s) issued for the instrument print this value: it cannot change</translation>
    </message>
    <message>
        <source>%1 completed record(s) were judged against this value: it cannot change (register the instrument again if it was rebuilt)</source>
        <translation>%1 completed record(s) were judged against this value: it cannot change (register the instrument again if it was rebuilt)</translation>
    </message>
    <message>
        <source>%1 customer(s)</source>
        <translation>%1 customer(s)</translation>
    </message>
    <message>
        <source>%1 holds no verifier card for the field “%2”</source>
        <translation>%1 holds no verifier card for the field “%2”</translation>
    </message>
    <message>
        <source>%1 national institute(s)</source>
        <translation>%1 national institute(s)</translation>
    </message>
    <message>
        <source>%1 of %2 hold a valid card</source>
        <translation>%1 of %2 hold a valid card</translation>
    </message>
    <message>
        <source>%1 of %2 standard(s) in service calibrated and in date</source>
        <translation>%1 of %2 standard(s) in service calibrated and in date</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 of %2 steps done</translation>
    </message>
    <message>
        <source>%1 standard(s) in service</source>
        <translation>%1 standard(s) in service</translation>
    </message>
    <message>
        <source>%1 technician(s) and manager(s)</source>
        <translation>%1 technician(s) and manager(s)</translation>
    </message>
    <message>
        <source>%1 unused stamp(s)</source>
        <translation>%1 unused stamp(s)</translation>
    </message>
    <message>
        <source>%1's verifier card(s) for %2 removed: %3</source>
        <translation>%1's verifier card(s) for %2 removed: %3</translation>
    </message>
    <message>
        <source>A valid calibration of each standard in service</source>
        <translation>A valid calibration of each standard in service</translation>
    </message>
    <message>
        <source>A valid verifier card for each of them</source>
        <translation>A valid verifier card for each of them</translation>
    </message>
    <message>
        <source>Customers, whose instruments the lab verifies</source>
        <translation>Customers, whose instruments the lab verifies</translation>
    </message>
    <message>
        <source>Instrument %1 changed: %2 serial %3</source>
        <translation>Instrument %1 changed: %2 serial %3</translation>
    </message>
    <message>
        <source>Instrument's details changed</source>
        <translation>Instrument's details changed</translation>
    </message>
    <message>
        <source>Organisation %1 changed: %2</source>
        <translation>Organisation %1 changed: %2</translation>
    </message>
    <message>
        <source>Organisation's details changed</source>
        <translation>Organisation's details changed</translation>
    </message>
    <message>
        <source>The lab's details that certificates print</source>
        <translation>The lab's details that certificates print</translation>
    </message>
    <message>
        <source>The lab's standards</source>
        <translation>The lab's standards</translation>
    </message>
    <message>
        <source>The national metrology institute that calibrates the lab's standards</source>
        <translation>The national metrology institute that calibrates the lab's standards</translation>
    </message>
    <message>
        <source>The people who verify and approve</source>
        <translation>The people who verify and approve</translation>
    </message>
    <message>
        <source>Verification stamps</source>
        <translation>Verification stamps</translation>
    </message>
    <message>
        <source>Verifier card removed</source>
        <translation>Verifier card removed</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>address, designation number and governing body are set</source>
        <translation>address, designation number and governing body are set</translation>
    </message>
    <message>
        <source>designation number</source>
        <translation>designation number</translation>
    </message>
    <message>
        <source>governing body</source>
        <translation>governing body</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>the field of the card to remove is required</source>
        <translation>the field of the card to remove is required</translation>
    </message>
    <message>
        <source>the instrument has %1 record(s) made as a %2: its type cannot change</source>
        <translation>the instrument has %1 record(s) made as a %2: its type cannot change</translation>
    </message>
    <message>
        <source>the lab's contents could not be counted</source>
        <translation>the lab's contents could not be counted</translation>
    </message>
    <message>
        <source>the lab's own name and address are changed in the lab's settings</source>
        <translation>the lab's own name and address are changed in the lab's settings</translation>
    </message>
    <message>
        <source>the organisation calibrated %1 of the lab's standards: it stays a laboratory or institute</source>
        <translation>the organisation calibrated %1 of the lab's standards: it stays a laboratory or institute</translation>
    </message>
    <message>
        <source>the organisation owns %1 instrument(s): it stays a customer</source>
        <translation>the organisation owns %1 instrument(s): it stays a customer</translation>
    </message>
    <message>
        <source>the owner changes by a transfer, which keeps the date it changed hands</source>
        <translation>the owner changes by a transfer, which keeps the date it changed hands</translation>
    </message>
    <message>
        <source>“%1” is not a field of the catalogue's instrument types; the fields are: %2</source>
        <translation>“%1” is not a field of the catalogue's instrument types; the fields are: %2</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>not used yet</translation>
    </message>
    <message>
        <source>used</source>
        <translation>used</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>a lab is on one server: give one host, not “%1”</source>
        <translation>a lab is on one server: give one host, not “%1”</translation>
    </message>
    <message>
        <source>sslmode is one of %1, not “%2”</source>
        <translation>sslmode is one of %1, not “%2”</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL connection URI (postgresql://user@host:port/database)</source>
        <translation>“%1” is not a PostgreSQL connection URI (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL connection parameter</source>
        <translation>“%1” is not a PostgreSQL connection parameter</translation>
    </message>
    <message>
        <source>“%1” is not a host and port</source>
        <translation>“%1” is not a host and port</translation>
    </message>
    <message>
        <source>“%1” is not a parameter=value pair</source>
        <translation>“%1” is not a parameter=value pair</translation>
    </message>
    <message>
        <source>“%1” is not a port (1 to 65535)</source>
        <translation>“%1” is not a port (1 to 65535)</translation>
    </message>
    <message>
        <source>“%1” is not percent-encoded correctly</source>
        <translation>“%1” is not percent-encoded correctly</translation>
    </message>
    <message>
        <source>“%1” opens an address with “[” it does not close</source>
        <translation>“%1” opens an address with “[” it does not close</translation>
    </message>
    <message>
        <source>%1 exists already; a lab is moved into a new file only</source>
        <translation>%1 exists already; a lab is moved into a new file only</translation>
    </message>
    <message>
        <source>%1 holds a lab already; a lab is moved into an empty database only</source>
        <translation>%1 holds a lab already; a lab is moved into an empty database only</translation>
    </message>
    <message>
        <source>%1 is the lab itself</source>
        <translation>%1 is the lab itself</translation>
    </message>
    <message>
        <source>Password of the database user for %1: </source>
        <translation>Password of the database user for %1: </translation>
    </message>
    <message>
        <source>a lab is copied between labs of this Etalon's schema version only (%1)</source>
        <translation>a lab is copied between labs of this Etalon's schema version only (%1)</translation>
    </message>
    <message>
        <source>cannot reach the lab's server at %1: %2</source>
        <translation>cannot reach the lab's server at %1: %2</translation>
    </message>
    <message>
        <source>storage error: the new row's id was not returned</source>
        <translation>storage error: the new row's id was not returned</translation>
    </message>
    <message>
        <source>the connection to the lab's server failed: %1</source>
        <translation>the connection to the lab's server failed: %1</translation>
    </message>
    <message>
        <source>the database %1 holds another program's tables, not an Etalon lab; nothing was changed</source>
        <translation>the database %1 holds another program's tables, not an Etalon lab; nothing was changed</translation>
    </message>
    <message>
        <source>the database %1 holds no Etalon lab; nothing was changed (etalon-cli init creates one)</source>
        <translation>the database %1 holds no Etalon lab; nothing was changed (etalon-cli init creates one)</translation>
    </message>
    <message>
        <source>the lab's database is damaged (%1); restore it from a backup</source>
        <translation>the lab's database is damaged (%1); restore it from a backup</translation>
    </message>
    <message>
        <source>the lab's tables reference each other in a circle: %1</source>
        <translation>the lab's tables reference each other in a circle: %1</translation>
    </message>
    <message>
        <source>the moved lab at %1 does not verify: %2</source>
        <translation>the moved lab at %1 does not verify: %2</translation>
    </message>
    <message>
        <source>the server runs PostgreSQL %1; Etalon needs PostgreSQL 15 or newer</source>
        <translation>the server runs PostgreSQL %1; Etalon needs PostgreSQL 15 or newer</translation>
    </message>
    <message>
        <source>this computer cannot reach PostgreSQL servers: Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>this computer cannot reach PostgreSQL servers: Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</translation>
    </message>
    <message>
        <source>where to move the lab is required: a new lab file or an empty PostgreSQL database's URI</source>
        <translation>where to move the lab is required: a new lab file or an empty PostgreSQL database's URI</translation>
    </message>
    <message>
        <source>Lab copied to another database to move it there</source>
        <translation>Lab copied to another database to move it there</translation>
    </message>
    <message>
        <source>Lab moved: this copy is kept to be read only</source>
        <translation>Lab moved: this copy is kept to be read only</translation>
    </message>
    <message>
        <source>The lab at %1 moved to %2 and checked: %3 audit entries intact, %4 certificates verify. Work on it there: the lab at %1 is kept to be read, not changed.</source>
        <translation>The lab at %1 moved to %2 and checked: %3 audit entries intact, %4 certificates verify. Work on it there: the lab at %1 is kept to be read, not changed.</translation>
    </message>
    <message>
        <source>this lab was moved to %1; it is kept to be read, not changed: work on the lab there</source>
        <translation>this lab was moved to %1; it is kept to be read, not changed: work on the lab there</translation>
    </message>
    <message>
        <source> (by %1 at %2)</source>
        <translation> (by %1 at %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>being edited by %1 at %2 since %3</source>
        <translation>being edited by %1 at %2 since %3</translation>
    </message>
    <message>
        <source>record %1 is %2%3 and can no longer be changed</source>
        <translation>record %1 is %2%3 and can no longer be changed</translation>
    </message>
    <message>
        <source>record %1 is %2%3; only a completed record can be approved or sent back</source>
        <translation>record %1 is %2%3; only a completed record can be approved or sent back</translation>
    </message>
    <message>
        <source>record %1 is %2; it can be changed once they close it (or %3 minutes after their desk last answered)</source>
        <translation>record %1 is %2; it can be changed once they close it (or %3 minutes after their desk last answered)</translation>
    </message>
    <message>
        <source>a demo lab is made in a file, not on a server</source>
        <translation>a demo lab is made in a file, not on a server</translation>
    </message>
    <message>
        <source>serial “%1” is already registered for %2 made by “%3” (instrument %4)</source>
        <translation>serial “%1” is already registered for %2 made by “%3” (instrument %4)</translation>
    </message>
    <message>
        <source>serial “%1” is already registered for %2 with no manufacturer named (instrument %3)</source>
        <translation>serial “%1” is already registered for %2 with no manufacturer named (instrument %3)</translation>
    </message>
    <message>
        <source>the server at %1 refused the password given for its database user %2</source>
        <translation>the server at %1 refused the password given for its database user %2</translation>
    </message>
    <message>
        <source>the server at %1 wants a password for its database user %2: give it in PGPASSWORD or ~/.pgpass, or type it when asked</source>
        <translation>the server at %1 wants a password for its database user %2: give it in PGPASSWORD or ~/.pgpass, or type it when asked</translation>
    </message>
    <message>
        <source>Record %1 is %2.</source>
        <translation>Record %1 is %2.</translation>
    </message>
</context>
<context>
    <name>Etalon::ApprovalsPage</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved, certificate not issued</source>
        <translation>Approved, certificate not issued</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>Send &amp;back…</translation>
    </message>
    <message>
        <source>&amp;Issue certificate…</source>
        <translation>&amp;Issue certificate…</translation>
    </message>
    <message>
        <source>Record %1 approved</source>
        <translation>Record %1 approved</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Why does record %1 go back to the technician?</source>
        <translation>Why does record %1 go back to the technician?</translation>
    </message>
    <message>
        <source>Record %1 sent back</source>
        <translation>Record %1 sent back</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Issue certificate</translation>
    </message>
    <message>
        <source>The lab's signing passphrase:</source>
        <translation>The lab's signing passphrase:</translation>
    </message>
    <message>
        <source>Certificate %1 issued</source>
        <translation>Certificate %1 issued</translation>
    </message>
    <message>
        <source>Amend certificate</source>
        <translation>Amend certificate</translation>
    </message>
    <message>
        <source>This record revises certificate %1. Why is it amended?</source>
        <translation>This record revises certificate %1. Why is it amended?</translation>
    </message>
    <message>
        <source>&amp;Export all records (CSV)…</source>
        <translation>&amp;Export all records (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <source>Nothing here: records appear once a technician completes them.</source>
        <translation>Nothing here: records appear once a technician completes them.</translation>
    </message>
</context>
<context>
    <name>Etalon::AuditPage</name>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>every user</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>everything</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Check the audit chain</source>
        <translation>&amp;Check the audit chain</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>The audit trail is broken at entry %1: %2</translation>
    </message>
    <message>
        <source>The data differs from the audit trail: %1</source>
        <translation>The data differs from the audit trail: %1</translation>
    </message>
    <message>
        <source>The lab file is damaged: %1</source>
        <translation>The lab file is damaged: %1</translation>
    </message>
    <message>
        <source>The lab's schema was changed behind Etalon's back: %1</source>
        <translation>The lab's schema was changed behind Etalon's back: %1</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 entries, %2 signed checkpoints</source>
        <translation>Audit trail intact: %1 entries, %2 signed checkpoints</translation>
    </message>
    <message>
        <source>When (local time, %1)</source>
        <translation>When (local time, %1)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Search all dates: certificate number, serial, user, action or any text…</source>
        <translation>Search all dates: certificate number, serial, user, action or any text…</translation>
    </message>
    <message>
        <source>&amp;Show the entry found</source>
        <translation>&amp;Show the entry found</translation>
    </message>
    <message>
        <source>Show &amp;details (as stored)</source>
        <translation>Show &amp;details (as stored)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2
Before:
%3
After:
%4</source>
        <translation>%1 — %2
Before:
%3
After:
%4</translation>
    </message>
    <message>
        <source>%1 entries mention “%2” (all dates)</source>
        <translation>%1 entries mention “%2” (all dates)</translation>
    </message>
    <message>
        <source>&amp;Show entry %1</source>
        <translation>&amp;Show entry %1</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Entry %1: %2</translation>
    </message>
</context>
<context>
    <name>Etalon::CalibrationDialog</name>
    <message>
        <source>Record a calibration of standard %1</source>
        <translation>Record a calibration of standard %1</translation>
    </message>
    <message>
        <source>our standard %1 (%2)</source>
        <translation>our standard %1 (%2)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Expanded uncertainty U</source>
        <translation>Expanded uncertainty U</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <source>Calibrated &amp;by:</source>
        <translation>Calibrated &amp;by:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points:</translation>
    </message>
    <message>
        <source>Add a &amp;row</source>
        <translation>Add a &amp;row</translation>
    </message>
    <message>
        <source>row %1 has no value</source>
        <translation>row %1 has no value</translation>
    </message>
    <message>
        <source>Weight (mark)</source>
        <translation>Weight (mark)</translation>
    </message>
</context>
<context>
    <name>Etalon::CataloguePage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Group 2</source>
        <translation>Group 2</translation>
    </message>
    <message>
        <source>Cycle (months)</source>
        <translation>Cycle (months)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 instrument types</source>
        <translation>%1 instrument types</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>Etalon::CertificatesPage</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF file…</source>
        <translation>&amp;Verify a PDF file…</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>, suspect</source>
        <translation>, suspect</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 certificates</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Save the certificate</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Save all &amp;listed…</source>
        <translation>Save all &amp;listed…</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Folder for the certificates</translation>
    </message>
    <message>
        <source>%1 certificates saved in %2</source>
        <translation>%1 certificates saved in %2</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Why is certificate %1 withdrawn?</source>
        <translation>Why is certificate %1 withdrawn?</translation>
    </message>
    <message>
        <source>Select a certificate first</source>
        <translation>Select a certificate first</translation>
    </message>
    <message>
        <source>Certificate %1 withdrawn</source>
        <translation>Certificate %1 withdrawn</translation>
    </message>
    <message>
        <source>Saving certificates…</source>
        <translation>Saving certificates…</translation>
    </message>
    <message>
        <source>&amp;Revise for an amendment</source>
        <translation>&amp;Revise for an amendment</translation>
    </message>
    <message>
        <source>Record %1 is a new draft revising it: correct it, complete it, and once approved its certificate amends this one</source>
        <translation>Record %1 is a new draft revising it: correct it, complete it, and once approved its certificate amends this one</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>No certificates yet: a manager issues them from Approvals once a record is approved.</source>
        <translation>No certificates yet: a manager issues them from Approvals once a record is approved.</translation>
    </message>
    <message>
        <source>✓ Valid: %1 is certificate %2, issued %3 by this lab, exactly as issued, and it is current.</source>
        <translation>✓ Valid: %1 is certificate %2, issued %3 by this lab, exactly as issued, and it is current.</translation>
    </message>
    <message>
        <source>✗ Not a PDF: %1 is not a PDF file, so it is no certificate.</source>
        <translation>✗ Not a PDF: %1 is not a PDF file, so it is no certificate.</translation>
    </message>
    <message>
        <source>✗ Not issued by this lab: %1 says it is certificate %2, but it is not the document this lab issued under that number (its PDF identifier differs).</source>
        <translation>✗ Not issued by this lab: %1 says it is certificate %2, but it is not the document this lab issued under that number (its PDF identifier differs).</translation>
    </message>
    <message>
        <source>✗ Not issued by this lab: this lab never issued a certificate numbered %1.</source>
        <translation>✗ Not issued by this lab: this lab never issued a certificate numbered %1.</translation>
    </message>
    <message>
        <source>✗ Not issued by this lab: %1 names no certificate number.</source>
        <translation>✗ Not issued by this lab: %1 names no certificate number.</translation>
    </message>
    <message>
        <source>✗ Altered: %1 is certificate %2 as this lab issued it, changed since: its bytes differ from the ones issued. Print it again from the lab (Certificates → Print).</source>
        <translation>✗ Altered: %1 is certificate %2 as this lab issued it, changed since: its bytes differ from the ones issued. Print it again from the lab (Certificates → Print).</translation>
    </message>
    <message>
        <source>✗ Withdrawn: certificate %1 is exactly as issued, but it was withdrawn on %2. Reason: %3</source>
        <translation>✗ Withdrawn: certificate %1 is exactly as issued, but it was withdrawn on %2. Reason: %3</translation>
    </message>
    <message>
        <source>✗ Replaced: certificate %1 is exactly as issued, but it was replaced on %2 by certificate %3.</source>
        <translation>✗ Replaced: certificate %1 is exactly as issued, but it was replaced on %2 by certificate %3.</translation>
    </message>
    <message>
        <source>Withdraw certificate %1? It stays on record as withdrawn and cannot be made current again.</source>
        <translation>Withdraw certificate %1? It stays on record as withdrawn and cannot be made current again.</translation>
    </message>
</context>
<context>
    <name>Etalon::DuePage</name>
    <message>
        <source>Overdue or due within </source>
        <translation>Overdue or due within </translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Filter by owner, serial or name…</source>
        <translation>Filter by owner, serial or name…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>the lab's standards</source>
        <translation>the lab's standards</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Not fit for use</source>
        <translation>Not fit for use</translation>
    </message>
    <message>
        <source>Not fit for use: %5 · overdue: %1 · within 30 days: %2 · 31–60 days: %3 · 61–90 days: %4</source>
        <translation>Not fit for use: %5 · overdue: %1 · within 30 days: %2 · 31–60 days: %3 · 61–90 days: %4</translation>
    </message>
    <message>
        <source>Nothing falls due in this window. Instruments come here once registered and verified, with the due dates their verifications and calibrations set.</source>
        <translation>Nothing falls due in this window. Instruments come here once registered and verified, with the due dates their verifications and calibrations set.</translation>
    </message>
</context>
<context>
    <name>Etalon::DueTableModel</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Instrument (calibration)</source>
        <translation>Instrument (calibration)</translation>
    </message>
    <message>
        <source>Instrument (verification)</source>
        <translation>Instrument (verification)</translation>
    </message>
    <message>
        <source>Not fit for use</source>
        <translation>Not fit for use</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quarantined: taken out of service</source>
        <translation>Quarantined: taken out of service</translation>
    </message>
    <message>
        <source>Failed its in-service inspection (record %1)</source>
        <translation>Failed its in-service inspection (record %1)</translation>
    </message>
    <message>
        <source>Failed its verification (record %1)</source>
        <translation>Failed its verification (record %1)</translation>
    </message>
</context>
<context>
    <name>Etalon::FieldForm</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Etalon::ImportDialog</name>
    <message>
        <source>Import instruments</source>
        <translation>Import instruments</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Import organisations</translation>
    </message>
    <message>
        <source>A CSV file with a header row naming its columns: %1.</source>
        <translation>A CSV file with a header row naming its columns: %1.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>%1 rows checked: %2 valid, %3 with errors. Nothing is stored yet.</source>
        <translation>%1 rows checked: %2 valid, %3 with errors. Nothing is stored yet.</translation>
    </message>
    <message>
        <source>%1 rows imported.</source>
        <translation>%1 rows imported.</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rows marked, or import only the valid ones.</source>
        <translation>Nothing was imported: fix the rows marked, or import only the valid ones.</translation>
    </message>
    <message>
        <source>stored as %1</source>
        <translation>stored as %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
</context>
<context>
    <name>Etalon::InstrumentDialog</name>
    <message>
        <source>Register an instrument</source>
        <translation>Register an instrument</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Serial number:</translation>
    </message>
    <message>
        <source>&amp;Manufacturer:</source>
        <translation>&amp;Manufacturer:</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>Mo&amp;del:</translation>
    </message>
    <message>
        <source>Country of origin:</source>
        <translation>Country of origin:</translation>
    </message>
    <message>
        <source>Pattern approval:</source>
        <translation>Pattern approval:</translation>
    </message>
    <message>
        <source>Place of use:</source>
        <translation>Place of use:</translation>
    </message>
    <message>
        <source>Accuracy &amp;class:</source>
        <translation>Accuracy &amp;class:</translation>
    </message>
    <message>
        <source>Range minimum:</source>
        <translation>Range minimum:</translation>
    </message>
    <message>
        <source>&amp;Range maximum:</source>
        <translation>&amp;Range maximum:</translation>
    </message>
    <message>
        <source>Resolution d:</source>
        <translation>Resolution d:</translation>
    </message>
    <message>
        <source>Verification interval e:</source>
        <translation>Verification interval e:</translation>
    </message>
    <message>
        <source>Nominal value (weights):</source>
        <translation>Nominal value (weights):</translation>
    </message>
    <message>
        <source>empty: the lab assigns one</source>
        <translation>empty: the lab assigns one</translation>
    </message>
    <message>
        <source>e.g. 60 kg</source>
        <translation>e.g. 60 kg</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Year made:</source>
        <translation>Year made:</translation>
    </message>
    <message>
        <source>Change instrument %1</source>
        <translation>Change instrument %1</translation>
    </message>
    <message>
        <source>The owner changes by a transfer (etalon-cli instrument transfer)</source>
        <translation>The owner changes by a transfer (etalon-cli instrument transfer)</translation>
    </message>
    <message>
        <source>empty: keeps the number it has</source>
        <translation>empty: keeps the number it has</translation>
    </message>
</context>
<context>
    <name>Etalon::InstrumentTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>Etalon::InstrumentsPage</name>
    <message>
        <source>Filter by serial, model, manufacturer or place…</source>
        <translation>Filter by serial, model, manufacturer or place…</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Start verification or calibration…</source>
        <translation>&amp;Start verification or calibration…</translation>
    </message>
    <message>
        <source>No instruments yet. Register the customers' instruments (Register…) or import them from a CSV file; register their owners first, on the Organisations page.</source>
        <translation>No instruments yet. Register the customers' instruments (Register…) or import them from a CSV file; register their owners first, on the Organisations page.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>His&amp;tory…</translation>
    </message>
    <message>
        <source>instrument %1 (%2)</source>
        <translation>instrument %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Etalon::MainWindow</name>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Falls due</source>
        <translation>Falls due</translation>
    </message>
    <message>
        <source>DEMO DATA — this lab is synthetic and for trying Etalon out only</source>
        <translation>DEMO DATA — this lab is synthetic and for trying Etalon out only</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Uncertainty calculator…</source>
        <translation>&amp;Uncertainty calculator…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) — %3</source>
        <translation>Signed in as %1 (%2) — %3</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>&amp;Backup now…</translation>
    </message>
    <message>
        <source>Back up the lab</source>
        <translation>Back up the lab</translation>
    </message>
    <message>
        <source>Etalon labs (*.etalon)</source>
        <translation>Etalon labs (*.etalon)</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Backup made and checked: %1</translation>
    </message>
    <message>
        <source>&amp;Daily backup…</source>
        <translation>&amp;Daily backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Daily backup failed: %1</source>
        <translation>Daily backup failed: %1</translation>
    </message>
    <message>
        <source>Today's backup made and checked: %1</source>
        <translation>Today's backup made and checked: %1</translation>
    </message>
    <message>
        <source>Folder for the daily backups</source>
        <translation>Folder for the daily backups</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <source>Keep the daily copies for how many days?</source>
        <translation>Keep the daily copies for how many days?</translation>
    </message>
    <message>
        <source>Today's backup is already in %1</source>
        <translation>Today's backup is already in %1</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Stamps</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>&amp;Generate more demo data…</source>
        <translation>&amp;Generate more demo data…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>How many records?</source>
        <translation>How many records?</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>Generating demo data…</translation>
    </message>
    <message>
        <source>%1 instruments and %2 records added</source>
        <translation>%1 instruments and %2 records added</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filter the list</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Signing &amp;passphrase…</source>
        <translation>Signing &amp;passphrase…</translation>
    </message>
    <message>
        <source>The lab's signing passphrase was saved.</source>
        <translation>The lab's signing passphrase was saved.</translation>
    </message>
    <message>
        <source>Etalon — %1 — %2 (%3)</source>
        <translation>Etalon — %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Refreshed: what others changed is shown.</source>
        <translation>Refreshed: what others changed is shown.</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Lab settings</source>
        <translation>Lab settings</translation>
    </message>
    <message>
        <source>Updated: another desk changed the lab.</source>
        <translation>Updated: another desk changed the lab.</translation>
    </message>
</context>
<context>
    <name>Etalon::OrganisationDialog</name>
    <message>
        <source>Register an organisation</source>
        <translation>Register an organisation</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Calibration laboratory</source>
        <translation>Calibration laboratory</translation>
    </message>
    <message>
        <source>National metrology institute</source>
        <translation>National metrology institute</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>&amp;Tax code:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Commune or ward:</source>
        <translation>&amp;Commune or ward:</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>Etalon::OrganisationsPage</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organisations</translation>
    </message>
    <message>
        <source>No organisations yet. Register the lab's customers and the national metrology institute that calibrates its standards (Register…), or import them from a CSV file.</source>
        <translation>No organisations yet. Register the lab's customers and the national metrology institute that calibrates its standards (Register…), or import them from a CSV file.</translation>
    </message>
    <message>
        <source>%1: changes saved</source>
        <translation>%1: changes saved</translation>
    </message>
    <message>
        <source>Choose the organisation in the list</source>
        <translation>Choose the organisation in the list</translation>
    </message>
    <message>
        <source>Choose the organisation to change in the list</source>
        <translation>Choose the organisation to change in the list</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>His&amp;tory…</translation>
    </message>
</context>
<context>
    <name>Etalon::PeoplePage</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Verifier certificate</source>
        <translation>Verifier certificate</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>A temporary password for %1:</source>
        <translation>A temporary password for %1:</translation>
    </message>
    <message>
        <source>%1 must choose a new password at the next sign-in</source>
        <translation>%1 must choose a new password at the next sign-in</translation>
    </message>
    <message>
        <source>Record a &amp;verifier card…</source>
        <translation>Record a &amp;verifier card…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1's verifier card for %2 removed</source>
        <translation>%1's verifier card for %2 removed</translation>
    </message>
    <message>
        <source>Choose the card to remove in the list of cards</source>
        <translation>Choose the card to remove in the list of cards</translation>
    </message>
    <message>
        <source>Choose the person in the list first</source>
        <translation>Choose the person in the list first</translation>
    </message>
    <message>
        <source>Re&amp;move card</source>
        <translation>Re&amp;move card</translation>
    </message>
    <message>
        <source>Remove %1's verifier card for %2? From now on they may not complete work in that field; work already done stays as it was judged.</source>
        <translation>Remove %1's verifier card for %2? From now on they may not complete work in that field; work already done stays as it was judged.</translation>
    </message>
    <message>
        <source>Remove a verifier card</source>
        <translation>Remove a verifier card</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verifier card %1 of %2 recorded</source>
        <translation>Verifier card %1 of %2 recorded</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>expires in %n day(s)</source>
        <translation>expires in %n day(s)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
</context>
<context>
    <name>Etalon::ProgrammePage</name>
    <message>
        <source>Year </source>
        <translation>Year </translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Mass set</source>
        <translation>Mass set</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1: %2 verifications and calibrations, %3 certificates, %4 points equipped, %5 enterprises enrolled, %6 people trained.</source>
        <translation>%1: %2 verifications and calibrations, %3 certificates, %4 points equipped, %5 enterprises enrolled, %6 people trained.</translation>
    </message>
    <message>
        <source>Set a &amp;target…</source>
        <translation>Set a &amp;target…</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Which target?</source>
        <translation>Which target?</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>By the year:</source>
        <translation>By the year:</translation>
    </message>
    <message>
        <source>Check-scale points of a commune or ward…</source>
        <translation>Check-scale points of a commune or ward…</translation>
    </message>
    <message>
        <source>only those whose equipment falls due within 60 days</source>
        <translation>only those whose equipment falls due within 60 days</translation>
    </message>
    <message>
        <source>A&amp;ctivity report…</source>
        <translation>A&amp;ctivity report…</translation>
    </message>
    <message>
        <source>Annual &amp;report…</source>
        <translation>Annual &amp;report…</translation>
    </message>
    <message>
        <source>Report saved as PDF and CSV.</source>
        <translation>Report saved as PDF and CSV.</translation>
    </message>
</context>
<context>
    <name>Etalon::ReadingGridModel</name>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Indication %1</source>
        <translation>Indication %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>MPE</source>
        <translation>MPE</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <source>Additional load ΔL</source>
        <translation>Additional load ΔL</translation>
    </message>
    <message>
        <source>corrected to the reading of row %1</source>
        <translation>corrected to the reading of row %1</translation>
    </message>
</context>
<context>
    <name>Etalon::RecordEditor</name>
    <message>
        <source>Record %1</source>
        <translation>Record %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;%4, %5, procedure %6 — &lt;i&gt;%7&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;%4, %5, procedure %6 — &lt;i&gt;%7&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Point %1 recorded: error %2</source>
        <translation>Point %1 recorded: error %2</translation>
    </message>
    <message>
        <source>Point %1 not recorded: %2</source>
        <translation>Point %1 not recorded: %2</translation>
    </message>
    <message>
        <source>Sent back by the manager: %1</source>
        <translation>Sent back by the manager: %1</translation>
    </message>
    <message>
        <source>&amp;Void reading…</source>
        <translation>&amp;Void reading…</translation>
    </message>
    <message>
        <source>Void reading</source>
        <translation>Void reading</translation>
    </message>
    <message>
        <source>Why is this reading void? (kept, never printed)</source>
        <translation>Why is this reading void? (kept, never printed)</translation>
    </message>
    <message>
        <source>Select a recorded reading to void.</source>
        <translation>Select a recorded reading to void.</translation>
    </message>
    <message>
        <source>Reading %1 voided: read it again in the new row.</source>
        <translation>Reading %1 voided: read it again in the new row.</translation>
    </message>
    <message>
        <source>  • checklist item not checked: %1</source>
        <translation>  • checklist item not checked: %1</translation>
    </message>
    <message>
        <source>Checklist (each click is saved: not checked → passed → failed → not checked; every item must be set):</source>
        <translation>Checklist (each click is saved: not checked → passed → failed → not checked; every item must be set):</translation>
    </message>
    <message>
        <source>Checklist: %1 passed, %2 failed, %3 not checked</source>
        <translation>Checklist: %1 passed, %2 failed, %3 not checked</translation>
    </message>
    <message>
        <source>Checklist: “%1” %2</source>
        <translation>Checklist: “%1” %2</translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;mplete</translation>
    </message>
    <message>
        <source>Complete record %1</source>
        <translation>Complete record %1</translation>
    </message>
    <message>
        <source>Complete the record and send it for approval? It can no longer be edited.</source>
        <translation>Complete the record and send it for approval? It can no longer be edited.</translation>
    </message>
    <message>
        <source>Points recorded: %1, of which failed: %2</source>
        <translation>Points recorded: %1, of which failed: %2</translation>
    </message>
    <message>
        <source>Readings voided: %1</source>
        <translation>Readings voided: %1</translation>
    </message>
    <message>
        <source>Still missing of the test programme:</source>
        <translation>Still missing of the test programme:</translation>
    </message>
    <message>
        <source>The record cannot be completed until what is missing is done.</source>
        <translation>The record cannot be completed until what is missing is done.</translation>
    </message>
    <message>
        <source>Verdict as it stands: %1</source>
        <translation>Verdict as it stands: %1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>typed again at the bench (was %1)</source>
        <translation>typed again at the bench (was %1)</translation>
    </message>
    <message>
        <source>Com&amp;plete…</source>
        <translation>Com&amp;plete…</translation>
    </message>
    <message>
        <source>Shown only, not for changing: %1</source>
        <translation>Shown only, not for changing: %1</translation>
    </message>
</context>
<context>
    <name>Etalon::SignInDialog</name>
    <message>
        <source>Sign in to Etalon</source>
        <translation>Sign in to Etalon</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Lab:</source>
        <translation>&amp;Lab:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Open a lab</source>
        <translation>Open a lab</translation>
    </message>
    <message>
        <source>Etalon labs (*.etalon);;All files (*)</source>
        <translation>Etalon labs (*.etalon);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>An administrator reset your password. Choose a new one (at least 8 characters, letters and digits or signs):</source>
        <translation>An administrator reset your password. Choose a new one (at least 8 characters, letters and digits or signs):</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Type it again:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>&amp;New lab…</source>
        <translation>&amp;New lab…</translation>
    </message>
    <message>
        <source>Create a lab</source>
        <translation>Create a lab</translation>
    </message>
    <message>
        <source>Etalon labs (*.etalon)</source>
        <translation>Etalon labs (*.etalon)</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for a new lab</source>
        <translation>%1 exists already; choose a new file for a new lab</translation>
    </message>
    <message>
        <source>&amp;Password of its administrator, “admin”:</source>
        <translation>&amp;Password of its administrator, “admin”:</translation>
    </message>
    <message>
        <source>Lab's &amp;name:</source>
        <translation>Lab's &amp;name:</translation>
    </message>
    <message>
        <source>Lab's &amp;signing passphrase:</source>
        <translation>Lab's &amp;signing passphrase:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <source>Signing passphrase a&amp;gain:</source>
        <translation>Signing passphrase a&amp;gain:</translation>
    </message>
    <message>
        <source>The signing passphrase unlocks the key that signs every certificate and audit checkpoint. Keep it apart from the passwords; an admin can change it later.</source>
        <translation>The signing passphrase unlocks the key that signs every certificate and audit checkpoint. Keep it apart from the passwords; an admin can change it later.</translation>
    </message>
    <message>
        <source>The two signing passphrases differ.</source>
        <translation>The two signing passphrases differ.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of its database user (not your Etalon password; it is kept only until Etalon closes):</source>
        <translation>The server of %1 asks for the password of its database user (not your Etalon password; it is kept only until Etalon closes):</translation>
    </message>
    <message>
        <source>The server of %1 refused that database password. Type it again:</source>
        <translation>The server of %1 refused that database password. Type it again:</translation>
    </message>
</context>
<context>
    <name>Etalon::StampsPage</name>
    <message>
        <source>Stamp</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Receive a series…</source>
        <translation>&amp;Receive a series…</translation>
    </message>
    <message>
        <source>Receive stamps</source>
        <translation>Receive stamps</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <source>First number:</source>
        <translation>First number:</translation>
    </message>
    <message>
        <source>Last number:</source>
        <translation>Last number:</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <source>Void a stamp</source>
        <translation>Void a stamp</translation>
    </message>
    <message>
        <source>Why is %1 void?</source>
        <translation>Why is %1 void?</translation>
    </message>
    <message>
        <source>%1 stamps, %2 unused</source>
        <translation>%1 stamps, %2 unused</translation>
    </message>
    <message>
        <source>No verification stamps yet. Receive the series the lab was given (Receive a series…): a passed verification takes the next unused one.</source>
        <translation>No verification stamps yet. Receive the series the lab was given (Receive a series…): a passed verification takes the next unused one.</translation>
    </message>
</context>
<context>
    <name>Etalon::StandardDialog</name>
    <message>
        <source>Register a standard</source>
        <translation>Register a standard</translation>
    </message>
    <message>
        <source>working standard</source>
        <translation>working standard</translation>
    </message>
    <message>
        <source>reference standard</source>
        <translation>reference standard</translation>
    </message>
    <message>
        <source>check standard</source>
        <translation>check standard</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Serial number:</translation>
    </message>
    <message>
        <source>Accuracy &amp;class:</source>
        <translation>Accuracy &amp;class:</translation>
    </message>
    <message>
        <source>&amp;Range maximum:</source>
        <translation>&amp;Range maximum:</translation>
    </message>
    <message>
        <source>Own &amp;limit (largest correction):</source>
        <translation>Own &amp;limit (largest correction):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>empty: the class decides</source>
        <translation>empty: the class decides</translation>
    </message>
</context>
<context>
    <name>Etalon::StandardsPage</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Last calibration</source>
        <translation>Last calibration</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source> — out of tolerance</source>
        <translation> — out of tolerance</translation>
    </message>
    <message>
        <source>%1 standards</source>
        <translation>%1 standards</translation>
    </message>
    <message>
        <source>Calibration &amp;history (PDF)…</source>
        <translation>Calibration &amp;history (PDF)…</translation>
    </message>
    <message>
        <source>Save the calibration history</source>
        <translation>Save the calibration history</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <source>Record a &amp;calibration…</source>
        <translation>Record a &amp;calibration…</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Set &amp;status…</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Set &amp;limit…</source>
        <translation>Set &amp;limit…</translation>
    </message>
    <message>
        <source>Largest correction accepted (empty: the class decides):</source>
        <translation>Largest correction accepted (empty: the class decides):</translation>
    </message>
    <message>
        <source>Calibration %1 recorded, valid until %2</source>
        <translation>Calibration %1 recorded, valid until %2</translation>
    </message>
    <message>
        <source>at %1 the correction %2 exceeds ± %3</source>
        <translation>at %1 the correction %2 exceeds ± %3</translation>
    </message>
    <message>
        <source>Out of tolerance: %1. Work done with it since its previous calibration may be suspect (etalon-cli impact %2 --mark-suspect).</source>
        <translation>Out of tolerance: %1. Work done with it since its previous calibration may be suspect (etalon-cli impact %2 --mark-suspect).</translation>
    </message>
    <message>
        <source>Add a &amp;weight…</source>
        <translation>Add a &amp;weight…</translation>
    </message>
    <message>
        <source>Weight %1 (%2) added to the set</source>
        <translation>Weight %1 (%2) added to the set</translation>
    </message>
    <message>
        <source>No standards yet. A manager registers the lab's standards here, then records each calibration with its certificate, so the work can be traced to the national standards.</source>
        <translation>No standards yet. A manager registers the lab's standards here, then records each calibration with its certificate, so the work can be traced to the national standards.</translation>
    </message>
</context>
<context>
    <name>Etalon::StartRecordDialog</name>
    <message>
        <source>Start work on instrument %1</source>
        <translation>Start work on instrument %1</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>not agreed</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>&amp;Kind of work:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperature:</translation>
    </message>
    <message>
        <source>&amp;Humidity:</source>
        <translation>&amp;Humidity:</translation>
    </message>
    <message>
        <source>%RH, e.g. 60</source>
        <translation>%RH, e.g. 60</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>C&amp;ondition on receipt:</source>
        <translation>C&amp;ondition on receipt:</translation>
    </message>
    <message>
        <source>Calibration &amp;interval (months):</source>
        <translation>Calibration &amp;interval (months):</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>Site &amp;address:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>e.g. seal intact, pan scratched</source>
        <translation>e.g. seal intact, pan scratched</translation>
    </message>
    <message>
        <source>empty: the instrument's place of use, else the owner's address</source>
        <translation>empty: the instrument's place of use, else the owner's address</translation>
    </message>
    <message>
        <source>in the lab</source>
        <translation>in the lab</translation>
    </message>
    <message>
        <source>on site, at the customer's</source>
        <translation>on site, at the customer's</translation>
    </message>
    <message>
        <source>the customer asked for a statement of &amp;conformity</source>
        <translation>the customer asked for a statement of &amp;conformity</translation>
    </message>
    <message>
        <source>°C, e.g. 25 or 24,5</source>
        <translation>°C, e.g. 25 or 24,5</translation>
    </message>
</context>
<context>
    <name>Etalon::TablePage</name>
    <message>
        <source>Type to filter…</source>
        <translation>Type to filter…</translation>
    </message>
</context>
<context>
    <name>Etalon::UncertaintyDialog</name>
    <message>
        <source>Uncertainty calculator</source>
        <translation>Uncertainty calculator</translation>
    </message>
    <message>
        <source>p = 95.45 % (t-distribution)</source>
        <translation>p = 95.45 % (t-distribution)</translation>
    </message>
    <message>
        <source>p = 95 % (t-distribution)</source>
        <translation>p = 95 % (t-distribution)</translation>
    </message>
    <message>
        <source>p = 99 % (t-distribution)</source>
        <translation>p = 99 % (t-distribution)</translation>
    </message>
    <message>
        <source>k = 2 (fixed)</source>
        <translation>k = 2 (fixed)</translation>
    </message>
    <message>
        <source>Measurand</source>
        <translation>Measurand</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>Given as</translation>
    </message>
    <message>
        <source>Value (observations: a; b; c)</source>
        <translation>Value (observations: a; b; c)</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>ν</source>
        <translation>ν</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>Add contribution</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>u(xᵢ)</source>
        <translation>u(xᵢ)</translation>
    </message>
    <message>
        <source>cᵢ</source>
        <translation>cᵢ</translation>
    </message>
    <message>
        <source>|cᵢ·u(xᵢ)|</source>
        <translation>|cᵢ·u(xᵢ)|</translation>
    </message>
    <message>
        <source>νᵢ</source>
        <translation>νᵢ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Open a budget</source>
        <translation>Open a budget</translation>
    </message>
    <message>
        <source>Budgets (*.json)</source>
        <translation>Budgets (*.json)</translation>
    </message>
    <message>
        <source>Save the budget</source>
        <translation>Save the budget</translation>
    </message>
    <message>
        <source>the estimate is not a number</source>
        <translation>the estimate is not a number</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>“%1”: observation “%2” is not a number</source>
        <translation>“%1”: observation “%2” is not a number</translation>
    </message>
    <message>
        <source>“%1”: the value is not a number</source>
        <translation>“%1”: the value is not a number</translation>
    </message>
    <message>
        <source>“%1”: %2 is not a number</source>
        <translation>“%1”: %2 is not a number</translation>
    </message>
    <message>
        <source>Add the contributions of the budget.</source>
        <translation>Add the contributions of the budget.</translation>
    </message>
    <message>
        <source>u_c = %1; ν_eff = %2; k = %3; U = %4 — result: %5</source>
        <translation>u_c = %1; ν_eff = %2; k = %3; U = %4 — result: %5</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a budget file</source>
        <translation>%1 is not a budget file</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
</context>
<context>
    <name>Etalon::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Sign-in name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>Etalon::WorkPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in progress</source>
        <translation>
            <numerusform>%n record in progress</numerusform>
            <numerusform>%n records in progress</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in progress. Start a verification or calibration from the Instruments page: select the instrument, then “Start verification or calibration…”.</source>
        <translation>Nothing in progress. Start a verification or calibration from the Instruments page: select the instrument, then “Start verification or calibration…”.</translation>
    </message>
</context>
<context>
    <name>Etalon::WeightItemDialog</name>
    <message>
        <source>Add a weight to standard %1</source>
        <translation>Add a weight to standard %1</translation>
    </message>
    <message>
        <source>&amp;Nominal value:</source>
        <translation>&amp;Nominal value:</translation>
    </message>
    <message>
        <source>&amp;Mark (unique in the set):</source>
        <translation>&amp;Mark (unique in the set):</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Serial number:</translation>
    </message>
    <message>
        <source>Accuracy &amp;class:</source>
        <translation>Accuracy &amp;class:</translation>
    </message>
    <message>
        <source>2* for the second 2 kg weight</source>
        <translation>2* for the second 2 kg weight</translation>
    </message>
    <message>
        <source>empty: the set's class</source>
        <translation>empty: the set's class</translation>
    </message>
    <message>
        <source>the nominal value is required</source>
        <translation>the nominal value is required</translation>
    </message>
</context>
<context>
    <name>Etalon::ReviewDialog</name>
    <message>
        <source>readings voided by the technician: %1 (see Readings)</source>
        <translation>readings voided by the technician: %1 (see Readings)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Sign and issue</source>
        <translation>&amp;Sign and issue</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;%4, %5, procedure %6 — &lt;i&gt;%7&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; — %3&lt;br&gt;%4, %5, procedure %6 — &lt;i&gt;%7&lt;/i&gt;</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>As recorded</translation>
    </message>
    <message>
        <source>Certificate %1 issued and signed: print it or open the PDF.</source>
        <translation>Certificate %1 issued and signed: print it or open the PDF.</translation>
    </message>
    <message>
        <source>Certificate &amp;language:</source>
        <translation>Certificate &amp;language:</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Certificate preview</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Checklist: %1</translation>
    </message>
    <message>
        <source>Condition on receipt</source>
        <translation>Condition on receipt</translation>
    </message>
    <message>
        <source>Conditions and checklist</source>
        <translation>Conditions and checklist</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Humidity</source>
        <translation>Humidity</translation>
    </message>
    <message>
        <source>Lab's &amp;signing passphrase:</source>
        <translation>Lab's &amp;signing passphrase:</translation>
    </message>
    <message>
        <source>Largest contribution</source>
        <translation>Largest contribution</translation>
    </message>
    <message>
        <source>Last sent back because</source>
        <translation>Last sent back because</translation>
    </message>
    <message>
        <source>No warnings are kept with this record.</source>
        <translation>No warnings are kept with this record.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Record %1 approved: sign and issue its certificate with the lab's signing passphrase.</source>
        <translation>Record %1 approved: sign and issue its certificate with the lab's signing passphrase.</translation>
    </message>
    <message>
        <source>Record %1 sent back to the technician.</source>
        <translation>Record %1 sent back to the technician.</translation>
    </message>
    <message>
        <source>Review record %1</source>
        <translation>Review record %1</translation>
    </message>
    <message>
        <source>Send &amp;back</source>
        <translation>Send &amp;back</translation>
    </message>
    <message>
        <source>TUR</source>
        <translation>TUR</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>Vietnamese and English</source>
        <translation>Vietnamese and English</translation>
    </message>
    <message>
        <source>Voided reading at %1</source>
        <translation>Voided reading at %1</translation>
    </message>
    <message>
        <source>Warnings: </source>
        <translation>Warnings: </translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Why certificate %1 is amended (printed on the new one); or why the record goes back</source>
        <translation>Why certificate %1 is amended (printed on the new one); or why the record goes back</translation>
    </message>
    <message>
        <source>Why it goes back to the technician (required to send back)</source>
        <translation>Why it goes back to the technician (required to send back)</translation>
    </message>
    <message>
        <source>conditional fail</source>
        <translation>conditional fail</translation>
    </message>
    <message>
        <source>conditional pass</source>
        <translation>conditional pass</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>in the lab</source>
        <translation>in the lab</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>on site: %1</source>
        <translation>on site: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>standard allowed by a manager: %1</source>
        <translation>standard allowed by a manager: %1</translation>
    </message>
    <message>
        <source>No program to open PDF files was found; the certificate is saved as %1</source>
        <translation>No program to open PDF files was found; the certificate is saved as %1</translation>
    </message>
</context>
<context>
    <name>Etalon::SigningPassphraseDialog</name>
    <message>
        <source>&amp;Current signing passphrase:</source>
        <translation>&amp;Current signing passphrase:</translation>
    </message>
    <message>
        <source>&amp;New signing passphrase:</source>
        <translation>&amp;New signing passphrase:</translation>
    </message>
    <message>
        <source>Change the signing passphrase</source>
        <translation>Change the signing passphrase</translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation>New passphrase &amp;again:</translation>
    </message>
    <message>
        <source>Set the signing passphrase</source>
        <translation>Set the signing passphrase</translation>
    </message>
    <message>
        <source>The key that signs certificates and audit checkpoints stays the same: what it signed still verifies. Tell the signatories the new passphrase.</source>
        <translation>The key that signs certificates and audit checkpoints stays the same: what it signed still verifies. Tell the signatories the new passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>Etalon::TraceTree</name>
    <message>
        <source>Traceability</source>
        <translation>Traceability</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Calibrated by</source>
        <translation>Calibrated by</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Work of %1</source>
        <translation>Work of %1</translation>
    </message>
    <message>
        <source>%1: national measurement standard</source>
        <translation>%1: national measurement standard</translation>
    </message>
    <message>
        <source>%1: accredited calibration laboratory</source>
        <translation>%1: accredited calibration laboratory</translation>
    </message>
</context>
<context>
    <name>Etalon::ReportDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Language of the report:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Recipient (Kính gửi):</source>
        <translation>&amp;Recipient (Kính gửi):</translation>
    </message>
    <message>
        <source>&amp;Save as PDF and CSV…</source>
        <translation>&amp;Save as PDF and CSV…</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>Annual report of the programme</source>
        <translation>Annual report of the programme</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>activity-report-%1.pdf</source>
        <translation>activity-report-%1.pdf</translation>
    </message>
    <message>
        <source>annual-report-%1.pdf</source>
        <translation>annual-report-%1.pdf</translation>
    </message>
    <message>
        <source>e.g. 12/BC-TTKT</source>
        <translation>e.g. 12/BC-TTKT</translation>
    </message>
    <message>
        <source>empty: 1 January of the year</source>
        <translation>empty: 1 January of the year</translation>
    </message>
    <message>
        <source>empty: the end of the year, or today</source>
        <translation>empty: the end of the year, or today</translation>
    </message>
    <message>
        <source>empty: the lab's governing body</source>
        <translation>empty: the lab's governing body</translation>
    </message>
</context>
<context>
    <name>Etalon::GettingStartedPage</name>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 of %2 steps done</translation>
    </message>
    <message>
        <source>Another role does this step</source>
        <translation>Another role does this step</translation>
    </message>
    <message>
        <source>Before its first certificate a lab registers, in this order, what its work rests on. Each step is counted from the lab itself; it is done when the lab holds it.</source>
        <translation>Before its first certificate a lab registers, in this order, what its work rests on. Each step is counted from the lab itself; it is done when the lab holds it.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>The lab is set up: every step is done.</source>
        <translation>The lab is set up: every step is done.</translation>
    </message>
    <message>
        <source>To do — %1</source>
        <translation>To do — %1</translation>
    </message>
</context>
<context>
    <name>Etalon::HistoryDialog</name>
    <message>
        <source>%n entry(ies) in the audit trail, newest first</source>
        <translation>%n entry(ies) in the audit trail, newest first</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>accuracy class</source>
        <translation>accuracy class</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>commune or ward</source>
        <translation>commune or ward</translation>
    </message>
    <message>
        <source>country of origin</source>
        <translation>country of origin</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>manufacturer</source>
        <translation>manufacturer</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>nominal value</source>
        <translation>nominal value</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>pattern approval</source>
        <translation>pattern approval</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>place of use</source>
        <translation>place of use</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>range maximum</source>
        <translation>range maximum</translation>
    </message>
    <message>
        <source>range minimum</source>
        <translation>range minimum</translation>
    </message>
    <message>
        <source>resolution d</source>
        <translation>resolution d</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>serial number</translation>
    </message>
    <message>
        <source>tax code</source>
        <translation>tax code</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>verification interval e</source>
        <translation>verification interval e</translation>
    </message>
    <message>
        <source>year made</source>
        <translation>year made</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>Etalon::LabSettingsPage</name>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <source>%1 signs as: %2</source>
        <translation>%1 signs as: %2</translation>
    </message>
    <message>
        <source>%1 signs with the lab's title</source>
        <translation>%1 signs with the lab's title</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Certificate number pattern:</source>
        <translation>&amp;Certificate number pattern:</translation>
    </message>
    <message>
        <source>&amp;Designation number:</source>
        <translation>&amp;Designation number:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Governing body:</source>
        <translation>&amp;Governing body:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>&amp;Place of issue:</source>
        <translation>&amp;Place of issue:</translation>
    </message>
    <message>
        <source>&amp;Save the lab's details</source>
        <translation>&amp;Save the lab's details</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>C&amp;hoose a PNG…</source>
        <translation>C&amp;hoose a PNG…</translation>
    </message>
    <message>
        <source>Lab &amp;name:</source>
        <translation>Lab &amp;name:</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Sa&amp;ve the signatory</source>
        <translation>Sa&amp;ve the signatory</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Signs &amp;for:</source>
        <translation>Signs &amp;for:</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>Signs for</translation>
    </message>
    <message>
        <source>The lab's logo</source>
        <translation>The lab's logo</translation>
    </message>
    <message>
        <source>The lab's logo is now %1</source>
        <translation>The lab's logo is now %1</translation>
    </message>
    <message>
        <source>The managers who approve and issue sign certificates under their own title; one who signs on the head's behalf names the head's title (printed as "KT. GIÁM ĐỐC").</source>
        <translation>The managers who approve and issue sign certificates under their own title; one who signs on the head's behalf names the head's title (printed as "KT. GIÁM ĐỐC").</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>What certificates print</source>
        <translation>What certificates print</translation>
    </message>
    <message>
        <source>e.g. 123/QĐ-TĐC</source>
        <translation>e.g. 123/QĐ-TĐC</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>e.g. PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. SỞ KHOA HỌC VÀ CÔNG NGHỆ TUYÊN QUANG</source>
        <translation>e.g. SỞ KHOA HỌC VÀ CÔNG NGHỆ TUYÊN QUANG</translation>
    </message>
    <message>
        <source>empty when they are the head; e.g. GIÁM ĐỐC</source>
        <translation>empty when they are the head; e.g. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>the logo is a PNG image of at most 512 KiB</source>
        <translation>the logo is a PNG image of at most 512 KiB</translation>
    </message>
    <message>
        <source>{seq:04}-{yy} or {year}/{seq:05}: {seq} is required</source>
        <translation>{seq:04}-{yy} or {year}/{seq:05}: {seq} is required</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
</context>
<context>
    <name>Etalon::VerifierCardDialog</name>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>Card &amp;number:</translation>
    </message>
    <message>
        <source>Instrument types: %1</source>
        <translation>Instrument types: %1</translation>
    </message>
    <message>
        <source>Verifier card of %1</source>
        <translation>Verifier card of %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
</TS>