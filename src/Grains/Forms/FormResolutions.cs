namespace CaseFlow.Grains.Forms;

/// <summary>The <c>resolution</c> words of a task form (docs/forms.md).</summary>
public static class FormResolutions
{
    /// <summary>A formRef or formKey named a deployed form.</summary>
    public const string Resolved = "resolved";

    /// <summary>The schema was generated from camunda:formData.</summary>
    public const string Generated = "generated";

    /// <summary>The reference names a key or version that has not been deployed.</summary>
    public const string NotDeployed = "notDeployed";

    /// <summary>A form key the console resolves itself (embedded or URL-like).</summary>
    public const string External = "external";

    /// <summary>The task has no form.</summary>
    public const string None = "none";
}
