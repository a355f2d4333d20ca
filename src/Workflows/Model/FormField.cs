namespace CaseFlow.Workflows.Model;

/// <summary>One <c>camunda:formField</c>.</summary>
public sealed record FormField
{
    /// <summary>The field id, which is also the variable name.</summary>
    public required string Id { get; init; }

    /// <summary>The label shown to the user.</summary>
    public string? Label { get; init; }

    /// <summary>string, long, boolean, date or enum.</summary>
    public required string Type { get; init; }

    /// <summary>The default value; may be an expression.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>A display hint for dates; dates travel as ISO 8601 regardless (§2).</summary>
    public string? DatePattern { get; init; }

    /// <summary>The validation constraints in XML order.</summary>
    public ValueList<FormFieldConstraint> Constraints { get; init; } = ValueList<FormFieldConstraint>.Empty;

    /// <summary>The values of an enum field in XML order.</summary>
    public ValueList<FormFieldEnumValue> EnumValues { get; init; } = ValueList<FormFieldEnumValue>.Empty;

    /// <summary>The field's own <c>camunda:properties</c>.</summary>
    public ValueList<ExtensionProperty> Properties { get; init; } = ValueList<ExtensionProperty>.Empty;

    /// <summary>Where the field element starts.</summary>
    public SourcePosition Position { get; init; }
}
