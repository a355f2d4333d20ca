namespace CaseFlow.Workflows.Forms;

/// <summary>One broken rule of a submitted form field.</summary>
/// <param name="FieldId">The form field id, which is also the variable name.</param>
/// <param name="Code">One of <see cref="FormIssueCodes"/>.</param>
/// <param name="Message">A sentence for people; never echoes the submitted value.</param>
public sealed record FormIssue(string FieldId, string Code, string Message);
