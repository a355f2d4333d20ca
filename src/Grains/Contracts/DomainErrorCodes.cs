namespace CaseFlow.Grains.Contracts;

/// <summary>Stable error codes that callers may branch on; the text of messages may change, these never do.</summary>
public static class DomainErrorCodes
{
    public const string PersonNotFound = "PERSON_NOT_FOUND";
    public const string PersonExists = "PERSON_EXISTS";
    public const string IdDuplicate = "ID_DUPLICATE";
    public const string IdFormat = "ID_FORMAT";
    public const string IdChecksum = "ID_CHECKSUM";
    public const string IdBirthDate = "ID_BIRTHDATE";
    public const string GenderMismatch = "GENDER_MISMATCH";
    public const string BirthDateMismatch = "BIRTH_DATE_MISMATCH";
    public const string PhoneFormat = "PHONE_FORMAT";
    public const string JurisdictionUnknown = "JURISDICTION_UNKNOWN";
    public const string JurisdictionMismatch = "JURISDICTION_MISMATCH";
    public const string GuardianRequired = "GUARDIAN_REQUIRED";
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string VersionMismatch = "VERSION_MISMATCH";
}
