namespace CaseFlow.Workflows.Model;

/// <summary><c>camunda:formData</c>: the fields validated on the server at completion.</summary>
/// <param name="BusinessKey">On a start event: the field that becomes the business key.</param>
/// <param name="Fields">The fields in XML order.</param>
/// <param name="Position">Where the element starts.</param>
public sealed record FormData(string? BusinessKey, ValueList<FormField> Fields, SourcePosition Position);
