namespace CaseFlow.Workflows.Model;

/// <summary>The form of a user task or none start event: one of form-js reference, form key or generated form.</summary>
/// <remarks>More than one kind on one element is BPMN503, so a valid model sets at most one of the three.</remarks>
public sealed record FormDefinition
{
    /// <summary>No form.</summary>
    public static FormDefinition None { get; } = new();

    /// <summary><c>camunda:formKey</c>, opaque except <c>camunda-forms:deployment:&lt;id&gt;</c>.</summary>
    public string? FormKey { get; init; }

    /// <summary><c>camunda:formRef</c>: the id of a form-js form.</summary>
    public string? FormRef { get; init; }

    /// <summary><c>camunda:formRefBinding</c>: latest (default), deployment or version.</summary>
    public string? FormRefBinding { get; init; }

    /// <summary><c>camunda:formRefVersion</c> for the version binding.</summary>
    public string? FormRefVersion { get; init; }

    /// <summary><c>camunda:formData</c>: generated form fields.</summary>
    public FormData? FormData { get; init; }

    /// <summary>True when no kind of form is set.</summary>
    public bool IsEmpty => FormKey is null && FormRef is null && FormData is null;
}
