namespace CaseFlow.Api.Forms;

/// <summary>Stable codes of the form endpoints (docs/forms.md).</summary>
public static class FormErrorCodes
{
    /// <summary>No such form key or version (404).</summary>
    public const string FormNotFound = "FORM_NOT_FOUND";

    /// <summary>The deployed schema is not a usable form-js schema; <c>fieldErrors</c> says where (422).</summary>
    public const string SchemaInvalid = "FORM_SCHEMA_INVALID";

    /// <summary>The stored schema text would exceed 256 KiB (422).</summary>
    public const string SchemaTooLarge = "SCHEMA_TOO_LARGE";

    /// <summary>A form key that does not match <c>^[A-Za-z][A-Za-z0-9_.-]{0,99}$</c> (422).</summary>
    public const string KeyInvalid = "FORM_KEY_INVALID";
}
