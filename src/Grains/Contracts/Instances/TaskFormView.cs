using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>A task's form: its kind, its fields (for <c>camunda:formData</c>), its form-js schema and the current values of its fields.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Kind"><c>formData</c>, <c>formRef</c>, <c>formKey</c> or <c>none</c>.</param>
/// <param name="FormKey"><c>camunda:formKey</c> as written, for the console to resolve.</param>
/// <param name="FormRef"><c>camunda:formRef</c>, the id of a form-js form.</param>
/// <param name="FormRefBinding">latest, deployment or version.</param>
/// <param name="Fields">The formData fields in model order; empty for the other kinds.</param>
/// <param name="ValuesJson">One JSON object: each field's current variable value as the task sees it (locals, then enclosing scopes).</param>
/// <param name="SchemaJson">The form-js schema to render: the stored version the reference resolved to, or one generated from formData.</param>
/// <param name="FormKeyResolved">The stored form's key, when a reference resolved.</param>
/// <param name="FormVersion">The stored form's version, when a reference resolved.</param>
/// <param name="Generated">True when the schema was generated from formData.</param>
/// <param name="Resolution"><c>resolved</c>, <c>generated</c>, <c>notDeployed</c>, <c>external</c> or <c>none</c>.</param>
[GenerateSerializer, Immutable, Alias("caseflow.task-form-view")]
public sealed record TaskFormView(
    [property: Id(0)] string TaskId,
    [property: Id(1)] string Kind,
    [property: Id(2)] string? FormKey,
    [property: Id(3)] string? FormRef,
    [property: Id(4)] string? FormRefBinding,
    [property: Id(5)] ImmutableArray<TaskFormFieldView> Fields,
    [property: Id(6)] string ValuesJson,
    [property: Id(7)] string? SchemaJson = null,
    [property: Id(8)] string? FormKeyResolved = null,
    [property: Id(9)] int? FormVersion = null,
    [property: Id(10)] bool Generated = false,
    [property: Id(11)] string Resolution = "none")
{
    // Values are case content; printing the record must not leak them into logs.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("TaskId = ").Append(TaskId).Append(", Kind = ").Append(Kind);
        return true;
    }
}
