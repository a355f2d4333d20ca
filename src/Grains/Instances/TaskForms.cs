using System.Collections.Immutable;
using System.Text.Json;
using CaseFlow.Grains.Contracts.Instances;
using CaseFlow.Grains.Forms;
using CaseFlow.Workflows.Execution.State;
using CaseFlow.Workflows.Forms;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Grains.Instances;

/// <summary>Builds a task's form view from its model element and the variables the task sees.</summary>
internal static class TaskForms
{
    /// <summary>The form view: formData fields, the form-js schema (stored or generated) and the current value of every field either names.</summary>
    /// <param name="task">The open task.</param>
    /// <param name="node">Its model element.</param>
    /// <param name="visible">The variables the task sees (R67), for the values.</param>
    /// <param name="resolution">How the form resolved (<see cref="FormResolutions"/>).</param>
    /// <param name="stored">The stored form-js version a reference resolved to, if any.</param>
    public static TaskFormView Build(UserTaskInstance task, UserTask? node, IReadOnlyDictionary<string, JsonElement> visible, string resolution, StoredForm? stored)
    {
        var form = node?.Form ?? FormDefinition.None;
        var kind = form.FormData is not null ? "formData" : form.FormRef is not null ? "formRef" : form.FormKey is not null ? "formKey" : "none";
        var fields = form.FormData?.Fields.Select(Field).ToImmutableArray() ?? [];
        var schemaJson = form.FormData is { } data ? FormJsGenerator.From(data, task.ElementId).ToJsonString() : stored?.SchemaJson;
        var names = fields.Select(f => f.Id).ToList();
        if (stored?.SchemaJson is { } storedSchema)
        {
            using var schema = JsonDocument.Parse(storedSchema);
            names.AddRange(FormJsComponents.Inputs(schema.RootElement).Select(c => FormJsComponents.Text(c, "key")).OfType<string>());
        }

        var values = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (visible.TryGetValue(name, out var value))
            {
                values[name] = value;
            }
        }

        return new TaskFormView(
            task.TaskId, kind, form.FormKey, form.FormRef, form.FormRefBinding, fields, JsonSerializer.Serialize(values),
            schemaJson, stored?.Key, stored?.Version, form.FormData is not null, resolution);
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
}
