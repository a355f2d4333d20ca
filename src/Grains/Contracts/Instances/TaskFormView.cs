using System.Collections.Immutable;

namespace CaseFlow.Grains.Contracts.Instances;

/// <summary>A task's form: its kind, its fields (for <c>camunda:formData</c>) and the current values of those fields.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="Kind"><c>formData</c>, <c>formRef</c>, <c>formKey</c> or <c>none</c>.</param>
/// <param name="FormKey"><c>camunda:formKey</c> as written, for the console to resolve.</param>
/// <param name="FormRef"><c>camunda:formRef</c>, the id of a form-js form.</param>
/// <param name="FormRefBinding">latest, deployment or version.</param>
/// <param name="Fields">The formData fields in model order; empty for the other kinds.</param>
/// <param name="ValuesJson">One JSON object: each field's current variable value as the task sees it (locals, then enclosing scopes).</param>
[GenerateSerializer, Immutable, Alias("caseflow.task-form-view")]
public sealed record TaskFormView(
    [property: Id(0)] string TaskId,
    [property: Id(1)] string Kind,
    [property: Id(2)] string? FormKey,
    [property: Id(3)] string? FormRef,
    [property: Id(4)] string? FormRefBinding,
    [property: Id(5)] ImmutableArray<TaskFormFieldView> Fields,
    [property: Id(6)] string ValuesJson)
{
    // Values are case content; printing the record must not leak them into logs.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("TaskId = ").Append(TaskId).Append(", Kind = ").Append(Kind);
        return true;
    }
}
