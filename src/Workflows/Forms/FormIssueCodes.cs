namespace CaseFlow.Workflows.Forms;

/// <summary>Stable codes of <see cref="FormIssue"/>; callers branch on them per field.</summary>
public static class FormIssueCodes
{
    public const string Required = "FIELD_REQUIRED";
    public const string Type = "FIELD_TYPE";
    public const string Enum = "FIELD_ENUM";
    public const string Range = "FIELD_RANGE";
    public const string Length = "FIELD_LENGTH";
    public const string ReadOnly = "FIELD_READONLY";
    public const string Pattern = "FIELD_PATTERN";
}
