using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Forms;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Grains.Instances;

/// <summary>Builds a task's form view from its model element and the variables the task sees.</summary>
internal static class TaskForms
{
    public static TaskFormView Build(UserTaskInstance task, UserTask? node, InstanceState state)
    {
        var form = node?.Form ?? FormDefinition.None;
        var kind = form.FormData is not null ? "formData" : form.FormRef is not null ? "formRef" : form.FormKey is not null ? "formKey" : "none";
        var fields = form.FormData?.Fields.Select(Field).ToImmutableArray() ?? [];
        var values = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (Lookup(state, task.ElementInstanceId, field.Id) is { } value)
            {
                values[field.Id] = value;
            }
        }

        return new TaskFormView(task.TaskId, kind, form.FormKey, form.FormRef, form.FormRefBinding, fields, JsonSerializer.Serialize(values));
    }

    private static TaskFormFieldView Field(FormField field) => new(
        field.Id,
        field.Label,
        field.Type,
        field.DefaultValue,
        Has(field, "required"),
        Has(field, "readonly"),
        FormValidator.Limit(field, "minlength"),
        FormValidator.Limit(field, "maxlength"),
        FormValidator.Limit(field, "min"),
        FormValidator.Limit(field, "max"),
        [.. field.EnumValues.Select(option => new TaskFormOptionView(option.Id, option.Name))],
        field.DatePattern);

    private static bool Has(FormField field, string name) => field.Constraints.Any(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>The innermost value of <paramref name="name"/>: the task element's locals, then each enclosing scope (R67).</summary>
    private static JsonElement? Lookup(InstanceState state, string elementInstanceId, string name)
    {
        var element = state.Elements.Find(e => string.Equals(e.Id, elementInstanceId, StringComparison.Ordinal));
        if (element is null)
        {
            return null;
        }

        if (element.Variables.TryGetValue(name, out var local))
        {
            return local;
        }

        for (var scope = state.Scopes.Find(s => string.Equals(s.Id, element.ScopeInstanceId, StringComparison.Ordinal));
             scope is not null;
             scope = scope.ParentId is { } parent ? state.Scopes.Find(s => string.Equals(s.Id, parent, StringComparison.Ordinal)) : null)
        {
            if (scope.Variables.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return null;
    }
}
