using CaseFlow.Workflows.Diagnostics;
using CaseFlow.Workflows.Model;

namespace CaseFlow.Workflows.Parsing;

internal sealed partial class BpmnModelReader
{
    /// <summary>The form attributes and generated form of a user task or none start event.</summary>
    private static FormDefinition ReadForm(NodeParts parts)
    {
        var element = parts.Element;
        var form = new FormDefinition
        {
            FormKey = element.CamundaAttribute("formKey"),
            FormRef = element.CamundaAttribute("formRef"),
            FormRefBinding = element.CamundaAttribute("formRefBinding"),
            FormRefVersion = element.CamundaAttribute("formRefVersion"),
            FormData = parts.FormData,
        };
        return form.IsEmpty && form.FormRefBinding is null && form.FormRefVersion is null ? FormDefinition.None : form;
    }

    private FormData ReadFormData(XmlElementNode formData, NodeParts parts)
    {
        var fields = new List<FormField>();
        foreach (var child in formData.Children)
        {
            if (child.IsCamunda && child.LocalName == "formField")
            {
                fields.Add(ReadFormField(child, parts));
            }
            else
            {
                Report(DiagnosticCodes.UnsupportedExtension, $"Element {child.LocalName} is not supported inside camunda:formData.", child, parts.Id, parts.Element.LocalName);
            }
        }

        return new FormData(formData.Attribute("businessKey"), ValueList<FormField>.From(fields), formData.Position);
    }

    private FormField ReadFormField(XmlElementNode field, NodeParts parts)
    {
        var constraints = new List<FormFieldConstraint>();
        var values = new List<FormFieldEnumValue>();
        var properties = new List<ExtensionProperty>();
        foreach (var child in field.Children.Where(child => child.IsCamunda))
        {
            switch (child.LocalName)
            {
                case "validation":
                    constraints.AddRange(child.CamundaChildren("constraint").Select(constraint =>
                        new FormFieldConstraint(constraint.Attribute("name") ?? string.Empty, constraint.Attribute("config"))));
                    break;
                case "value":
                    values.Add(new FormFieldEnumValue(child.Attribute("id") ?? string.Empty, child.Attribute("name")));
                    break;
                case "properties":
                    ReadProperties(child, properties, parts.Id, parts.Element.LocalName);
                    break;
                default:
                    Report(DiagnosticCodes.InvalidForm, $"Element camunda:{child.LocalName} is not supported inside a form field.", child, parts.Id, parts.Element.LocalName);
                    break;
            }
        }

        return new FormField
        {
            Id = field.Attribute("id") ?? string.Empty,
            Label = field.Attribute("label"),
            Type = field.Attribute("type") ?? string.Empty,
            DefaultValue = field.Attribute("defaultValue"),
            DatePattern = field.Attribute("datePattern"),
            Constraints = ValueList<FormFieldConstraint>.From(constraints),
            EnumValues = ValueList<FormFieldEnumValue>.From(values),
            Properties = ValueList<ExtensionProperty>.From(properties),
            Position = field.Position,
        };
    }
}
