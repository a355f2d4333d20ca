using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Validation;

internal sealed partial class ProcessValidator
{
    private static readonly HashSet<string> FieldTypes = new(StringComparer.Ordinal) { "string", "long", "boolean", "date", "enum" };

    private static readonly HashSet<string> Constraints = new(StringComparer.Ordinal) { "required", "readonly", "minlength", "maxlength", "min", "max" };

    private static readonly HashSet<string> FormBindings = new(StringComparer.Ordinal) { "latest", "deployment", "version" };

    /// <summary>One kind of form, a known binding, known field types and constraints (BPMN503).</summary>
    private void ValidateForm(FormDefinition form, FlowNode node)
    {
        var kinds = (form.FormKey is null ? 0 : 1) + (form.FormRef is null ? 0 : 1) + (form.FormData is null ? 0 : 1);
        if (kinds > 1)
        {
            Report(DiagnosticCodes.InvalidForm, "Use only one of camunda:formRef, camunda:formKey and camunda:formData.", node);
        }

        if (form.FormRefBinding is { } binding && !FormBindings.Contains(binding))
        {
            Report(DiagnosticCodes.InvalidForm, $"camunda:formRefBinding {Q(binding)} must be latest, deployment or version.", node);
        }

        if (form.FormRefBinding == "version")
        {
            if (string.IsNullOrWhiteSpace(form.FormRefVersion))
            {
                Report(DiagnosticCodes.InvalidForm, "The version binding needs camunda:formRefVersion.", node);
            }
            else if (IsLiteral(form.FormRefVersion) && !(TryInteger(form.FormRefVersion, out var version) && version >= 1))
            {
                Report(DiagnosticCodes.InvalidLiteralValue, $"camunda:formRefVersion {Q(form.FormRefVersion)} must be a version number.", node);
            }
        }

        if (form.FormRef is { } formRef && form.FormRefBinding == "deployment" && IsLiteral(formRef)
            && options.DeployedFormIds is { } deployed && !deployed.Contains(formRef))
        {
            Report(DiagnosticCodes.InvalidForm, $"Form {Q(formRef)} is not part of this deployment.", node);
        }

        if (form.FormData is { } formData)
        {
            ValidateFormData(formData, node);
        }
    }

    private void ValidateFormData(FormData formData, FlowNode node)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in formData.Fields)
        {
            CheckVariableName(field.Id, "formField id", node, field.Position);
            if (!ids.Add(field.Id))
            {
                Report(DiagnosticCodes.InvalidForm, $"Form field {Q(field.Id)} is defined twice.", node, field.Position);
            }

            if (!FieldTypes.Contains(field.Type))
            {
                Report(DiagnosticCodes.InvalidForm, $"Form field type {Q(field.Type)} is not supported; use string, long, boolean, date or enum.", node, field.Position);
            }
            else if (field.Type == "enum" && field.EnumValues.Count == 0)
            {
                Report(DiagnosticCodes.InvalidForm, $"Enum form field {Q(field.Id)} needs at least one camunda:value.", node, field.Position);
            }

            foreach (var constraint in field.Constraints.Where(constraint => !Constraints.Contains(constraint.Name)))
            {
                Report(DiagnosticCodes.InvalidForm, $"Form constraint {Q(constraint.Name)} is not supported; use required, readonly, minlength, maxlength, min or max.", node, field.Position);
            }
        }

        if (formData.BusinessKey is { } businessKey)
        {
            if (node is not StartEvent)
            {
                Report(DiagnosticCodes.InvalidForm, "formData businessKey is only meaningful on a start event.", node, formData.Position);
            }
            else if (!ids.Contains(businessKey))
            {
                Report(DiagnosticCodes.InvalidForm, $"formData businessKey {Q(businessKey)} does not name a field.", node, formData.Position);
            }
        }
    }
}
